//! Files people download: CSV exports with a name, never kept by a shared cache.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

/// `body` as a CSV file saved under `file_name`.
pub fn csv(file_name: &str, body: String) -> Response {
    let disposition = format!("attachment; filename=\"{file_name}\"");
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8")),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("private, no-store")),
        ],
        body,
    )
        .into_response()
}
