## The emails Laurel sends (templates/email/): each has a subject line, a plain-text part
## and an HTML part, and the two parts share these messages. Messages hold no HTML; a
## link's text is a message of its own.
## Placeables: $cycle is a cycle's name ("UN Public Service Awards 2027"), $title a
## nomination's title, $stage a stage's name ("Experts"), $state a member state's name,
## $category a category's name. Dates ($due, $deadline, $expires, $date) arrive already
## written in the reader's language, with their time zone: "31 January 2027, 23:59 EST".

# The line at the foot of every HTML email.
email-footer = Laurel — nominations, review and results for public-service awards.
# The greeting of an email whose reader's name is not known.
email-hello = Hello,
# The greeting of an email to a named person (a password reset).
email-hello-name = Hello { $name },
# The greeting of an email to a jury member.
email-dear-name = Dear { $name },

## The text of links in HTML emails.

email-open-nomination = Open the nomination
email-open-review = Open the review
email-open-my-reviews = Open my reviews
# A cycle's stage, on the secretariat's pages.
email-open-stage = Open the stage
email-open-laurel = Open Laurel
email-see-results = See the results

## An invitation to create an account.
## $role is the role the secretariat chose: admin (the awards' secretariat), nominator (a
## member state's focal point, who submits its nominations) or reviewer (a jury member).
## $state is the member state's name, given for a focal point only.

email-invitation-subject = { $role ->
    [admin] You are invited to Laurel as an administrator
    [nominator] You are invited to Laurel as the focal point for { $state }
   *[reviewer] You are invited to Laurel as a reviewer
}
# $inviter is the name of the person who sent the invitation.
email-invitation-body = { $role ->
    [admin] { $inviter } invites you to Laurel as an administrator of the awards.
    [nominator] { $inviter } invites you to Laurel as the focal point for { $state }: you will draft and submit its nominations.
   *[reviewer] { $inviter } invites you to Laurel as a reviewer: you will score the nominations assigned to you.
}
# The button in the HTML email.
email-invitation-accept = Accept the invitation
# In the plain-text email, followed by the link on a line of its own.
email-invitation-how-to-accept = To accept, open this link and choose your name and password:
email-invitation-expiry = The link works once and until { $expires }. If you did not expect this invitation, ignore this email.

## A link to choose a new password.

email-password-reset-subject = Choose a new password for Laurel
# In the HTML email, above the button "Choose a new password".
email-password-reset-asked = Someone, probably you, asked to reset your Laurel password.
# The same in the plain-text email, followed by the link on a line of its own.
email-password-reset-asked-open = Someone, probably you, asked to reset your Laurel password. To choose a new one, open:
# The button in the HTML email.
email-password-reset-choose = Choose a new password
email-password-reset-expiry = The link works once and until { $expires }. If you did not ask for this, ignore this email: your password stays as it is.

## The receipt the focal points of a member state get when one of its nominations is
## submitted, edited after submission, or withdrawn. $by is the name of who did it.

email-receipt-subject-submitted = Received: { $title } ({ $state })
email-receipt-subject-edited = Updated: { $title } ({ $state })
email-receipt-subject-withdrawn = Withdrawn: { $title } ({ $state })
email-receipt-submitted = { $by } submitted the nomination “{ $title }” for { $state } to { $cycle }, in the category { $category }. This email is your receipt.
email-receipt-edited = { $by } edited the submitted nomination “{ $title }” for { $state } in { $cycle } ({ $category }). The latest version is the one that will be reviewed.
email-receipt-withdrawn = { $by } withdrew the nomination “{ $title }” for { $state } from { $cycle } ({ $category }). It will not be reviewed.
# $deadline is the cycle's nomination deadline.
email-receipt-deadline = Nominations can be changed until { $deadline }.

## A nomination that failed the secretariat's screening. The reason, in the
## secretariat's words, follows the first message on its own.

email-ineligible-subject = Not eligible: { $title }
email-ineligible-body = The secretariat of { $cycle } screened the nomination “{ $title }” and found it not eligible, for this reason:
email-ineligible-closing = It will not go on to review. Thank you for taking part.

## A jury member has new nominations to score. $count is how many; $due (in
## email-submit-by) is when their scores are due.

email-assigned-subject = { $count ->
    [one] { $count } nomination to review for { $cycle }
   *[other] { $count } nominations to review for { $cycle }
}
email-assigned-body = { $count ->
    [one] You have { $count } new nomination to review in the stage “{ $stage }” of { $cycle }.
   *[other] You have { $count } new nominations to review in the stage “{ $stage }” of { $cycle }.
}
# Its own paragraph, only when the stage has a due date.
email-submit-by = Please submit your scores by { $due }.
email-assigned-conflict = If you have a conflict of interest with any of them, declare it on the assignment: another reviewer will take it over.

## A jury member takes over a nomination another one recused from.

email-replaced-subject = A nomination to review for { $cycle } (replacing a colleague)
email-replaced-body = A colleague declared a conflict of interest on a nomination in the stage “{ $stage }” of { $cycle }, and it has been assigned to you.

## To the secretariat: a jury member recused and nobody else may take the nomination
## over. $why is the explanation Laurel gives (for example, that every other reviewer
## is from the same country).

email-no-replacement-subject = No replacement reviewer for “{ $title }” ({ $cycle })
email-no-replacement-body = A reviewer declared a conflict of interest on “{ $title }” in the stage “{ $stage }” of { $cycle }, and no other reviewer could be assigned in their place: { $why }.
email-no-replacement-action = Invite another reviewer or assign one by hand, or accept fewer reviews for this nomination.

## Screening asks the focal points a question. The question, in the secretariat's
## words, follows the first message on its own.

email-clarification-subject = A question about your nomination “{ $title }” ({ $cycle })
email-clarification-intro = The secretariat is screening “{ $title }” for { $cycle } and asks:
email-clarification-answer = Please answer by editing the nomination and submitting it again by { $due }. Until then it is on hold; after that date it can no longer be changed.

## A reminder to a jury member of reviews due soon or overdue. $count is how many
## reviews are not submitted yet (saved drafts count as not submitted).

email-reminder-subject-overdue = { $count ->
    [one] Overdue: { $count } review for { $cycle }
   *[other] Overdue: { $count } reviews for { $cycle }
}
email-reminder-subject-due = { $count ->
    [one] Due { $due }: { $count } review for { $cycle }
   *[other] Due { $due }: { $count } reviews for { $cycle }
}
email-reminder-overdue = { $count ->
    [one] Your reviews in the stage “{ $stage }” of { $cycle } were due { $due }, and { $count } is not submitted yet. Saved drafts count as not submitted.
   *[other] Your reviews in the stage “{ $stage }” of { $cycle } were due { $due }, and { $count } are not submitted yet. Saved drafts count as not submitted.
}
email-reminder-due = { $count ->
    [one] A reminder: { $count } review in the stage “{ $stage }” of { $cycle } is due { $due }. Saved drafts count as not submitted.
   *[other] A reminder: { $count } reviews in the stage “{ $stage }” of { $cycle } are due { $due }. Saved drafts count as not submitted.
}

## Whether a nomination advanced from a stage, to its member state's focal points.

email-outcome-subject-advanced = Advanced: { $title } in { $cycle }
email-outcome-subject-not-advanced = Not advanced: { $title } in { $cycle }
email-outcome-advanced = The nomination “{ $title }” has advanced from the stage “{ $stage }” of { $cycle } and goes on to the next round.
email-outcome-not-advanced = The nomination “{ $title }” did not advance from the stage “{ $stage }” of { $cycle }. Thank you for sharing the initiative.
# A paragraph of its own, only where the cycle shares scores; $score is a number such as "7.85".
email-outcome-score = Its score in this stage: { $score }.

## A cycle's results are public.

email-results-subject = The results of { $cycle } are published
# In the HTML email, above the link "See the results".
email-results-body = The winners of { $cycle } are now public. Thank you for nominating.
# The same in the plain-text email, followed by the link on a line of its own.
email-results-body-see-at = The winners of { $cycle } are now public. Thank you for nominating; see the results and every finalist at:
# To a jury member who reviewed in the cycle, in the HTML email.
email-results-jury = The winners of { $cycle } are now public. Thank you for your reviews: the awards rest on them.
# The same in the plain-text email, followed by the link on a line of its own.
email-results-jury-see-at = The winners of { $cycle } are now public. Thank you for your reviews: the awards rest on them. See the results at:

## The secretariat's morning summary of a cycle: a table of labels and values. $date is
## the day the summary is for.

email-digest-subject = { $cycle }: progress on { $date }
email-digest-phase = Phase
# $phase is the cycle's phase by its stored word; $deadline the nomination deadline.
email-digest-phase-value = { $phase ->
    [draft] Draft
    [open] Open for nominations
    [reviewing] Under review
    [decided] Awards decided, not yet published
   *[published] Results published
} (nomination deadline: { $deadline })
email-digest-submitted = Nominations submitted
# $submitted nominations are submitted; $drafts more are being drafted.
email-digest-submitted-value = { $submitted }; drafts in progress: { $drafts }
email-digest-reviews = Reviews submitted
# $done of the $assigned reviews are submitted; $overdue are late.
email-digest-reviews-value = { $done } of { $assigned }; overdue: { $overdue }
email-digest-failed = Emails that failed to send
# One line of the plain-text summary: one of the labels above, then its value.
email-digest-line = { $label }: { $value }

## A receipt's reference and time of submission.
# $reference: the nomination's reference, such as KEN-014; $when: the time in the cycle's time zone; $utc: the same time in UTC.
email-receipt-reference = Reference: { $reference }. Submitted on { $when } ({ $utc }).
email-receipt-print = A printable summary of what was submitted:
email-receipt-print-link = Open a printable summary of what was submitted

## A reminder to a focal point of drafts not yet submitted before the deadline.
# $count: how many drafts; $deadline: the nomination deadline in the cycle's time zone.
email-draft-reminder-subject = { $count ->
    [one] Not yet submitted: 1 draft nomination, deadline { $deadline }
   *[other] Not yet submitted: { $count } draft nominations, deadline { $deadline }
}
email-draft-reminder = { $count ->
    [one] Your state has a draft nomination for { $cycle } that has not been submitted. Nominations close { $deadline }; a draft left unsubmitted then is not considered.
   *[other] Your state has { $count } draft nominations for { $cycle } that have not been submitted. Nominations close { $deadline }; drafts left unsubmitted then are not considered.
}
email-draft-reminder-after = Each draft's page lists what it still needs before it can be submitted.
email-draft-untitled = Untitled nomination
email-open-my-nominations = Open your nominations

## A reminder of a clarification question not yet answered.
email-clarification-reminder-subject = Answer needed by { $due }: { $title }
email-clarification-reminder = The secretariat is still waiting for your answer to its question about “{ $title }” ({ $cycle }). Please answer by { $due }; the question is below.
