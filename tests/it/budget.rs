//! The query budget: how many SQL statements each route may run to answer one request.
//! The route walk of the policy test (`policy.rs`) counts what each route spends as the
//! callers it serves, on a cycle with a few nominations in every state, and checks it
//! here, so an N+1 or a doubled read fails the day it is written. A route the router
//! serves without a line here fails the same way, like a route without a policy.
//!
//! A budget is what the route spends today: lower it when a route gets cheaper. Public
//! pages spend five statements at most (issue 20), counting the one that reads a cycle's
//! words again after its definition changed (`service::cycles::labels`).

use laurel::http::routes::Route;

/// (method, route, statements at most).
#[rustfmt::skip]
pub const BUDGET: &[(&str, &str, u64)] = &[
    ("GET", "/healthz", 0),
    ("GET", "/readyz", 0),
    ("GET", "/metrics", 3),
    ("GET", "/api/v1/audit", 3),
    ("GET", "/api/v1/outbox", 2),
    ("GET", "/api/v1/outbox/{id}", 2),
    ("POST", "/api/v1/outbox/{id}/resend", 6),
    ("POST", "/api/v1/auth/login", 8),
    ("POST", "/api/v1/auth/logout", 6),
    ("GET", "/api/v1/me", 1),
    ("PATCH", "/api/v1/me", 5),
    ("POST", "/api/v1/cycles", 34),
    ("GET", "/api/v1/cycles", 5),
    ("GET", "/api/v1/cycles/{id}", 5),
    ("GET", "/api/v1/cycles/{id}/progress", 17),
    ("PATCH", "/api/v1/cycles/{id}", 37),
    ("POST", "/api/v1/cycles/{id}/copy", 35),
    ("GET", "/api/v1/cycles/{id}/definition", 2),
    ("GET", "/api/v1/cycles/{id}/definition.toml", 2),
    ("POST", "/api/v1/cycles/{id}/publish", 10),
    ("POST", "/api/v1/invitations", 9),
    ("GET", "/api/v1/invitations", 2),
    ("POST", "/api/v1/invitations/bulk", 3),
    ("POST", "/api/v1/invitations/{id}/resend", 8),
    ("DELETE", "/api/v1/invitations/{id}", 6),
    ("POST", "/api/v1/invitations/{id}/accept", 1),
    ("GET", "/api/v1/member-states", 1),  // read when the server starts; once more if it could not
    ("POST", "/api/v1/cycles/{id}/nominations", 25),
    ("GET", "/api/v1/nominations", 8),
    ("GET", "/api/v1/nominations/{id}", 8),
    ("PATCH", "/api/v1/nominations/{id}", 20),
    ("POST", "/api/v1/nominations/{id}/submit", 29),
    ("POST", "/api/v1/nominations/{id}/clarification/answer", 24),
    ("POST", "/api/v1/nominations/{id}/withdraw", 13),
    ("POST", "/api/v1/nominations/{id}/screening", 10),
    ("POST", "/api/v1/nominations/{id}/clarification", 22),
    ("GET", "/api/v1/nominations/{id}/redactions", 3),
    ("POST", "/api/v1/nominations/{id}/redactions", 6),
    ("DELETE", "/api/v1/nominations/{id}/redactions/{rid}", 7),
    ("POST", "/api/v1/nominations/{id}/attachments", 11),
    ("GET", "/api/v1/nominations/{id}/attachments/{aid}", 4),
    ("DELETE", "/api/v1/nominations/{id}/attachments/{aid}", 9),
    ("GET", "/api/v1/users", 2),
    ("POST", "/api/v1/users/{id}/deactivate", 8),
    ("POST", "/api/v1/users/{id}/reactivate", 6),
    ("POST", "/api/v1/stages/{id}/assignments", 9),
    ("GET", "/api/v1/stages/{id}/ranking", 14),
    ("GET", "/api/v1/stages/{id}/ranking.csv", 5),
    ("POST", "/api/v1/stages/{id}/reminders", 6),
    ("POST", "/api/v1/stages/{id}/advance", 4),
    ("GET", "/api/v1/assignments", 2),
    ("GET", "/api/v1/assignments/{id}", 12),
    ("DELETE", "/api/v1/assignments/{id}", 9),
    ("PUT", "/api/v1/assignments/{id}/review", 24),
    ("POST", "/api/v1/assignments/{id}/submit", 23),
    ("POST", "/api/v1/assignments/{id}/recuse", 26),
    ("GET", "/api/v1/public/cycles", 4),
    ("GET", "/api/v1/public/winners", 4),
    ("GET", "/api/v1/public/winners.csv", 4),
    ("POST", "/api/v1/public/voters", 4),
    ("POST", "/api/v1/public/voters/confirm", 1),
    ("GET", "/api/v1/public/ballots/{stage}", 5),
    ("PUT", "/api/v1/public/ballots/{stage}/{category}", 5),  // the token, the stage, the book's stamp, the vote, the log,
    ("DELETE", "/api/v1/public/ballots/{stage}/{category}", 5),
    ("GET", "/api/v1/stages/{id}/votes", 7),
    ("POST", "/api/v1/stages/{id}/votes/void", 15),
    ("GET", "/api/v1/stages/{id}/votes.csv", 5),
    ("GET", "/cycles/{id}/vote", 5),
    ("GET", "/admin/stages/{id}/votes.csv", 5),
    ("POST", "/admin/stages/{id}/votes/void", 15),
    ("POST", "/cycles/{id}/vote/register", 6),
    ("GET", "/cycles/{id}/vote/confirm", 2),
    ("POST", "/cycles/{id}/vote/confirm", 3),
    ("POST", "/cycles/{id}/vote/choose", 5),
    ("POST", "/cycles/{id}/vote/cast", 6),
    ("POST", "/cycles/{id}/vote/withdraw", 6),
    ("POST", "/cycles/{id}/vote/sign-out", 1),
    ("GET", "/api/openapi.json", 0),
    ("GET", "/static/laurel.css", 1),
    ("GET", "/static/nomination.js", 1),
    ("GET", "/static/setup.js", 1),
    ("GET", "/static/print.js", 1),
    ("GET", "/static/review.js", 1),
    ("GET", "/favicon.svg", 1),
    ("GET", "/favicon.ico", 1),
    ("GET", "/api/docs", 0),
    ("GET", "/", 4),
    ("GET", "/feed.atom", 4),
    ("GET", "/cycles/{id}/deadlines.ics", 3),
    ("GET", "/sign-in", 1),
    ("POST", "/sign-in", 12),
    ("POST", "/sign-out", 5),
    ("GET", "/invitations/{token}", 2),
    ("POST", "/invitations/{token}", 2),
    ("GET", "/password-reset", 1),
    ("POST", "/password-reset", 8),
    ("GET", "/password-reset/{token}", 2),
    ("POST", "/password-reset/{token}", 2),
    ("GET", "/account", 2),
    ("POST", "/account/conflicts", 6),
    ("POST", "/account/language", 5),
    ("GET", "/admin/people", 4),
    ("POST", "/admin/people/invite", 9),
    ("GET", "/admin/people/bulk", 1),
    ("POST", "/admin/people/bulk", 3),
    ("GET", "/admin/people/{id}/deactivate", 2),
    ("POST", "/admin/people/{id}/deactivate", 8),
    ("POST", "/admin/people/{id}/reactivate", 6),
    ("POST", "/admin/people/{id}/role", 8),
    ("GET", "/admin/invitations", 2),
    ("POST", "/admin/invitations/{id}/resend", 8),
    ("POST", "/admin/invitations/{id}/revoke", 6),
    ("GET", "/admin/outbox", 5),
    ("GET", "/admin/email/{id}", 2),
    ("GET", "/admin/email/{id}/html", 2),
    ("POST", "/admin/outbox/{id}/resend", 6),
    ("GET", "/admin/audit", 2),
    ("POST", "/admin/audit/verify", 4),
    ("GET", "/admin/cycles/{id}/nominations", 6),
    ("GET", "/admin/cycles/{id}/nominations.csv", 12),
    ("GET", "/admin/nominations/{id}", 21),
    ("GET", "/admin/nominations/{id}/attachments/{aid}", 4),
    ("POST", "/admin/nominations/{id}/redactions", 6),
    ("POST", "/admin/nominations/{id}/redactions/{rid}/remove", 7),
    ("GET", "/admin/cycles/{id}", 21),
    ("POST", "/admin/stages/{id}/remind", 9),
    ("GET", "/nominations", 5),
    ("GET", "/cycles/{id}/nominations/new", 5),
    ("POST", "/cycles/{id}/nominations", 19),
    ("GET", "/nominations/{id}", 11),
    ("POST", "/nominations/{id}", 30),
    ("POST", "/nominations/{id}/withdraw", 13),
    ("GET", "/nominations/{id}/receipt", 10),
    ("GET", "/nominations/{id}/attachments/{aid}", 4),
    ("GET", "/reviews", 8),
    ("GET", "/reviews/{id}", 19),
    ("POST", "/reviews/{id}", 24),
    ("POST", "/reviews/{id}/recuse", 26),
    ("GET", "/cycles/{id}", 5),  // a published cycle's results: 4, and its words when they changed
    ("GET", "/initiatives/{id}", 5),
    ("GET", "/member-states/{code}", 4),
    ("GET", "/archive", 3),
    ("GET", "/open-data", 3),
    ("GET", "/admin/cycles", 5),
    ("POST", "/admin/cycles/{id}/publish", 14),
    ("GET", "/admin/cycles/new", 5),
    ("POST", "/admin/cycles/new", 31),
    ("GET", "/admin/cycles/{id}/edit", 3),
    ("POST", "/admin/cycles/{id}/edit", 34),
    ("GET", "/admin/cycles/{id}/preview", 5),
    ("GET", "/admin/cycles/{id}/definition.toml", 2),
    ("GET", "/admin/stages/{id}", 21),
    ("GET", "/admin/stages/{id}/ranking.csv", 5),
    ("POST", "/admin/stages/{id}/assign", 15),
    ("GET", "/admin/stages/{id}/assign-one", 7),
    ("POST", "/admin/stages/{id}/assign-one", 15),
    ("POST", "/admin/stages/{id}/advance", 24),
    ("POST", "/admin/nominations/{id}/screening", 14),
    ("POST", "/admin/nominations/{id}/clarification", 26),
];

fn budget_for(route: &Route) -> Option<u64> {
    BUDGET.iter().find(|(m, p, _)| route.method.as_str() == *m && route.path == *p).map(|(_, _, n)| *n)
}

/// Every route that spent more than its budget, or has none; every budget that names
/// no served route. Prints what each route spent, for the record.
pub fn overspent(spent: &[(Route, u64)]) -> Vec<String> {
    let mut problems = Vec::new();
    for (route, statements) in spent {
        eprintln!("statements: {:>3}  {} {}", statements, route.method, route.path);
        match budget_for(route) {
            None => problems.push(format!(
                "{} {} spent {statements} statements and has no line in BUDGET: add (\"{}\", \"{}\", {statements})",
                route.method, route.path, route.method, route.path
            )),
            Some(budget) if *statements > budget => problems.push(format!(
                "{} {} ran {statements} SQL statements, over its budget of {budget}: read once, with joins",
                route.method, route.path
            )),
            Some(_) => {}
        }
    }
    problems
}

#[test]
fn every_budget_names_a_served_route_once() {
    let served = laurel::http::route_table();
    let mut problems = Vec::new();
    for (method, path, _) in BUDGET {
        if !served.iter().any(|r| r.method.as_str() == *method && r.path == *path) {
            problems.push(format!("BUDGET names {method} {path}, which the router does not serve"));
        }
        if BUDGET.iter().filter(|(m, p, _)| m == method && p == path).count() > 1 {
            problems.push(format!("BUDGET names {method} {path} more than once"));
        }
    }
    for route in &served {
        if budget_for(route).is_none() {
            problems.push(format!("{} {} has no line in BUDGET", route.method, route.path));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
