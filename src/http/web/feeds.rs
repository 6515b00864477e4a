//! Feeds for people's readers and calendars: an Atom feed of published results and an
//! iCalendar file of a cycle's dates. Both are built by crates made for the formats and
//! carry an ETag, like the open data.

use atom_syndication::{Entry, Feed, Link, Text};
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use icalendar::{Calendar, Component as _, Event, EventLike as _};
use uuid::Uuid;

use crate::app::AppState;
use crate::domain::nomination::Award;
use crate::http::api::public::cacheable;
use crate::http::error::PageError;
use crate::http::extract::PagePath;
use crate::http::routes::Routes;
use crate::i18n;
use crate::service::publishing::{self, WinnersFilter};
use crate::service::{Error, cycles};

pub fn routes() -> Routes<AppState> {
    Routes::new().get("/feed.atom", atom).get("/cycles/{id}/deadlines.ics", deadlines)
}

fn link(href: String) -> Link {
    let mut link = Link::default();
    link.set_href(href);
    link.set_rel("alternate");
    link
}

/// One entry per published cycle, naming its winners and champions.
#[utoipa::path(
    get,
    path = "/feed.atom",
    tag = "public",
    params(("If-None-Match" = Option<String>, Header, description = "An ETag read before: 304 if unchanged"), ("If-Modified-Since" = Option<String>, Header, description = "A date read before as `Last-Modified`: 304 if unchanged since")),
    responses(
        (status = 200, description = "An Atom feed, one entry per published cycle", content_type = "application/atom+xml"),
        (status = 304, description = "Unchanged since the client read it")
    ),
    security(())
)]
async fn atom(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, PageError> {
    let now = state.clock.now();
    let base = state.settings.base_url();
    let published = publishing::published(&state.db, &state.caches, now).await?;
    let awards = publishing::winners(&state.db, &state.caches, &WinnersFilter::default(), now).await?;
    let mut entries = Vec::new();
    for c in &published {
        let when = c.published_at.fixed_offset();
        let named: Vec<String> = awards
            .iter()
            .filter(|a| a.cycle.id == c.id && a.award != Award::Finalist)
            .map(|a| {
                let award = a.award.label(i18n::current());
                format!("{} ({}, {}): {award}", a.nomination.title, a.member_state.name, a.category.name)
            })
            .collect();
        let mut entry = Entry::default();
        entry.set_id(format!("urn:uuid:{}", c.id));
        entry.set_title(Text::plain(i18n::say_with("feed-entry", &[("cycle", c.name.clone().into())])));
        entry.set_updated(when);
        entry.set_published(Some(when));
        entry.set_links(vec![link(format!("{base}cycles/{}", c.id))]);
        entry.set_summary(Some(Text::plain(named.join("; "))));
        entries.push(entry);
    }
    let mut feed = Feed::default();
    feed.set_id(format!("{base}feed.atom"));
    feed.set_title(Text::plain(i18n::say("feed-title")));
    feed.set_links(vec![link(format!("{base}archive"))]);
    // The newest publication; a feed with none yet is as new as the newest public cycle
    // (or, on an installation without one, this moment), never the epoch. Either way its
    // bytes, and so its ETag, change only when a cycle does.
    let updated = match published.iter().map(|c| c.published_at).max() {
        Some(at) => at,
        None => cycles::public_cycles(&state.db, &state.caches, now)
            .await?
            .iter()
            .map(|c| c.updated_at.min(now))
            .max()
            .unwrap_or(now),
    };
    feed.set_updated(updated.fixed_offset());
    feed.set_entries(entries);
    let modified = published.iter().map(|c| c.published_at).max();
    Ok(cacheable(&headers, "application/atom+xml; charset=utf-8", feed.to_string().into_bytes(), modified))
}

/// A cycle's public dates: nominations open, nominations close, results published.
#[utoipa::path(
    get,
    path = "/cycles/{id}/deadlines.ics",
    tag = "public",
    params(("id" = Uuid, Path, description = "The cycle's id"), ("If-None-Match" = Option<String>, Header, description = "An ETag read before: 304 if unchanged"), ("If-Modified-Since" = Option<String>, Header, description = "A date read before as `Last-Modified`: 304 if unchanged since")),
    responses(
        (status = 200, description = "iCalendar events: nominations open, nominations close, results published", content_type = "text/calendar"),
        (status = 304, description = "Unchanged since the client read it"),
        (status = 404, description = "No such cycle open to the public (an HTML page, as for every address outside `/api`)", content_type = "text/html")
    ),
    security(())
)]
async fn deadlines(
    State(state): State<AppState>,
    headers: HeaderMap,
    PagePath(id): PagePath<Uuid>,
) -> Result<Response, PageError> {
    let now = state.clock.now();
    let cycle = cycles::public_cycles(&state.db, &state.caches, now)
        .await?
        .into_iter()
        .find(|c| c.id == id)
        .ok_or(Error::NotFound("cycle"))?;
    let base = state.settings.base_url();
    let mut calendar = Calendar::new();
    calendar.name(&cycle.name);
    let dates = [
        ("opens", i18n::say("calendar-opens"), cycle.timeline.opens_at),
        ("closes", i18n::say("calendar-closes"), cycle.timeline.closes_at),
        ("results", i18n::say("calendar-results"), cycle.timeline.publish_at),
    ];
    for (key, what, at) in dates {
        calendar.push(
            Event::new()
                .uid(&format!("{id}-{key}@laurel"))
                // Without a METHOD, DTSTAMP is when the event was last revised in the
                // store (RFC 5545 §3.8.7.2): the cycle's last edit, so the file's bytes
                // change only when it does.
                .timestamp(cycle.updated_at.min(now))
                .summary(&format!("{what}: {}", cycle.name))
                .starts(at)
                .ends(at)
                .url(&format!("{base}cycles/{id}"))
                .done(),
        );
    }
    // The dates change only by an edit to the cycle.
    let body = calendar.done().to_string().into_bytes();
    Ok(cacheable(&headers, "text/calendar; charset=utf-8", body, Some(cycle.updated_at.min(now))))
}
