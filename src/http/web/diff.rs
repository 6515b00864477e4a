//! Word-by-word differences between two versions of a text, for the secretariat to see
//! what a focal point changed while answering a clarification.

/// A run of words, and whether it was kept, removed or added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub kind: PieceKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PieceKind {
    Kept,
    Removed,
    Added,
}

/// `before` and `after` as runs of kept, removed and added words, in reading order.
/// Changed words separated only by spaces are read as one change, so a rewritten
/// phrase shows as the phrase removed and the phrase added, not a word salad.
#[must_use]
pub fn words(before: &str, after: &str) -> Vec<Piece> {
    let diff = similar::TextDiff::from_words(before, after);
    let mut pieces: Vec<Piece> = Vec::new();
    let (mut removed, mut added, mut spaces) = (String::new(), String::new(), String::new());
    let push = |pieces: &mut Vec<Piece>, text: &str, kind: PieceKind| {
        if text.is_empty() {
            return;
        }
        match pieces.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(text),
            _ => pieces.push(Piece { text: text.to_owned(), kind }),
        }
    };
    for change in diff.iter_all_changes() {
        let value = change.value();
        match change.tag() {
            similar::ChangeTag::Equal if value.trim().is_empty() && !(removed.is_empty() && added.is_empty()) => {
                spaces.push_str(value);
            }
            similar::ChangeTag::Equal => {
                push(&mut pieces, &std::mem::take(&mut removed), PieceKind::Removed);
                push(&mut pieces, &std::mem::take(&mut added), PieceKind::Added);
                push(&mut pieces, &std::mem::take(&mut spaces), PieceKind::Kept);
                push(&mut pieces, value, PieceKind::Kept);
            }
            tag => {
                // Spaces between two changed words belong to the change on both sides.
                if !spaces.is_empty() {
                    if !removed.is_empty() {
                        removed.push_str(&spaces);
                    }
                    if !added.is_empty() {
                        added.push_str(&spaces);
                    }
                    spaces.clear();
                }
                if tag == similar::ChangeTag::Delete { removed.push_str(value) } else { added.push_str(value) }
            }
        }
    }
    push(&mut pieces, &removed, PieceKind::Removed);
    push(&mut pieces, &added, PieceKind::Added);
    push(&mut pieces, &spaces, PieceKind::Kept);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_number_reads_as_one_removal_and_one_addition() {
        let pieces = words("Served 9 million people.", "Served 11 million people.");
        let marked: Vec<(PieceKind, &str)> = pieces.iter().map(|p| (p.kind, p.text.as_str())).collect();
        assert_eq!(
            marked,
            [
                (PieceKind::Kept, "Served "),
                (PieceKind::Removed, "9"),
                (PieceKind::Added, "11"),
                (PieceKind::Kept, " million people.")
            ]
        );
    }

    #[test]
    fn a_rewritten_phrase_reads_as_the_phrase_removed_and_the_phrase_added() {
        let pieces = words("Ministry of Public Service of Brazil", "Ministry of Women, endorsed by the Presidency");
        let marked: Vec<(PieceKind, &str)> = pieces.iter().map(|p| (p.kind, p.text.as_str())).collect();
        assert_eq!(
            marked,
            [
                (PieceKind::Kept, "Ministry of "),
                (PieceKind::Removed, "Public Service of Brazil"),
                (PieceKind::Added, "Women, endorsed by the Presidency")
            ]
        );
    }
}
