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

// ---------------------------------------------------------------------------------------
// The dashboard
// ---------------------------------------------------------------------------------------

#[derive(Template, WebTemplate)]
#[template(path = "nominator/dashboard.html")]
pub struct DashboardPage {
    nav: Nav,
    state_name: String,
    cycles: Vec<CycleRow>,
}

pub struct CycleRow {
    id: Uuid,
    name: String,
    deadline: String,
    deadline_iso: String,
    time_left: String,
    open: bool,
    /// A closed cycle with a nomination still awaiting its state's answer.
    answering: bool,
    categories: Vec<CategoryRow>,
}

pub struct CategoryRow {
    key: String,
    name: String,
    description: String,
    used: i32,
    max: i32,
    rows: Vec<NominationRow>,
}

pub struct NominationRow {
    id: Uuid,
    title: String,
    status: String,
    status_key: &'static str,
    updated: String,
    /// While the secretariat waits for an answer: by when, in the cycle's time zone.
    answer_by: Option<String>,
}

async fn dashboard_page(State(state): State<AppState>, signed_in: SignedIn) -> Result<Response, PageError> {
    let now = state.clock.now();
    let caller = &signed_in.caller;
    // The secretariat follows "My nominations" from a nomination's breadcrumb: its
    // nominations are the cycles'.
    if caller.role == crate::domain::user::Role::Admin {
        return Ok(Redirect::to(super::auth::home(caller.role)).into_response());
    }
    let desks = dashboard::dashboard(&state.db, caller, now).await?;
    let code = caller.member_state.clone().unwrap_or_default();
    let state_name =
        member_states::list(&state.db).await?.into_iter().find(|s| s.code == code).map_or(code, |s| s.name);
    let lang = signed_in.viewer.lang;
    let cycles = desks
        .into_iter()
        .map(|d| CycleRow {
            answering: d.categories.iter().flat_map(|c| &c.nominations).any(|n| {
                n.status == NominationStatus::ClarificationRequested.as_str()
                    && n.clarification_due_at.is_none_or(|due| now <= due)
            }),
            id: d.id,
            deadline: format::Zoned::new(d.closes_at, &d.time_zone).instant(lang),
            deadline_iso: iso(d.closes_at),
            time_left: format::time_left_in(lang, d.closes_at, now),
            open: d.open,
            categories: d
                .categories
                .into_iter()
                .map(|c| CategoryRow {
                    key: c.key,
                    name: c.name,
                    description: c.description.unwrap_or_default(),
                    used: c.used,
                    max: c.max_per_state,
                    rows: c
                        .nominations
                        .into_iter()
                        .map(|n| {
                            let status = n.status.parse::<NominationStatus>().unwrap_or(NominationStatus::Draft);
                            let answer_by = n
                                .clarification_due_at
                                .filter(|_| status == NominationStatus::ClarificationRequested)
                                .map(|due| format::Zoned::new(due, &d.time_zone).instant(lang));
                            NominationRow {
                                id: n.id,
                                title: if n.title.trim().is_empty() { lang.t("nomination-untitled") } else { n.title },
                                status: status.label(lang),
                                status_key: status.as_str(),
                                updated: format::Zoned::new(n.updated_at, &d.time_zone).instant(lang),
                                answer_by,
                            }
                        })
                        .collect(),
                })
                .collect(),
            name: d.name,
        })
        .collect();
    Ok(DashboardPage { nav: Nav::from(&signed_in.viewer), state_name, cycles }.into_response())
}

fn iso(at: chrono::DateTime<chrono::Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

// ---------------------------------------------------------------------------------------
// The form
// ---------------------------------------------------------------------------------------

#[derive(Template, WebTemplate)]
#[template(path = "nominator/nomination.html")]
pub struct NominationPage {
    nav: Nav,
    /// Where the form posts: the nomination, or the cycle's list for a new one.
    action: String,
    heading: String,
    cycle_name: String,
    category_key: String,
    category_name: String,
    deadline: String,
    deadline_iso: String,
    time_left: String,
    status: String,
    status_key: &'static str,
    version: i32,
    /// The language the nomination is written in, as stored, typed, or the page's.
    language: Lang,
    fields: Vec<Field>,
    attachments: Vec<AttachmentRow>,
    max_attachments: i32,
    min_attachments: i32,
    can_attach: bool,
    can_edit: bool,
    can_submit: bool,
    can_withdraw: bool,
    /// Drafts save as they are typed; a submitted nomination only on "Save changes",
    /// since each of its edits is announced to the state's focal points.
    autosave: bool,
    withdraw_action: String,
    notice: Option<String>,
    alert: Option<String>,
    errors: FieldErrors,
    file_error: Option<String>,
    attachments_error: Option<String>,
    /// What still stands between the stored draft and its submission: shown as a
    /// checklist while it is written, not as errors.
    checklist: Vec<Todo>,
    /// The largest file the server takes, for the form to refuse a bigger one before
    /// sending it.
    max_upload: u64,
    /// Set when the secretariat previews the form: nothing can be sent.
    preview: Option<Preview>,
    /// Once submitted: the reference, when, and the printable receipt.
    receipt: Option<Receipt>,
    /// The secretariat's question, while it waits for the focal point's answer.
    clarification: Option<Asked>,
}

/// What a submitted nomination's page and printable receipt state.
pub struct Receipt {
    reference: String,
    /// In the cycle's time zone, then in UTC.
    submitted: String,
    submitted_utc: String,
    submitted_iso: String,
    url: String,
}

/// A clarification question as the focal point reads it.
pub struct Asked {
    question: String,
    asked_by: String,
    asked: String,
    due: String,
    due_iso: String,
    time_left: String,
    /// The answer as typed or stored.
    answer: String,
    error: Option<String>,
}

/// What a preview of a cycle's forms offers: the other categories' forms, and each
/// scoring stage's rubric.
pub struct Preview {
    pub cycle_id: Uuid,
    pub cycle_name: String,
    /// The category whose form is shown.
    pub category: String,
    /// The stage whose rubric is shown, or empty.
    pub stage: String,
    pub categories: Vec<(String, String)>,
    pub stages: Vec<(String, String)>,
}

/// The nomination form of a cycle as a focal point will see it, for the secretariat.
pub(super) fn preview_page(
    signed_in: &SignedIn,
    form: &Form,
    preview: Preview,
    now: chrono::DateTime<chrono::Utc>,
) -> NominationPage {
    let mut page = page(signed_in, form, None, Vec::new(), now);
    page.autosave = false;
    page.can_withdraw = false;
    page.preview = Some(preview);
    page
}

pub struct Field {
    name: String,
    label: String,
    help: Option<String>,
    kind: QuestionKind,
    required: bool,
    max_length: Option<i32>,
    /// Each choice as stored (the default language) and as shown (the reader's).
    choices: Vec<(String, String)>,
    value: String,
    error: Option<String>,
    /// What the draft still needs here before it can be submitted.
    todo: Option<String>,
}

/// One line of a draft's checklist: where to go, and what to do there.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Todo {
    href: String,
    text: String,
}

impl NominationPage {
    /// Why a file chosen on the form will not be sent, in the reader's language: the
    /// script shows it beside the field before any byte is uploaded.
    fn too_large(&self) -> String {
        let limit = crate::domain::attachment::megabytes(self.max_upload);
        capitalise(&self.nav.lang.t_with("refusal-file-over-limit", &[("megabytes", limit.into())]))
    }
}

impl Field {
    /// The element's id: field names hold dots, which CSS selectors and fragment links
    /// would need escaped.
    pub fn id(&self) -> String {
        format!("f-{}", self.name.replace('.', "-"))
    }

    /// The ids of what describes the input: its problem (to fix, or still to do), then
    /// its help.
    pub fn described_by(&self) -> String {
        let id = self.id();
        let problem = if self.error.is_some() {
            Some(format!("{id}-error"))
        } else {
            self.todo.as_ref().map(|_| format!("{id}-todo"))
        };
        let help = self.help.as_ref().map(|_| format!("{id}-help"));
        problem.into_iter().chain(help).collect::<Vec<_>>().join(" ")
    }
}

pub struct AttachmentRow {
    id: Uuid,
    name: String,
    size: String,
    url: String,
}

/// What the form carried, by field name.
struct Posted {
    version: Option<i32>,
    action: String,
    values: BTreeMap<String, String>,
}

impl Posted {
    fn from(upload: &Upload) -> Self {
        let values: BTreeMap<String, String> = upload
            .fields
            .iter()
            .filter(|(k, _)| {
                k.as_str() == "title"
                    || k.as_str() == "institution"
                    || k.as_str() == "summary"
                    || k.as_str() == "language"
                    || k.as_str() == "clarification_answer"
                    || k.starts_with("answers.")
            })
            // Browsers send line breaks as CRLF; store them as typed.
            .map(|(k, v)| (k.clone(), v.replace("\r\n", "\n")))
            .collect();
        Self {
            version: upload.fields.get("version").and_then(|v| v.parse().ok()),
            action: upload.fields.get("action").cloned().unwrap_or_else(|| "save".into()),
            values,
        }
    }

    fn draft(&self, form: &Form, category: Option<String>) -> Draft {
        let text = |k: &str| self.values.get(k).cloned();
        let answers = form
            .questions
            .iter()
            .filter_map(|q| {
                let key = format!("answers.{}", q.key);
                self.values.get(&key).map(|v| (q.key.clone(), v.clone()))
            })
            .collect();
        Draft {
            category,
            title: text("title"),
            institution: text("institution"),
            summary: text("summary"),
            answers,
            // A language Laurel does not speak leaves the stored one (or, new, the writer's own).
            language: self.values.get("language").and_then(|l| l.parse().ok()),
        }
    }
}

/// Builds the page from the stored nomination, overlaid with what was posted (so a
/// refused save shows what the focal point typed, not what was stored).
fn page(
    signed_in: &SignedIn,
    form: &Form,
    posted: Option<&Posted>,
    errors: Vec<FieldError>,
    now: chrono::DateTime<chrono::Utc>,
) -> NominationPage {
    let stored = form.nomination.as_ref();
    let value = |name: &str| -> String {
        if let Some(v) = posted.and_then(|p| p.values.get(name)) {
            return v.clone();
        }
        let Some(n) = stored else { return String::new() };
        match name {
            "title" => n.title.clone(),
            "institution" => n.institution.clone(),
            "summary" => n.summary.clone(),
            other => other.strip_prefix("answers.").and_then(|k| n.answers.get(k)).cloned().unwrap_or_default(),
        }
    };
    let lang = signed_in.viewer.lang;
    let errors = FieldErrors(errors);
    let todos = FieldErrors(stored.map(|n| n.problems.clone()).unwrap_or_default());
    let mut fields: Vec<Field> = FIXED_FIELDS
        .iter()
        .map(|f| Field {
            name: f.name.to_owned(),
            label: lang.t(match f.name {
                "title" => "nomination-field-title",
                "institution" => "nomination-field-institution",
                _ => "nomination-field-summary",
            }),
            help: None,
            kind: f.kind,
            required: true,
            max_length: i32::try_from(f.max_chars).ok(),
            choices: Vec::new(),
            value: value(f.name),
            error: errors.get(f.name).map(str::to_owned),
            todo: todos.get(f.name).map(str::to_owned),
        })
        .collect();
    for q in &form.questions {
        let name = format!("answers.{}", q.key);
        let words = &form.labels;
        fields.push(Field {
            label: words.question(&q.key, lang, &q.label).to_owned(),
            help: q.help.as_deref().map(|h| words.question_help(&q.key, lang, h).to_owned()),
            kind: q.kind,
            required: q.required,
            max_length: q.max_length,
            // Stored as the default language's words; shown in the reader's.
            choices: q.choices.iter().map(|c| (c.clone(), words.choice(&q.key, lang, c).to_owned())).collect(),
            value: value(&name),
            error: errors.get(&name).map(str::to_owned),
            todo: todos.get(&name).map(str::to_owned),
            name,
        });
    }
    let checklist = checklist(lang, &fields, todos.get("attachments"));
    let answer_error = errors.get("answer").map(str::to_owned);
    let (action, heading, version, attachments, id) = match stored {
        Some(n) => (
            format!("/nominations/{}", n.id),
            if n.title.trim().is_empty() { lang.t("nomination-untitled") } else { n.title.clone() },
            n.version,
            n.attachments
                .iter()
                .map(|a| AttachmentRow {
                    id: a.id,
                    name: a.name.clone(),
                    size: human_size(lang, a.size),
                    url: format!("/nominations/{}/attachments/{}", n.id, a.id),
                })
                .collect(),
            Some(n.id),
        ),
        None => (format!("/cycles/{}/nominations", form.cycle_id), lang.t("nomination-new"), 0, Vec::new(), None),
    };
    let count = i32::try_from(attachments.len()).unwrap_or(i32::MAX);
    NominationPage {
        nav: Nav::from(&signed_in.viewer),
        action,
        heading,
        cycle_name: form.cycle_name.clone(),
        category_key: form.category_key.clone(),
        category_name: form.category_name.clone(),
        deadline: format::Zoned::new(form.closes_at, &form.time_zone).instant(lang),
        deadline_iso: iso(form.closes_at),
        time_left: format::time_left_in(lang, form.closes_at, now),
        status: form.status.label(lang),
        status_key: form.status.as_str(),
        version,
        language: posted
            .and_then(|p| p.values.get("language"))
            .and_then(|l| l.parse().ok())
            .or_else(|| stored.and_then(|n| n.language))
            .unwrap_or(lang),
        fields,
        attachments,
        max_attachments: form.max_attachments,
        min_attachments: form.min_attachments,
        can_attach: form.can_edit && count < form.max_attachments,
        can_edit: form.can_edit,
        can_submit: form.can_submit,
        can_withdraw: form.can_withdraw,
        autosave: form.can_edit && form.status == NominationStatus::Draft,
        withdraw_action: id.map(|id| format!("/nominations/{id}/withdraw")).unwrap_or_default(),
        notice: None,
        alert: None,
        file_error: errors.get("file").map(str::to_owned),
        attachments_error: errors.get("attachments").map(str::to_owned),
        errors,
        checklist,
        max_upload: 0,
        preview: None,
        receipt: stored.and_then(|n| receipt_of(lang, n, &form.time_zone)),
        clarification: stored.and_then(|n| {
            let c = n.clarification.as_ref()?;
            (form.status == NominationStatus::ClarificationRequested).then(|| Asked {
                question: c.question.clone(),
                asked_by: c.asked_by.clone().unwrap_or_else(|| lang.t("nomination-clarification-secretariat")),
                asked: c.asked_at.map(|at| format::Zoned::new(at, &form.time_zone).instant(lang)).unwrap_or_default(),
                due: c.due_at.map(|at| format::Zoned::new(at, &form.time_zone).instant(lang)).unwrap_or_default(),
                due_iso: c.due_at.map(iso).unwrap_or_default(),
                time_left: c.due_at.map(|at| format::time_left_in(lang, at, now)).unwrap_or_default(),
                answer: posted
                    .and_then(|p| p.values.get("clarification_answer").cloned())
                    .or_else(|| c.answer.clone())
                    .unwrap_or_default(),
                error: answer_error.clone(),
            })
        }),
    }
}

/// The receipt of a nomination submitted at least once.
fn receipt_of(lang: Lang, n: &nominations::NominationView, time_zone: &str) -> Option<Receipt> {
    let (reference, at) = (n.reference.clone()?, n.submitted_at?);
    let zoned = format::Zoned::new(at, time_zone);
    Some(Receipt {
        reference,
        submitted: zoned.instant(lang),
        submitted_utc: zoned.in_utc().instant(lang),
        submitted_iso: iso(at),
        url: format!("/nominations/{}/receipt", n.id),
    })
}

/// The draft's checklist, in the form's order, each line naming its field once.
fn checklist(lang: Lang, fields: &[Field], attachments: Option<&str>) -> Vec<Todo> {
    let line = |field: &str, message: &str| {
        lang.t_with("nomination-problem", &[("field", crate::i18n::isolate(field).into()), ("message", message.into())])
    };
    fields
        .iter()
        .filter_map(|f| f.todo.as_ref().map(|t| Todo { href: format!("#{}", f.id()), text: line(&f.label, t) }))
        .chain(
            attachments.map(|t| Todo { href: "#attachments".into(), text: line(&lang.t("nomination-attachments"), t) }),
        )
        .collect()
}

pub(super) fn human_size(lang: Lang, bytes: i64) -> String {
    // Display only.
    #[allow(clippy::cast_precision_loss)]
    let b = bytes as f64;
    // As numbers with their decimals, so each language writes its own: "1,5 Mo".
    let number = |n: String| {
        use fluent_templates::fluent_bundle::{FluentValue, types::FluentNumber};
        n.parse::<FluentNumber>().map_or_else(|_| FluentValue::from(n.clone()), FluentValue::Number)
    };
    if b >= 1024.0 * 1024.0 {
        lang.t_with("size-megabytes", &[("size", number(format!("{:.1}", b / (1024.0 * 1024.0))))])
    } else if b >= 1024.0 {
        lang.t_with("size-kilobytes", &[("size", number(format!("{:.0}", b / 1024.0)))])
    } else {
        lang.t_with("size-bytes", &[("count", bytes.into())])
    }
}

#[derive(Deserialize)]
struct Done {
    done: Option<String>,
}

fn notice(lang: Lang, done: Option<&str>) -> Option<String> {
    Some(lang.t(match done? {
        "saved" => "nomination-notice-saved",
        "attached" => "nomination-notice-attached",
        "removed" => "nomination-notice-removed",
        "submitted" => "nomination-notice-submitted",
        "withdrawn" => "nomination-notice-withdrawn",
        "answered" => "nomination-notice-answered",
        _ => return None,
    }))
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
    let state_name =
        member_states::list(&state.db).await?.into_iter().find(|s| s.code == code).map_or(code, |s| s.name);
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
