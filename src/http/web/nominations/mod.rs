//! A focal point's pages: the dashboard of their state's nominations, and one form per
//! nomination that saves, attaches, submits and, once the deadline has passed, reads.
//!
//! The form is one multipart form, so that without JavaScript a single "Save" keeps
//! the text and the chosen file together: nothing typed is lost to choosing a file,
//! removing one, or a refused submission. With JavaScript the draft is also saved as
//! the focal point types (`action=autosave`, answered in JSON).

use std::collections::BTreeMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::Json;
use axum::extract::{Multipart, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::nav::{FieldErrors, Nav};
use crate::app::AppState;
use crate::domain::attachment::AttachmentError;
use crate::domain::nomination::{FIXED_FIELDS, NominationStatus, QuestionKind};
use crate::format;
use crate::http::error::{PageError, Problem, status_of};
use crate::http::extract::PagePath;
use crate::http::routes::Routes;
use crate::http::session::SignedIn;
use crate::http::upload::{self, Upload};
use crate::i18n::Lang;
use crate::service::dashboard::{self, Form};
use crate::service::nominations::{self, Draft};
use crate::service::{Error, FieldError, attachments, member_states};

mod overview;
mod page;

use overview::*;
use page::*;
pub(super) use page::{Preview, human_size, preview_page};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .get("/nominations", dashboard_page)
        .get("/cycles/{id}/nominations/new", new_page)
        .post("/cycles/{id}/nominations", create)
        .get("/nominations/{id}", show)
        .post("/nominations/{id}", save)
        .post("/nominations/{id}/withdraw", withdraw)
        .get("/nominations/{id}/receipt", receipt_page)
        .get("/nominations/{id}/attachments/{aid}", download)
}

async fn new_page(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(cycle): PagePath<Uuid>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Result<NominationPage, PageError> {
    let category = q.get("category").cloned().unwrap_or_default();
    let now = state.clock.now();
    let form = dashboard::new_form(&state.db, &signed_in.caller, cycle, &category, now).await?;
    let mut page = page(&signed_in, &form, None, Vec::new(), now);
    page.max_upload = state.settings.max_upload;
    Ok(page)
}

async fn show(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    Query(q): Query<Done>,
) -> Result<NominationPage, PageError> {
    let now = state.clock.now();
    let form = dashboard::form(&state.db, &signed_in.caller, id, now).await?;
    let mut page = page(&signed_in, &form, None, Vec::new(), now);
    page.notice = notice(signed_in.viewer.lang, q.done.as_deref());
    page.max_upload = state.settings.max_upload;
    Ok(page)
}

/// Reads the multipart form and checks that it came from one of this session's pages.
async fn read_form(state: &AppState, signed_in: &SignedIn, multipart: Multipart) -> Result<Upload, PageError> {
    upload::read_signed(multipart, state.settings.max_upload, &signed_in.viewer).await
}

/// The answer to a save that could not be made: the form again, with what was typed.
fn refused(
    state: &AppState,
    signed_in: &SignedIn,
    form: &Form,
    posted: &Posted,
    error: Error,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Response, PageError> {
    if posted.action == "autosave" {
        return Ok(autosave_refused(error));
    }
    let status = status_of(error.code());
    let mut page = match error {
        // The draft is saved; what it lacks for submission is listed, all of it.
        Error::Validation(errors) if posted.action == "submit" => {
            let count = errors.len();
            let mut page = page(signed_in, form, Some(posted), errors, now);
            page.alert = Some(page.nav.lang.t_with("nomination-alert-submit", &[("count", count.into())]));
            page.checklist.clear();
            page
        }
        Error::Validation(errors) => {
            let mut page = page(signed_in, form, Some(posted), errors, now);
            page.alert = Some(page.nav.t("nomination-alert-fields"));
            page
        }
        Error::VersionMismatch { current } => {
            let mut page = page(signed_in, form, Some(posted), Vec::new(), now);
            page.version = current;
            page.alert = Some(page.nav.t("nomination-alert-changed"));
            page
        }
        Error::Rule(refusal) => {
            let mut page = page(signed_in, form, Some(posted), Vec::new(), now);
            let closed = refusal.code() == crate::domain::Code::DeadlinePassed;
            if closed {
                page.can_edit = false;
                page.can_submit = false;
                page.can_attach = false;
                page.autosave = false;
            }
            let why = format!("{}.", capitalise(&refusal.to_string()));
            page.alert = Some(if closed {
                page.nav.lang.t_with("nomination-alert-not-saved", &[("why", why.into())])
            } else {
                why
            });
            page
        }
        other => return Err(other.into()),
    };
    page.notice = None;
    page.max_upload = state.settings.max_upload;
    Ok((status, page).into_response())
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[derive(serde::Serialize)]
struct Saved {
    id: Uuid,
    version: i32,
    url: String,
    saved: String,
    /// The draft's checklist after this save, for the page to show without a reload.
    todo: Vec<Todo>,
}

fn autosave_refused(error: Error) -> Response {
    let status = status_of(error.code());
    let message = match error {
        Error::Validation(errors) => errors
            .iter()
            .map(|e| format!("{}: {}", e.field.trim_start_matches("answers."), e.message))
            .collect::<Vec<_>>()
            .join("; "),
        // Through `Problem`, so a fault is logged and described without internals.
        other => Problem::from(other).detail,
    };
    (status, Json(serde_json::json!({ "message": message }))).into_response()
}

async fn create(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(cycle): PagePath<Uuid>,
    multipart: Multipart,
) -> Result<Response, PageError> {
    let upload = read_form(&state, &signed_in, multipart).await?;
    let posted = Posted::from(&upload);
    let category = upload.fields.get("category").cloned().unwrap_or_default();
    let now = state.clock.now();
    let caller = &signed_in.caller;
    let form = dashboard::new_form(&state.db, caller, cycle, &category, now).await?;
    let draft = posted.draft(&form, Some(category));
    match nominations::create(&state.db, caller, cycle, draft, now).await {
        Ok(created) => after_save(&state, &signed_in, created.id, created.version, &posted, upload).await,
        Err(e) => refused(&state, &signed_in, &form, &posted, e, now),
    }
}

async fn save(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    multipart: Multipart,
) -> Result<Response, PageError> {
    let upload = read_form(&state, &signed_in, multipart).await?;
    let posted = Posted::from(&upload);
    let now = state.clock.now();
    let caller = &signed_in.caller;
    let form = dashboard::form(&state.db, caller, id, now).await?;
    let draft = posted.draft(&form, None);
    let base = state.settings.base_url();
    match nominations::update(&state.db, caller, id, draft, posted.version, &base, now).await {
        Ok(saved) => after_save(&state, &signed_in, id, saved.version, &posted, upload).await,
        Err(e) => refused(&state, &signed_in, &form, &posted, e, now),
    }
}

/// The text is saved; now the rest of what the button asked for: attach the chosen
/// file, remove one, or submit.
async fn after_save(
    state: &AppState,
    signed_in: &SignedIn,
    id: Uuid,
    version: i32,
    posted: &Posted,
    upload: Upload,
) -> Result<Response, PageError> {
    let caller = &signed_in.caller;
    let now = state.clock.now();
    if posted.action == "autosave" {
        let form = dashboard::form(&state.db, caller, id, now).await?;
        let saved = format::Zoned::new(now, &form.time_zone).instant(signed_in.viewer.lang);
        let todo = page(signed_in, &form, None, Vec::new(), now).checklist;
        return Ok(Json(Saved { id, version, url: format!("/nominations/{id}"), saved, todo }).into_response());
    }
    if let Some(name) = &upload.oversize {
        let form = dashboard::form(&state.db, caller, id, now).await?;
        let limit = state.settings.max_upload;
        let said = format!("{}: {}", name, capitalise(&AttachmentError::OverLimit { limit }.to_string()));
        // The text is saved: the page shows it as stored, with the file's problem.
        let posted = Posted { action: "save".into(), version: Some(version), values: BTreeMap::new() };
        return refused(state, signed_in, &form, &posted, Error::validation("file", said), now);
    }
    let mut done = "saved";
    if let Some((name, bytes)) = upload.file.filter(|(_, b)| !b.is_empty()) {
        if let Err(e) = attachments::add(&state.db, caller, id, &name, bytes, state.settings.max_upload, now).await {
            let form = dashboard::form(&state.db, caller, id, now).await?;
            let error = match e {
                Error::Rule(r) => Error::validation("file", capitalise(&r.to_string())),
                other => other,
            };
            return refused(state, signed_in, &form, posted, error, now);
        }
        done = "attached";
    }
    if let Some(aid) = posted.action.strip_prefix("remove:").and_then(|a| a.parse::<Uuid>().ok()) {
        attachments::remove(&state.db, caller, id, aid, now).await?;
        done = "removed";
    }
    if posted.action == "answer" {
        let base = state.settings.base_url();
        let answer = posted.values.get("clarification_answer").map_or("", String::as_str);
        if let Err(e) = nominations::answer_clarification(&state.db, caller, id, answer, &base, now).await {
            let form = dashboard::form(&state.db, caller, id, now).await?;
            let posted = Posted { action: "submit".into(), version: posted.version, values: posted.values.clone() };
            return refused(state, signed_in, &form, &posted, e, now);
        }
        done = "answered";
    }
    if posted.action == "submit" {
        let base = state.settings.base_url();
        if let Err(e) = nominations::submit(&state.db, caller, id, &base, now).await {
            let form = dashboard::form(&state.db, caller, id, now).await?;
            return refused(state, signed_in, &form, posted, e, now);
        }
        done = "submitted";
    }
    let anchor = if done == "attached" || done == "removed" { "#attachments" } else { "" };
    Ok(Redirect::to(&format!("/nominations/{id}?done={done}{anchor}")).into_response())
}

/// A submitted nomination as its receipt: the reference, the time of submission and
/// every answer, laid out to print.
#[derive(Template, WebTemplate)]
#[template(path = "nominator/receipt.html")]
pub struct ReceiptPage {
    nav: Nav,
    state_name: String,
    page: NominationPage,
    receipt: Receipt,
}

async fn receipt_page(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
) -> Result<ReceiptPage, PageError> {
    let now = state.clock.now();
    let form = dashboard::form(&state.db, &signed_in.caller, id, now).await?;
    let mut page = page(&signed_in, &form, None, Vec::new(), now);
    // A draft has no receipt yet.
    let receipt = page.receipt.take().ok_or(Error::NotFound("receipt"))?;
    let code = form.nomination.as_ref().map(|n| n.member_state.clone()).unwrap_or_default();
    let state_name = member_states::find(&state.db, &state.caches, &code).await?.map_or(code, |s| s.name);
    Ok(ReceiptPage { nav: page.nav.clone(), state_name, page, receipt })
}

#[derive(Deserialize)]
struct Empty {}

async fn withdraw(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    crate::http::extract::CsrfForm(_): crate::http::extract::CsrfForm<Empty>,
) -> Result<Response, PageError> {
    let now = state.clock.now();
    let base = state.settings.base_url();
    nominations::withdraw(&state.db, &signed_in.caller, id, &base, now).await?;
    Ok(Redirect::to(&format!("/nominations/{id}?done=withdrawn")).into_response())
}

#[derive(Deserialize)]
struct View {
    view: Option<String>,
}

/// A document to save, or with `?view=inline` to read in the browser (a juror reading
/// beside the rubric); only the file types uploads are checked to be are shown inline.
async fn download(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath((id, aid)): PagePath<(Uuid, Uuid)>,
    Query(q): Query<View>,
) -> Result<Response, PageError> {
    let (view, bytes) = attachments::download(&state.db, &signed_in.caller, id, aid).await?;
    let disposition =
        if q.view.as_deref() == Some("inline") { upload::Disposition::Inline } else { upload::Disposition::Attachment };
    Ok(upload::file_response_as(&view, bytes, disposition))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_sizes_are_written_as_the_readers_language_writes_numbers() {
        assert_eq!(human_size(Lang::En, 1_572_864), "1.5 MB");
        assert_eq!(human_size(Lang::Fr, 1_572_864), "1,5 Mo");
        assert_eq!(human_size(Lang::En, 2_048), "2 KB");
        assert_eq!(human_size(Lang::En, 1), "1 byte");
    }
}
