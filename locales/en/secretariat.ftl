## The secretariat's pages.

## Cycles (/admin/cycles, titled with nav-cycles).

# Followed by the two ways to import a cycle: a command line and an API request.
admin-cycles-none = No cycle yet. Import one with either of these:
# A cycle's phase, chosen by its stored word.
admin-cycles-phase = { $phase ->
    [draft] draft
    [open] open
    [reviewing] reviewing
    [decided] decided
   *[published] published
}
# What a stage asks of its people, beside its name in the list of a cycle's stages.
admin-cycles-stage-kind = { $kind ->
    [screening] screening
    [scoring] scoring
   *[public_vote] public vote
}
admin-cycles-publish-intro = The awards are decided and private. Publishing shows them on the public site, in the open data and the feed, and emails the focal points and reviewers.
# $zone is the cycle's time zone, e.g. "Europe/Vienna".
admin-cycles-publish-at = Publish at (optional, { $zone })
admin-cycles-publish = Publish the results
admin-cycles-public-page = The public results page

## Outgoing email (/admin/outbox).

admin-outbox-title = Outgoing email
# The list of links that show only the email in one status.
admin-outbox-filter = Filter by status
admin-outbox-all = All
# An email's status, chosen by its stored word: waiting to be sent, handed to the mail server, or given up on.
admin-outbox-status = { $status ->
    [pending] pending
    [sent] sent
   *[failed] failed
}
admin-outbox-none = No email.
# When the list shows the email in one status and there is none.
admin-outbox-none-status = { $status ->
    [pending] No email is waiting to be sent.
    [sent] No email has been sent.
   *[failed] No email has failed.
}
admin-outbox-col-to = To
admin-outbox-col-subject = Subject
admin-outbox-col-status = Status
admin-outbox-col-attempts = Attempts
# When the email was sent or, while it is not sent, when it will next be tried.
admin-outbox-col-when = Sent or next try
admin-outbox-col-error = Last error
# Read by screen readers only: the heading of the column of "Resend" buttons.
admin-outbox-col-action = Action
admin-outbox-resend = Resend
# Read by screen readers in place of "Resend"; $to is an email address.
admin-outbox-resend-to = Resend the email to { $to }

## People (/admin/people, titled with nav-people).

admin-people-invited = An invitation is on its way to { $email }. The link works for seven days.
admin-people-invite-heading = Invite someone
admin-people-invite-errors = The invitation was not sent: please correct the fields marked below.
admin-people-role = Role
admin-people-role-nominator-long = Focal point (nominator) for a member state
admin-people-role-reviewer = Reviewer
admin-people-role-admin-long = Administrator (secretariat)
admin-people-member-state = Member state
admin-people-member-state-hint = (focal points only)
admin-people-nationality = Nationality
admin-people-nationality-hint = (reviewers: they are never assigned their own country's nominations)
admin-people-invite-submit = Send the invitation
admin-people-everyone = Everyone with an account
admin-people-col-name = Name
# The column of email addresses.
admin-people-col-email = Email
# The column of the member state a focal point speaks for.
admin-people-col-state = State
admin-people-col-status = Status
admin-people-col-actions = Actions
# A person's role in the table, chosen by its stored word.
admin-people-role-name = { $role ->
    [nominator] Focal point
    [reviewer] Reviewer
   *[admin] Administrator
}
admin-people-active = Active
admin-people-deactivated = Deactivated
admin-people-deactivate = Deactivate
# Read by screen readers in place of "Deactivate"; $name is the person's name.
admin-people-deactivate-person = Deactivate { $name }
admin-people-change-role = Change role
admin-people-new-role = New role
admin-people-role-nominator = Focal point
admin-people-role-admin = Administrator
admin-people-state-code = Member state code (focal points)
# Placeholder of the field above: a three-letter ISO country code as an example.
admin-people-state-code-example = e.g. KEN
admin-people-change = Change

## A stage's page (/admin/stages/{id}).

# Under the stage's name: what kind of stage it is.
admin-stage-kind = { $kind ->
    [screening] A screening stage
    [scoring] A scoring stage
   *[public_vote] A public-vote stage
}
# A stage's status, chosen by its stored word.
admin-stage-status = { $status ->
    [pending] pending
    [active] active
   *[closed] closed
}
# Followed by the list of nominations and why each is short of reviewers.
admin-stage-shortfalls = Some nominations could not get every reviewer they need:
admin-stage-queue = Nominations to screen
admin-stage-checklist = Checklist
admin-stage-note = Note (told to the focal points if it fails)
admin-stage-record-screening = Record the screening
admin-stage-ask-instead = Ask the focal points a question instead
admin-stage-question = Question
# The last day on which the focal points may answer the question.
admin-stage-answer-by = Answer by
admin-stage-send-question = Send the question
admin-stage-reviewers = Reviewers
admin-stage-per-nomination = Reviewers per nomination
admin-stage-max-load = Most nominations per reviewer (optional)
admin-stage-assign-auto = Assign automatically
admin-stage-assign-hint = Nobody reviews their own country's nominations or one they declared a conflict on. Nominations that already have enough reviewers are left as they are.
admin-stage-assign-one = Assign one reviewer by hand
# Heading of the advancement form after a cycle's last stage.
admin-stage-decide-awards = Decide the awards
# Heading of the advancement form of any other stage: which nominations go on.
admin-stage-advance = Advance
admin-stage-pending-reviews = { $count ->
    [one] { $count } assigned review is not submitted yet; the ranking counts only submitted ones.
   *[other] { $count } assigned reviews are not submitted yet; the ranking counts only submitted ones.
}
# Followed by the list of what the secretariat still has to decide.
admin-stage-still-to-decide = Still to decide:
admin-stage-col-rank = Rank
admin-stage-col-nomination = Nomination
# The column of the outcome the stage's advancement rule gives, before any override.
admin-stage-col-rule = By the rule
# What a stage decided for a nomination, chosen by its stored word.
admin-stage-outcome = { $outcome ->
    [advanced] advanced
    [eliminated] eliminated
    [ineligible] ineligible
    [winner] winner
    [champion] champion
   *[finalist] finalist
}
# In place of an outcome, when the rule cannot decide (a tie at the cut, no reviews).
admin-stage-needs-decision = needs a decision
admin-stage-confirm-awards = Confirm the awards
admin-stage-confirm-close = Confirm and close the stage

## Assigning one reviewer by hand (/admin/stages/{id}/assign-one).

# The browser tab's title; $stage is the stage's name.
admin-assign-title = Assign a reviewer: { $stage }
admin-assign-heading = Assign a reviewer by hand
admin-assign-rules = Nobody may review their own country's nominations or one they declared a conflict on; the assignment is refused if so.
admin-assign-nomination = Nomination
admin-assign-reviewer = Reviewer
admin-assign-submit = Assign

## The ranking of a scoring stage (admin/stage_ranking.html). Its headings "Rank",
## "Nomination" and "By the rule" and its advancement form use the admin-stage-…
## messages above.

admin-ranking-title = Ranking
# Followed by a number from -1 to 1 (1: the reviewers agree fully).
admin-ranking-reliability = Inter-rater reliability (Krippendorff’s alpha):
# In place of the reliability, while too few reviews are submitted to measure it.
admin-ranking-not-measurable = not yet measurable
admin-ranking-hide-reviews = Hide the reviews
admin-ranking-show-reviews = Show every review
admin-ranking-csv = CSV for the API
admin-ranking-col-score = Score
admin-ranking-col-reviews = Reviews
# How far apart the reviewers' scores of a nomination are.
admin-ranking-col-spread = Spread
admin-ranking-col-flags = Flags
# The column where the secretariat may choose another outcome than the rule's.
admin-ranking-col-override = Override
# The written reason for an override.
admin-ranking-col-rationale = Rationale
# Reviews submitted out of those assigned, e.g. "2 of 3".
admin-ranking-reviews-done = { $done } of { $assigned }
# A warning on a nomination's line, chosen by its stored word.
admin-ranking-flag = { $flag ->
    [disagreement] reviewers disagree
    [tie] tie
   *[no_reviews] no reviews
}
admin-ranking-preview = Preview with these overrides

## What the secretariat is told after acting on a stage or a cycle.
admin-stage-screen-passed = Passed
admin-stage-screen-failed = Failed
admin-stage-screen-none = Not screened
admin-stage-notice-assigned = Reviewers are assigned and have been emailed.
admin-stage-notice-advanced = The stage is closed and its outcomes are recorded.
admin-stage-notice-screened = The screening is recorded.
admin-stage-notice-asked = The question is on its way to the nomination's focal points.
admin-cycles-notice-published = The results are public, and the focal points and reviewers are being told.
admin-cycles-notice-scheduled = Publication is scheduled; the results stay private until then.
# $why: the refusal, in a sentence.
admin-assign-refused = Not assigned: { $why }.
admin-stage-nothing-changed = Nothing was changed: { $why }.

## One email of the outbox (/admin/email/{id}).
admin-email-queued = Queued
admin-email-sent = Sent
# When delivery will be tried again.
admin-email-next-attempt = Next attempt
admin-email-text = Text
# A link that opens the email's formatted (HTML) version on its own page.
admin-email-html = Open the formatted version

## The audit trail (/admin/audit).
admin-audit-title = Audit trail
# The chain of hashes that links every recorded event to the one before.
admin-audit-chain = Integrity of the trail
# $when: when the check ran; $count: how many events it walked.
admin-audit-intact = Checked { $when }: all { $count } events are as they were recorded.
# Followed by the technical detail, in English.
admin-audit-broken = Checked { $when }: the trail has been tampered with.
admin-audit-not-checked = The trail has not been checked since this server started.
admin-audit-check-now = Check the trail now
admin-audit-filter = Filter the trail
admin-audit-actor = Who
admin-audit-action = Action
admin-audit-action-hint = As recorded, for example nomination.submitted.
admin-audit-subject = Subject
admin-audit-from = From
admin-audit-until = Until
admin-audit-apply = Filter
admin-audit-clear = Show everything
admin-audit-when = When
admin-audit-details = Details
admin-audit-none = No event matches.
admin-audit-older = Older events

## A cycle's entries (/admin/cycles/{id}/nominations).
# $cycle: the cycle's name.
admin-entries-title = Nominations of { $cycle }
admin-entries-filter = Filter the nominations
admin-entries-words = Words
admin-entries-words-hint = Found in the title or the institution, whatever the case.
admin-entries-region = Regional group
# The first choice of a filter: no filtering by it.
admin-entries-any = Any
admin-entries-csv = Download these nominations as CSV
admin-entries-none = No nomination matches.
admin-entries-updated = Last changed
admin-entries-more = More nominations
# On the list of cycles: the link to a cycle's entries.
admin-entries-link = Every nomination

## A cycle's dashboard (/admin/cycles/{id}).
# $count of the $all member states of the United Nations.
admin-dashboard-states = { $count } of { $all } member states have submitted a nomination.
admin-dashboard-by-status = Nominations by status
admin-dashboard-by-region = Nominations by regional group
admin-dashboard-count = Number
admin-dashboard-submitted = Submitted
admin-dashboard-drafts = Drafts
# A stage's reviews in all.
admin-dashboard-reviews = { $submitted } of { $assigned } reviews submitted; { $overdue } overdue
admin-dashboard-due = due { $due }
admin-dashboard-juror = Jury member
admin-dashboard-assigned = Assigned
admin-dashboard-overdue = Overdue
# On the list of cycles: the link to a cycle's dashboard.
admin-dashboard-link = Progress

## A nomination's dossier (/admin/nominations/{id}).
admin-dossier-submitted = Submitted
admin-dossier-clarification = Question to the focal points:
admin-dossier-ineligible = Found ineligible:
# The entry as its member state wrote it: summary and answers.
admin-dossier-entry = The entry
# $rank: its place in its ranking group.
admin-dossier-rank = ranked { $rank }
# $who: the person who decided; $when: the date and time.
admin-dossier-decided-by = Decided by { $who } on { $when }.
admin-dossier-decided = Decided on { $when }.
# The secretariat chose another outcome than the stage's rule gave.
admin-dossier-overridden = Decided by the secretariat against the rule:
admin-dossier-check-passed = met
admin-dossier-check-failed = not met
admin-dossier-no-reviews = No jury member is assigned to it in this stage.
admin-dossier-comment = Comment
# A review's status; $when: when it was submitted, or when it is due.
admin-dossier-review-status = { $status ->
    [submitted] submitted { $when }
    [recused] recused
   *[pending] due { $when }
}
admin-dossier-emails = Emails about this nomination
admin-dossier-no-emails = No email has been sent about it.
admin-dossier-history = History
admin-dossier-in-trail = See it in the audit trail

## The dashboard's charts (/admin/cycles/{id}). Each chart has a title, a sentence
## saying what it shows, and the same numbers in a table.
admin-dashboard-call = The call for nominations
admin-dashboard-stages = Through the stages
admin-chart-days-title = Nominations submitted per day
# $count nominations in all; $day the busiest day, with $most of them; $closes the deadline.
admin-chart-days-summary = { $count ->
    [one] One nomination submitted so far
   *[other] { $count } nominations submitted so far
}; the busiest day was { $day }, with { $most }. The call closes { $closes }.
admin-chart-days-none = No nomination has been submitted yet. The call closes { $closes }.
# Marks the deadline on the chart of submissions per day.
admin-chart-deadline = Deadline
admin-chart-day = Day
admin-chart-coverage-title = Member states nominating, by regional group
# After "N of 193 member states have submitted a nomination."
admin-chart-coverage-drafting = { $count ->
    [0] No other member state has a draft waiting.
    [one] One more has a draft it has not submitted.
   *[other] { $count } more have a draft they have not submitted.
}
# A bar's label: $submitted and $drafting of the group's $states member states.
admin-chart-coverage-row = { $region }: { $submitted } submitted, { $drafting } with a draft only, of { $states }
admin-chart-draft-only = Draft only
admin-chart-not-yet = Nothing yet
admin-chart-states = Member states
admin-chart-states-submitted = Member states that submitted
admin-chart-funnel-title = Nominations through the stages
admin-chart-funnel-summary = Each bar is a step of the cycle: how many nominations reached it, and how many of those went on.
# The first bar: every nomination submitted.
admin-chart-funnel-first = { $step }: { $count }
# A stage's bar: $count reached it and $on went on.
admin-chart-funnel-row = { $step }: { $count } reached, { $on } went on
admin-chart-went-on = Went on
admin-chart-stopped = Stopped here, or not decided yet
admin-chart-step = Step
admin-chart-reached = Reached
# $stage: the stage's name.
admin-chart-jurors-title = Reviews per jury member: { $stage }
# A juror's bar.
admin-chart-juror-row = { $name }: { $submitted } of { $assigned } submitted, { $overdue } overdue
admin-chart-not-due = Not yet due
admin-chart-action = Action
admin-dashboard-remind = Remind
# The remind button's name for a screen reader: $name the jury member.
admin-dashboard-remind-one = Remind { $name } now
admin-dashboard-remind-all = Remind every jury member with reviews outstanding
admin-dashboard-remind-hint = Each jury member receives at most one reminder a day for this stage, however often this is pressed.
admin-dashboard-reminded = The reminders are on their way.
admin-chart-criteria-title = Scores by criterion: { $stage }
admin-chart-juror-scores-title = Scores by jury member: { $stage }
admin-chart-range-summary = Each line runs from the lowest to the highest score given, on a scale of 0 to 100; the dot marks the mean.
# A range's label, on a scale of 0 to 100.
admin-chart-range-row = { $name }: mean { $mean }, from { $min } to { $max }
# $low and $high: the lowest and highest mean total, with the jury members who gave them.
admin-chart-juror-scores-summary = Each line runs from a jury member's lowest to highest total, on a scale of 0 to 100; the dot marks the mean. Means run from { $low } ({ $lowname }) to { $high } ({ $highname }).
admin-chart-criterion = Criterion
admin-chart-lowest = Lowest
admin-chart-mean = Mean
admin-chart-highest = Highest
# $alpha: Krippendorff's alpha, two decimals.
admin-dashboard-agreement = Agreement between jury members (Krippendorff’s alpha): { $alpha }. { $level ->
    [good] They agree well.
    [tentative] They agree only in part: read the spreads below.
   *[low] They disagree more than they agree: read the spreads below before advancing.
}
# A screening stage's progress: $decided of the $entered nominations that reached it.
admin-dashboard-screened = { $decided } of { $entered } nominations screened
# The entries' filter by what a stage decided.
admin-entries-outcome = Decided in a stage
admin-entries-clarification = Only those with a question to their focal points unanswered
admin-entries-sort = Order
admin-entries-sort-by = { $sort ->
    [changed] Latest changed first
    [title] By title
    [member_state] By member state
   *[oldest] As created
}
admin-entries-csv-reviews = Download their reviews as CSV, one row per review
# The earliest due date of a jury member's reviews still to come.
admin-chart-next-due = Next due

## People at scale: searching, coverage, deactivation, lists of invitations.
# $name: the person's name.
admin-people-was-deactivated = { $name } is deactivated and signed out everywhere. You can reactivate the account at any time.
admin-people-was-reactivated = { $name } is active again and can sign in.
admin-people-bulk-link = Invite many people from a list
admin-people-invitations-link = Invitations sent
admin-people-coverage-heading = Focal points
admin-people-coverage-all = Every member state has an active focal point.
# $count: member states with no active focal point.
admin-people-coverage-missing = { $count ->
    [one] { $count } member state has no active focal point
   *[other] { $count } member states have no active focal point
}
# $count: people matching the search.
admin-people-found = { $count ->
    [one] { $count } person found
   *[other] { $count } people found
}
admin-people-search = Search people
admin-people-words = Name or email
admin-people-none-found = No one matches this search.
admin-people-reactivate = Reactivate
admin-people-reactivate-person = Reactivate { $name }
admin-people-name-hint = (optional: the invitation page starts from it)
admin-people-deactivate-explained = They will be signed out on every device at once and will not be able to sign in. Everything they did stays in the record. You can reactivate the account later.
admin-people-deactivate-confirm = Deactivate the account
admin-people-keep = Keep it active
admin-bulk-title = Invite many people
# $count: invitations sent.
admin-bulk-sent = { $count ->
    [one] { $count } invitation is on its way.
   *[other] { $count } invitations are on their way.
}
admin-bulk-empty = Paste a list or choose a file first: the list has no one in it.
admin-bulk-preview = Check before sending
# $refused: rows with problems; $count: rows in the list.
admin-bulk-refused = { $refused ->
    [one] { $refused } of { $count } rows needs correcting
   *[other] { $refused } of { $count } rows need correcting
} before anything is sent. Correct them in the list below and check again.
# $count: rows in the list.
admin-bulk-ready = { $count ->
    [one] { $count } person is ready to invite.
   *[other] All { $count } people are ready to invite.
}
admin-bulk-line = Line
admin-bulk-problems = Problems
admin-bulk-row-ok = Ready
# $field: the column at fault.
admin-bulk-field = { $field ->
    [name] Name
    [email] Email
    [role] Role
    [member_state] Member state
    [nationality] Nationality
   *[other] { $field }
}
admin-bulk-list = Paste the list
admin-bulk-list-hint = One person per line: name, email, role, member state, nationality, separated by commas, semicolons or tabs (cells copied from a spreadsheet work). A first line of column names may set another order. Roles: focal point, juror or secretariat. Member states by name or by code, such as Kenya or KEN.
admin-bulk-file = Or choose a CSV file
admin-bulk-check = Check the list
# $count: people to invite.
admin-bulk-send = { $count ->
    [one] Send { $count } invitation
   *[other] Send { $count } invitations
}
admin-invitations-title = Invitations sent
admin-invitations-filter = Invitations by status
# $done: resent or revoked; $email: the address.
admin-invitations-done = { $done ->
    [resent] A new link is on its way to { $email }; the earlier link no longer works.
   *[revoked] The invitation to { $email } is revoked; its link no longer works.
}
# $status: pending, accepted, expired or revoked.
admin-invitation-status = { $status ->
    [pending] Waiting
    [accepted] Accepted
    [expired] Expired
   *[revoked] Revoked
}
admin-invitations-none = No invitations here.
admin-invitations-sent = Sent
admin-invitations-resend = Resend
admin-invitations-resend-to = Resend the invitation to { $email }
admin-invitations-revoke = Revoke
admin-invitations-revoke-to = Revoke the invitation to { $email }
admin-invitations-more = Older invitations
admin-bulk-to-correct = Rows to correct
# $count: rows in the list.
admin-bulk-all-rows = { $count ->
    [one] The list's { $count } row
   *[other] All { $count } rows of the list
}

## Setting up a cycle: /admin/cycles/new, /admin/cycles/{id}/edit and its preview.
admin-cycles-set-up = Set up
admin-cycles-new = Set up a new cycle
setup-title-new = Set up a new cycle
# $cycle: the cycle's name, e.g. "UN Public Service Awards 2028".
setup-title-edit = Set up { $cycle }
setup-copy-heading = Start from a previous cycle
setup-copy-intro = Everything is copied: categories, questions, stages, criteria and settings, with every date moved to the new year as a starting point. The copy is a draft for you to adapt.
setup-copy-none = There is no cycle yet to copy from.
setup-copy-from = Cycle to copy
setup-copy-year = Year of the new edition
setup-copy = Copy into a new draft
setup-copy-choose = Choose the cycle to copy.
setup-scratch-heading = Or start from scratch
setup-save = Save
setup-create = Create the draft cycle
setup-preview = Preview the nomination form and the rubrics
setup-download = Download the definition (TOML)
setup-notice-saved = Saved. What changed is shown below.
setup-notice-created = The draft cycle was created. It stays a draft, invisible to the public, until nominations open.
setup-notice-copied = The copy was created as a draft. Check its dates before nominations open.
# $count: how many problems.
setup-problems = { $count ->
    [one] One problem keeps this from being saved. It is shown beside its field; what you typed is kept.
   *[other] { $count } problems keep this from being saved. Each is shown beside its field; what you typed is kept.
}
# $phase: open, reviewing, decided or published.
setup-fixed-explained = { $phase ->
    [open] Nominations have opened and focal points rely on this set-up, so only the deadline (moved later) and the wording of names, labels and help text can change. Everything else is shown as it stands.
   *[other] Nominations have closed, so only the wording of names, labels and help text can change. Everything else is shown as it stands.
}
setup-general = The cycle
setup-programme = Programme
setup-year = Year
setup-default-language = Language the definition is written in
setup-languages = Languages the cycle is offered in
setup-languages-hint = Every name, label and help text is then asked for in each of them. Apply a change with Save.
setup-time-zone = Time zone
setup-time-zone-hint = As the IANA database names it, such as America/New_York or Africa/Nairobi. The dates below are in this zone.
setup-opens-at = Nominations open
setup-closes-at = Nominations close
setup-publish-at = Results are published
setup-max-attachments = Most supporting documents a nomination may carry
setup-min-attachments = Supporting documents a nomination must carry
setup-categories = Categories
# $n: the category's place in the list.
setup-category = Category { $n }
setup-key = Key
setup-key-hint = Lower-case letters, digits and hyphens, such as digital-transformation. Exports and the API use it.
setup-name = Name
setup-description = Description
setup-max-per-state = Nominations per member state
setup-winners = Winners
setup-champions = Champions (runners-up)
setup-per-region = Winners are chosen per region
setup-yes = yes
setup-no = no
setup-add-category = Add a category
setup-questions = Questions of the nomination form
setup-questions-hint = The title, institution and summary are always asked; these questions follow them.
# $n: the question's place in the form.
setup-question = Question { $n }
setup-label = Label
setup-help = Help text
setup-kind = Kind of answer
# $kind: text, long_text, number, url, date or choice.
setup-kind-option = { $kind ->
    [text] Short text
    [long_text] Long text
    [number] Number
    [url] Web address
    [date] Date
   *[choice] One choice from a list
}
setup-max-length = Longest answer, in characters
setup-max-length-hint = Leave empty for the usual limit.
setup-required = An answer is required
setup-public = Published with the winners
setup-identifying = Could identify the member state: hidden from jurors in blind stages
setup-choices = Choices
# $n: the choice's place in the list.
setup-choice = Choice { $n }
setup-add-choice = Add a choice
setup-add-question = Add a question
setup-stages = Stages
# $n: the stage's place in the order of review.
setup-stage = Stage { $n }
setup-stage-kind = Kind of stage
# $kind: screening, scoring or public_vote.
setup-stage-kind-option = { $kind ->
    [screening] Screening by the secretariat
    [scoring] Scoring by jurors
   *[public_vote] Public vote
}
setup-reviewers = Jurors per nomination
setup-due-at = Reviews are due
setup-blind = Blind: jurors do not see which member state nominated
setup-aggregation = How jurors' scores are combined
# $aggregation: mean, zscore or trimmed_mean.
setup-aggregation-option = { $aggregation ->
    [mean] Average
    [zscore] Average after evening out each juror's strictness (z-scores)
   *[trimmed_mean] Average without the highest and lowest score
}
setup-spread = Flag a disagreement above this spread (out of 100)
setup-rule = Who goes on to the next stage
# $rule: top_n, min_score or manual.
setup-rule-option = { $rule ->
    [top_n] The best, up to a number
    [min_score] Everyone at or above a score
   *[manual] The secretariat decides
}
setup-top = How many go on
setup-score = Lowest score that goes on (out of 100)
setup-criteria = Criteria
# $n: the criterion's place; $stage: its stage's place.
setup-criterion = Criterion { $n } of stage { $stage }
setup-guidance = Guidance for jurors
setup-weight = Weight
setup-min = Lowest score
setup-max = Highest score
setup-levels = What points on the scale mean
setup-levels-hint = Optional. Jurors read these beside the score they give.
# $n: the described point's place in the list.
setup-level = Described point { $n }
setup-level-score = Score
setup-level-label = Meaning
setup-add-level = Describe a point of the scale
setup-add-criterion = Add a criterion
setup-add-stage = Add a stage
setup-up = Move up
setup-down = Move down
setup-remove = Remove
setup-needed = Fill this in.
setup-not-whole = Write a whole number, such as 3.
setup-not-number = Write a number, such as 7.5.
setup-not-date = Choose a date and time.
setup-changes = What the last save changed
# $who: who saved; $when: when, in the cycle's time zone.
setup-changes-by = Saved by { $who }, { $when }.
setup-changes-none = The last save changed nothing.
setup-added = added:
setup-removed = removed:
setup-preview-title = Preview.
setup-preview-intro = Each form as the people who fill it in will see it. Nothing here can be sent.
setup-preview-nothing-sent = This is a preview: nothing can be sent from it.
# $stage: the stage's name.
setup-preview-rubric = Rubric: { $stage }

## A clarification's answer, and what the focal point changed with it.
admin-clarification-answer = The focal point's answer:
admin-clarification-changes = What they changed (removed text struck through, added text marked):
admin-clarification-unchanged = They changed nothing else in the nomination.
admin-clarification-waiting = No answer yet.

## Passages withheld from jurors in blind stages.
admin-redaction-title = Withheld from jurors in blind stages
admin-redaction-hint = A name or other detail that gives away the member state can be withheld from jurors in blind stages: paste the passage exactly as it appears. The answer itself is not changed; you and open stages still read it as written, and every change is in the audit trail.
admin-redaction-field = In
admin-redaction-passage = Passage to withhold
admin-redaction-add = Withhold it
admin-redaction-remove = Show it again
admin-redaction-notice-added = The passage is withheld from jurors in blind stages.
admin-redaction-notice-removed = The passage is shown to jurors again.
