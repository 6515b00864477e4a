## The public vote: flags for the secretariat
vote-flag-network = { $count } voters new to the vote from the network { $shared } within { $minutes } minutes, all voting for the same nomination.
vote-flag-domain = { $count } voters new to the vote with addresses at { $shared } within { $minutes } minutes, all voting for the same nomination.
vote-flag-fast = { $count } voters cast { $votes } or more votes less than two seconds apart, faster than a person reads a category.

## The voter's one-time code (email)
email-voter-code-subject = Your code to vote: { $code }
email-voter-code-asked = Someone, probably you, asked to register this address to vote.
email-voter-code-again = This address is already registered to vote. Someone, probably you, asked to register it again: this code signs you in to the same ballot, with your votes as you left them.
email-voter-code-is = Your code is:
email-voter-code-open = To enter it, open:
email-voter-code-button = Enter the code
email-voter-code-expiry = The code works once and until { $expires }. If you did not ask for it, ignore this email: nothing is done without it.

## Refusals of the public vote
vote-refusal-not-open = The vote is not open yet: it opens on { $opens }.
vote-refusal-closed = The vote has closed: no vote can be cast, changed or withdrawn any more.
vote-refusal-not-a-vote = This stage is not a public vote.
vote-refusal-disposable = Addresses from throwaway-mailbox services cannot register to vote. Use an address you keep.
vote-refusal-code = This code is not right, or it has expired or been used. Check the latest email, or ask for a new code.
vote-refusal-nomination = This nomination is not on the ballot in this category.
vote-refusal-rationale = Say why these votes are voided: the reason is kept with the decision.
vote-refusal-no-voters = Name at least one voter.
vote-refusal-unknown-voter = No voter with this id has voted in this stage.
vote-api-token = Send the token from POST /api/v1/public/voters/confirm as 'Authorization: Bearer <token>'.
vote-api-token-invalid = This voter's token is not valid: it expired or was ended. Confirm your address again for a new one.
vote-refusal-still-open = The vote is still open until { $closes }: its count decides who goes on only once it has closed.

## The ballot page
vote-page-title = Public vote
vote-page-opens = The vote opens on { $opens } and closes on { $closes }.
vote-page-open = The vote is open until { $closes }.
vote-page-closed = The vote closed on { $closes }. Thank you to everyone who took part.
vote-page-rules = You may vote for one nomination in each category. You can change or withdraw a vote until the vote closes.
vote-page-complete-rule = A ballot counts only if it has a vote in each of the { $count } categories.
vote-page-your-ballot = Your ballot
vote-page-signed-in-as = You are voting as { $email }.
vote-page-sign-out = Sign out of the vote
vote-page-complete = Your ballot is complete: you have a vote in every category. It will be counted.
vote-page-progress = You have voted in { $voted } of { $count } categories.
vote-page-still-needed = Your ballot counts once it has a vote in each category. Still to vote in:
vote-page-your-vote = Your vote: { $title }
vote-page-no-vote = You have not voted in this category yet.
vote-page-choose-in = Choose one nomination in { $category }
vote-page-choose = Choose this nomination
vote-page-change = Change my vote
vote-page-withdraw = Withdraw my vote in this category
vote-page-choose-one = Choose one of the nominations, then press the button.
vote-page-cast = Your vote in { $category } is recorded.
vote-page-withdrawn = Your vote in { $category } is withdrawn.
vote-page-register = Register to vote
vote-page-register-why = Enter your email address: we will send you a six-digit code to confirm it. One address gives one ballot. We use the address for this vote only.
vote-page-email = Email address
vote-page-send-code = Send me a code
vote-page-have-code = I already have a code
vote-page-throttled = Too many registrations have come from your network in the last hour. Please try again in { $minutes } minutes.
vote-page-nominated = The nominations in the vote
vote-page-nominations = { $count } nominations
vote-page-list-later = The nominations will be listed here once screening is complete.

## Entering the code
vote-code-title = Enter your code
vote-code-sent = If { $email } can vote, a six-digit code is on its way to it. It may take a few minutes; check your spam folder too.
vote-code-intro = Enter the address you registered and the code from the email.
vote-code-label = Six-digit code
vote-code-submit = Confirm and open my ballot
vote-code-new = Send me a new code

## Confirming a choice
vote-choice-title = Confirm your vote
vote-choice-what = You are voting in { $category } for:
vote-choice-replaces = This replaces your vote for { $title }.
vote-choice-changeable = You can change or withdraw this vote until the vote closes.
vote-choice-confirm = Confirm my vote
vote-choice-back = Go back to the ballot

## Counts shown once a vote that shows them has closed
vote-page-count = { $count ->
    [one] { $count } valid vote
   *[other] { $count } valid votes
}
vote-page-counts-shown = The vote has closed. The counts below are the valid votes, after any votes set aside by the secretariat.

## The landing page's public votes
home-votes-title = Public votes
home-vote-open = Everyone may vote until { $closes }.
home-vote-opens = Voting opens on { $opens }; the nominations are listed now.
home-vote-now = Vote
home-vote-see = See the nominations

## The secretariat's view of a public vote (the stage page)
admin-vote-title = The count
admin-vote-turnout = Voters with a vote standing
admin-vote-counted = Ballots counted
admin-vote-voided = Ballots set aside: voided by the secretariat
admin-vote-incomplete = Ballots set aside: without a vote in every category
admin-vote-log = Download the vote log for auditors (CSV, with hashed addresses)
admin-vote-flags = Flagged for review
admin-vote-no-flags = Nothing is flagged.
admin-vote-flag-voided = { $voided } of { $count } voters voided
admin-vote-rationale = Why these votes are voided (kept with the decision and in the audit trail)
admin-vote-void = { $count ->
    [one] Void this voter's votes
   *[other] Void these { $count } voters' votes
}
admin-vote-notice-voided = The votes are voided: the count leaves them out, and the decision is in the audit trail.

## A cluster agreeing in several categories
vote-flag-alike = They voted alike in { $count } categories.
