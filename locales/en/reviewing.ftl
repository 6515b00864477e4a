## A reviewer's pages: the list of their assignments (/reviews, titled with
## nav-my-reviews) and one assignment with its rubric (/reviews/{id}).

reviews-none = You have no nominations to review yet. You will be emailed when you are assigned some.
# A stage's progress: how many of the reviewer's assignments in it are submitted.
reviews-progress = { $done } of { $total } submitted
# Followed by the date the stage's reviews are due, e.g. "· due 30 June 2027, 17:00 CEST".
reviews-due = due
reviews-stage-closed = this stage is closed

# The browser tab's title; $title is the nomination's title.
review-title = Review: { $title }
review-category = Category
review-member-state = Member state
review-institution = Institution
# The date by which the review is due.
review-due = Due
review-blind = This stage is blind: the member state, institution and nominator are withheld so that the nomination is judged on its merits.
review-nomination = The nomination
review-summary = Summary
review-documents = Supporting documents
review-scores = Your scores
review-recused = You recused yourself from this nomination.
# Beside a criterion of the rubric: its scale and its weight in the total, e.g. "(0 to 10, weight 2)".
review-scale = ({ $min } to { $max }, weight { $weight })
review-comment = Comment for the secretariat
review-save = Save scores
review-submit = Submit review
review-save-hint = Saved scores can be changed until you submit. Other reviewers never see your scores.
# Opens the form with which a reviewer declares a conflict of interest and withdraws.
review-conflict = I have a conflict of interest with this nomination
review-conflict-reason = What is the conflict?
review-conflict-hint = The nomination goes to another reviewer, and the conflict stays on record so you are not given it again.
review-recuse = Recuse myself
# After a submitted score, the top of its scale: "7 of 10".
review-out-of = of { $max }
review-submitted = Submitted; it can no longer be changed.

## A juror's list: where each assigned nomination stands.
reviews-item-submitted = Submitted
reviews-item-recused = Recused
reviews-item-saved = Scores saved, not submitted
reviews-item-to-review = To review
reviews-notice-recused = You are recused from that nomination and your conflict is on record.

## Scoring a nomination.
review-notice-saved = Your scores are saved. Submit them when you are done.
review-notice-submitted = Your review is submitted. Thank you.
review-alert-conflict = Say briefly what the conflict is.
# The name a blind review gives an attachment: "Attachment 2.pdf".
review-attachment-name = Attachment { $number }.{ $extension }

## The juror's workbench: to do and done, next and previous, a comment per criterion.
reviews-to-do = To do
reviews-to-do-none = Nothing left to do in this stage.
reviews-done = Done
review-pager = Your assignments in this stage
review-previous = ← Previous
review-next = Next →
# $position: this assignment's place in the juror's list; $total: how many there are.
review-position = { $position } of { $total }
review-opens-in-tab = opens in a new tab
review-save-next = Save and go to the next
# $criterion: the criterion's name.
review-criterion-comment = Your comment on { $criterion } (optional)
# $when: the time the scores were saved.
review-autosave-saved = Scores saved as a draft { $when }.
review-autosave-offline = Not saved: the connection dropped. Your scores are still here and will be saved when it returns.
review-alert-scores-count = { $count ->
    [one] Your scores are saved as a draft. One thing needs attention before you can submit:
   *[other] Your scores are saved as a draft. These { $count } things need attention before you can submit:
}
# Stands in a blind stage for a passage the secretariat withheld.
review-withheld-passage = [withheld]
