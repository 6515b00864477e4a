# A focal point's dashboard: their member state's nominations, by cycle and category.
# $state is the member state's name.
dashboard-title = Nominations of { $state }
dashboard-none = No call for nominations is open at the moment, and { $state } has no nominations yet.
# Shown after "Nominations closed" and the date, once a cycle's deadline has passed.
dashboard-read-only = The nominations below can be read but no longer changed.
# How many of a category's places the member state has used, e.g. "1 of 2 submitted".
dashboard-quota = { $used } of { $max } submitted
# The same, once every place of the category is used.
dashboard-quota-full = { $used } of { $max } submitted — the most { $state } may submit in this category
# When a nomination was last changed; $date is a date and time.
dashboard-updated = updated { $date }
dashboard-start = Start a nomination
# Read by screen readers after "Start a nomination", so each category's link is told apart.
dashboard-start-in = in { $category }

# One nomination's form, and what it shows once it can no longer be changed.
nomination-category = Category
nomination-status = Status
nomination-deadline = Deadline
# One line of the list of problems above a refused form: the field's label, then what is wrong.
nomination-problem = { $field }: { $message }
nomination-required-hint = Fields marked with an asterisk (*) are needed to submit; a draft can be saved at any time.
# The first, empty entry of a drop-down list of answers.
nomination-choose = Choose…
# Under a long text field: the most characters it takes.
nomination-max-chars = { $count ->
    [one] At most { $count } character.
   *[other] At most { $count } characters.
}
nomination-attachments = Supporting documents
# The file types accepted and $max, the most files a nomination may have.
nomination-attachments-hint = { $max ->
    [one] PDF, PNG or JPEG, up to { $max } file.
   *[other] PDF, PNG or JPEG, up to { $max } files.
}
# The same, when the cycle asks for at least $min files before a nomination can be submitted.
nomination-attachments-hint-min = { $max ->
    [one] PDF, PNG or JPEG, up to { $max } file; at least { $min } needed to submit.
   *[other] PDF, PNG or JPEG, up to { $max } files; at least { $min } needed to submit.
}
# The button beside an attached file; screen readers hear the file's name after it.
nomination-remove = Remove
# Names the file field in the list of problems when a file is refused.
nomination-file = File
nomination-add-file = Add a file
nomination-file-hint = The file is attached when you save.
nomination-save-draft = Save draft
nomination-save-changes = Save changes
nomination-submit = Submit nomination
nomination-withdraw = Withdraw this nomination
nomination-withdraw-warning = A withdrawn nomination leaves the competition. This cannot be undone.
nomination-withdraw-warning-submitted = A withdrawn nomination leaves the competition and frees its place in the category's quota. This cannot be undone.
# The button that confirms the withdrawal.
nomination-withdraw-confirm = Withdraw it
nomination-no-answer = No answer.
# Under "Supporting documents" when a nomination has none.
nomination-no-attachments = None.

# A cycle's public results page. $cycle is the cycle's name; this is the browser tab's title.
results-title = { $cycle }: results
results-coming = The results of this cycle will be published on { $date }.
results-published-on = Results published on { $date }.
results-csv = Download as CSV
# The name, for screen readers, of the form that narrows the results.
results-filter = Filter the results
results-region = Region
results-all-regions = All regions
results-member-state = Member state
results-all-member-states = All member states
# The button that applies the chosen filters.
results-show = Show
results-none = No award matches these filters.

# An awarded initiative's public page.
initiative-member-state = Member state
# The public institution that runs the initiative.
initiative-institution = Institution
initiative-category = Category
initiative-award = Award
initiative-summary = Summary

# A member state's public page of awards.
member-state-none = No initiative of { $state } has reached the finalists of a published cycle yet.

# The page where an invited person creates their account.
invitation-accept-title = Accept your invitation
# $role is the role the secretariat chose (admin, nominator or reviewer); $email the address invited.
invitation-accept-intro = You are invited as { $role ->
        [admin] an administrator (secretariat)
        [nominator] a focal point (nominator)
       *[reviewer] a reviewer
    } with the address { $email }.
invitation-accept-choose = Choose the name colleagues will see and a password.
invitation-accept-correct = Please correct the fields marked below.
invitation-accept-name = Your name
invitation-accept-password-hint = At least 12 characters. A few unrelated words make a strong, memorable password.
invitation-accept-submit = Create my account

# The page shown when something goes wrong.
error-back = Back to the awards
# The HTTP status code, for anyone reporting the problem: "Error 404".
error-status = Error { $status }

# "My account".
account-title = My account
account-welcome = Welcome to Laurel, { $name }. Your account is ready.
account-name = Name
account-email = Email
account-role = Role
account-member-state = Member state
account-nationality = Nationality
account-conflicts-title = Conflicts of interest
account-conflicts-intro = You are never assigned nominations of your own country or of a member state you declare here.
account-conflicts-none = You have declared no conflicts.
# Heading of the table column naming the member state a conflict is with.
account-conflict-with = With
# Both the table column and the form field: why the reviewer declares the conflict.
account-reason = Reason
# Heading of the table column giving when the conflict was declared.
account-conflict-declared = Declared
account-declare-title = Declare a conflict
# The first, empty entry of the list of member states.
account-choose = Choose…
account-declare-submit = Declare the conflict

## The language a person reads Laurel in (account page).
account-language-title = Language
account-language-label = Language for pages and emails
account-language-hint = Laurel shows its pages and writes its emails to you in this language, wherever you sign in.
account-language-save = Save the language
account-language-saved = Your language is saved.
nomination-language = Language of this nomination
nomination-language-hint = The language you write it in. The jury and the public pages show it as written.

## A nomination's status, as its focal point and the secretariat read it.
status-draft = Draft
status-submitted = Submitted
status-clarification-requested = Clarification requested
status-in-review = In review
status-finalist = Finalist
status-winner = Winner
status-champion = Champion
status-withdrawn = Withdrawn
status-ineligible = Ineligible
# A nomination that did not go on to the next stage.
status-eliminated = Not advanced

## Awards, as the results pages name them.
award-winner = Winner
award-champion = Champion
award-finalist = Finalist

## The United Nations regional groups.
region-african = African States
region-asia-pacific = Asia-Pacific States
region-eastern-european = Eastern European States
region-latin-american-caribbean = Latin American and Caribbean States
region-western-european-others = Western European and Other States

## The nomination form.
nomination-field-title = Title of the initiative
nomination-field-institution = Institution that runs it
nomination-field-summary = Summary
# The heading of the form before the nomination has a title.
nomination-new = New nomination
nomination-notice-saved = Your changes are saved.
nomination-notice-attached = The file is attached.
nomination-notice-removed = The file is removed.
nomination-notice-submitted = Your nomination is submitted. A receipt is on its way to your state's focal points.
nomination-notice-withdrawn = The nomination is withdrawn.
nomination-alert-fields = Some answers need attention before this can go further; see the marked fields.
nomination-alert-changed = Someone changed this nomination (on another device, or another focal point of your state) since you opened it. Your text is below and was not saved: check it, then save again to replace their changes.
# $why: the reason, a full sentence.
nomination-alert-not-saved = { $why } Your last changes could not be saved; they are shown below so you can copy them.

## File sizes. $size is a number already written with its decimals.
size-megabytes = { $size } MB
size-kilobytes = { $size } KB
size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}

## The account page.
account-role-admin = Administrator (secretariat)
account-role-nominator = Focal point (nominator)
account-role-reviewer = Reviewer
# In the list of conflicts, one declared on a single nomination rather than a member state.
account-conflict-nomination = A nomination

## Saving a draft as it is typed (the page's script shows these).
autosave-saving = Saving…
# $when: the time of the save, written by the server.
autosave-saved = Draft saved { $when }.
# $why: what the server said.
autosave-unsaved = Not saved yet: { $why }
autosave-offline = Not saved: the connection dropped. Your text is still here and will be saved when it returns.
# Under a long answer: $typed characters typed of the $count allowed.
autosave-count = { $count ->
    [one] { $typed } of { $count } character
   *[other] { $typed } of { $count } characters
}
autosave-count-full = { $count ->
    [one] { $typed } of { $count } character (the most allowed)
   *[other] { $typed } of { $count } characters (the most allowed)
}
# On an initiative's public page: the language its nomination is written in.
initiative-language = Written in

## A draft's checklist, and a submission refused for what it still lacks.
nomination-checklist = Still needed before you can submit
nomination-checklist-ready = Everything needed is here: you can submit when ready.
nomination-alert-submit = { $count ->
    [one] Your draft is saved, but it cannot be submitted yet. One thing needs attention:
   *[other] Your draft is saved, but it cannot be submitted yet. These { $count } things need attention:
}
# Heading of a nomination saved before it had a title.
nomination-untitled = Untitled nomination
autosave-restored = What you typed on this device before the connection dropped has been put back, and is being saved.

## A submitted nomination's reference, and a clarification the secretariat asked for.
nomination-reference = Reference
nomination-submitted-at = Submitted
nomination-print-receipt = Printable receipt of what was submitted
nomination-answer-by = Answer by
nomination-clarification-title = The secretariat has a question
# $who: the name of the person who asked; $when: when they asked.
nomination-clarification-asked = Asked by { $who } on { $when }.
# Who asked, when the person's name is not known.
nomination-clarification-secretariat = the secretariat
nomination-clarification-fields = Answer below. You may also change any field of the nomination; the secretariat will see your answer and what you changed. Sending your answer returns the nomination to screening.
nomination-clarification-answer = Your answer to the secretariat
nomination-clarification-send = Send your answer and resubmit
nomination-notice-answered = Your answer is sent and the nomination is back with the secretariat. A receipt is on its way to your state's focal points.
dashboard-read-only-but-answer = The nominations below can be read but no longer changed, except one the secretariat has asked a question about: answer it by the date shown.
# $due: the date and time by which to answer.
dashboard-answer-by = Clarification requested: answer by { $due }
# $reference: the nomination's reference, such as KEN-014.
receipt-title = Receipt for nomination { $reference }
receipt-back = Back to the nomination
receipt-cycle = Call for nominations
receipt-print = Print this receipt
receipt-note = This receipt shows the nomination as it stands. Each change made while the call is open is confirmed by email to your state's focal points.
