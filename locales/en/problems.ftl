# Refusals: the title of each kind of problem, on error pages and in the API's problem
# documents (whose `code` stays English for programs).
problem-bad-request = The request could not be understood
problem-unauthenticated = Sign-in required
problem-forbidden = Not allowed
problem-not-found = Not found
problem-method-not-allowed = Method not allowed
problem-invalid-state = Not possible at this stage
problem-deadline-passed = The deadline has passed
problem-quota-exceeded = No nominations left in this category
problem-conflict-of-interest = Conflict of interest
problem-version-mismatch = Changed by someone else
problem-too-large = Too large
problem-unsupported-media-type = File type not accepted
problem-validation-failed = Some fields need attention
problem-rate-limited = Too many attempts
problem-internal = Something went wrong on our side
problem-unavailable = Temporarily unavailable

# Details of refusals that are not about one field. { $fields } lists field names.
problem-correct-fields = Please correct: { $fields }.
problem-internal-detail = The request could not be completed because of a fault on the server. Nothing was changed; please try again, and tell the secretariat if it persists.
problem-no-endpoint = There is no such endpoint in this API; see /api/docs.
problem-endpoint-method = This endpoint does not accept that method; see /api/docs.
problem-no-page = There is no page at this address. It may have moved, or the link may be mistyped.
problem-page-method = This address is for sending a form. Go back to the page the form is on and send it from there.
problem-form-expired = This form has expired or was sent from another site. Go back, reload the page and try again.
