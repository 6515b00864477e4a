//! The OpenAPI document of the JSON API, generated from the handlers' own annotations,
//! and a page that reads it for people. `tests/it/openapi.rs` checks that it names
//! exactly the API routes the router serves.

use std::sync::LazyLock;

use askama::Template;
use askama_web::WebTemplate;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use utoipa::openapi::path::{Operation as Op, ParameterIn};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{Content, OpenApi as Document, PathItem, Ref, RefOr};
use utoipa::{Modify, OpenApi};

use super::{admin, auth, cycles, invitations, member_states, nominations, people, public, review, vote};
use crate::app::AppState;
use crate::http::routes::Routes;
use crate::http::web::feeds;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Laurel",
        description = "Nominations, review and published results of public-service awards. \
                       Errors are RFC 9457 problem details with a stable `code`. \
                       Instants are RFC 3339 in UTC; ids are UUIDs."
    ),
    paths(
        auth::login, auth::logout, auth::me, auth::update_me,
        cycles::create, cycles::list, cycles::get, cycles::progress, cycles::update, cycles::publish,
        cycles::copy, cycles::definition, cycles::definition_toml,
        member_states::list,
        invitations::invite, invitations::accept, invitations::bulk, invitations::list, invitations::resend,
        invitations::revoke,
        people::list, people::deactivate, people::reactivate,
        nominations::create, nominations::list, nominations::get, nominations::update,
        nominations::submit, nominations::answer_clarification, nominations::withdraw, nominations::screening, nominations::clarification, nominations::list_redactions, nominations::redact, nominations::unredact,
        nominations::attach, nominations::download, nominations::detach,
        review::assign, review::ranking, review::ranking_csv, review::remind, review::advance,
        review::list, review::get, review::remove, review::save, review::submit, review::recuse,
        admin::audit_trail, admin::list_outbox, admin::email, admin::resend,
        public::public_cycles, public::winners, public::winners_csv,
        vote::register, vote::confirm, vote::read_ballot, vote::cast, vote::withdraw, vote::totals, vote::void,
        vote::log_csv,
        feeds::atom, feeds::deadlines,
    ),
    // Types named only by query parameters: utoipa collects the schemas of bodies, not of parameters.
    components(schemas(
        crate::domain::nomination::NominationStatus, crate::domain::member_state::Region,
        crate::domain::user::InvitationStatus, crate::domain::user::Role,
    )),
    modifiers(&BearerToken, &StandardProblems),
    tags(
        (name = "auth", description = "Signing in for programs"),
        (name = "cycles", description = "Award cycles and their definitions"),
        (name = "nominations", description = "Nominations by member states' focal points"),
        (name = "review", description = "Screening, assignment, scoring, ranking and advancement"),
        (name = "people", description = "Invitations and accounts"),
        (name = "admin", description = "The audit trail and the email outbox"),
        (name = "reference", description = "Member states and regions"),
        (name = "public", description = "Open data: published results, for everyone"),
        (name = "vote", description = "The public vote: voters, ballots, and the count for the secretariat"),
    )
)]
pub struct ApiDoc;

/// `Authorization: Bearer <token>`, the token from `POST /api/v1/auth/login`.
struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut Document) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("bearer", SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)));
        // A voter's token, from `POST /api/v1/public/voters/confirm`: it opens the
        // ballot and nothing else, and a person's token does not open the ballot.
        components.add_security_scheme("voter", SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)));
    }
}

/// The refusals every operation of a kind can meet before its handler runs, added to
/// each operation that does not document them itself (API.md's table of statuses):
/// - 401 where a bearer token is taken: none, or one that is not valid;
/// - 403 where a bearer token is required: every such operation checks the caller's role;
/// - 400 where there are query parameters, a request body or an `If-Match` header: a
///   query parameter, body or version that cannot be read (`bad_request`).
///
/// Only operations under `/api/` get them: the feeds are served with the pages, whose
/// errors are pages.
struct StandardProblems;

impl StandardProblems {
    fn add(operation: &mut Op) {
        let bearer = SecurityRequirement::new("bearer", Vec::<String>::new());
        let voter = SecurityRequirement::new("voter", Vec::<String>::new());
        let security = operation.security.as_deref().unwrap_or_default();
        let takes_token = security.contains(&bearer) || security.contains(&voter);
        // A voter has no role to be refused for: only a person's token can meet a 403.
        let needs_token = security.contains(&bearer) && !security.contains(&SecurityRequirement::default());
        let parameters: Vec<_> = operation
            .parameters
            .iter()
            .flatten()
            .filter_map(|p| match p {
                RefOr::T(p) => Some(p),
                RefOr::Ref(_) => None,
            })
            .collect();
        let query = parameters.iter().any(|p| matches!(p.parameter_in, ParameterIn::Query | ParameterIn::QueryString));
        let if_match =
            parameters.iter().any(|p| p.parameter_in == ParameterIn::Header && p.name.eq_ignore_ascii_case("if-match"));
        let body = operation.request_body.is_some();

        let mut unreadable = Vec::new();
        if query {
            unreadable.push("a query parameter is malformed or names an unknown value");
        }
        if body {
            unreadable.push("the body is not of the documented type and shape");
        }
        if if_match {
            unreadable.push("`If-Match` is not a quoted version");
        }
        let responses = &mut operation.responses.responses;
        if !unreadable.is_empty() {
            let description = format!("The request could not be read (`bad_request`): {}", unreadable.join("; "));
            responses.entry("400".into()).or_insert_with(|| problem(description));
        }
        if takes_token {
            let description = if needs_token || security.contains(&voter) {
                "No valid bearer token (`unauthenticated`)"
            } else {
                "The bearer token sent is not valid (`unauthenticated`); send none to call anonymously"
            };
            responses.entry("401".into()).or_insert_with(|| problem(description));
        }
        if needs_token {
            let description = "The caller's role or member state may not do this (`forbidden`)";
            responses.entry("403".into()).or_insert_with(|| problem(description));
        }
    }
}

/// A refusal as a problem document, with the schema every other refusal uses.
fn problem(description: impl Into<String>) -> RefOr<utoipa::openapi::Response> {
    let mut response = utoipa::openapi::Response::new(description);
    response
        .content
        .insert("application/problem+json".into(), RefOr::T(Content::new(Some(Ref::from_schema_name("Problem")))));
    RefOr::T(response)
}

impl Modify for StandardProblems {
    fn modify(&self, openapi: &mut Document) {
        for (path, item) in &mut openapi.paths.paths {
            if !path.starts_with("/api/") {
                continue;
            }
            let operations = [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.options,
                &mut item.head,
                &mut item.patch,
                &mut item.trace,
            ];
            for operation in operations.into_iter().flatten() {
                Self::add(operation);
            }
        }
    }
}

/// The document, built once: it is the same for the life of the process.
static DOCUMENT: LazyLock<Document> = LazyLock::new(ApiDoc::openapi);
static JSON: LazyLock<String> = LazyLock::new(|| DOCUMENT.to_json().unwrap_or_default());

/// `/openapi.json`, under the API's prefix. The page for people, `/api/docs`, is served
/// with the other pages, for their session and error pages.
pub fn routes() -> Routes<AppState> {
    Routes::new().get("/openapi.json", document)
}

async fn document() -> Response {
    ([(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], JSON.as_str()).into_response()
}

/// One operation as the reference page lists it.
pub struct Operation {
    method: &'static str,
    path: String,
    summary: String,
    description: String,
    auth: &'static str,
}

/// A tag's operations, in the document's order.
pub struct Section {
    name: String,
    description: String,
    operations: Vec<Operation>,
}

/// The API reference for people: every operation by tag, server-rendered, linking to
/// the document for the details of each body.
#[derive(Template, WebTemplate)]
#[template(path = "api_docs.html")]
pub struct DocsPage {
    nav: crate::http::web::Nav,
    sections: Vec<Section>,
}

fn operations(path: &str, item: &PathItem) -> Vec<(String, Operation)> {
    let methods = [
        ("GET", &item.get),
        ("POST", &item.post),
        ("PUT", &item.put),
        ("PATCH", &item.patch),
        ("DELETE", &item.delete),
    ];
    methods
        .into_iter()
        .filter_map(|(method, op)| op.as_ref().map(|op| (method, op)))
        .map(|(method, op)| {
            let tag = op.tags.as_ref().and_then(|t| t.first()).cloned().unwrap_or_default();
            let public = op.security.as_ref().is_some_and(|s| s.iter().any(|r| r == &Default::default()));
            let operation = Operation {
                method,
                path: path.to_owned(),
                summary: op.summary.clone().unwrap_or_default(),
                description: op.description.clone().unwrap_or_default(),
                auth: if public { "Open to everyone" } else { "Bearer token" },
            };
            (tag, operation)
        })
        .collect()
}

pub async fn docs(viewer: crate::http::session::Viewer) -> DocsPage {
    let mut sections: Vec<Section> = DOCUMENT
        .tags
        .iter()
        .flatten()
        .map(|t| Section {
            name: t.name.clone(),
            description: t.description.clone().unwrap_or_default(),
            operations: Vec::new(),
        })
        .collect();
    for (path, item) in &DOCUMENT.paths.paths {
        for (tag, operation) in operations(path, item) {
            if let Some(section) = sections.iter_mut().find(|s| s.name == tag) {
                section.operations.push(operation);
            }
        }
    }
    DocsPage { nav: crate::http::web::Nav::from(&viewer), sections }
}
