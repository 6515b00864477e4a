//! The OpenAPI document of the JSON API, generated from the handlers' own annotations,
//! and a page that reads it for people. `tests/it/openapi.rs` checks that it names
//! exactly the API routes the router serves.

use std::sync::LazyLock;

use askama::Template;
use askama_web::WebTemplate;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::openapi::{OpenApi as Document, PathItem};
use utoipa::{Modify, OpenApi};

use super::{admin, auth, cycles, invitations, member_states, nominations, public, review};
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
        auth::login, auth::logout, auth::me,
        cycles::create, cycles::list, cycles::get, cycles::update, cycles::publish,
        member_states::list,
        invitations::invite, invitations::accept,
        nominations::create, nominations::list, nominations::get, nominations::update,
        nominations::submit, nominations::withdraw, nominations::screening, nominations::clarification,
        nominations::attach, nominations::download, nominations::detach,
        review::assign, review::ranking, review::ranking_csv, review::advance,
        review::list, review::get, review::remove, review::save, review::submit, review::recuse,
        admin::audit_trail, admin::list_outbox, admin::resend,
        public::public_cycles, public::winners, public::winners_csv,
        feeds::atom, feeds::deadlines,
    ),
    modifiers(&BearerToken),
    tags(
        (name = "auth", description = "Signing in for programs"),
        (name = "cycles", description = "Award cycles and their definitions"),
        (name = "nominations", description = "Nominations by member states' focal points"),
        (name = "review", description = "Screening, assignment, scoring, ranking and advancement"),
        (name = "people", description = "Invitations"),
        (name = "admin", description = "The audit trail and the email outbox"),
        (name = "reference", description = "Member states and regions"),
        (name = "public", description = "Open data: published results, for everyone"),
    )
)]
pub struct ApiDoc;

/// `Authorization: Bearer <token>`, the token from `POST /api/v1/auth/login`.
struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut Document) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("bearer", SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)));
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
