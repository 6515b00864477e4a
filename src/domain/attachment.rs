//! Supporting documents. A file is accepted for what its bytes are, never for what its
//! name claims: a focal point's "report.pdf" that is really a Word file or an
//! executable is refused before it reaches a juror.

use super::Code;
use super::code::Refusal;

/// The kinds of file a nomination may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Png,
    Jpeg,
}

impl FileKind {
    /// What the bytes are, from their signature; `None` for anything not accepted.
    pub fn identify(bytes: &[u8]) -> Option<Self> {
        match infer::get(bytes)?.mime_type() {
            "application/pdf" => Some(Self::Pdf),
            "image/png" => Some(Self::Png),
            "image/jpeg" => Some(Self::Jpeg),
            _ => None,
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
        }
    }

    fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::Pdf => &["pdf"],
            Self::Png => &["png"],
            Self::Jpeg => &["jpg", "jpeg"],
        }
    }
}

/// Why an upload was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AttachmentError {
    #[error("{}", crate::i18n::say_with("refusal-file-too-large", &[("size", (*.size).into()), ("limit", (*.limit).into()), ("megabytes", megabytes(*.limit).into())]))]
    TooLarge { size: u64, limit: u64 },
    /// Larger than `limit`, by how much unknown: the form stopped reading it there.
    #[error("{}", crate::i18n::say_with("refusal-file-over-limit", &[("megabytes", megabytes(*.limit).into())]))]
    OverLimit { limit: u64 },
    #[error("{}", crate::i18n::say("refusal-file-type"))]
    UnsupportedType,
}

/// A size in mebibytes, as refusals state limits.
#[must_use]
pub fn megabytes(bytes: u64) -> String {
    // Display only: the limit is a whole number of bytes either way.
    #[allow(clippy::cast_precision_loss)]
    let mb = bytes as f64 / (1024.0 * 1024.0);
    format!("{mb:.1} MiB")
}

impl Refusal for AttachmentError {
    fn code(&self) -> Code {
        match self {
            Self::TooLarge { .. } | Self::OverLimit { .. } => Code::TooLarge,
            Self::UnsupportedType => Code::UnsupportedMediaType,
        }
    }
}

/// Checks an upload and says what it is.
///
/// # Errors
/// `TooLarge` over `limit` bytes, `UnsupportedType` for anything but PDF, PNG and JPEG.
pub fn check(bytes: &[u8], limit: u64) -> Result<FileKind, AttachmentError> {
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > limit {
        return Err(AttachmentError::TooLarge { size, limit });
    }
    FileKind::identify(bytes).ok_or(AttachmentError::UnsupportedType)
}

/// The name a file is stored and offered under: the last path component only (browsers
/// on Windows send `C:\…`), no control characters, at most 120 characters, and an
/// extension that matches what the file is, so whoever opens it gets the right program.
pub fn clean_name(uploaded: &str, kind: FileKind) -> String {
    let last = uploaded.rsplit(['/', '\\']).next().unwrap_or_default();
    // A direction override (U+202E) before `fdp.exe` would show the name as `exe.pdf`.
    let mut name: String = super::text::without_hidden(last).trim().to_owned();
    let stem_limit = 120 - 5;
    if name.chars().count() > stem_limit {
        name = name.chars().take(stem_limit).collect();
    }
    if name.trim_matches('.').is_empty() {
        name = "attachment".to_owned();
    }
    let lower = name.to_lowercase();
    let matches = kind.extensions().iter().any(|ext| lower.ends_with(&format!(".{ext}")));
    if !matches {
        name.push('.');
        name.push_str(kind.extensions()[0]);
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF: &[u8] = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n";
    const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, b'I', b'H', b'D', b'R'];
    const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F', 0];

    #[test]
    fn files_are_known_by_their_bytes() {
        assert_eq!(check(PDF, 1024), Ok(FileKind::Pdf));
        assert_eq!(check(PNG, 1024), Ok(FileKind::Png));
        assert_eq!(check(JPEG, 1024), Ok(FileKind::Jpeg));
        assert_eq!(check(b"PK\x03\x04 a zip or a docx", 1024), Err(AttachmentError::UnsupportedType));
        assert_eq!(check(b"plain text that says %PDF later", 1024), Err(AttachmentError::UnsupportedType));
        assert_eq!(check(b"", 1024), Err(AttachmentError::UnsupportedType));
    }

    #[test]
    fn the_limit_is_inclusive() {
        let limit = u64::try_from(PDF.len()).unwrap();
        assert_eq!(check(PDF, limit), Ok(FileKind::Pdf));
        assert_eq!(check(PDF, limit - 1), Err(AttachmentError::TooLarge { size: limit, limit: limit - 1 }));
    }

    #[test]
    fn names_lose_paths_and_gain_the_right_extension() {
        assert_eq!(clean_name(r"C:\Users\focal\Desktop\Report 2026.pdf", FileKind::Pdf), "Report 2026.pdf");
        assert_eq!(clean_name("../../etc/passwd", FileKind::Pdf), "passwd.pdf");
        // A right-to-left override would display this as "reportfdp.exe" reversed: "report" + "exe.pdf".
        assert_eq!(clean_name("report\u{202e}fdp.exe.pdf", FileKind::Pdf), "reportfdp.exe.pdf");
        assert_eq!(clean_name("photo.JPG", FileKind::Jpeg), "photo.JPG");
        assert_eq!(clean_name("scan.jpeg", FileKind::Jpeg), "scan.jpeg");
        assert_eq!(clean_name("report.docx", FileKind::Pdf), "report.docx.pdf");
        assert_eq!(clean_name("a\u{0}b\nc.png", FileKind::Png), "abc.png");
        assert_eq!(clean_name("", FileKind::Png), "attachment.png");
        assert_eq!(clean_name("..", FileKind::Png), "attachment.png");
        let long = format!("{}.pdf", "x".repeat(300));
        assert!(clean_name(&long, FileKind::Pdf).chars().count() <= 120);
    }
}
