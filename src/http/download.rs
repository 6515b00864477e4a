//! Files people download: CSV exports with a name, never kept by a shared cache.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

/// `body` as a CSV file saved under `file_name`: whole, or streamed as it is written.
pub fn csv(file_name: &str, body: impl Into<axum::body::Body>) -> Response {
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
        body.into(),
    )
        .into_response()
}

/// A cycle's definition as a TOML file named after its programme and year, as
/// `laurel import` takes it.
///
/// # Errors
/// When the definition cannot be written as TOML (it always can: it came from one).
pub fn definition(d: &crate::domain::definition::CycleDefinition) -> anyhow::Result<Response> {
    let text = crate::domain::definition::to_toml(d)?;
    let name: String = d
        .plain(&d.programme)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect();
    let file = format!("{}-{}.toml", name.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-"), d.year);
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("application/toml; charset=utf-8")),
            (header::CONTENT_DISPOSITION, HeaderValue::from_str(&format!("attachment; filename=\"{file}\""))?),
            (header::CACHE_CONTROL, HeaderValue::from_static("private, no-store")),
        ],
        text,
    )
        .into_response())
}
