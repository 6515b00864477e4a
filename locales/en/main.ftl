# The site's frame: what every page carries around its content.
skip-to-content = Skip to content
nav-site = Site navigation
nav-awards = Awards
nav-my-nominations = My nominations
nav-my-reviews = My reviews
nav-cycles = Cycles
nav-people = People
nav-audit = Audit trail
nav-email = Email
nav-sign-out = Sign out
nav-sign-in = Sign in
nav-languages = Language
footer-tagline = Laurel — nominations, review and results for public-service awards.
footer-open-data = Open data
# { $count } nominations, with the language's plural forms.
nominations-count = { $count ->
    [one] { $count } nomination
   *[other] { $count } nominations
}

# Time left before a deadline, in the largest unit that is at least two (or minutes).
time-left-days = { $count ->
    [one] { $count } day left
   *[other] { $count } days left
}
time-left-hours = { $count ->
    [one] { $count } hour left
   *[other] { $count } hours left
}
time-left-minutes = { $count ->
    [one] { $count } minute left
   *[other] { $count } minutes left
}
time-left-closed = closed

# A cycle's phase as the public reads it.
phase-open = Open for nominations
phase-reviewing = Under review
phase-decided = Results coming soon
phase-published = Results published

# The home page.
home-title = Public-service awards
home-lead = Member states nominate their public-service and e-government initiatives; juries review them; the winners are published here.
home-open-title = Open for nominations
home-none-open = No call for nominations is open at the moment.
home-nominations-close = Nominations close
home-add-to-calendar = Add the dates to a calendar
home-categories = { $count ->
    [one] { $count } category
   *[other] { $count } categories
}
home-recent-title = Recent cycles
home-all-results = All published results
home-results-feed = Results feed (Atom)
home-none-recent = No earlier cycles yet.
home-nominations-closed = Nominations closed
home-see-winners = See the winners
# Read by screen readers after "See the winners", so each link is told apart.
home-see-winners-of = of { $cycle }

# The sign-in page.
sign-in-title = Sign in
sign-in-email = Email address
sign-in-password = Password
sign-in-submit = Sign in
sign-in-forgot = Forgot your password?
sign-in-by-invitation = New to Laurel? Accounts are created by invitation from the awards' secretariat.
sign-in-password-changed = Your password was changed. Sign in with the new one.
sign-in-wrong = The email address or password is not right.
sign-in-throttled = { $minutes ->
    [one] Too many failed attempts; try again in { $minutes } minute.
   *[other] Too many failed attempts; try again in { $minutes } minutes.
}

# Choosing a new password by email.
reset-title = Reset your password
reset-intro = Enter the address you sign in with and we will email you a link to choose a new password.
reset-send = Send the link
reset-sent = If an account exists for { $email }, we have sent it a link to choose a new password. The link works once, for two hours. Check your spam folder if nothing arrives.
reset-back = Back to sign in
reset-choose-title = Choose a new password
reset-new-password = New password
reset-password-hint = At least 12 characters. Signing in with it will end every other session.
reset-change = Change my password

# The list of published results.
archive-title = Results
archive-none = No results have been published yet.
archive-published = Published { $date }
archive-feed = Atom feed of results
archive-csv = All awards as CSV

# How dates are written: strftime patterns (%-d day, %B month name, %Y year, %H:%M
# time, %Z time zone; %-m month number). Month names come from the language's locale.
format-instant = %-d %B %Y, %H:%M %Z
format-date = %-d %B %Y

# The results feed (Atom) and a cycle's calendar of dates.
feed-title = Public-service awards: results
feed-entry = Results of { $cycle }
calendar-opens = Nominations open
calendar-closes = Nominations close
calendar-results = Results published

# The API reference page (/api/docs). The operations it lists are described in English.
api-docs-title = API reference
api-docs-intro = Laurel's JSON API is under /api/v1. The full description, with every request and response body, is the OpenAPI document; load it into any OpenAPI tool:
api-docs-auth = Programs sign in, then send a bearer token with each request:
api-docs-errors = Errors are RFC 9457 problem details, with a stable code for programs and a title and detail in the language of Accept-Language.
api-docs-sections = Sections
# Shown in every language, above the list of operations.
api-docs-english = The operations below are described in English.

## The open-data page.
open-data-title = Open data
open-data-intro = The results of every published cycle are open to everyone, without an account: the winners, champions and finalists, with the public answers of their nominations. Nothing appears here before a cycle's results are published, and scores never do.
open-data-licence = You may copy, publish and build on this data for any purpose, naming the awarding programme as its source (Creative Commons Attribution 4.0).
open-data-results = Results
open-data-winners-csv = Every published award as a spreadsheet (CSV, UTF-8), one row per award.
open-data-winners-json = The same awards as JSON, a page at a time, with the public answers.
open-data-feed = An Atom feed with one entry per published cycle, naming its winners and champions.
open-data-cycles = Open and past cycles: dates, phase, time zone and categories.
open-data-member-states = The member states with their ISO 3166-1 codes and UN regional groups.
open-data-filters = The awards, as CSV or JSON, can be narrowed by cycle, category, regional group and member state:
open-data-columns = The spreadsheet's columns
open-data-columns-intro = In this order; new columns are only ever added at the end, so programs that read them keep working.
open-data-calendars = Calendars
open-data-calendars-intro = Each cycle's dates (nominations open, nominations close, results published) as a calendar to subscribe to:
open-data-calendars-none = No cycle is public yet.
open-data-api = For developers
open-data-api-intro = Every address above is part of Laurel's documented API, with answers that can be cached and checked for changes.
open-data-api-docs = The API's documentation

## An open call's actions on the home page.
home-nominate = Nominate
home-sign-in-to-nominate = Sign in to nominate
