//! Text cells of the CSV exports (open data, the ranking), made safe to open in a
//! spreadsheet. A title such as `=HYPERLINK("http://…")` or `=cmd|' /C calc'!A0` would
//! otherwise become a live formula in Excel, LibreOffice or Google Sheets. Following
//! OWASP's advice on CSV injection, a cell that starts with `=`, `+`, `-`, `@`, a tab or a
//! carriage return is prefixed with an apostrophe, which spreadsheets show as text and
//! do not evaluate. Numbers, dates and ids are written by Laurel itself and pass as they
//! are; only text people typed goes through here.

use std::borrow::Cow;

/// `text` as a cell no spreadsheet will evaluate.
#[must_use]
pub fn text(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_a_spreadsheet_would_evaluate_are_kept_as_text() {
        for formula in ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0"] {
            let cell = text(formula);
            assert_eq!(cell, format!("'{formula}"), "{formula:?}");
        }
        for plain in ["Digital identity for all", "", "1+1=2", "'quoted", "e-Government"] {
            assert_eq!(text(plain), plain, "{plain:?} is left alone");
        }
    }
}
