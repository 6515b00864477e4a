# Refusals: the title of each kind of problem, on error pages and in the API's problem
# documents (whose `code` stays English for programs).
problem-bad-request = No se pudo interpretar la solicitud
problem-unauthenticated = Es necesario iniciar sesión
problem-forbidden = Acción no permitida
problem-not-found = No se ha encontrado
problem-method-not-allowed = Método no permitido
problem-invalid-state = No es posible en esta fase
problem-deadline-passed = El plazo ha vencido
problem-quota-exceeded = No quedan plazas para candidaturas en esta categoría
problem-conflict-of-interest = Conflicto de intereses
problem-version-mismatch = Modificado por otra persona
problem-too-large = Tamaño excesivo
problem-unsupported-media-type = Tipo de archivo no admitido
problem-validation-failed = Hay campos que deben corregirse
problem-rate-limited = Demasiados intentos
problem-internal = Se ha producido un error por nuestra parte
problem-unavailable = Servicio no disponible temporalmente

# Details of refusals that are not about one field. { $fields } lists field names.
problem-correct-fields = Corrija los siguientes campos: { $fields }.
problem-internal-detail = No se pudo completar la solicitud debido a un fallo en el servidor. No se ha modificado nada; vuelva a intentarlo y, si el problema persiste, comuníquelo a la secretaría.
problem-no-endpoint = Este punto de conexión no existe en la API; consulte /api/docs.
problem-endpoint-method = Este punto de conexión no admite ese método; consulte /api/docs.
problem-no-page = No hay ninguna página en esta dirección. Es posible que se haya trasladado o que el enlace contenga un error.
problem-page-method = Esta dirección sirve para enviar un formulario. Vuelva a la página en la que se encuentra el formulario y envíelo desde allí.
problem-form-expired = Este formulario ha caducado o se envió desde otro sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.

# Requests that cannot be read at all. $error is the reader's own technical detail, in
# English: keep it at the end.
problem-json-content-type = Envíe el cuerpo de la solicitud en formato JSON con el encabezado Content-Type: application/json.
problem-json-shape = El JSON no se ajusta a la estructura esperada: { $error }
problem-json-syntax = El cuerpo de la solicitud no es un JSON válido: { $error }
problem-body-too-large = El cuerpo de la solicitud supera el tamaño que admite este servidor.
problem-query = Un parámetro de consulta no es válido: { $error }
problem-address = No existe nada en esta dirección; compruebe el enlace.
problem-upload-too-large = El contenido enviado supera el tamaño que admite este servidor.
problem-upload-unreadable = No se pudo leer el contenido enviado: { $error }
problem-multipart = Envíe el archivo como multipart/form-data en el campo 'file': { $error }
problem-form-unreadable = No se pudo leer el formulario: { $error }
problem-one-file = Envíe solo un archivo cada vez.
# $limit: in bytes.
problem-file-too-large = El archivo supera los { $limit } bytes que admite este servidor.
problem-field-too-long = El campo “{ $field }” es demasiado largo.
# $refusal: why, e.g. "contains the control character U+0007, …".
problem-body-refused = El cuerpo de la solicitud { $refusal }
problem-field-refused = El campo “{ $field }” { $refusal }
problem-query-refused = El parámetro de consulta “{ $name }” { $refusal }
