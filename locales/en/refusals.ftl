# Why something was refused, as the reader is told beside a field or at the top of a
# page. Most begin in lower case: they follow a field's name or are joined to others,
# and the page capitalises the first letter where a sentence starts.

## A focal point's nomination.
# $closes: the deadline as a date and time.
refusal-deadline-passed = nominations for this cycle closed at { $closes }; it no longer accepts changes
refusal-not-open-yet = this cycle is not open for nominations yet; it opens at { $opens }
# $state: the member state's name; $max: how many nominations it may submit.
refusal-quota-exceeded = { $max ->
    [one] { $state } has already submitted { $max } nomination in this category, the most it may
   *[other] { $state } has already submitted { $max } nominations in this category, the most it may
}
# $status and $action are words the program uses: choose the sentence by them.
refusal-invalid-state = a nomination that is { $status ->
    [draft] a draft
    [submitted] submitted
    [clarification_requested] awaiting clarification
    [in_review] in review
    [finalist] a finalist
    [winner] a winner
    [champion] a champion
    [withdrawn] withdrawn
    [ineligible] ineligible
   *[eliminated] not advanced
} cannot be { $action ->
    [edit] edited
    [submit] submitted
   *[withdraw] withdrawn
}
refusal-clarification-overdue = the clarification was due at { $due }; the secretariat can no longer take changes
refusal-screen-awaiting-answer = this nomination is waiting for its focal point's answer; screen it once they have replied
refusal-question-pending = a question is already waiting for the focal point's answer
refusal-screen-not-in-review = only a nomination in an open screening stage can be screened
refusal-publish-not-decided = the results can be published once the last stage has decided the awards
refusal-no-question = no question from the secretariat is waiting for an answer

## An answer that does not fit its question.
refusal-too-long = at most { $limit } characters; this answer has { $length }
refusal-number = a number, such as 250000 or 12.5
refusal-url = a web address starting with https://
# $first and $last are years.
refusal-date = a date as YYYY-MM-DD between { $first } and { $last }, such as 2021-03-01
# $choices: the allowed answers, separated by semicolons.
refusal-choice = one of: { $choices }

## Text that cannot be kept as typed.
# $code: the character's code point, such as U+0007.
refusal-control-character = contains the control character { $code }, which text may not hold; remove it and send again
refusal-line-breaks = a single line, without line breaks
refusal-direction-override = contains a direction override (U+202A to U+202E or U+2066 to U+2069), which can make text display as something else; remove it

## Accounts.
refusal-email = '{ $email }' is not an email address
refusal-password-short = the password must be at least { $min } characters long
refusal-password-long = the password must be at most { $max } characters long
refusal-password-personal = the password must not contain your name or email address
refusal-password-guessable = this password is among the most common ones or easy to guess from your name or address; try a few unrelated words

## Attachments.
# $size and $limit in bytes; $megabytes: the limit written as, e.g., "10.0 MiB".
refusal-file-too-large = the file is { $size } bytes; the largest accepted is { $limit } bytes ({ $megabytes })
refusal-file-type = this file is not a PDF, PNG or JPEG (whatever its name says); save it as one of those and attach it again

## Refusals any page or request may meet.
# $thing is a word the program uses for what was asked for.
refusal-not-found = { $thing ->
    [nomination] no such nomination
    [cycle] no such cycle
    [stage] no such stage
    [assignment] no such assignment
    [attachment] no such attachment
    [category] no such category
    [email] no such email
    [initiative] no such initiative
    [person] no such person
    [scoring-stage] no such scoring stage
    [member-state] no such member state
   *[other] not found
}
refusal-sign-in = sign in to continue
refusal-wrong-credentials = the email address or password is not right
# $current: the version number the thing is at now.
refusal-version-mismatch = this was changed by someone else since you loaded it (now at version { $current }); reload it and apply your change again
refusal-rate-limited = { $minutes ->
    [one] too many failed attempts; try again in { $minutes } minute
   *[other] too many failed attempts; try again in { $minutes } minutes
}
refusal-fields = { $count ->
    [one] { $count } field needs attention
   *[other] { $count } fields need attention
}
refusal-idempotency-in-progress = a request with this Idempotency-Key is still being processed; retry in a moment
refusal-idempotency-reused = this Idempotency-Key was used for a different request; use a new key for a new request

## Invitation links.
refusal-link-unknown = This link is not valid. Check that you opened the whole link from the email.
refusal-link-expired = This link has expired. Ask the secretariat for a new invitation.
refusal-link-used = This link has already been used. Sign in with the password you chose.

## Reviewing.
# $stage: the stage's name; $status: pending, active or closed.
refusal-stage-not-active = stage “{ $stage }” is { $status ->
    [pending] not open yet
    [active] active
   *[closed] closed
}; reviewers work only in the active stage
# $kind: screening, scoring or public_vote.
refusal-stage-not-scoring = stage “{ $stage }” is { $kind ->
    [screening] a screening stage
    [scoring] a scoring stage
   *[public_vote] a public-vote stage
}; reviewers are assigned only in scoring stages
# $at: when it was submitted.
refusal-review-submitted = this review was submitted on { $at }; it can be read but no longer changed
refusal-recused = this assignment was recused; it can no longer be scored
refusal-reviewer-same-state = the reviewer is of the nomination's member state
refusal-reviewer-conflict-state = the reviewer declared a conflict of interest with the nomination's member state
refusal-reviewer-conflict-nomination = the reviewer declared a conflict of interest on this nomination
refusal-reviewer-already-assigned = the reviewer is already assigned to this nomination or recused from it

## The secretariat's work.
# $status: pending or sent.
refusal-email-not-failed = only a failed email can be resent; this one is { $status ->
    [pending] waiting to be sent
    [sent] sent
   *[other] { $status }
}

## Fields of forms and requests.
refusal-datetime = a date and time, such as 2027-06-23T14:00
refusal-whole-number = a whole number
refusal-day = a date as YYYY-MM-DD
refusal-score-number = a number, such as 7 or 7.5
refusal-multipart-file = send the document in the multipart field 'file'
refusal-override-nomination = not a nomination of this stage
refusal-override-rationale = an override needs a written rationale
refusal-no-such-question = this form has no such question
refusal-required = required before submitting
refusal-attachments-required = { $count ->
    [one] attach at least { $count } supporting document before submitting
   *[other] attach at least { $count } supporting documents before submitting
}
# $key: the category as it was sent.
refusal-category-unknown = '{ $key }' is not a category of this cycle
refusal-category-choose = choose the category
refusal-category-fixed = a nomination stays in its category; withdraw it and start another
# $check: an item of the screening checklist.
refusal-check-answer = answer “{ $check }”
refusal-no-such-check = this checklist has no such check
refusal-question-empty = ask the question the focal points should answer
refusal-due-future = a due date in the future
refusal-at-least-one = at least 1
refusal-assign-nomination = no nomination in this stage has that id (it may have been eliminated)
refusal-assign-reviewer = no active reviewer has that id
refusal-no-such-criterion = this rubric has no such criterion
refusal-score-range = a score from { $min } to { $max }
refusal-comment-long = at most { $limit } characters
refusal-cycle-exists = { $programme } already has a { $year } cycle
refusal-name-required = a name is required
refusal-account-exists = an account with the address { $email } already exists
refusal-nominator-state = a nominator acts for one member state; name it
refusal-state-nominators-only = only nominators are bound to a member state
# $code: three letters, as typed.
refusal-not-member-state = { $code } is not a UN member state
refusal-state-choose = choose the member state
refusal-conflict-reason = say briefly why, for the secretariat's record
refusal-has-account = { $email } already has an account
refusal-name-enter = please enter your name as colleagues know it
refusal-has-account-sign-in = { $email } already has an account; sign in instead
refusal-state-code = '{ $code }' is not an ISO 3166-1 alpha-3 code such as FRA or KEN
refusal-language = choose one of the six languages offered

## What still stands in the way of closing a stage.
refusal-cannot-advance = the stage cannot advance yet: { $why }
# $title: a nomination's title.
unsettled-not-screened = “{ $title }” has not been screened
unsettled-clarification = “{ $title }” awaits the focal points' clarification
unsettled-no-review = “{ $title }” has no submitted review: decide it with an override or wait for its reviews
unsettled-screening-last = a cycle cannot end with its screening stage
# $nominations: a list of nomination ids.
unsettled-need-outcome = { $count ->
    [one] { $count } nomination still needs an outcome with a rationale: { $nominations }
   *[other] { $count } nominations still need an outcome with a rationale: { $nominations }
}
unsettled-tie = tied at rank { $rank }: { $nominations }
# $nomination: a nomination's id.
refusal-override-not-in-group = { $nomination } is not in this ranking group
refusal-override-twice = { $nomination } has more than one override
refusal-override-no-rationale = the override of { $nomination } needs a written rationale
# A nomination left with fewer reviewers than the stage wants. $reason: none (nobody
# may review it), few ($eligible may), or load (all who may are at their maximum).
shortfall = { $wanted ->
    [one] { $missing } of { $wanted } reviewer missing
   *[other] { $missing } of { $wanted } reviewers missing
}: { $reason ->
    [none] no reviewer in the pool may review it
    [few] { $eligible ->
        [one] only { $eligible } reviewer in the pool may review it
       *[other] only { $eligible } reviewers in the pool may review it
    }
   *[load] every reviewer who may review it has reached the maximum load
}
refusal-programme-fixed = a cycle's programme and year stay as created; import a new cycle instead
# A label of a cycle definition without words in one of the cycle's languages.
# $language: the language's name in itself; $code: its two letters.
refusal-label-missing = missing in { $language } ({ $code })

## Problems with a cycle definition (importing or editing a cycle). Field names,
## keys and words such as "choice" or "max_attachments" are the definition's own:
## keep them as they are.
definition-toml = not valid TOML: { $error }
# $known: the fields this part of a definition may have.
definition-unknown-field = unknown field '{ $field }'; expected one of: { $known }
definition-programme = name the programme, e.g. "UN Public Service Awards"
definition-year = a year between 2000 and 2100
definition-time-zone = '{ $zone }' is not an IANA time zone name; did you mean { $suggestions }?
# $zone: what was typed, with no near IANA name.
definition-time-zone-unknown = '{ $zone }' is not an IANA time zone name, such as Europe/Zurich or America/New_York
definition-closes = nominations must close after they open
definition-publish = results must be published after nominations close
definition-max-attachments = between 0 and 20
definition-min-attachments = between 0 and max_attachments
definition-no-category = a cycle needs at least one category
definition-name = a name is required
definition-zero-or-more = 0 or more
definition-label = a label is required
# $word: what was written; $known: the words allowed.
definition-not-one-of = '{ $word }' is not one of { $known }
definition-max-length = from 1 to { $most } characters
definition-choices-needed = a choice question lists its choices
definition-two-choices = at least two choices
definition-choices-only = only a question of kind "choice" has choices
definition-no-stage = a cycle needs at least one review stage
definition-last-stage = the last stage ranks the nominations to decide the winners, so it must be a scoring stage
definition-no-criterion = a stage needs at least one criterion
definition-reviewers = between 1 and 20
definition-reviewers-needed = a scoring stage says how many reviewers score each nomination
definition-spread = a spread between 0 and 100
definition-score = a score between 0 and 100
definition-due = reviews fall due after nominations close
definition-weight = a weight must be positive
definition-scale = the scale's max must be above its min
# $min, $max: the criterion's scale.
definition-level-score = a point on the scale, from { $min } to { $max }
definition-level-repeated = this point of the scale is already described
definition-key = '{ $key }' is not a key: lower-case letters, digits, '-' and '_', starting with a letter
definition-key-twice = the key '{ $key }' is used twice
# $value: what was sent; $allowed: the words that may be, separated by commas.
refusal-unknown-word = '{ $value }' is not one of: { $allowed }

## Invitations managed by the secretariat.
refusal-link-revoked = This invitation was withdrawn, or replaced by a newer one. Use the most recent invitation email, or ask the secretariat for a new one.
refusal-invitation-accepted = This invitation was accepted: the person has an account. To stop their access, deactivate the account.
refusal-invitation-revoked = This invitation was revoked. Send a new invitation instead.
refusal-own-account-active = You cannot deactivate or reactivate your own account; ask another administrator.
refusal-bulk-empty = The list has no one in it.
# $count: how many people the list has; $limit: the most one list may hold.
refusal-bulk-too-many = The list has { $count } people; one list may invite at most { $limit }. Split it into several.
# $email: an address that appears earlier in the same list.
refusal-bulk-repeated = { $email } appears earlier in this list
# $line: the line of the pasted text or file.
refusal-bulk-unreadable = Line { $line } cannot be read as CSV: check its quotation marks.

## Editing a cycle once nominations have opened.
# $field: the definition path that cannot change, e.g. categories[0].max_per_state; $phase: open, reviewing, decided or published.
refusal-cycle-field-fixed = “{ $field }” can no longer change: this cycle is { $phase ->
    [open] open for nominations
    [reviewing] under review
    [decided] decided
   *[published] published
}, and nominations rely on its set-up. { $phase ->
    [open] While it is open, the deadline can move later, and labels and help text can be reworded.
   *[other] Labels and help text can still be reworded.
}
# $year: the year asked for.
refusal-copy-year = { $year } is not a year a cycle can be held in; give a year such as 2028
refusal-file-over-limit = the file is larger than the { $megabytes } accepted; make it smaller (save a PDF for screen reading, or a photo at a lower resolution) and attach it again
refusal-answer-empty = write an answer to the question before sending it
refusal-redaction-field = choose the title, the summary or one of the answers
refusal-redaction-empty = paste the passage to withhold
refusal-redaction-not-found = this passage does not appear in that field; paste it exactly as written there

## The public vote's rules in a definition
definition-vote-only = only a public vote (kind = "public_vote") has a voting window and ballot rules
definition-vote-opens = the vote opens once nominations have closed
definition-vote-closes = the vote closes before the results are published
definition-vote-window = a public vote needs its window: opens_at and closes_at
definition-vote-top-n = a public vote sends on the most-voted nominations of each category: use rule = "top_n"
definition-vote-no-criteria = a public vote has voters, not jurors: leave out criteria and reviewers_per_nomination
definition-vote-no-due = a public vote ends at its closes_at: leave out due_at
definition-vote-first = the public vote follows screening: it cannot be the first stage
