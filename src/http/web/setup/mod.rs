//! Setting up a cycle in the browser: a new one from scratch or copied from a previous
//! year, a draft's whole definition edited in one form, an open cycle's safe changes,
//! a preview of the nomination form and of each rubric, the definition as TOML, and
//! what the last save changed. The form produces a definition and hands it to the
//! same use cases as `laurel import` and the API, so the rules live in one place.

mod form;
mod view;

use std::collections::BTreeMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::{Value, json};
use uuid::Uuid;

use self::form::Edit;
use self::view::{Editor, Shown};
use super::nav::Nav;
use crate::app::AppState;
use crate::domain::cycle::Phase;
use crate::domain::definition::{self, CycleDefinition, Problem};
use crate::domain::nomination::QuestionKind;
use crate::domain::review::aggregate::Method;
use crate::domain::stage::{RuleKind, StageKind};
use crate::http::error::PageError;
use crate::http::extract::{CsrfForm, PagePath};
use crate::http::routes::Routes;
use crate::http::session::SignedIn;
use crate::i18n::Lang;
use crate::service::{self, Error, audit, cycles};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .get("/admin/cycles/new", new_page)
        .post("/admin/cycles/new", create)
        .get("/admin/cycles/{id}/edit", edit_page)
        .post("/admin/cycles/{id}/edit", save)
        .get("/admin/cycles/{id}/preview", preview)
        .get("/admin/cycles/{id}/definition.toml", download)
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/setup.html")]
pub struct SetupPage {
    nav: Nav,
    /// The cycle being set up; `None` on the new-cycle page.
    cycle: Option<Head>,
    /// Where the form posts.
    action: String,
    editor: Editor,
    /// Every problem, each linking to its field.
    problems: Vec<Shown>,
    notice: Option<String>,
    /// On the new-cycle page: the cycles a new edition can be copied from.
    copyable: Vec<(Uuid, String)>,
    copy: CopyForm,
    copy_error: Option<String>,
    changes: Option<view::Changes>,
    /// The page right after a save: what it changed is shown open.
    just_saved: bool,
}

/// What the page says of the cycle it sets up.
pub struct Head {
    id: Uuid,
    name: String,
    version: i32,
    phase: Phase,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct CopyForm {
    #[serde(default)]
    source: String,
    #[serde(default)]
    year: String,
}

#[derive(Deserialize)]
struct DoneQuery {
    done: Option<String>,
}

/// What a new cycle starts as: one of each item to fill in, in the secretariat's
/// language, next year.
fn blank_definition(lang: Lang, year: i32) -> Value {
    let mut d = json!({
        "programme": {},
        "default_language": lang.as_str(),
        "languages": [],
        "year": year,
        "time_zone": "UTC",
        "max_attachments": 5,
        "min_attachments": 0,
    });
    for list in ["categories", "questions"] {
        d[list] = json!([blank(list)]);
    }
    d["stages"] = json!([
        {
            "key": "screening", "name": {}, "kind": StageKind::Screening.as_str(),
            "advance": { "rule": RuleKind::Manual.as_str() }, "criteria": [blank("stages[0].criteria")],
        },
        blank("stages"),
    ]);
    d
}

/// A new item of the list at `path`, ready to fill in.
fn blank(path: &str) -> Value {
    let list = path.rsplit('.').next().unwrap_or(path);
    let list = list.split('[').next().unwrap_or(list);
    match list {
        "categories" => {
            json!({ "key": "", "name": {}, "max_per_state": 1, "winners": 1, "champions": 0, "per_region": false })
        }
        "questions" => json!({
            "key": "", "label": {}, "kind": QuestionKind::LongText.as_str(), "required": true, "public": false,
        }),
        "stages" => json!({
            "key": "", "name": {}, "kind": StageKind::Scoring.as_str(), "reviewers_per_nomination": 3, "blind": true,
            "aggregation": Method::Mean.as_str(), "advance": { "rule": RuleKind::TopN.as_str(), "n": 10 },
            "criteria": [blank("criteria")],
        }),
        "criteria" => json!({ "key": "", "label": {}, "weight": 1, "min": 0, "max": 10 }),
        "levels" => json!({ "score": "", "label": {} }),
        // A choice.
        _ => json!({}),
    }
}

/// How much of a cycle the form may change in its phase.
fn scope(phase: Phase) -> view::Scope {
    match phase {
        Phase::Draft => view::Scope::Everything,
        Phase::Open => view::Scope::WordsAndDeadline,
        _ => view::Scope::Words,
    }
}

/// What a set-up page shows besides the form.
#[derive(Default)]
struct Extras {
    notice: Option<String>,
    copyable: Vec<(Uuid, String)>,
    copy: CopyForm,
    copy_error: Option<String>,
    changes: Option<view::Changes>,
    /// The path of the field to open the page at: the first of an item just added.
    focus: Option<String>,
}

fn page(signed_in: &SignedIn, cycle: Option<Head>, shown: &Value, problems: Vec<Problem>, extras: Extras) -> SetupPage {
    let lang = signed_in.viewer.lang;
    let scope = cycle.as_ref().map_or(view::Scope::Everything, |c| scope(c.phase));
    let (editor, problems) = Editor::build(shown, &problems, scope, cycle.is_none(), extras.focus.as_deref(), lang);
    let Extras { notice, copyable, copy, copy_error, changes, .. } = extras;
    let just_saved = changes.is_some() && notice.is_some();
    let action =
        cycle.as_ref().map_or_else(|| "/admin/cycles/new".to_owned(), |c| format!("/admin/cycles/{}/edit", c.id));
    SetupPage {
        nav: Nav::from(&signed_in.viewer),
        cycle,
        action,
        editor,
        problems,
        notice,
        copyable,
        copy,
        copy_error,
        changes,
        just_saved,
    }
}

/// The first field of the item `edit` added, where the page opens next.
fn focus(edit: &Edit, shown: &Value) -> Option<String> {
    let Edit::Add(list) = edit else { return None };
    let pointer = format!("/{}", list.replace(['.', '['], "/").replace(']', ""));
    let last = shown.pointer(&pointer)?.as_array()?.len().checked_sub(1)?;
    let kind = list.rsplit('.').next().unwrap_or(list);
    let first = match kind {
        "levels" => "score".to_owned(),
        "choices" => shown.get("default_language").and_then(Value::as_str).unwrap_or("en").to_owned(),
        _ => "key".to_owned(),
    };
    Some(format!("{list}[{last}].{first}"))
}

/// The cycles a new edition may be copied from, newest first.
async fn copyable(state: &AppState, signed_in: &SignedIn) -> Result<Vec<(Uuid, String)>, PageError> {
    let listed = cycles::list(&state.db, Some(&signed_in.caller), state.clock.now()).await?;
    Ok(listed.into_iter().map(|c| (c.id, c.name)).collect())
}

async fn new_page(State(state): State<AppState>, signed_in: SignedIn) -> Result<SetupPage, PageError> {
    signed_in.caller.require_admin()?;
    let copyable = copyable(&state, &signed_in).await?;
    let year = chrono::Datelike::year(&state.clock.now()) + 1;
    let blank = blank_definition(signed_in.viewer.lang, year);
    let copy = CopyForm { source: String::new(), year: year.to_string() };
    Ok(page(&signed_in, None, &blank, Vec::new(), Extras { copyable, copy, ..Extras::default() }))
}

/// The form's fields with the page's own (its version, the button pressed, the copy
/// form) taken out.
fn definition_fields(fields: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    fields
        .iter()
        .filter(|(k, _)| !["action", "version", "source", "copy_year"].contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.replace("\r\n", "\n")))
        .collect()
}

/// The problems a definition has: what the form could not read, then every rule it
/// breaks, each once.
fn problems_of(read: &form::Read) -> (Option<CycleDefinition>, Vec<Problem>) {
    let mut problems = read.problems.clone();
    match definition::parse(&read.checked) {
        Ok(d) if problems.is_empty() => (Some(d), problems),
        Ok(_) => (None, problems),
        Err(found) => {
            problems.extend(found.into_iter().filter(|p| !read.problems.iter().any(|r| r.path == p.path)));
            (None, problems)
        }
    }
}

/// A refusal from a use case, as problems beside the fields they are about.
fn refusal_problems(e: Error) -> Result<Vec<Problem>, PageError> {
    match e {
        Error::Validation(errors) => {
            Ok(errors.into_iter().map(|e| Problem { path: e.field, message: e.message }).collect())
        }
        Error::Rule(rule) => {
            let path = rule.field().unwrap_or_default().to_owned();
            Ok(vec![Problem { path, message: rule.to_string() }])
        }
        Error::VersionMismatch { .. } => Ok(vec![Problem { path: String::new(), message: e.to_string() }]),
        other => Err(other.into()),
    }
}

/// The form again, with what was typed and its problems: 422 so a script can tell.
fn refused(page: SetupPage) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
}

async fn create(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(fields): CsrfForm<BTreeMap<String, String>>,
) -> Result<Response, PageError> {
    signed_in.caller.require_admin()?;
    let now = state.clock.now();
    let action = fields.get("action").map_or("save", String::as_str);
    let copy = CopyForm {
        source: fields.get("source").cloned().unwrap_or_default(),
        year: fields.get("copy_year").cloned().unwrap_or_default(),
    };
    if action == "copy" {
        let source = copy.source.parse::<Uuid>().ok();
        let year = copy.year.trim().parse::<i32>().ok();
        let outcome = match (source, year) {
            (Some(source), Some(year)) => cycles::copy(&state.db, &signed_in.caller, source, Some(year), now).await,
            (None, _) => Err(Error::validation("source", crate::i18n::say("setup-copy-choose"))),
            (Some(_), None) => Err(Error::validation("copy_year", crate::i18n::say("setup-not-whole"))),
        };
        return match outcome {
            Ok(id) => Ok(Redirect::to(&format!("/admin/cycles/{id}/edit?done=copied")).into_response()),
            Err(e) => {
                let message = refusal_problems(e)?.into_iter().map(|p| p.message).collect::<Vec<_>>().join(" ");
                let year = chrono::Datelike::year(&now) + 1;
                let blank = blank_definition(signed_in.viewer.lang, year);
                let copyable = copyable(&state, &signed_in).await?;
                let extras = Extras { copyable, copy, copy_error: Some(message), ..Extras::default() };
                Ok(refused(page(&signed_in, None, &blank, Vec::new(), extras)))
            }
        };
    }
    let read = form::read(json!({}), &json!({}), &definition_fields(&fields));
    let copyable = copyable(&state, &signed_in).await?;
    if let Some(edit) = Edit::parse(action) {
        let mut shown = read.shown;
        edit.apply(&mut shown, blank);
        let extras = Extras { copyable, copy, focus: focus(&edit, &shown), ..Extras::default() };
        return Ok(page(&signed_in, None, &shown, Vec::new(), extras).into_response());
    }
    let (parsed, problems) = problems_of(&read);
    let Some(d) = parsed else {
        return Ok(refused(page(
            &signed_in,
            None,
            &read.shown,
            problems,
            Extras { copyable, copy, ..Extras::default() },
        )));
    };
    match cycles::create_cycle(&state.db, &signed_in.caller.actor(), Some(&signed_in.caller), &d, now).await {
        Ok(id) => Ok(Redirect::to(&format!("/admin/cycles/{id}/edit?done=created")).into_response()),
        Err(e) => {
            let problems = refusal_problems(e)?;
            Ok(refused(page(&signed_in, None, &read.shown, problems, Extras { copyable, copy, ..Extras::default() })))
        }
    }
}

/// The cycle's head and stored definition.
async fn stored(state: &AppState, signed_in: &SignedIn, id: Uuid) -> Result<(Head, CycleDefinition), PageError> {
    let c = cycles::set_up(&state.db, &signed_in.caller, id, state.clock.now()).await?;
    Ok((Head { id, name: c.name, version: c.version, phase: c.phase }, c.definition))
}

/// What the last save changed, line by line in the definition's TOML.
async fn changes(
    state: &AppState,
    signed_in: &SignedIn,
    id: Uuid,
    current: &CycleDefinition,
) -> Result<Option<view::Changes>, PageError> {
    let filter = audit::Filter {
        subject: Some(id.to_string()),
        action: Some("cycle.edited".to_owned()),
        ..audit::Filter::default()
    };
    let Some(last) = audit::list(&state.db, &signed_in.caller, &filter, 1, None).await?.into_iter().next() else {
        return Ok(None);
    };
    let Some(before) = last.details.pointer("/before/definition").cloned() else { return Ok(None) };
    let Ok(before) = serde_json::from_value::<CycleDefinition>(before) else { return Ok(None) };
    let (Ok(old), Ok(new)) = (definition::to_toml(&before), definition::to_toml(current)) else { return Ok(None) };
    let when = crate::format::Zoned::new(last.at, &current.time_zone).instant(signed_in.viewer.lang);
    Ok(Some(view::Changes::between(&old, &new, last.actor_label, when)))
}

async fn edit_page(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    Query(q): Query<DoneQuery>,
) -> Result<SetupPage, PageError> {
    let (head, d) = stored(&state, &signed_in, id).await?;
    let lang = signed_in.viewer.lang;
    let notice = match q.done.as_deref() {
        Some("saved") => Some(lang.t("setup-notice-saved")),
        Some("created") => Some(lang.t("setup-notice-created")),
        Some("copied") => Some(lang.t("setup-notice-copied")),
        _ => None,
    };
    let changes = changes(&state, &signed_in, id, &d).await?;
    let shown = serde_json::to_value(&d).map_err(|e| Error::Internal(e.into()))?;
    Ok(page(&signed_in, Some(head), &shown, Vec::new(), Extras { notice, changes, ..Extras::default() }))
}

async fn save(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(fields): CsrfForm<BTreeMap<String, String>>,
) -> Result<Response, PageError> {
    let now = state.clock.now();
    let (head, d) = stored(&state, &signed_in, id).await?;
    let stored = serde_json::to_value(&d).map_err(|e| Error::Internal(e.into()))?;
    let mut base = stored.clone();
    if head.phase == Phase::Draft
        && let Some(object) = base.as_object_mut()
    {
        // A draft's form carries its lists whole: what it leaves out was removed.
        for list in ["categories", "questions", "stages", "languages"] {
            object.remove(list);
        }
    }
    let read = form::read(base, &stored, &definition_fields(&fields));
    let action = fields.get("action").map_or("save", String::as_str);
    if let Some(edit) = Edit::parse(action).filter(|_| head.phase == Phase::Draft) {
        let mut shown = read.shown;
        edit.apply(&mut shown, blank);
        let extras = Extras { focus: focus(&edit, &shown), ..Extras::default() };
        return Ok(page(&signed_in, Some(head), &shown, Vec::new(), extras).into_response());
    }
    let (parsed, problems) = problems_of(&read);
    if parsed.is_none() {
        let page = page(&signed_in, Some(head), &read.shown, problems, Extras::default());
        return Ok(refused(page));
    }
    let version = fields.get("version").and_then(|v| v.parse().ok());
    match cycles::replace_definition(&state.db, &signed_in.caller, id, &read.checked, version, now).await {
        Ok(()) => Ok(Redirect::to(&format!("/admin/cycles/{id}/edit?done=saved")).into_response()),
        Err(e) => {
            let problems = refusal_problems(e)?;
            let page = page(&signed_in, Some(head), &read.shown, problems, Extras::default());
            Ok(refused(page))
        }
    }
}

async fn download(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
) -> Result<Response, PageError> {
    let d = cycles::definition(&state.db, &signed_in.caller, id).await?;
    Ok(crate::http::download::definition(&d).map_err(Error::Internal)?)
}

#[derive(Deserialize)]
struct PreviewQuery {
    category: Option<String>,
    stage: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/rubric.html")]
pub struct RubricPage {
    nav: Nav,
    preview: super::nominations::Preview,
    stage: String,
    blind: bool,
    criteria: Vec<RubricRow>,
}

pub struct RubricRow {
    key: String,
    label: String,
    guidance: String,
    min: String,
    max: String,
    weight: String,
    levels: Vec<(String, String)>,
}

/// The nomination form of a category as a focal point will see it, or a stage's rubric
/// as a juror will (`?stage=`).
async fn preview(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    Query(q): Query<PreviewQuery>,
) -> Result<Response, PageError> {
    let now = state.clock.now();
    let lang = signed_in.viewer.lang;
    let (head, d) = stored(&state, &signed_in, id).await?;
    let category = q.category.filter(|c| d.categories.iter().any(|x| &x.key == c));
    let category = category.or_else(|| d.categories.first().map(|c| c.key.clone())).unwrap_or_default();
    let preview = super::nominations::Preview {
        cycle_id: id,
        cycle_name: head.name.clone(),
        category: category.clone(),
        stage: q.stage.clone().unwrap_or_default(),
        categories: d
            .categories
            .iter()
            .map(|c| (c.key.clone(), c.name.get(lang, d.default_language).to_owned()))
            .collect(),
        stages: d
            .stages
            .iter()
            .filter(|s| !s.criteria.is_empty())
            .map(|s| (s.key.clone(), s.name.get(lang, d.default_language).to_owned()))
            .collect(),
    };
    if let Some(stage) = q.stage.as_deref().and_then(|k| d.stages.iter().find(|s| s.key == k)) {
        use super::reviews::number;
        let criteria = stage
            .criteria
            .iter()
            .map(|c| {
                let mut levels: Vec<_> = c.levels.iter().collect();
                levels.sort_by(|a, b| a.score.total_cmp(&b.score));
                RubricRow {
                    key: c.key.clone(),
                    label: c.label.get(lang, d.default_language).to_owned(),
                    guidance: c
                        .guidance
                        .as_ref()
                        .map(|g| g.get(lang, d.default_language).to_owned())
                        .unwrap_or_default(),
                    min: number(c.min),
                    max: number(c.max),
                    weight: number(c.weight),
                    levels: levels
                        .into_iter()
                        .map(|l| (number(l.score), l.label.get(lang, d.default_language).to_owned()))
                        .collect(),
                }
            })
            .collect();
        let page = RubricPage {
            nav: Nav::from(&signed_in.viewer),
            stage: stage.name.get(lang, d.default_language).to_owned(),
            blind: stage.blind,
            criteria,
            preview,
        };
        return Ok(page.into_response());
    }
    let form = service::dashboard::preview_form(&state.db, &signed_in.caller, id, &category, now).await?;
    Ok(super::nominations::preview_page(&signed_in, &form, preview, now).into_response())
}
