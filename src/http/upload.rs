//! Reading a multipart upload: one `file` field and any small text fields beside it
//! (a page's CSRF token). The file is read chunk by chunk and refused as soon as it
//! passes the limit, so an oversized upload on a slow line fails early and cheaply.

use std::collections::BTreeMap;

use axum::extract::Multipart;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse as _, Response};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use super::error::Problem;
use crate::domain::{Code, text};
use crate::service::attachments::AttachmentView;

/// What a multipart form carried.
#[derive(Debug, Default)]
pub struct Upload {
    /// The `file` field's name as the browser sent it, and its bytes.
    pub file: Option<(String, Vec<u8>)>,
    pub fields: BTreeMap<String, String>,
    /// The name of a file past the limit, when the form is read by [`read_signed`]:
    /// the text around it is kept, and the page says what to do with the file.
    pub oversize: Option<String>,
}

/// The longest text field in bytes: the nomination form sends its title, summary and
/// answers beside the file, and the longest answer a cycle may allow, in the script
/// that takes the most bytes (four per character), fits. Lengths in characters are the
/// use case's to check, so the form comes back with the text and the limit named.
const FIELD_LIMIT: usize = 4 * crate::domain::nomination::LONGEST_TEXT_CHARS + 1024;

/// Reads the whole form, the file up to `limit` bytes.
///
/// # Errors
/// `too_large` past the limit, `bad_request` for a body that is not a readable form or
/// carries two files.
pub async fn read(multipart: Multipart, limit: u64) -> Result<Upload, Problem> {
    read_as(multipart, limit, Oversize::Refuse).await
}

/// What to do with a file past the limit.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Oversize {
    /// Refuse the whole request: an API client sends the file alone and reads the problem.
    Refuse,
    /// Drop the file and keep the fields: a page's form carries a person's typing beside it.
    Keep,
}

async fn read_as(mut multipart: Multipart, limit: u64, oversize: Oversize) -> Result<Upload, Problem> {
    let mut upload = Upload::default();
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    loop {
        let next = multipart.next_field().await;
        // Past an oversize file the body may end at the server's own limit: what came
        // before it is the form.
        let mut field = match next {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(_) if upload.oversize.is_some() => break,
            Err(e) => return Err(e.into()),
        };
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            if upload.file.is_some() {
                return Err(Problem::new(Code::BadRequest, crate::i18n::say("problem-one-file")));
            }
            let file_name = field.file_name().unwrap_or_default().to_owned();
            let mut bytes = Vec::new();
            while let Some(chunk) = field.chunk().await? {
                if bytes.len() + chunk.len() > limit {
                    if oversize == Oversize::Refuse {
                        let said = crate::i18n::say_with("problem-file-too-large", &[("limit", limit.into())]);
                        return Err(Problem::new(Code::TooLarge, said));
                    }
                    upload.oversize = Some(file_name.clone());
                    break;
                }
                bytes.extend_from_slice(&chunk);
            }
            if upload.oversize.is_some() {
                // Read on to the end of the file, or of what the server takes, so the
                // browser hears the answer instead of a closed connection.
                while let Ok(Some(_)) = field.chunk().await {}
                continue;
            }
            upload.file = Some((file_name, bytes));
        } else {
            let mut value = Vec::new();
            while let Some(chunk) = field.chunk().await? {
                if value.len() + chunk.len() > FIELD_LIMIT {
                    return Err(Problem::new(
                        Code::BadRequest,
                        crate::i18n::say_with("problem-field-too-long", &[("field", name.as_str().into())]),
                    ));
                }
                value.extend_from_slice(&chunk);
            }
            let value = String::from_utf8_lossy(&value).into_owned();
            if !text::control_free(&value) || !text::control_free(&name) {
                return Err(Problem::new(
                    Code::BadRequest,
                    crate::i18n::say_with(
                        "problem-field-refused",
                        &[
                            ("field", text::without_hidden(&name).into()),
                            ("refusal", text::control_refusal(&value).into()),
                        ],
                    ),
                ));
            }
            upload.fields.insert(name, value);
        }
    }
    Ok(upload)
}

/// Reads a multipart form posted from one of Laurel's own pages: like [`read`], except
/// that a file past the limit is dropped and named in `oversize` rather than refusing
/// the text typed beside it; and it must carry the CSRF token the page was rendered with.
///
/// # Errors
/// As [`read`]; `forbidden` for a form from another session or an expired page.
pub async fn read_signed(
    multipart: Multipart,
    limit: u64,
    viewer: &crate::http::session::Viewer,
) -> Result<Upload, super::error::PageError> {
    let upload = read_as(multipart, limit, Oversize::Keep).await?;
    let csrf = upload.fields.get("csrf").map(String::as_str).unwrap_or_default();
    if !crate::service::secret::same(csrf, &viewer.csrf) {
        return Err(crate::service::Error::Forbidden(viewer.lang.t("problem-form-expired")).into());
    }
    Ok(upload)
}

/// A stored file as a download. Always `attachment`: an uploaded file is never rendered
/// as part of Laurel's own pages, and `nosniff` keeps the browser to the stored type.
pub fn file_response(view: &AttachmentView, bytes: Vec<u8>) -> Response {
    file_response_as(view, bytes, Disposition::Attachment)
}

/// Whether the browser saves a file or shows it in the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disposition {
    Attachment,
    /// Shown in the browser, when the bytes are what an upload is checked to be (PDF,
    /// PNG, JPEG, none of which runs script in Laurel's origin) and match the type they
    /// are served as; anything else is still only downloaded.
    Inline,
}

/// A stored attachment as a download or, with [`Disposition::Inline`], for reading in
/// the browser.
pub fn file_response_as(view: &AttachmentView, bytes: Vec<u8>, disposition: Disposition) -> Response {
    let shown = disposition == Disposition::Inline
        && crate::domain::attachment::FileKind::identify(&bytes).is_some_and(|k| k.content_type() == view.content_type);
    let ascii: String = view
        .name
        .chars()
        .map(|c| if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' { c } else { '_' })
        .collect();
    let encoded = utf8_percent_encode(&view.name, ATTR_CHAR);
    let kind = if shown { "inline" } else { "attachment" };
    let disposition = format!("{kind}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}");
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_str(&view.content_type).unwrap_or(OCTETS));
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, max-age=3600"));
    if let Ok(v) = HeaderValue::from_str(&format!("\"{}\"", view.sha256)) {
        headers.insert(header::ETAG, v);
    }
    (headers, bytes).into_response()
}

/// What RFC 5987's `attr-char` leaves unencoded in `filename*`.
const ATTR_CHAR: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'!')
    .remove(b'#')
    .remove(b'$')
    .remove(b'&')
    .remove(b'+')
    .remove(b'-')
    .remove(b'.')
    .remove(b'^')
    .remove(b'_')
    .remove(b'`')
    .remove(b'|')
    .remove(b'~');

const OCTETS: HeaderValue = HeaderValue::from_static("application/octet-stream");
