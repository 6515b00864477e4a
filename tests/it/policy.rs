//! Who may do what. `POLICY` is the site's authorization rule, one line per route,
//! written for an auditor to read; the tests check it against every route the router
//! serves, as six kinds of caller (a voter among them), and prove the properties
//! sessions rely on: deactivation is immediate, forms need their own session's CSRF
//! token, the session cookie is HttpOnly and SameSite=Lax and changes at every sign-in,
//! and the API ignores cookies.

use std::fmt;
use std::sync::atomic::{AtomicU32, Ordering};

use entity::outbox_message;
use laurel::http::routes::Route;
use reqwest::{StatusCode, header};
use sea_orm::{ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, EntityTrait as _, QueryFilter as _};
use serde_json::{Value, json};
use uuid::Uuid;

use self::Who::{
    AdminOnly, AdminsAndNominators, AnyoneWithTheLink, Everyone, ItsReviewerAndAdmins, ItsReviewerOnly,
    ItsStateAndAdmins, ItsStateOnly, Nominators, ReviewerOnly, ReviewersAndAdmins, SignedIn, Voters,
};
use crate::harness::{PASSWORD, Person, TestApp, WebClient, html, problem, texts};

// ---------------------------------------------------------------------------------------
// The policy
// ---------------------------------------------------------------------------------------

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    /// Anyone, signed in or not.
    Everyone,
    /// Whoever holds the link from an email: the secret in the address is the key, so
    /// everyone, signed in or not, gets the same answer for the same link.
    AnyoneWithTheLink,
    /// Any signed-in person, whatever their role.
    SignedIn,
    /// The secretariat (administrators) only.
    AdminOnly,
    /// Reviewers only.
    ReviewerOnly,
    /// Any member state's focal point.
    Nominators,
    /// The secretariat and every focal point (each sees their own state's).
    AdminsAndNominators,
    /// For a route about one nomination (of Kenya here): Kenya's focal point and the
    /// secretariat. France's focal point is told it does not exist.
    ItsStateAndAdmins,
    /// For a route about one nomination (of Kenya here): Kenya's focal point alone.
    ItsStateOnly,
    /// Reviewers (each sees their own) and the secretariat.
    ReviewersAndAdmins,
    /// For a route about one assignment (the Canadian reviewer's here): its reviewer and
    /// the secretariat. Everyone else is told it does not exist.
    ItsReviewerAndAdmins,
    /// For a route about one assignment: its reviewer alone.
    ItsReviewerOnly,
    /// Someone who registered to vote and confirmed their address: a voter's token for
    /// the API, the ballot page's cookie for pages. A person's credentials are not a
    /// voter's: everyone else is sent to register (401 from the API).
    Voters,
}

const GET: &str = "GET";
const POST: &str = "POST";
const PATCH: &str = "PATCH";
const DELETE: &str = "DELETE";
const PUT: &str = "PUT";

#[rustfmt::skip]
const POLICY: &[Rule] = &[
    // Operations
    rule(GET,  "/healthz",                              Everyone),
    rule(GET,  "/readyz",                               Everyone),
    rule(GET,  "/metrics",                              Everyone),
    rule(GET,  "/api/openapi.json",                     Everyone),
    rule(GET,  "/api/docs",                             Everyone),

    // Public pages, signing in and out
    rule(GET,  "/",                                     Everyone),
    rule(GET,  "/static/laurel.css",                    Everyone),
    rule(GET,  "/static/nomination.js",                 Everyone),
    rule(GET,  "/static/setup.js",                      Everyone),
    rule(GET,  "/static/print.js",                      Everyone),
    rule(GET,  "/static/review.js",                     Everyone),
    rule(GET,  "/favicon.svg",                          Everyone),
    rule(GET,  "/favicon.ico",                          Everyone),
    rule(GET,  "/open-data",                            Everyone),

    // Results, for the public (nothing shows before publication: tests/it/publishing.rs)
    rule(GET,  "/cycles/{id}",                          Everyone),
    rule(GET,  "/initiatives/{id}",                     Everyone),
    rule(GET,  "/member-states/{code}",                 Everyone),
    rule(GET,  "/archive",                              Everyone),
    rule(GET,  "/feed.atom",                            Everyone),
    rule(GET,  "/cycles/{id}/deadlines.ics",            Everyone),
    rule(GET,  "/api/v1/public/cycles",                 Everyone),
    rule(GET,  "/api/v1/public/winners",                Everyone),
    rule(GET,  "/api/v1/public/winners.csv",            Everyone),

    // The public vote
    rule(GET,  "/cycles/{id}/vote",                     Everyone),
    rule(POST, "/cycles/{id}/vote/register",            Everyone),
    rule(GET,  "/cycles/{id}/vote/confirm",             Everyone),
    rule(POST, "/cycles/{id}/vote/confirm",             AnyoneWithTheLink),
    rule(POST, "/cycles/{id}/vote/choose",              Voters),
    rule(POST, "/cycles/{id}/vote/cast",                Voters),
    rule(POST, "/cycles/{id}/vote/withdraw",            Voters),
    rule(POST, "/cycles/{id}/vote/sign-out",            Everyone),
    rule(POST, "/api/v1/public/voters",                 Everyone),
    rule(POST, "/api/v1/public/voters/confirm",         AnyoneWithTheLink),
    rule(GET,  "/api/v1/public/ballots/{stage}",        Voters),
    rule(PUT,  "/api/v1/public/ballots/{stage}/{category}", Voters),
    rule(DELETE, "/api/v1/public/ballots/{stage}/{category}", Voters),
    rule(GET,  "/api/v1/stages/{id}/votes",             AdminOnly),
    rule(POST, "/api/v1/stages/{id}/votes/void",        AdminOnly),
    rule(GET,  "/api/v1/stages/{id}/votes.csv",         AdminOnly),

    rule(GET,  "/sign-in",                              Everyone),
    rule(POST, "/sign-in",                              Everyone),
    rule(POST, "/sign-out",                             SignedIn),
    rule(GET,  "/password-reset",                       Everyone),
    rule(POST, "/password-reset",                       Everyone),
    rule(GET,  "/password-reset/{token}",               AnyoneWithTheLink),
    rule(POST, "/password-reset/{token}",               AnyoneWithTheLink),
    rule(GET,  "/invitations/{token}",                  AnyoneWithTheLink),
    rule(POST, "/invitations/{token}",                  AnyoneWithTheLink),

    // My account
    rule(GET,  "/account",                              SignedIn),
    rule(POST, "/account/conflicts",                    ReviewerOnly),
    rule(POST, "/account/language",                     SignedIn),
    rule(GET,  "/admin/stages/{id}/ranking.csv",        AdminOnly),

    // A focal point's nominations
    // The secretariat is sent on to its cycles: its nominations are theirs.
    rule(GET,  "/nominations",                          AdminsAndNominators),
    rule(GET,  "/cycles/{id}/nominations/new",          Nominators),
    rule(POST, "/cycles/{id}/nominations",              Nominators),
    rule(GET,  "/nominations/{id}",                     ItsStateAndAdmins),
    rule(POST, "/nominations/{id}",                     ItsStateOnly),
    rule(POST, "/nominations/{id}/withdraw",            ItsStateOnly),
    rule(GET,  "/nominations/{id}/receipt",             ItsStateAndAdmins),
    rule(GET,  "/nominations/{id}/attachments/{aid}",   ItsStateAndAdmins),

    // A reviewer's pages
    rule(GET,  "/reviews",                              ReviewerOnly),
    rule(GET,  "/reviews/{id}",                         ItsReviewerAndAdmins),
    rule(POST, "/reviews/{id}",                         ItsReviewerOnly),
    rule(POST, "/reviews/{id}/recuse",                  ItsReviewerOnly),

    // The secretariat's review pages
    rule(GET,  "/admin/cycles",                         AdminOnly),
    rule(POST, "/admin/nominations/{id}/redactions",    AdminOnly),
    rule(POST, "/admin/nominations/{id}/redactions/{rid}/remove", AdminOnly),
    rule(GET,  "/admin/cycles/{id}",                    AdminOnly),
    rule(GET,  "/admin/cycles/{id}/nominations",        AdminOnly),
    rule(GET,  "/admin/cycles/{id}/nominations.csv",    AdminOnly),
    rule(POST, "/admin/cycles/{id}/publish",            AdminOnly),
    rule(GET,  "/admin/cycles/new",                     AdminOnly),
    rule(POST, "/admin/cycles/new",                     AdminOnly),
    rule(GET,  "/admin/cycles/{id}/edit",               AdminOnly),
    rule(POST, "/admin/cycles/{id}/edit",               AdminOnly),
    rule(GET,  "/admin/cycles/{id}/preview",            AdminOnly),
    rule(GET,  "/admin/cycles/{id}/definition.toml",    AdminOnly),
    rule(GET,  "/admin/stages/{id}",                    AdminOnly),
    rule(POST, "/admin/stages/{id}/assign",             AdminOnly),
    rule(GET,  "/admin/stages/{id}/assign-one",         AdminOnly),
    rule(POST, "/admin/stages/{id}/assign-one",         AdminOnly),
    rule(POST, "/admin/stages/{id}/advance",            AdminOnly),
    rule(POST, "/admin/stages/{id}/remind",             AdminOnly),
    rule(GET,  "/admin/stages/{id}/votes.csv",          AdminOnly),
    rule(POST, "/admin/stages/{id}/votes/void",         AdminOnly),
    rule(POST, "/admin/nominations/{id}/screening",     AdminOnly),
    rule(POST, "/admin/nominations/{id}/clarification", AdminOnly),
    rule(GET,  "/admin/nominations/{id}",               AdminOnly),
    rule(GET,  "/admin/nominations/{id}/attachments/{aid}", AdminOnly),

    // The secretariat's people page
    rule(GET,  "/admin/people",                         AdminOnly),
    rule(POST, "/admin/people/invite",                  AdminOnly),
    rule(GET,  "/admin/people/bulk",                    AdminOnly),
    rule(POST, "/admin/people/bulk",                    AdminOnly),
    rule(GET,  "/admin/people/{id}/deactivate",         AdminOnly),
    rule(POST, "/admin/people/{id}/deactivate",         AdminOnly),
    rule(POST, "/admin/people/{id}/reactivate",         AdminOnly),
    rule(POST, "/admin/people/{id}/role",               AdminOnly),
    rule(GET,  "/admin/invitations",                    AdminOnly),
    rule(POST, "/admin/invitations/{id}/resend",        AdminOnly),
    rule(POST, "/admin/invitations/{id}/revoke",        AdminOnly),

    // The secretariat's email page
    rule(GET,  "/admin/outbox",                         AdminOnly),
    rule(GET,  "/admin/audit",                          AdminOnly),
    rule(POST, "/admin/audit/verify",                   AdminOnly),
    rule(GET,  "/admin/email/{id}",                     AdminOnly),
    rule(GET,  "/admin/email/{id}/html",                AdminOnly),
    rule(POST, "/admin/outbox/{id}/resend",             AdminOnly),

    // The JSON API
    rule(POST, "/api/v1/auth/login",                    Everyone),
    rule(POST, "/api/v1/auth/logout",                   SignedIn),
    rule(GET,  "/api/v1/me",                            SignedIn),
    rule(PATCH, "/api/v1/me",                           SignedIn),
    rule(POST, "/api/v1/invitations",                   AdminOnly),
    rule(POST, "/api/v1/invitations/{id}/accept",       AnyoneWithTheLink),
    rule(GET,  "/api/v1/invitations",                   AdminOnly),
    rule(POST, "/api/v1/invitations/bulk",              AdminOnly),
    rule(POST, "/api/v1/invitations/{id}/resend",       AdminOnly),
    rule(DELETE, "/api/v1/invitations/{id}",            AdminOnly),
    rule(GET,  "/api/v1/users",                         AdminOnly),
    rule(POST, "/api/v1/users/{id}/deactivate",         AdminOnly),
    rule(POST, "/api/v1/users/{id}/reactivate",         AdminOnly),
    rule(GET,  "/api/v1/member-states",                 Everyone),
    rule(POST, "/api/v1/cycles",                        AdminOnly),
    rule(GET,  "/api/v1/cycles",                        Everyone),
    rule(GET,  "/api/v1/cycles/{id}",                   Everyone),
    rule(GET,  "/api/v1/cycles/{id}/progress",          AdminOnly),
    rule(PATCH, "/api/v1/cycles/{id}",                  AdminOnly),
    rule(POST, "/api/v1/cycles/{id}/publish",           AdminOnly),
    rule(POST, "/api/v1/cycles/{id}/copy",              AdminOnly),
    rule(GET,  "/api/v1/cycles/{id}/definition",        AdminOnly),
    rule(GET,  "/api/v1/cycles/{id}/definition.toml",   AdminOnly),

    // A member state's nominations
    rule(POST, "/api/v1/cycles/{id}/nominations",       Nominators),
    rule(GET,  "/api/v1/nominations",                   AdminsAndNominators),
    rule(GET,  "/api/v1/nominations/{id}",              ItsStateAndAdmins),
    rule(PATCH, "/api/v1/nominations/{id}",             ItsStateOnly),
    rule(POST, "/api/v1/nominations/{id}/submit",       ItsStateOnly),
    rule(POST, "/api/v1/nominations/{id}/clarification/answer", ItsStateOnly),
    rule(GET,  "/api/v1/nominations/{id}/redactions",   AdminOnly),
    rule(POST, "/api/v1/nominations/{id}/redactions",   AdminOnly),
    rule(DELETE, "/api/v1/nominations/{id}/redactions/{rid}", AdminOnly),
    rule(POST, "/api/v1/nominations/{id}/withdraw",     ItsStateOnly),
    rule(POST, "/api/v1/nominations/{id}/attachments",  ItsStateOnly),
    rule(GET,  "/api/v1/nominations/{id}/attachments/{aid}", ItsStateAndAdmins),
    rule(DELETE, "/api/v1/nominations/{id}/attachments/{aid}", ItsStateOnly),
    rule(POST, "/api/v1/nominations/{id}/screening",    AdminOnly),
    rule(POST, "/api/v1/nominations/{id}/clarification", AdminOnly),

    // Review stages
    rule(POST, "/api/v1/stages/{id}/assignments",       AdminOnly),
    rule(GET,  "/api/v1/stages/{id}/ranking",           AdminOnly),
    rule(POST, "/api/v1/stages/{id}/reminders",         AdminOnly),
    rule(GET,  "/api/v1/stages/{id}/ranking.csv",       AdminOnly),
    rule(POST, "/api/v1/stages/{id}/advance",           AdminOnly),
    rule(GET,  "/api/v1/assignments",                   ReviewersAndAdmins),
    rule(GET,  "/api/v1/assignments/{id}",              ItsReviewerAndAdmins),
    rule(DELETE, "/api/v1/assignments/{id}",            AdminOnly),
    rule(PUT,  "/api/v1/assignments/{id}/review",       ItsReviewerOnly),
    rule(POST, "/api/v1/assignments/{id}/submit",       ItsReviewerOnly),
    rule(POST, "/api/v1/assignments/{id}/recuse",       ItsReviewerOnly),
    rule(GET,  "/api/v1/audit",                         AdminOnly),
    rule(GET,  "/api/v1/outbox",                        AdminOnly),
    rule(GET,  "/api/v1/outbox/{id}",                   AdminOnly),
    rule(POST, "/api/v1/outbox/{id}/resend",            AdminOnly),
];

/// Routes whose forms are multipart (they may carry a file).
const MULTIPART: &[(&str, &str)] = &[
    (POST, "/cycles/{id}/nominations"),
    (POST, "/nominations/{id}"),
    (POST, "/api/v1/nominations/{id}/attachments"),
    (POST, "/admin/people/bulk"),
];

/// The smallest file the attachment routes accept: a PDF by its signature.
const PDF: &[u8] = b"%PDF-1.4\n%%EOF\n";

/// Routes that end the caller's own session or token. They are exercised with fresh
/// credentials, so the rest of the walk keeps every caller signed in.
const ENDS_THE_SESSION: &[(&str, &str)] =
    &[(POST, "/sign-out"), (POST, "/api/v1/auth/logout"), (POST, "/cycles/{id}/vote/sign-out")];

struct Rule {
    method: &'static str,
    path: &'static str,
    who: Who,
}

const fn rule(method: &'static str, path: &'static str, who: Who) -> Rule {
    Rule { method, path, who }
}

impl Rule {
    fn names(&self, route: &Route) -> bool {
        route.method.as_str() == self.method && route.path == self.path
    }
}

fn policy_for(route: &Route) -> Option<&'static Rule> {
    POLICY.iter().find(|r| r.names(route))
}

/// Every mismatch between the policy and what the router serves.
fn coverage_gaps(served: &[Route]) -> Vec<String> {
    let mut gaps = Vec::new();
    for route in served {
        match POLICY.iter().filter(|r| r.names(route)).count() {
            0 => gaps.push(format!(
                "{} {} is served but has no line in POLICY: decide who may use it and add the line",
                route.method, route.path
            )),
            1 => {}
            n => gaps.push(format!("{} {} has {n} lines in POLICY; keep one", route.method, route.path)),
        }
    }
    for rule in POLICY {
        if !served.iter().any(|route| rule.names(route)) {
            gaps.push(format!(
                "POLICY names {} {}, which the router does not serve: remove the line or correct it",
                rule.method, rule.path
            ));
        }
    }
    gaps
}

// ---------------------------------------------------------------------------------------
// The callers
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Caller {
    Nobody,
    Admin,
    NominatorOfKenya,
    NominatorOfFrance,
    Reviewer,
    /// Someone registered to vote, who is no person with a role.
    Voter,
}

impl Caller {
    const ALL: [Caller; 6] = [
        Caller::Nobody,
        Caller::Admin,
        Caller::NominatorOfKenya,
        Caller::NominatorOfFrance,
        Caller::Reviewer,
        Caller::Voter,
    ];

    /// Nobody a person's route knows: not signed in, or a voter.
    fn anonymous(self) -> bool {
        matches!(self, Caller::Nobody | Caller::Voter)
    }

    fn allowed(self, who: Who) -> bool {
        match who {
            Everyone | AnyoneWithTheLink => true,
            Voters => self == Caller::Voter,
            SignedIn => !self.anonymous(),
            AdminOnly => self == Caller::Admin,
            ReviewerOnly => self == Caller::Reviewer,
            Nominators => matches!(self, Caller::NominatorOfKenya | Caller::NominatorOfFrance),
            AdminsAndNominators => matches!(self, Caller::Admin | Caller::NominatorOfKenya | Caller::NominatorOfFrance),
            ItsStateAndAdmins => matches!(self, Caller::Admin | Caller::NominatorOfKenya),
            ItsStateOnly => self == Caller::NominatorOfKenya,
            ReviewersAndAdmins | ItsReviewerAndAdmins => matches!(self, Caller::Admin | Caller::Reviewer),
            ItsReviewerOnly => self == Caller::Reviewer,
        }
    }
}

impl fmt::Display for Caller {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Caller::Nobody => "nobody (not signed in)",
            Caller::Admin => "the admin",
            Caller::NominatorOfKenya => "the nominator of Kenya",
            Caller::NominatorOfFrance => "the nominator of France",
            Caller::Reviewer => "the reviewer (Canadian)",
            Caller::Voter => "a voter",
        })
    }
}

/// A signed-in caller's credentials: a browser session for pages, a token for the API.
struct Account {
    email: String,
    web: WebClient,
    token: String,
}

/// One app with a signed-in account per kind of caller.
struct World {
    app: TestApp,
    accounts: Vec<(Caller, Account)>,
    /// Fills `{id}`: an account that deactivating or changing harms no caller.
    target: Person,
    /// The account nobody signs in as on the sign-in routes.
    visitor: Person,
    /// For the API: keeps no cookies, so only the bearer token speaks.
    api: reqwest::Client,
    addresses: AtomicU32,
    /// A cycle open for nominations, which everyone may read.
    open_cycle: Uuid,
    /// Its screening stage.
    screening_stage: Uuid,
    /// A cycle whose public vote is open, with a nomination in it.
    vote: Vote,
}

/// The public vote the walk votes in.
struct Vote {
    cycle: Uuid,
    stage: Uuid,
    category: String,
    nomination: Uuid,
    /// The voter's id, who has voted: someone to void.
    voter: Uuid,
    /// The flag the voter's quick votes raised.
    flag: String,
}

/// A password that passes every check, for the routes that choose one.
const NEW_PASSWORD: &str = "quiet harbour lamp violet";
/// Where the failed emails planted for the resend routes were going.
const BOUNCED: &str = "bounced@example.org";

impl World {
    async fn new() -> Self {
        let app = TestApp::spawn().await;
        let people = [
            (Caller::Admin, app.person("secretariat@un.example", "admin", None, None).await),
            (Caller::NominatorOfKenya, app.person("focal@gov.ke", "nominator", Some("KEN"), None).await),
            (Caller::NominatorOfFrance, app.person("focal@gouv.fr", "nominator", Some("FRA"), None).await),
            (Caller::Reviewer, app.person("expert@uni.example", "reviewer", None, Some("CAN")).await),
        ];
        let mut accounts = Vec::new();
        for (caller, person) in people {
            let web = app.browser_session(&person.email).await;
            let token = app.token(&person.email).await;
            accounts.push((caller, Account { email: person.email, web, token }));
        }
        let target = app.person("throwaway@example.org", "nominator", Some("BRA"), None).await;
        let visitor = app.person("visitor@example.org", "reviewer", None, Some("BRA")).await;
        let api = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let definition = laurel::domain::definition::parse(&cycle_definition(app.now(), 2029)).unwrap();
        let actor = laurel::service::Actor::operator();
        let open_cycle =
            laurel::service::cycles::create_cycle(&app.db, &actor, None, &definition, app.now()).await.unwrap();
        let screening_stage = entity::stage::Entity::find()
            .filter(entity::stage::Column::CycleId.eq(open_cycle))
            .filter(entity::stage::Column::Key.eq("screening"))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id;
        let vote = open_vote(&app, &accounts).await;
        let voter_email = "voter@example.org";
        let token = register_voter(&app, &api, voter_email).await;
        let web = voter_web(&app, vote.cycle, voter_email).await;
        let put = format!("/api/v1/public/ballots/{}/{}", vote.stage, vote.category);
        // Six votes in a breath: faster than anyone reads, so the voter is flagged.
        for _ in 0..6 {
            let cast = api.put(app.url(&put)).bearer_auth(&token).json(&json!({ "nomination": vote.nomination }));
            assert_eq!(cast.send().await.unwrap().status(), 200, "the voter votes");
        }
        let voter =
            laurel::service::vote::voters::voter_of_token(&app.db, &token, app.now()).await.unwrap().unwrap().id;
        let admin = &accounts.iter().find(|(c, _)| *c == Caller::Admin).unwrap().1.token;
        let admin = laurel::service::auth::token_caller(&app.db, admin, app.now()).await.unwrap().unwrap();
        let totals =
            laurel::service::vote::tally::totals(&app.db, &app.state.caches, &admin, vote.stage).await.unwrap();
        let flag = totals.flags.first().expect("the quick voter is flagged").id.clone();
        let vote = Vote { voter, flag, ..vote };
        accounts.push((Caller::Voter, Account { email: voter_email.to_owned(), web, token }));
        Self { app, accounts, target, visitor, api, addresses: AtomicU32::new(0), open_cycle, screening_stage, vote }
    }

    fn account(&self, caller: Caller) -> Option<&Account> {
        self.accounts.iter().find(|(c, _)| *c == caller).map(|(_, a)| a)
    }

    /// The route's path with its parameters filled in: `{token}` with a link nobody was
    /// sent, `{id}` with something the route acts on that no caller depends on.
    async fn fill(&self, template: &str, method: &reqwest::Method) -> String {
        let token = format!("no-such-link-{}", Uuid::now_v7().simple());
        let mut path = template.replace("{token}", &token).replace("{code}", "KEN");
        if path.contains("{rid}") {
            let (nomination, redaction) = self.kenyan_redaction().await;
            return path.replace("{id}", &nomination.to_string()).replace("{rid}", &redaction.to_string());
        }
        if path.contains("{aid}") {
            let (nomination, attachment) = self.kenyan_attachment().await;
            return path.replace("{id}", &nomination.to_string()).replace("{aid}", &attachment.to_string());
        }
        if template == "/api/v1/invitations/{id}/accept" {
            return path.replace("{id}", &token);
        }
        path = path.replace("{stage}", &self.vote.stage.to_string()).replace("{category}", &self.vote.category);
        if template.starts_with("/cycles/{id}/vote") {
            return path.replace("{id}", &self.vote.cycle.to_string());
        }
        if template.starts_with("/api/v1/stages/{id}/votes") || template.starts_with("/admin/stages/{id}/votes") {
            return path.replace("{id}", &self.vote.stage.to_string());
        }
        if template == "/cycles/{id}/nominations/new" {
            path.push_str("?category=digital-transformation");
        }
        if path.contains("{id}") {
            let id = if template.starts_with("/admin/people/") || template.starts_with("/api/v1/users/") {
                self.target.id
            } else if template.starts_with("/admin/invitations/") || template.starts_with("/api/v1/invitations/") {
                self.pending_invitation().await
            } else if template.starts_with("/admin/outbox/")
                || template.starts_with("/admin/email/")
                || template.starts_with("/api/v1/outbox/")
            {
                self.failed_email().await
            } else if template == "/api/v1/cycles/{id}/publish" || template == "/admin/cycles/{id}/publish" {
                self.decided_cycle().await
            } else if template == "/initiatives/{id}" {
                self.published_winner().await
            } else if template == "/cycles/{id}" || template == "/cycles/{id}/deadlines.ics" {
                self.open_cycle
            } else if template.ends_with("/screening") || template.ends_with("/clarification") {
                self.nomination_in_stage("screening").await
            } else if template.ends_with("/clarification/answer") {
                self.kenyan_nomination_asked().await
            } else if template.ends_with("/receipt") {
                self.kenyan_nomination_submitted().await
            } else if template.starts_with("/api/v1/stages/") || template.starts_with("/admin/stages/") {
                self.active_stage("experts").await
            } else if template.starts_with("/api/v1/assignments/") || template.starts_with("/reviews/") {
                self.canadians_assignment().await
            } else if template.starts_with("/api/v1/nominations/")
                || template.starts_with("/nominations/")
                || template == "/admin/nominations/{id}"
                || template == "/admin/nominations/{id}/redactions"
            {
                self.kenyan_nomination().await
            } else if template == "/api/v1/cycles/{id}/nominations"
                || template.starts_with("/cycles/{id}/nominations")
                || template.starts_with("/admin/cycles/{id}/nominations")
                || template == "/admin/cycles/{id}"
                || template.starts_with("/admin/cycles/{id}/")
            {
                self.open_cycle
            } else if template.starts_with("/api/v1/cycles/") && method == reqwest::Method::PATCH {
                self.draft_cycle().await
            } else if template.starts_with("/api/v1/cycles/") {
                self.open_cycle
            } else {
                panic!("{template}: what does {{id}} name here? Add it in `World::fill`")
            };
            path = path.replace("{id}", &id.to_string());
        }
        assert!(!path.contains('{'), "{template}: no value for a path parameter; add one in `World::fill`");
        path
    }

    /// An invitation nobody will accept, waiting: something to resend or revoke.
    async fn pending_invitation(&self) -> Uuid {
        let token = &self.account(Caller::Admin).unwrap().token;
        let n = self.addresses.fetch_add(1, Ordering::Relaxed);
        let response = self
            .api
            .post(self.app.url("/api/v1/invitations"))
            .bearer_auth(token)
            .json(&json!({ "email": format!("waiting-{n}@example.org"), "role": "reviewer" }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 201, "inviting someone");
        let body: Value = response.json().await.unwrap();
        body["id"].as_str().unwrap().parse().unwrap()
    }

    /// A complete draft nomination of Kenya in the open cycle, ready to submit.
    async fn kenyan_nomination(&self) -> Uuid {
        let token = &self.account(Caller::NominatorOfKenya).unwrap().token;
        let response = self
            .api
            .post(self.app.url(&format!("/api/v1/cycles/{}/nominations", self.open_cycle)))
            .bearer_auth(token)
            .json(&crate::harness::complete_nomination("digital-transformation"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 201, "creating Kenya's nomination");
        let body: Value = response.json().await.unwrap();
        body["id"].as_str().unwrap().parse().unwrap()
    }

    /// A Kenyan nomination with one attachment.
    async fn kenyan_attachment(&self) -> (Uuid, Uuid) {
        let nomination = self.kenyan_nomination().await;
        let token = &self.account(Caller::NominatorOfKenya).unwrap().token;
        let file = reqwest::multipart::Part::bytes(PDF).file_name("plan.pdf");
        let response = self
            .api
            .post(self.app.url(&format!("/api/v1/nominations/{nomination}/attachments")))
            .bearer_auth(token)
            .multipart(reqwest::multipart::Form::new().part("file", file))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 201, "attaching a file to Kenya's nomination");
        let body: Value = response.json().await.unwrap();
        (nomination, body["id"].as_str().unwrap().parse().unwrap())
    }

    /// The open cycle's stage `key`, made active as if review had begun.
    async fn active_stage(&self, key: &str) -> Uuid {
        let found = entity::stage::Entity::find()
            .filter(entity::stage::Column::CycleId.eq(self.open_cycle))
            .filter(entity::stage::Column::Key.eq(key))
            .one(&self.app.db)
            .await
            .unwrap()
            .unwrap();
        let mut active: entity::stage::ActiveModel = found.clone().into();
        active.status = Set("active".into());
        active.update(&self.app.db).await.unwrap();
        found.id
    }

    /// A Kenyan nomination in review in the open cycle's stage `key`.
    async fn nomination_in_stage(&self, key: &str) -> Uuid {
        let stage = self.active_stage(key).await;
        let id = self.kenyan_nomination().await;
        let found = entity::nomination::Entity::find_by_id(id).one(&self.app.db).await.unwrap().unwrap();
        let mut active: entity::nomination::ActiveModel = found.into();
        active.status = Set("in_review".into());
        active.current_stage_id = Set(Some(stage));
        active.update(&self.app.db).await.unwrap();
        id
    }

    /// A Kenyan nomination with a passage of its title withheld from blind stages.
    async fn kenyan_redaction(&self) -> (Uuid, Uuid) {
        let nomination = self.kenyan_nomination().await;
        let admin = &self.account(Caller::Admin).unwrap().token;
        let caller = laurel::service::auth::token_caller(&self.app.db, admin, self.app.now()).await.unwrap().unwrap();
        let request =
            laurel::service::nominations::RedactionRequest { field: "title".into(), passage: "Huduma".into() };
        let made = laurel::service::nominations::redact(&self.app.db, &caller, nomination, request, self.app.now())
            .await
            .unwrap();
        (nomination, made.id)
    }

    /// A Kenyan nomination in screening with a question waiting for its answer.
    async fn kenyan_nomination_asked(&self) -> Uuid {
        let id = self.nomination_in_stage("screening").await;
        let found = entity::nomination::Entity::find_by_id(id).one(&self.app.db).await.unwrap().unwrap();
        let mut active: entity::nomination::ActiveModel = found.into();
        active.status = Set("clarification_requested".into());
        active.clarification_question = Set(Some("Which ministry endorsed it?".into()));
        active.clarification_due_at = Set(Some(self.app.now() + chrono::Duration::days(7)));
        active.update(&self.app.db).await.unwrap();
        id
    }

    /// A Kenyan nomination submitted, with its reference (set in place: one submitted
    /// per caller would pass the category's quota).
    async fn kenyan_nomination_submitted(&self) -> Uuid {
        let id = self.kenyan_nomination().await;
        let found = entity::nomination::Entity::find_by_id(id).one(&self.app.db).await.unwrap().unwrap();
        let mut active: entity::nomination::ActiveModel = found.into();
        active.status = Set("submitted".into());
        active.submitted_at = Set(Some(self.app.now()));
        active.reference = Set(Some(format!("KEN-{}", &id.simple().to_string()[24..])));
        active.update(&self.app.db).await.unwrap();
        id
    }

    async fn canadian_reviewer(&self) -> Uuid {
        let token = &self.account(Caller::Reviewer).unwrap().token;
        laurel::service::auth::token_caller(&self.app.db, token, self.app.now()).await.unwrap().unwrap().id
    }

    /// A pending assignment of the Canadian reviewer in the experts stage, every
    /// criterion already scored so that it can be submitted.
    async fn canadians_assignment(&self) -> Uuid {
        let nomination = self.nomination_in_stage("experts").await;
        let stage = self.active_stage("experts").await;
        let reviewer = self.canadian_reviewer().await;
        let id = Uuid::now_v7();
        let now = self.app.now();
        entity::assignment::ActiveModel {
            id: Set(id),
            stage_id: Set(stage),
            nomination_id: Set(nomination),
            reviewer_id: Set(reviewer),
            status: Set("pending".into()),
            due_at: Set(None),
            recused_reason: Set(None),
            replaced_by: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            submitted_at: Set(None),
        }
        .insert(&self.app.db)
        .await
        .unwrap();
        let review = Uuid::now_v7();
        entity::review::ActiveModel {
            id: Set(review),
            assignment_id: Set(id),
            comment: Set(String::new()),
            created_at: Set(now),
            updated_at: Set(now),
            submitted_at: Set(None),
            comments: Set(None),
        }
        .insert(&self.app.db)
        .await
        .unwrap();
        let criteria = entity::criterion::Entity::find()
            .filter(entity::criterion::Column::StageId.eq(stage))
            .all(&self.app.db)
            .await
            .unwrap();
        for c in criteria {
            entity::review_score::ActiveModel { review_id: Set(review), criterion_id: Set(c.id), score: Set(5.0) }
                .insert(&self.app.db)
                .await
                .unwrap();
        }
        id
    }

    /// A cycle whose awards are decided, ready to publish.
    async fn decided_cycle(&self) -> Uuid {
        let id = self.draft_cycle().await;
        let found = entity::cycle::Entity::find_by_id(id).one(&self.app.db).await.unwrap().unwrap();
        let mut active: entity::cycle::ActiveModel = found.into();
        active.phase = Set("decided".into());
        active.update(&self.app.db).await.unwrap();
        id
    }

    /// A winning Kenyan nomination of a published cycle.
    async fn published_winner(&self) -> Uuid {
        let cycle = self.decided_cycle().await;
        let now = self.app.now();
        let found = entity::cycle::Entity::find_by_id(cycle).one(&self.app.db).await.unwrap().unwrap();
        let mut active: entity::cycle::ActiveModel = found.into();
        active.phase = Set("published".into());
        active.published_at = Set(Some(now));
        active.update(&self.app.db).await.unwrap();
        let category = entity::category::Entity::find()
            .filter(entity::category::Column::CycleId.eq(cycle))
            .one(&self.app.db)
            .await
            .unwrap()
            .unwrap();
        let author = laurel::service::auth::token_caller(
            &self.app.db,
            &self.account(Caller::NominatorOfKenya).unwrap().token,
            now,
        )
        .await
        .unwrap()
        .unwrap()
        .id;
        let id = Uuid::now_v7();
        entity::nomination::ActiveModel {
            id: Set(id),
            cycle_id: Set(cycle),
            category_id: Set(category.id),
            member_state: Set("KEN".into()),
            created_by: Set(author),
            title: Set("Huduma Centres".into()),
            institution: Set("Ministry of Public Service".into()),
            summary: Set("One-stop centres.".into()),
            status: Set("winner".into()),
            version: Set(1),
            current_stage_id: Set(None),
            clarification_question: Set(None),
            clarification_due_at: Set(None),
            ineligible_reason: Set(None),
            submitted_at: Set(Some(now)),
            withdrawn_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            language: Set(Some("en".into())),
            ..Default::default()
        }
        .insert(&self.app.db)
        .await
        .unwrap();
        id
    }

    /// A cycle still in draft, which only admins may change.
    async fn draft_cycle(&self) -> Uuid {
        let year = 2100 - i32::try_from(self.addresses.fetch_add(1, Ordering::Relaxed)).unwrap();
        let mut definition = cycle_definition(self.app.now() + chrono::Duration::days(30), year);
        definition["programme"]["en"] = json!("Draft awards");
        let definition = laurel::domain::definition::parse(&definition).unwrap();
        let actor = laurel::service::Actor::operator();
        laurel::service::cycles::create_cycle(&self.app.db, &actor, None, &definition, self.app.now()).await.unwrap()
    }

    /// An email that could not be delivered, as the outbox worker leaves it after its
    /// last attempt: the thing a resend acts on.
    async fn failed_email(&self) -> Uuid {
        let id = Uuid::now_v7();
        let now = self.app.now();
        outbox_message::ActiveModel {
            id: Set(id),
            dedupe_key: Set(format!("policy-test:{id}")),
            to_address: Set(BOUNCED.to_owned()),
            subject: Set("A message that could not be delivered".into()),
            body_text: Set("Hello.".into()),
            body_html: Set(Some("<p>Hello.</p>".into())),
            status: Set("failed".into()),
            attempts: Set(3),
            next_attempt_at: Set(now),
            last_error: Set(Some("550 mailbox unavailable".into())),
            claimed_by: Set(None),
            claimed_until: Set(None),
            created_at: Set(now),
            sent_at: Set(None),
        }
        .insert(&self.app.db)
        .await
        .unwrap();
        id
    }

    /// Removes the failed emails planted for the resend routes that non-admins could
    /// not resend, so the test leaves no failed message behind.
    async fn tidy_up(&self) {
        outbox_message::Entity::delete_many()
            .filter(outbox_message::Column::ToAddress.eq(BOUNCED))
            .filter(outbox_message::Column::Status.eq("failed"))
            .exec(&self.app.db)
            .await
            .unwrap();
    }

    /// A request body that is valid for the route, so that an allowed caller is served
    /// rather than refused for bad input.
    async fn fields(&self, caller: Caller, route: &Route) -> Vec<(&'static str, String)> {
        let own_email = match self.account(caller) {
            Some(a) if caller != Caller::Voter => a.email.clone(),
            _ => self.visitor.email.clone(),
        };
        match (route.method.as_str(), route.path.as_str()) {
            (POST, "/sign-in" | "/api/v1/auth/login") => vec![("email", own_email), ("password", PASSWORD.into())],
            (POST, "/password-reset") => vec![("email", own_email)],
            (POST, "/password-reset/{token}") => vec![("password", NEW_PASSWORD.into())],
            (POST, "/invitations/{token}" | "/api/v1/invitations/{id}/accept") => {
                vec![("name", "Amina Diallo".into()), ("password", NEW_PASSWORD.into())]
            }
            (POST, "/admin/people/invite" | "/api/v1/invitations") => {
                let n = self.addresses.fetch_add(1, Ordering::Relaxed);
                vec![("email", format!("new-{n}@example.org")), ("role", "reviewer".into())]
            }
            (POST, "/admin/people/{id}/role") => vec![("role", "reviewer".into())],
            (POST, "/admin/cycles/new") => {
                // Another edition of the open cycle, a new year each time.
                let year = 2100 + self.addresses.fetch_add(1, Ordering::Relaxed);
                vec![
                    ("action", "copy".into()),
                    ("source", self.open_cycle.to_string()),
                    ("copy_year", year.to_string()),
                ]
            }
            (POST, "/admin/people/bulk") => {
                let n = self.addresses.fetch_add(1, Ordering::Relaxed);
                vec![("list", format!("Li Wei,listed-{n}@example.org,juror")), ("action", "preview".into())]
            }
            (POST, "/cycles/{id}/nominations") => vec![
                ("category", "digital-transformation".into()),
                ("title", "Huduma Centres".into()),
                ("action", "save".into()),
            ],
            (POST, "/nominations/{id}") => vec![("title", "Huduma Centres, revised".into()), ("action", "save".into())],
            (POST, "/reviews/{id}") => vec![("scores.impact", "6".into()), ("action", "save".into())],
            (POST, "/reviews/{id}/recuse") => vec![("reason", "I advised this ministry.".into())],
            (POST, "/admin/nominations/{id}/redactions") => {
                vec![("field", "title".into()), ("passage", "Huduma".into())]
            }
            (POST, "/admin/stages/{id}/assign") => vec![("per_nomination", "1".into())],
            (POST, "/admin/stages/{id}/advance") => vec![("confirm", "0".into())],
            (POST, "/admin/stages/{id}/assign-one") => vec![
                ("nomination", self.nomination_in_stage("experts").await.to_string()),
                ("reviewer", self.canadian_reviewer().await.to_string()),
            ],
            (POST, "/admin/nominations/{id}/screening") => vec![
                ("stage", self.screening_stage.to_string()),
                ("check.two-years", "on".into()),
                ("check.public-institution", "on".into()),
                ("check.endorsed", "on".into()),
            ],
            (POST, "/admin/nominations/{id}/clarification") => vec![
                ("stage", self.screening_stage.to_string()),
                ("question", "Which ministry endorsed it?".into()),
                ("due", (self.app.now() + chrono::Duration::days(7)).format("%Y-%m-%d").to_string()),
            ],
            (POST, "/account/language") => vec![("language", "fr".into())],
            (POST, "/cycles/{id}/vote/register" | "/api/v1/public/voters") => {
                let n = self.addresses.fetch_add(1, Ordering::Relaxed);
                vec![("email", format!("reader-{n}@example.org"))]
            }
            (POST, "/cycles/{id}/vote/confirm" | "/api/v1/public/voters/confirm") => {
                // A code nobody was sent: the same refusal for everyone.
                vec![("email", "nobody-registered@example.org".into()), ("code", "123456".into())]
            }
            (POST, "/cycles/{id}/vote/choose" | "/cycles/{id}/vote/cast") => {
                vec![("category", self.vote.category.clone()), ("nomination", self.vote.nomination.to_string())]
            }
            (POST, "/cycles/{id}/vote/withdraw") => vec![("category", self.vote.category.clone())],
            (POST, "/admin/stages/{id}/votes/void") => {
                vec![("flag", self.vote.flag.clone()), ("rationale", "Six votes within a second.".into())]
            }
            (PUT, "/api/v1/public/ballots/{stage}/{category}") => {
                vec![("nomination", self.vote.nomination.to_string())]
            }
            (POST, "/account/conflicts") => {
                vec![("member_state", "BRA".into()), ("reason", "Advised its ministry in 2025".into())]
            }
            _ => Vec::new(),
        }
    }

    /// Calls `route` as `caller` presents themselves: a bearer token for the API, the
    /// browser session for everything else, with a valid CSRF token on every form.
    /// The answer, and the SQL statements the server ran to give it.
    async fn call(&self, caller: Caller, route: &Route) -> (Answer, u64) {
        let path = self.fill(&route.path, &route.method).await;
        let fields = self.fields(caller, route).await;
        let ends_session = ENDS_THE_SESSION.contains(&(route.method.as_str(), route.path.as_str()));
        let method = route.method.clone();
        let response = if is_api(&route.path) {
            let mut request = self.api.request(method.clone(), self.app.url(&path));
            // A voter's program presents its token where a token is needed, and calls
            // the routes open to everyone as anyone does.
            let open = matches!(policy_for(route).map(|r| r.who), Some(Everyone | AnyoneWithTheLink));
            let presents = caller != Caller::Voter || !open;
            if let Some(account) = self.account(caller).filter(|_| presents) {
                // A voter's token is refused by the routes that end a person's.
                let fresh = ends_session && caller != Caller::Voter;
                let token = if fresh { self.app.token(&account.email).await } else { account.token.clone() };
                request = request.bearer_auth(token);
            }
            if route.path == "/api/v1/stages/{id}/votes/void" {
                let body = json!({ "voters": [self.vote.voter], "rationale": "One of a cluster from one network." });
                request = request.json(&body);
            } else if route.path == "/api/v1/cycles/{id}/nominations" {
                request = request.json(&crate::harness::complete_nomination("digital-transformation"));
            } else if route.path == "/api/v1/nominations/{id}" && method == reqwest::Method::PATCH {
                request = request.json(&json!({ "title": "Huduma Centres, second edition" }));
            } else if route.path == "/api/v1/cycles/{id}" && method == reqwest::Method::PATCH {
                request = request.json(&json!({ "max_attachments": 4 }));
            } else if route.path == "/api/v1/cycles" && method == reqwest::Method::POST {
                // A full definition, a new year each time so no two collide.
                let year = 2030 + i32::try_from(self.addresses.fetch_add(1, Ordering::Relaxed)).unwrap();
                request = request.json(&cycle_definition(self.app.now(), year));
            } else if route.path == "/api/v1/cycles/{id}/copy" {
                let year = 2030 + i32::try_from(self.addresses.fetch_add(1, Ordering::Relaxed)).unwrap();
                request = request.json(&json!({ "year": year }));
            } else if let Some(body) = api_body(&route.path, self.app.now()) {
                request = request.json(&body);
            } else if route.path == "/api/v1/nominations/{id}/attachments" {
                let file = reqwest::multipart::Part::bytes(PDF).file_name("plan.pdf");
                request = request.multipart(reqwest::multipart::Form::new().part("file", file));
            } else if method != reqwest::Method::GET && method != reqwest::Method::DELETE {
                let body: serde_json::Map<String, Value> =
                    fields.into_iter().map(|(k, v)| (k.to_owned(), Value::String(v))).collect();
                request = request.json(&body);
            }
            show_request(&method, &path);
            let before = self.app.statements();
            let response = request.send().await.unwrap();
            (response, self.app.statements() - before)
        } else {
            let fresh;
            let web = match self.account(caller) {
                None => {
                    fresh = self.app.web_client();
                    &fresh
                }
                // Signing in from the voter's browser would make them a person as well.
                Some(_) if caller == Caller::Voter && (ends_session || route.path == "/sign-in") => {
                    fresh = voter_web(&self.app, self.vote.cycle, "voter@example.org").await;
                    &fresh
                }
                Some(account) if ends_session => {
                    fresh = self.app.browser_session(&account.email).await;
                    &fresh
                }
                Some(account) => &account.web,
            };
            if method == reqwest::Method::GET {
                show_request(&method, &path);
                let before = self.app.statements();
                let response = web.get(&path).await;
                (response, self.app.statements() - before)
            } else {
                let csrf = web.csrf(if caller.anonymous() { "/sign-in" } else { "/account" }).await;
                let mut form = vec![("csrf".to_owned(), csrf)];
                form.extend(fields.into_iter().map(|(k, v)| (k.to_owned(), v)));
                show_request(&method, &path);
                let request = web.client.request(method, web.url(&path));
                let before = self.app.statements();
                let response = if MULTIPART.contains(&(route.method.as_str(), route.path.as_str())) {
                    let multipart = form.into_iter().fold(reqwest::multipart::Form::new(), |m, (k, v)| m.text(k, v));
                    request.multipart(multipart).send().await.unwrap()
                } else {
                    request.form(&form).send().await.unwrap()
                };
                (response, self.app.statements() - before)
            }
        };
        (Answer::of(&response.0), response.1)
    }
}

/// The JSON body an allowed caller sends to a review route.
fn api_body(path: &str, now: chrono::DateTime<chrono::Utc>) -> Option<Value> {
    Some(match path {
        "/api/v1/nominations/{id}/screening" => {
            json!({ "checks": { "two-years": true, "public-institution": true, "endorsed": true } })
        }
        "/api/v1/nominations/{id}/clarification" => {
            json!({ "question": "Which ministry endorsed it?", "due_at": (now + chrono::Duration::days(7)).to_rfc3339() })
        }
        "/api/v1/stages/{id}/assignments" => json!({ "auto": { "per_nomination": 1 } }),
        "/api/v1/stages/{id}/advance" => json!({ "confirm": false }),
        "/api/v1/cycles/{id}/publish" => json!({}),
        "/api/v1/assignments/{id}/review" => json!({ "scores": { "impact": 7 }, "comment": "Clear evidence." }),
        "/api/v1/assignments/{id}/recuse" => json!({ "reason": "I advised this ministry." }),
        "/api/v1/nominations/{id}/clarification/answer" => json!({ "answer": "The Ministry of ICT endorsed it." }),
        "/api/v1/nominations/{id}/redactions" => json!({ "field": "title", "passage": "Huduma" }),
        "/api/v1/me" => json!({ "language": "fr" }),
        "/api/v1/invitations/bulk" => {
            json!({ "dry_run": true, "people": [{ "name": "Li Wei", "email": "li@uni.example", "role": "reviewer" }] })
        }
        _ => return None,
    })
}

fn is_api(path: &str) -> bool {
    path.starts_with("/api/")
}

// ---------------------------------------------------------------------------------------
// Reading an answer
// ---------------------------------------------------------------------------------------

/// What came back: enough to tell served from refused, and to say so in a failure.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Answer {
    status: StatusCode,
    location: Option<String>,
}

impl Answer {
    fn of(response: &reqwest::Response) -> Self {
        let location = response.headers().get(header::LOCATION).and_then(|v| v.to_str().ok()).map(str::to_owned);
        Self { status: response.status(), location }
    }

    /// 401 from the API; a redirect to the sign-in page from a page.
    fn demands_sign_in(&self, api: bool) -> bool {
        if api {
            self.status == StatusCode::UNAUTHORIZED
        } else {
            self.status == StatusCode::SEE_OTHER
                && self.location.as_deref().is_some_and(|l| l.starts_with("/sign-in?next="))
        }
    }

    /// 401 from the API; a redirect to the ballot's registration from a page.
    fn demands_a_voter(&self, api: bool) -> bool {
        if api {
            self.status == StatusCode::UNAUTHORIZED
        } else {
            self.status == StatusCode::SEE_OTHER
                && self.location.as_deref().is_some_and(|l| l.ends_with("/vote#register"))
        }
    }

    fn refuses(&self) -> bool {
        matches!(self.status, StatusCode::FORBIDDEN | StatusCode::NOT_FOUND)
    }

    fn serves(&self, api: bool) -> bool {
        self.status.as_u16() < 400 && !self.demands_sign_in(api)
    }
}

impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.status)?;
        if let Some(location) = &self.location {
            write!(f, " → {location}")?;
        }
        Ok(())
    }
}

/// The failures, if any, of one route's answers to every caller.
fn judge(route: &Route, who: Who, answers: &[(Caller, Answer)]) -> Vec<String> {
    let api = is_api(&route.path);
    let name = format!("{} {} ({who:?})", route.method, route.path);
    let mut failures = Vec::new();
    if who == AnyoneWithTheLink {
        for (caller, answer) in answers {
            if answer.demands_sign_in(api) || answer.status == StatusCode::FORBIDDEN {
                failures.push(format!(
                    "{name} as {caller}: expected the answer anyone with the link gets, got {answer}, which refuses the caller"
                ));
            }
        }
        if answers.windows(2).any(|pair| pair[0].1.status != pair[1].1.status) {
            let all: Vec<String> = answers.iter().map(|(c, a)| format!("{c}: {a}")).collect();
            failures.push(format!("{name}: expected the same answer for every caller, got {}", all.join("; ")));
        }
        return failures;
    }
    for (caller, answer) in answers {
        let (ok, expected) = match (caller.allowed(who), caller) {
            (true, _) => (answer.serves(api), "to be served"),
            (false, _) if who == Voters => (
                answer.demands_a_voter(api),
                if api { "401 (a voter's token)" } else { "303 → the ballot's registration" },
            ),
            (false, c) if c.anonymous() => {
                (answer.demands_sign_in(api), if api { "401 (sign in first)" } else { "303 → /sign-in?next=…" })
            }
            (false, _) => (answer.refuses(), "to be refused (403 or 404)"),
        };
        if !ok {
            let hint = if matches!(answer.status.as_u16(), 400 | 422) {
                " (the test's request was not valid for this route: fix it in `World::fields`)"
            } else {
                ""
            };
            failures.push(format!("{name} as {caller}: expected {expected}, got {answer}{hint}"));
        }
    }
    failures
}

// ---------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------

#[test]
fn the_policy_has_one_line_for_every_served_route_and_names_no_other() {
    let gaps = coverage_gaps(&laurel::http::route_table());
    assert!(gaps.is_empty(), "the policy and the router disagree:\n{}", gaps.join("\n"));
}

#[tokio::test]
async fn every_route_answers_every_kind_of_caller_as_the_policy_says() {
    let world = World::new().await;
    let served = laurel::http::route_table();
    let mut failures = coverage_gaps(&served);

    let mut spent = Vec::new();
    for route in &served {
        let Some(rule) = policy_for(route) else { continue };
        let mut answers = Vec::new();
        // What the route spends serving; for a link nobody holds here, refusing.
        let (mut serving, mut refusing) = (None::<u64>, 0);
        for caller in Caller::ALL {
            let (answer, statements) = world.call(caller, route).await;
            if answer.serves(is_api(&route.path)) {
                serving = Some(serving.unwrap_or(0).max(statements));
            }
            refusing = refusing.max(statements);
            answers.push((caller, answer));
        }
        failures.extend(judge(route, rule.who, &answers));
        spent.push((route.clone(), serving.unwrap_or(refusing)));
    }
    failures.extend(crate::budget::overspent(&spent));

    // The walk signed nobody out: a refusal above was the policy, not a lost session.
    let ballot = world.app.url(&format!("/api/v1/public/ballots/{}", world.vote.stage));
    let voter = world.account(Caller::Voter).unwrap();
    let (page, api) = (
        voter.web.get(&format!("/cycles/{}/vote", world.vote.cycle)).await.text().await.unwrap(),
        world.api.get(&ballot).bearer_auth(&voter.token).send().await.unwrap().status(),
    );
    if !page.contains("voter@example.org") || api != StatusCode::OK {
        failures.push(format!("the voter lost their ballot during the walk (GET ballot: {api})"));
    }
    for (caller, account) in world.accounts.iter().filter(|(c, _)| *c != Caller::Voter) {
        let page = account.web.get("/account").await.status();
        let me = world.api.get(world.app.url("/api/v1/me")).bearer_auth(&account.token).send().await.unwrap().status();
        if (page, me) != (StatusCode::OK, StatusCode::OK) {
            failures.push(format!(
                "{caller} lost their credentials during the walk (GET /account: {page}, GET /api/v1/me: {me}); \
                 a route that ends the session belongs in ENDS_THE_SESSION"
            ));
        }
    }
    world.tidy_up().await;
    assert!(failures.is_empty(), "{} authorization mismatch(es):\n{}", failures.len(), failures.join("\n"));
}

#[tokio::test]
async fn a_signed_in_browser_session_alone_gets_401_from_the_api() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let web = app.browser_session(&admin.email).await;
    assert_eq!(web.get("/account").await.status(), 200, "the session works for pages");

    let me = web.get("/api/v1/me").await;
    assert_eq!(me.status(), 401);
    assert_eq!(problem(me).await["code"], "unauthenticated");

    let invite = web
        .client
        .post(web.url("/api/v1/invitations"))
        .json(&json!({ "email": "expert@uni.example", "role": "reviewer" }))
        .send()
        .await
        .unwrap();
    assert_eq!(invite.status(), 401, "a cookie alone cannot act through the API");
    assert!(app.outbox_to("expert@uni.example").await.is_empty(), "no invitation was sent");
}

#[tokio::test]
async fn a_deactivated_persons_session_and_api_token_stop_working_at_once() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let focal = app.person("focal@gov.ke", "nominator", Some("KEN"), None).await;
    let focal_web = app.browser_session(&focal.email).await;
    let focal_token = app.token(&focal.email).await;
    let me = || app.client.get(app.url("/api/v1/me")).bearer_auth(&focal_token).send();
    assert_eq!(focal_web.get("/account").await.status(), 200);
    assert_eq!(me().await.unwrap().status(), 200);

    let admin_web = app.browser_session(&admin.email).await;
    let done = admin_web.submit("/admin/people", &format!("/admin/people/{}/deactivate", focal.id), &[]).await;
    assert_eq!(done.status(), 303);
    let back = done.headers()[header::LOCATION].to_str().unwrap().to_owned();
    assert!(back.starts_with("/admin/people?deactivated="), "{back}");
    let people = html(&admin_web.get("/admin/people").await.text().await.unwrap());
    let row = texts(&people, "tbody tr").into_iter().find(|r| r.contains(&focal.email)).unwrap();
    assert!(row.contains("Deactivated"), "{row}");

    let page = focal_web.get("/account").await;
    assert_eq!(page.status(), 303, "the next page request is sent to sign in");
    assert_eq!(page.headers()[header::LOCATION], "/sign-in?next=%2Faccount");
    let api = me().await.unwrap();
    assert_eq!(api.status(), 401, "the next API call is refused");
    assert_eq!(problem(api).await["code"], "unauthenticated");
    assert_eq!(app.web_client().sign_in(&focal.email, PASSWORD).await.status(), 401, "nor can they sign in again");

    let back = admin_web.submit("/admin/people", &format!("/admin/people/{}/reactivate", focal.id), &[]).await;
    assert_eq!(back.status(), 303);
    assert_ne!(app.web_client().sign_in(&focal.email, PASSWORD).await.status(), 401, "reactivated, they sign in again");
    let trail = app.audit_actions().await;
    assert!(
        trail.iter().any(|a| a == "user.deactivated") && trail.iter().any(|a| a == "user.reactivated"),
        "{trail:?}"
    );
}

#[tokio::test]
async fn a_form_without_a_csrf_token_or_with_another_sessions_token_is_refused_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let expert = app.person("expert@uni.example", "reviewer", None, Some("CAN")).await;
    let web = app.browser_session(&admin.email).await;
    let admins_other_session = app.browser_session(&admin.email).await.csrf("/account").await;
    let experts_session = app.browser_session(&expert.email).await.csrf("/account").await;
    let invited = "focal@gov.ke";
    let fields = [("email", invited), ("role", "nominator"), ("member_state", "KEN")];

    for (case, csrf) in [
        ("no token", None),
        ("the token of the same admin's other session", Some(admins_other_session.as_str())),
        ("the token of another person's session", Some(experts_session.as_str())),
    ] {
        let mut form: Vec<(&str, &str)> = csrf.map(|t| ("csrf", t)).into_iter().collect();
        form.extend_from_slice(&fields);
        let refused = web.client.post(web.url("/admin/people/invite")).form(&form).send().await.unwrap();
        assert_eq!(refused.status(), 403, "{case}");
        let page = html(&refused.text().await.unwrap());
        assert!(
            texts(&page, "main p").iter().any(|t| t.contains("This form has expired or was sent from another site")),
            "{case}: the page says why"
        );
        assert!(app.outbox_to(invited).await.is_empty(), "{case}: no invitation was queued");
    }
    assert!(!app.audit_actions().await.contains(&"invitation.created".to_owned()));

    // Nobody's sign-in form without its token starts no session either.
    let stranger = app.web_client();
    let sign_in = stranger
        .client
        .post(stranger.url("/sign-in"))
        .form(&[("email", admin.email.as_str()), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(sign_in.status(), 403);
    assert_eq!(session_cookie(&sign_in), None, "no session cookie was set");

    // The same form with this session's own token goes through.
    let sent = web.submit("/admin/people", "/admin/people/invite", &fields).await;
    assert_eq!(sent.status(), 303);
    assert_eq!(app.outbox_to(invited).await.len(), 1);
}

#[tokio::test]
async fn the_session_cookie_is_http_only_and_same_site_lax_and_signing_in_again_replaces_it() {
    let app = TestApp::spawn().await;
    let focal = app.person("focal@gov.ke", "nominator", Some("KEN"), None).await;
    let web = app.web_client();

    let first = web.sign_in(&focal.email, PASSWORD).await;
    assert_eq!(first.status(), 303);
    let cookie = session_cookie(&first).expect("a session cookie at sign-in");
    let attributes: Vec<String> = cookie.split(';').skip(1).map(|a| a.trim().to_ascii_lowercase()).collect();
    assert!(attributes.contains(&"httponly".to_owned()), "{cookie}");
    assert!(attributes.contains(&"samesite=lax".to_owned()), "{cookie}");
    assert!(attributes.contains(&"path=/".to_owned()), "{cookie}");
    let old = cookie_value(&cookie);
    assert_eq!(page_with_session(&app, &old).await.status(), 200, "the first session works");

    // Signing in again from the same browser, which still presents the old cookie.
    let csrf = web.csrf("/account").await;
    let again = web
        .client
        .post(web.url("/sign-in"))
        .form(&[("csrf", csrf.as_str()), ("email", focal.email.as_str()), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 303);
    let new = cookie_value(&session_cookie(&again).expect("a new session cookie"));
    assert_ne!(new, old, "the session id changes at sign-in");

    let stale = page_with_session(&app, &old).await;
    assert_eq!(stale.status(), 303, "the old session id no longer works");
    assert!(stale.headers()[header::LOCATION].to_str().unwrap().starts_with("/sign-in?next="));
    assert_eq!(page_with_session(&app, &new).await.status(), 200, "the new one does");
}

/// The `Set-Cookie` header that sets the session cookie, if any.
fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("laurel_session=") && !c.starts_with("laurel_session=;"))
        .map(str::to_owned)
}

fn cookie_value(set_cookie: &str) -> String {
    set_cookie.split(';').next().unwrap().trim_start_matches("laurel_session=").to_owned()
}

/// `/account` fetched with exactly this session cookie and nothing else.
async fn page_with_session(app: &TestApp, session: &str) -> reqwest::Response {
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    client.get(app.url("/account")).header(header::COOKIE, format!("laurel_session={session}")).send().await.unwrap()
}

/// The shipped example definition for `year`, open for nominations at `now`.
fn cycle_definition(now: chrono::DateTime<chrono::Utc>, year: i32) -> Value {
    let mut definition = crate::harness::example_cycle(now, -1, 30);
    definition["year"] = json!(year);
    definition
}

/// A cycle whose public vote is open, with Kenya's nominations in it.
async fn open_vote(app: &TestApp, accounts: &[(Caller, Account)]) -> Vote {
    let now = app.now();
    let kenya = accounts.iter().find(|(c, _)| *c == Caller::NominatorOfKenya).unwrap();
    let author = laurel::service::auth::token_caller(&app.db, &kenya.1.token, now).await.unwrap().unwrap().id;
    let seeded = crate::vote::seed_open_vote(&app.db, now, 1, Some(author)).await;
    let (category, nominations) = seeded.categories.into_iter().next().unwrap();
    Vote {
        cycle: seeded.cycle,
        stage: seeded.stage,
        category,
        nomination: nominations[0],
        voter: Uuid::nil(),
        flag: String::new(),
    }
}

/// Registers `email` to vote through the API and confirms it: the voter's token.
async fn register_voter(app: &TestApp, api: &reqwest::Client, email: &str) -> String {
    let sent = api.post(app.url("/api/v1/public/voters")).json(&json!({ "email": email })).send().await.unwrap();
    assert_eq!(sent.status(), 202);
    let code = crate::vote::code_in(&app.outbox_to(email).await.last().unwrap().body_text);
    let confirm = api.post(app.url("/api/v1/public/voters/confirm")).json(&json!({ "email": email, "code": code }));
    let body: Value = confirm.send().await.unwrap().json().await.unwrap();
    body["token"].as_str().unwrap().to_owned()
}

/// A browser holding the ballot page's cookie of the voter `email`, signed in afresh.
async fn voter_web(app: &TestApp, cycle: Uuid, email: &str) -> WebClient {
    let web = app.web_client();
    let page = format!("/cycles/{cycle}/vote");
    let sent = web.submit(&page, &format!("{page}/register"), &[("email", email)]).await;
    assert_eq!(sent.status(), 200);
    let code = crate::vote::code_in(&app.outbox_to(email).await.last().unwrap().body_text);
    let confirmed = web.submit(&page, &format!("{page}/confirm"), &[("email", email), ("code", code.as_str())]).await;
    assert_eq!(confirmed.status(), 303);
    web
}

/// With `LAUREL_TEST_PRINT_SQL=1`, the request whose statements the harness prints next.
fn show_request(method: &reqwest::Method, path: &str) {
    if std::env::var_os("LAUREL_TEST_PRINT_SQL").is_some() {
        eprintln!("request: {method} {path}");
    }
}
