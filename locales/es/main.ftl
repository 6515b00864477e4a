skip-to-content = Ir al contenido
nav-site = Navegación del sitio
nav-awards = Premios
nav-my-nominations = Mis candidaturas
nav-my-reviews = Mis evaluaciones
nav-cycles = Ediciones
nav-people = Usuarios
nav-audit = Registro de auditoría
nav-email = Correo electrónico
nav-sign-out = Cerrar sesión
nav-sign-in = Iniciar sesión
nav-languages = Idioma
footer-tagline = Laurel: candidaturas, evaluación y resultados de los premios al servicio público.
footer-open-data = Datos abiertos
nominations-count = { $count ->
    [one] { $count } candidatura
   *[other] { $count } candidaturas
}

time-left-days = { $count ->
    [one] Queda { $count } día
   *[other] Quedan { $count } días
}
time-left-hours = { $count ->
    [one] Queda { $count } hora
   *[other] Quedan { $count } horas
}
time-left-minutes = { $count ->
    [one] Queda { $count } minuto
   *[other] Quedan { $count } minutos
}
time-left-closed = cerrado

phase-open = Abierto a candidaturas
phase-reviewing = En evaluación
phase-decided = Resultados próximamente
phase-published = Resultados publicados

home-title = Premios al servicio público
home-lead = Los Estados Miembros presentan sus iniciativas de servicio público y gobierno electrónico; los jurados las evalúan; aquí se publican los ganadores.
home-open-title = Convocatorias abiertas
home-none-open = En este momento no hay ninguna convocatoria abierta.
home-nominations-close = Cierre de candidaturas
home-add-to-calendar = Añadir las fechas a un calendario
home-categories = { $count ->
    [one] { $count } categoría
   *[other] { $count } categorías
}
home-recent-title = Ediciones recientes
home-all-results = Todos los resultados publicados
home-results-feed = Canal de resultados (Atom)
home-none-recent = Todavía no hay ediciones anteriores.
home-nominations-closed = Candidaturas cerradas el
home-see-winners = Ver los ganadores
home-see-winners-of = de { $cycle }

sign-in-title = Iniciar sesión
sign-in-email = Correo electrónico
sign-in-password = Contraseña
sign-in-submit = Iniciar sesión
sign-in-forgot = ¿Olvidó su contraseña?
sign-in-by-invitation = ¿Es nuevo en Laurel? Las cuentas se crean por invitación de la secretaría de los premios.
sign-in-password-changed = Se ha cambiado su contraseña. Inicie sesión con la nueva.
sign-in-wrong = La dirección de correo electrónico o la contraseña no son correctas.
sign-in-throttled = { $minutes ->
    [one] Demasiados intentos fallidos; vuelva a intentarlo dentro de { $minutes } minuto.
   *[other] Demasiados intentos fallidos; vuelva a intentarlo dentro de { $minutes } minutos.
}

reset-title = Restablecer la contraseña
reset-intro = Escriba la dirección con la que inicia sesión y le enviaremos por correo electrónico un enlace para elegir una nueva contraseña.
reset-send = Enviar el enlace
reset-sent = Si existe una cuenta para { $email }, le hemos enviado un enlace para elegir una nueva contraseña. El enlace funciona una sola vez, durante dos horas. Si no recibe nada, revise la carpeta de correo no deseado.
reset-back = Volver a iniciar sesión
reset-choose-title = Elegir una nueva contraseña
reset-new-password = Nueva contraseña
reset-password-hint = Al menos 12 caracteres. Al iniciar sesión con ella se cerrarán todas las demás sesiones.
reset-change = Cambiar mi contraseña

archive-title = Resultados
archive-none = Todavía no se ha publicado ningún resultado.
archive-published = Publicado el { $date }
archive-feed = Canal Atom de resultados
archive-csv = Todos los premios en CSV

# How dates are written: strftime patterns (%-d day, %B month name, %Y year, %H:%M
# time, %Z time zone; %-m month number). Month names come from the language's locale.
format-instant = %-d de %B de %Y, %H:%M %Z
format-date = %-d de %B de %Y

# The results feed (Atom) and a cycle's calendar of dates.
feed-title = Premios al servicio público: resultados
feed-entry = Resultados de { $cycle }
calendar-opens = Apertura de candidaturas
calendar-closes = Cierre de candidaturas
calendar-results = Publicación de los resultados

# The API reference page (/api/docs). The operations it lists are described in English.
api-docs-title = Referencia de la API
api-docs-intro = La API JSON de Laurel se encuentra en /api/v1. La descripción completa, con el cuerpo de cada solicitud y de cada respuesta, figura en el documento OpenAPI, que puede cargarse en cualquier herramienta compatible con OpenAPI:
api-docs-auth = Los programas inician sesión y después envían en cada solicitud un token de portador (bearer token):
api-docs-errors = Los errores se devuelven como detalles de problema según RFC 9457, con un código estable para los programas y un título y una descripción en el idioma indicado en la cabecera Accept-Language.
api-docs-sections = Secciones
# Shown in every language, above the list of operations.
api-docs-english = Las operaciones que figuran a continuación se describen en inglés.

## An open call's actions on the home page.
home-nominate = Presentar una candidatura
home-sign-in-to-nominate = Iniciar sesión para presentar una candidatura

## The open-data page.
open-data-title = Datos abiertos
open-data-intro = Los resultados de todas las ediciones publicadas están abiertos a todo el público, sin necesidad de una cuenta: los ganadores, los campeones y los finalistas, con las respuestas públicas de sus candidaturas. Aquí no aparece nada antes de que se publiquen los resultados de una edición, y las puntuaciones no aparecen nunca.
open-data-licence = Puede copiar, publicar y reutilizar estos datos con cualquier fin, siempre que cite como fuente el programa de premios (Creative Commons Atribución 4.0).
open-data-results = Resultados
open-data-winners-csv = Todos los premios publicados en una hoja de cálculo (CSV, UTF-8), con una fila por premio.
open-data-winners-json = Los mismos premios en JSON, página a página, con las respuestas públicas.
open-data-feed = Un canal Atom con una entrada por cada edición publicada, en la que figuran sus ganadores y campeones.
open-data-cycles = Ediciones abiertas y anteriores: fechas, fase, zona horaria y categorías.
open-data-member-states = Los Estados Miembros, con sus códigos ISO 3166-1 y sus grupos regionales de las Naciones Unidas.
open-data-filters = Los premios, en CSV o JSON, pueden filtrarse por edición, categoría, grupo regional y Estado Miembro:
open-data-columns = Columnas de la hoja de cálculo
open-data-columns-intro = En este orden; las nuevas columnas solo se añaden al final, de modo que los programas que las leen siguen funcionando.
open-data-calendars = Calendarios
open-data-calendars-intro = Las fechas de cada edición (apertura de candidaturas, cierre de candidaturas, publicación de los resultados) en un calendario al que puede suscribirse:
open-data-calendars-none = Todavía no hay ninguna edición pública.
open-data-api = Para desarrolladores
open-data-api-intro = Todas las direcciones anteriores forman parte de la API documentada de Laurel; sus respuestas pueden almacenarse en caché y comprobarse para detectar cambios.
open-data-api-docs = Documentación de la API
