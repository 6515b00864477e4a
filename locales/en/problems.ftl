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

# Requests that cannot be read at all. $error is the reader's own technical detail, in
# English: keep it at the end.
problem-json-content-type = Send the body as JSON with the header Content-Type: application/json.
problem-json-shape = The JSON does not fit: { $error }
problem-json-syntax = The body is not valid JSON: { $error }
problem-body-too-large = The request body is larger than this server accepts.
problem-query = A query parameter is not valid: { $error }
problem-address = Nothing exists at this address; check the link.
problem-upload-too-large = The upload is larger than this server accepts.
problem-upload-unreadable = The upload could not be read: { $error }
problem-multipart = Send the file as multipart/form-data with the field 'file': { $error }
problem-form-unreadable = The form could not be read: { $error }
problem-one-file = Send one file per upload.
# $limit: in bytes.
problem-file-too-large = The file is larger than the { $limit } bytes this server accepts.
problem-field-too-long = The field '{ $field }' is too long.
# $refusal: why, e.g. "contains the control character U+0007, …".
problem-body-refused = The body { $refusal }
problem-field-refused = The field '{ $field }' { $refusal }
problem-query-refused = The query parameter '{ $name }' { $refusal }
