//! What text Laurel keeps. People type in every script, on phones and in word
//! processors; what they type is kept as typed, with three exceptions that no keyboard
//! produces on purpose and that cause harm downstream:
//!
//! - **Control characters** (C0 other than tab, line feed and carriage return; DEL; C1).
//!   PostgreSQL refuses NUL in text outright, and the others corrupt CSV, email headers
//!   and terminals. They are refused at the edge, for every string of every request
//!   (`control_free`), so that no database sees them.
//! - **Line breaks in a one-line field** (a title, a name): they break email subjects,
//!   CSV rows and page layouts (`check_line`).
//! - **Bidirectional embeddings, overrides and isolates** (U+202A–U+202E,
//!   U+2066–U+2069): an override makes `exe.pdf` display as `fdp.exe` and a name display
//!   as another's. The marks Arabic and Hebrew typists do use (LRM, RLM, ALM) stay.

/// Explicit directional formatting characters that reorder how text is displayed.
const BIDI_CONTROLS: [char; 9] =
    ['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];

fn is_refused_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// Whether `text` is free of control characters other than tab and line breaks.
#[must_use]
pub fn control_free(text: &str) -> bool {
    !text.chars().any(is_refused_control)
}

/// The sentence for a value that is not `control_free`, naming the character.
#[must_use]
pub fn control_refusal(text: &str) -> String {
    let c = text.chars().find(|&c| is_refused_control(c)).unwrap_or('\0');
    let code = format!("U+{:04X}", u32::from(c));
    crate::i18n::say_with("refusal-control-character", &[("code", code.into())])
}

/// Checks a one-line field: a title, an institution, a name.
///
/// # Errors
/// A sentence for the person who typed it.
pub fn check_line(text: &str) -> Result<(), String> {
    if text.contains(['\n', '\r']) {
        return Err(crate::i18n::say("refusal-line-breaks"));
    }
    check_block(text)
}

/// Checks free text: a summary, a long answer, a comment.
///
/// # Errors
/// A sentence for the person who typed it.
pub fn check_block(text: &str) -> Result<(), String> {
    if !control_free(text) {
        return Err(control_refusal(text));
    }
    if text.contains(BIDI_CONTROLS) {
        return Err(crate::i18n::say("refusal-direction-override"));
    }
    Ok(())
}

/// `text` without control characters and direction overrides, for what is better
/// cleaned than refused: an uploaded file's name (refusing the upload over its name would
/// cost the focal point the file for nothing).
#[must_use]
pub fn without_hidden(text: &str) -> String {
    text.chars().filter(|&c| !c.is_control() && !BIDI_CONTROLS.contains(&c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_other_than_tab_and_line_breaks_are_refused() {
        for bad in ["a\0b", "\u{1}", "x\u{1b}[31m", "\u{7f}", "\u{85}", "\u{9f}"] {
            assert!(!control_free(bad), "{bad:?}");
            assert!(check_block(bad).is_err(), "{bad:?}");
            assert!(control_refusal(bad).contains("U+"), "{bad:?}");
        }
        for good in ["", "Tab\there", "Two\nlines\r\n", "Ελληνικά", "العربية", "中文", "Русский", "e\u{301}"]
        {
            assert!(control_free(good), "{good:?}");
            assert_eq!(check_block(good), Ok(()), "{good:?}");
        }
    }

    #[test]
    fn one_line_fields_refuse_line_breaks() {
        assert!(check_line("Title\r\nBcc: x@example.org").is_err());
        assert!(check_line("Title\n").is_err());
        assert_eq!(check_line("Título con acentos, 2027"), Ok(()));
    }

    #[test]
    fn direction_overrides_are_refused_but_the_marks_arabic_typists_use_are_kept() {
        for c in BIDI_CONTROLS {
            assert!(check_line(&format!("Ali{c}ce")).is_err(), "U+{:04X}", u32::from(c));
        }
        for mark in ['\u{200E}', '\u{200F}', '\u{061C}'] {
            assert_eq!(check_line(&format!("وزارة{mark} 2027")), Ok(()));
        }
    }

    #[test]
    fn hidden_characters_are_removed_and_the_rest_kept() {
        assert_eq!(without_hidden("report\u{202E}fdp.exe"), "reportfdp.exe");
        assert_eq!(without_hidden("plan\u{0}\n.pdf"), "plan.pdf");
        assert_eq!(without_hidden("Доклад 2027.pdf"), "Доклад 2027.pdf");
    }
}
