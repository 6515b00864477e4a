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

/// `before` and `after` as runs of kept, removed and added words, in reading order;
/// neighbouring words of one kind are joined, so a rewritten sentence reads as one
/// removal and one addition rather than a word salad.
#[must_use]
pub fn words(before: &str, after: &str) -> Vec<Piece> {
    let diff = similar::TextDiff::from_words(before, after);
    let mut pieces: Vec<Piece> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            similar::ChangeTag::Equal => PieceKind::Kept,
            similar::ChangeTag::Delete => PieceKind::Removed,
            similar::ChangeTag::Insert => PieceKind::Added,
        };
        match pieces.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(change.value()),
            _ => pieces.push(Piece { text: change.value().to_owned(), kind }),
        }
    }
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
}
