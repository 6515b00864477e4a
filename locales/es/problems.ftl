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
