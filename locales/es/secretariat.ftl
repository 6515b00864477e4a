## Páginas de la secretaría.

## Ediciones (/admin/cycles).

admin-cycles-none = Todavía no hay ninguna edición. Importe una de cualquiera de estas formas:
admin-cycles-phase = { $phase ->
    [draft] borrador
    [open] abierta a candidaturas
    [reviewing] en evaluación
    [decided] premios decididos, sin publicar
   *[published] resultados publicados
}
admin-cycles-stage-kind = { $kind ->
    [screening] preselección
    [scoring] puntuación
   *[public_vote] votación pública
}
admin-cycles-publish-intro = Los premios están decididos y son confidenciales. Al publicarlos, aparecen en el sitio público, en los datos abiertos y en el canal, y se envía un correo electrónico a los puntos focales y a los jurados.
admin-cycles-publish-at = Publicar el (opcional, { $zone })
admin-cycles-publish = Publicar los resultados
admin-cycles-public-page = La página pública de resultados

## Correo saliente (/admin/outbox).

admin-outbox-title = Correo saliente
admin-outbox-filter = Filtrar por estado
admin-outbox-all = Todos
admin-outbox-status = { $status ->
    [pending] pendiente
    [sent] enviado
   *[failed] fallido
}
admin-outbox-none = No hay ningún correo.
admin-outbox-none-status = { $status ->
    [pending] No hay ningún correo pendiente de envío.
    [sent] No se ha enviado ningún correo.
   *[failed] No ha fallado ningún envío.
}
admin-outbox-col-to = Destinatario
admin-outbox-col-subject = Asunto
admin-outbox-col-status = Estado
admin-outbox-col-attempts = Intentos
admin-outbox-col-when = Envío o próximo intento
admin-outbox-col-error = Último error
admin-outbox-col-action = Acción
admin-outbox-resend = Reenviar
admin-outbox-resend-to = Reenviar el correo a { $to }

## Usuarios (/admin/people).

admin-people-invited = Se ha enviado una invitación a { $email }. El enlace es válido durante siete días.
admin-people-invite-heading = Invitar a una persona
admin-people-invite-errors = No se envió la invitación: corrija los campos señalados a continuación.
admin-people-role = Función
admin-people-role-nominator-long = Punto focal (presenta candidaturas) de un Estado Miembro
admin-people-role-reviewer = Jurado
admin-people-role-admin-long = Administrador (secretaría)
admin-people-member-state = Estado Miembro
admin-people-member-state-hint = (solo puntos focales)
admin-people-nationality = Nacionalidad
admin-people-nationality-hint = (jurados: nunca se les asignan candidaturas de su propio país)
admin-people-invite-submit = Enviar la invitación
admin-people-everyone = Todas las personas con cuenta
admin-people-col-name = Nombre
admin-people-col-email = Correo electrónico
admin-people-col-state = Estado
admin-people-col-status = Situación
admin-people-col-actions = Acciones
admin-people-role-name = { $role ->
    [nominator] Punto focal
    [reviewer] Jurado
   *[admin] Administrador
}
admin-people-active = Activa
admin-people-deactivated = Desactivada
admin-people-deactivate = Desactivar
admin-people-deactivate-person = Desactivar la cuenta de { $name }
admin-people-change-role = Cambiar la función
admin-people-new-role = Nueva función
admin-people-role-nominator = Punto focal
admin-people-role-admin = Administrador
admin-people-state-code = Código del Estado Miembro (puntos focales)
admin-people-state-code-example = p. ej.: KEN
admin-people-change = Cambiar

## Página de una etapa (/admin/stages/{id}).

admin-stage-kind = { $kind ->
    [screening] Etapa de preselección
    [scoring] Etapa de puntuación
   *[public_vote] Etapa de votación pública
}
admin-stage-status = { $status ->
    [pending] pendiente
    [active] en curso
   *[closed] cerrada
}
admin-stage-shortfalls = Algunas candidaturas no pudieron recibir todos los jurados que necesitan:
admin-stage-queue = Candidaturas por preseleccionar
admin-stage-checklist = Lista de verificación
admin-stage-note = Observación (se comunica a los puntos focales si no se supera)
admin-stage-record-screening = Registrar la preselección
admin-stage-ask-instead = Formular en su lugar una pregunta a los puntos focales
admin-stage-question = Pregunta
admin-stage-answer-by = Responder a más tardar el
admin-stage-send-question = Enviar la pregunta
admin-stage-reviewers = Jurados
admin-stage-per-nomination = Jurados por candidatura
admin-stage-max-load = Número máximo de candidaturas por jurado (opcional)
admin-stage-assign-auto = Asignar automáticamente
admin-stage-assign-hint = Nadie evalúa candidaturas de su propio país ni aquellas respecto de las que haya declarado un conflicto de intereses. Las candidaturas que ya tienen suficientes jurados no se modifican.
admin-stage-assign-one = Asignar un jurado manualmente
admin-stage-decide-awards = Decidir los premios
admin-stage-advance = Paso a la etapa siguiente
admin-stage-pending-reviews = { $count ->
    [one] { $count } evaluación asignada aún no se ha presentado; la clasificación solo tiene en cuenta las evaluaciones presentadas.
   *[other] { $count } evaluaciones asignadas aún no se han presentado; la clasificación solo tiene en cuenta las evaluaciones presentadas.
}
admin-stage-still-to-decide = Queda por decidir:
admin-stage-col-rank = Puesto
admin-stage-col-nomination = Candidatura
admin-stage-col-rule = Según la regla
admin-stage-outcome = { $outcome ->
    [advanced] pasa a la etapa siguiente
    [eliminated] eliminada
    [ineligible] no admisible
    [winner] ganadora
    [champion] campeona
   *[finalist] finalista
}
admin-stage-needs-decision = requiere una decisión
admin-stage-confirm-awards = Confirmar los premios
admin-stage-confirm-close = Confirmar y cerrar la etapa

## Asignación manual de un jurado (/admin/stages/{id}/assign-one).

admin-assign-title = Asignar un jurado: { $stage }
admin-assign-heading = Asignar un jurado manualmente
admin-assign-rules = Nadie puede evaluar candidaturas de su propio país ni aquellas respecto de las que haya declarado un conflicto de intereses; en ese caso, la asignación se rechaza.
admin-assign-nomination = Candidatura
admin-assign-reviewer = Jurado
admin-assign-submit = Asignar

## Clasificación de una etapa de puntuación (aún sin usar).

admin-ranking-title = Clasificación
admin-ranking-reliability = Fiabilidad entre evaluadores (alfa de Krippendorff):
admin-ranking-not-measurable = todavía no medible
admin-ranking-hide-reviews = Ocultar las evaluaciones
admin-ranking-show-reviews = Mostrar todas las evaluaciones
admin-ranking-csv = CSV para la API
admin-ranking-col-score = Puntuación
admin-ranking-col-reviews = Evaluaciones
admin-ranking-col-spread = Dispersión
admin-ranking-col-flags = Alertas
admin-ranking-col-override = Modificación manual
admin-ranking-col-rationale = Justificación
admin-ranking-reviews-done = { $done } de { $assigned }
admin-ranking-flag = { $flag ->
    [disagreement] desacuerdo entre jurados
    [tie] empate
   *[no_reviews] sin evaluaciones
}
admin-ranking-preview = Vista previa con estas modificaciones

## What the secretariat is told after acting on a stage or a cycle.
admin-stage-screen-passed = Superada
admin-stage-screen-failed = No superada
admin-stage-screen-none = Pendiente de preselección
admin-stage-notice-assigned = Se han asignado los jurados y se les ha enviado un correo electrónico.
admin-stage-notice-advanced = La etapa se ha cerrado y sus resultados han quedado registrados.
admin-stage-notice-screened = Se ha registrado la preselección.
admin-stage-notice-asked = Se está enviando la pregunta a los puntos focales responsables de la candidatura.
admin-cycles-notice-published = Los resultados son públicos y se está informando a los puntos focales y a los jurados.
admin-cycles-notice-scheduled = La publicación está programada; hasta entonces, los resultados siguen siendo confidenciales.
# $why: the refusal, in a sentence.
admin-assign-refused = No se ha realizado la asignación: { $why }.
admin-stage-nothing-changed = No se ha modificado nada: { $why }.

## One email of the outbox (/admin/email/{id}).
admin-email-queued = En cola desde
admin-email-sent = Enviado
# When delivery will be tried again.
admin-email-next-attempt = Próximo intento
admin-email-text = Texto
# A link that opens the email's formatted (HTML) version on its own page.
admin-email-html = Abrir la versión con formato

## The audit trail (/admin/audit).
admin-audit-title = Registro de auditoría
admin-audit-chain = Integridad del registro
admin-audit-intact = Comprobado { $when }: los { $count } eventos están tal como se registraron.
admin-audit-broken = Comprobado { $when }: el registro ha sido alterado.
admin-audit-not-checked = El registro no se ha comprobado desde que se inició este servidor.
admin-audit-check-now = Comprobar el registro ahora
admin-audit-filter = Filtrar el registro
admin-audit-actor = Autor
admin-audit-action = Acción
admin-audit-action-hint = Tal como se registró, por ejemplo nomination.submitted.
admin-audit-subject = Objeto
admin-audit-from = Desde
admin-audit-until = Hasta
admin-audit-apply = Filtrar
admin-audit-clear = Mostrar todo
admin-audit-when = Fecha
admin-audit-details = Detalles
admin-audit-none = Ningún evento coincide.
admin-audit-older = Eventos anteriores

## A cycle's entries (/admin/cycles/{id}/nominations).
admin-entries-title = Candidaturas de la edición { $cycle }
admin-entries-filter = Filtrar las candidaturas
admin-entries-words = Palabras
admin-entries-words-hint = Se buscan en el título o en la institución, sin distinguir mayúsculas.
admin-entries-region = Grupo regional
admin-entries-any = Cualquiera
admin-entries-csv = Descargar estas candidaturas en CSV
admin-entries-none = Ninguna candidatura coincide.
admin-entries-updated = Último cambio
admin-entries-more = Más candidaturas
admin-entries-link = Todas las candidaturas

## A cycle's dashboard (/admin/cycles/{id}).
admin-dashboard-states = { $count } de los { $all } Estados Miembros han presentado una candidatura.
admin-dashboard-by-status = Candidaturas por estado
admin-dashboard-by-region = Candidaturas por grupo regional
admin-dashboard-count = Número
admin-dashboard-submitted = Presentadas
admin-dashboard-drafts = Borradores
admin-dashboard-reviews = { $submitted } de { $assigned } evaluaciones presentadas; { $overdue } con retraso
admin-dashboard-due = plazo: { $due }
admin-dashboard-juror = Miembro del jurado
admin-dashboard-assigned = Asignadas
admin-dashboard-overdue = Con retraso
admin-dashboard-link = Avance

## A nomination's dossier (/admin/nominations/{id}).
admin-dossier-submitted = Fecha de presentación
admin-dossier-clarification = Pregunta formulada a los puntos focales:
admin-dossier-ineligible = Declarada no admisible:
# The entry as its member state wrote it: summary and answers.
admin-dossier-entry = Contenido de la candidatura
# $rank: its place in its ranking group.
admin-dossier-rank = en el puesto { $rank }
# $who: the person who decided; $when: the date and time.
admin-dossier-decided-by = Decisión adoptada por { $who } el { $when }.
admin-dossier-decided = Decisión adoptada el { $when }.
# The secretariat chose another outcome than the stage's rule gave.
admin-dossier-overridden = Decisión de la secretaría que se aparta de la regla:
admin-dossier-check-passed = cumplido
admin-dossier-check-failed = no cumplido
admin-dossier-no-reviews = No tiene ningún jurado asignado en esta etapa.
admin-dossier-comment = Comentario
# A review's status; $when: when it was submitted, or when it is due.
admin-dossier-review-status = { $status ->
    [submitted] presentada el { $when }
    [recused] inhibición
   *[pending] pendiente (plazo: { $when })
}
admin-dossier-emails = Correos electrónicos relativos a esta candidatura
admin-dossier-no-emails = No se ha enviado ningún correo sobre ella.
admin-dossier-history = Historial
admin-dossier-in-trail = Consultarla en el registro de auditoría

## The dashboard's charts (/admin/cycles/{id}). Each chart has a title, a sentence
## saying what it shows, and the same numbers in a table.
admin-dashboard-call = La convocatoria de candidaturas
admin-dashboard-stages = Avance por etapas
admin-chart-days-title = Candidaturas presentadas por día
# $count nominations in all; $day the busiest day, with $most of them; $closes the deadline.
admin-chart-days-summary = { $count ->
    [one] Hasta ahora se ha presentado una candidatura
   *[other] Hasta ahora se han presentado { $count } candidaturas
}; el día de mayor actividad fue el { $day }, con { $most }. Cierre de la convocatoria: { $closes }.
admin-chart-days-none = Todavía no se ha presentado ninguna candidatura. Cierre de la convocatoria: { $closes }.
# Marks the deadline on the chart of submissions per day.
admin-chart-deadline = Fin del plazo
admin-chart-day = Día
admin-chart-coverage-title = Participación de los Estados Miembros, por grupo regional
# After "N of 193 member states have submitted a nomination."
admin-chart-coverage-drafting = { $count ->
    [0] Ningún otro Estado Miembro tiene un borrador pendiente.
    [one] Otro Estado Miembro tiene un borrador que aún no ha presentado.
   *[other] Otros { $count } Estados Miembros tienen un borrador que aún no han presentado.
}
# A bar's label: $submitted and $drafting of the group's $states member states.
admin-chart-coverage-row = { $region }: { $submitted } con candidatura presentada y { $drafting } solo con borrador, de un total de { $states }
admin-chart-draft-only = Solo borrador
admin-chart-not-yet = Nada todavía
admin-chart-states = Estados Miembros
admin-chart-states-submitted = Estados Miembros que han presentado candidatura
admin-chart-funnel-title = Las candidaturas a lo largo de las etapas
admin-chart-funnel-summary = Cada barra es un paso de la edición: cuántas candidaturas llegaron a él y cuántas de ellas siguieron adelante.
# The first bar: every nomination submitted.
admin-chart-funnel-first = { $step }: { $count }
# A stage's bar: $count reached it and $on went on.
admin-chart-funnel-row = { $step } — llegaron: { $count }; siguieron adelante: { $on }
admin-chart-went-on = Siguieron adelante
admin-chart-stopped = Se detuvieron en este paso o están pendientes de decisión
admin-chart-step = Paso
admin-chart-reached = Llegaron
# $stage: the stage's name.
admin-chart-jurors-title = Evaluaciones por miembro del jurado: { $stage }
# A juror's bar.
admin-chart-juror-row = { $name }: { $submitted } de { $assigned } presentadas, { $overdue } con retraso
admin-chart-not-due = Aún dentro de plazo
admin-chart-action = Acción
admin-dashboard-remind = Enviar recordatorio
# The remind button's name for a screen reader: $name the jury member.
admin-dashboard-remind-one = Enviar ahora un recordatorio a { $name }
admin-dashboard-remind-all = Enviar un recordatorio a todos los miembros del jurado con evaluaciones pendientes
admin-dashboard-remind-hint = Cada miembro del jurado recibe como máximo un recordatorio al día para esta etapa, por muchas veces que se pulse este botón.
admin-dashboard-reminded = Se están enviando los recordatorios.
admin-chart-criteria-title = Puntuaciones por criterio: { $stage }
admin-chart-juror-scores-title = Puntuaciones por miembro del jurado: { $stage }
admin-chart-range-summary = Cada línea va de la puntuación más baja a la más alta otorgada, en una escala de 0 a 100; el punto indica la media.
# A range's label, on a scale of 0 to 100.
admin-chart-range-row = { $name }: media { $mean }, de { $min } a { $max }
# $low and $high: the lowest and highest mean total, with the jury members who gave them.
admin-chart-juror-scores-summary = Cada línea va del total más bajo al más alto otorgado por un miembro del jurado, en una escala de 0 a 100; el punto indica la media. Las medias van de { $low } ({ $lowname }) a { $high } ({ $highname }).
admin-chart-criterion = Criterio
admin-chart-lowest = Mínimo
admin-chart-mean = Media
admin-chart-highest = Máximo
# $alpha: Krippendorff's alpha, two decimals.
admin-dashboard-agreement = Grado de acuerdo entre los miembros del jurado (alfa de Krippendorff): { $alpha }. { $level ->
    [good] Sus puntuaciones concuerdan bien.
    [tentative] Sus puntuaciones solo concuerdan en parte: examine la dispersión que se muestra a continuación.
   *[low] Sus puntuaciones discrepan más de lo que concuerdan: examine la dispersión que se muestra a continuación antes de pasar a la etapa siguiente.
}
# A screening stage's progress: $decided of the $entered nominations that reached it.
admin-dashboard-screened = Preselección realizada: { $decided } de { $entered } candidaturas
# The entries' filter by what a stage decided.
admin-entries-outcome = Decisión adoptada en una etapa
admin-entries-clarification = Solo las candidaturas cuyos puntos focales aún no han respondido a una pregunta
admin-entries-sort = Orden
admin-entries-sort-by = { $sort ->
    [changed] Modificadas más recientemente primero
    [title] Por título
    [member_state] Por Estado Miembro
   *[oldest] Por orden de creación
}
admin-entries-csv-reviews = Descargar sus evaluaciones en CSV, una fila por evaluación
# The earliest due date of a jury member's reviews still to come.
admin-chart-next-due = Próximo plazo

## People at scale: searching, coverage, deactivation, lists of invitations.
# $name: the person's name.
admin-people-was-deactivated = La cuenta de { $name } se ha desactivado y se han cerrado sus sesiones en todos los dispositivos. La cuenta puede reactivarse en cualquier momento.
admin-people-was-reactivated = La cuenta de { $name } vuelve a estar activa; su titular ya puede iniciar sesión.
admin-people-bulk-link = Invitar a varias personas a partir de una lista
admin-people-invitations-link = Invitaciones enviadas
admin-people-coverage-heading = Puntos focales
admin-people-coverage-all = Todos los Estados Miembros tienen un punto focal activo.
# $count: member states with no active focal point.
admin-people-coverage-missing = { $count ->
    [one] { $count } Estado Miembro no tiene ningún punto focal activo
   *[other] { $count } Estados Miembros no tienen ningún punto focal activo
}
# $count: people matching the search.
admin-people-found = { $count ->
    [one] Se ha encontrado { $count } persona
   *[other] Se han encontrado { $count } personas
}
admin-people-search = Buscar personas
admin-people-words = Nombre o correo electrónico
admin-people-none-found = Ninguna persona coincide con esta búsqueda.
admin-people-reactivate = Reactivar
admin-people-reactivate-person = Reactivar la cuenta de { $name }
admin-people-name-hint = (opcional: aparecerá ya rellenado en la página de la invitación)
admin-people-deactivate-explained = Sus sesiones se cerrarán de inmediato en todos los dispositivos y no podrá volver a iniciar sesión. Todo lo que haya hecho seguirá constando en el registro. La cuenta podrá reactivarse más adelante.
admin-people-deactivate-confirm = Desactivar la cuenta
admin-people-keep = Mantener la cuenta activa
admin-bulk-title = Invitar a varias personas
# $count: invitations sent.
admin-bulk-sent = { $count ->
    [one] Se está enviando { $count } invitación.
   *[other] Se están enviando { $count } invitaciones.
}
admin-bulk-empty = Primero pegue una lista o elija un archivo: la lista no contiene ninguna persona.
admin-bulk-preview = Comprobación previa al envío
# $refused: rows with problems; $count: rows in the list.
admin-bulk-refused = { $refused ->
    [one] Hay que corregir { $refused } fila de { $count } antes de enviar nada. Corríjala en la lista que figura a continuación y vuelva a comprobarla.
   *[other] Hay que corregir { $refused } filas de { $count } antes de enviar nada. Corríjalas en la lista que figura a continuación y vuelva a comprobarla.
}
# $count: rows in the list.
admin-bulk-ready = { $count ->
    [one] { $count } persona está lista para recibir la invitación.
   *[other] Las { $count } personas están listas para recibir la invitación.
}
admin-bulk-line = Línea
admin-bulk-problems = Problemas
admin-bulk-row-ok = Correcta
# $field: the column at fault.
admin-bulk-field = { $field ->
    [name] Nombre
    [email] Correo electrónico
    [role] Función
    [member_state] Estado Miembro
    [nationality] Nacionalidad
   *[other] { $field }
}
admin-bulk-list = Pegar la lista
admin-bulk-list-hint = Una persona por línea: nombre, correo electrónico, función, Estado Miembro y nacionalidad, separados por comas, puntos y comas o tabulaciones (sirven las celdas copiadas de una hoja de cálculo). Una primera línea con los nombres de las columnas en inglés (name, email, role, member_state, nationality) permite indicar otro orden. Funciones: escriba tal cual, en inglés, “focal point”, “juror” o “secretariat”. Estados Miembros: por su nombre en inglés o por su código, como Kenya o KEN.
admin-bulk-file = O elija un archivo CSV
admin-bulk-check = Comprobar la lista
# $count: people to invite.
admin-bulk-send = { $count ->
    [one] Enviar { $count } invitación
   *[other] Enviar { $count } invitaciones
}
admin-invitations-title = Invitaciones enviadas
admin-invitations-filter = Invitaciones según su situación
# $done: resent or revoked; $email: the address.
admin-invitations-done = { $done ->
    [resent] Se está enviando un nuevo enlace a { $email }; el enlace anterior ya no funciona.
   *[revoked] Se ha revocado la invitación enviada a { $email }; su enlace ya no funciona.
}
# $status: pending, accepted, expired or revoked.
admin-invitation-status = { $status ->
    [pending] Pendiente
    [accepted] Aceptada
    [expired] Caducada
   *[revoked] Revocada
}
admin-invitations-none = No hay invitaciones que mostrar.
admin-invitations-sent = Fecha de envío
admin-invitations-resend = Reenviar
admin-invitations-resend-to = Reenviar la invitación a { $email }
admin-invitations-revoke = Revocar
admin-invitations-revoke-to = Revocar la invitación enviada a { $email }
admin-invitations-more = Invitaciones anteriores
admin-bulk-to-correct = Filas que deben corregirse
# $count: rows in the list.
admin-bulk-all-rows = { $count ->
    [one] La fila de la lista
   *[other] Las { $count } filas de la lista
}

## Setting up a cycle: /admin/cycles/new, /admin/cycles/{id}/edit and its preview.
admin-cycles-set-up = Configuración
admin-cycles-new = Configurar una nueva edición
setup-title-new = Configurar una nueva edición
# $cycle: the cycle's name, e.g. "UN Public Service Awards 2028".
setup-title-edit = Configuración: { $cycle }
setup-copy-heading = Partir de una edición anterior
setup-copy-intro = Se copia todo: categorías, preguntas, etapas, criterios y parámetros, y cada fecha se traslada al nuevo año como punto de partida. La copia se guarda como borrador, que luego podrá adaptar.
setup-copy-none = Todavía no hay ninguna edición que pueda copiarse.
setup-copy-from = Edición que se copiará
setup-copy-year = Año de la nueva edición
setup-copy = Copiar en un nuevo borrador
setup-copy-choose = Elija la edición que desea copiar.
setup-scratch-heading = O empezar desde cero
setup-save = Guardar
setup-create = Crear la edición en borrador
setup-preview = Vista previa del formulario de candidatura y de las rúbricas
setup-download = Descargar la definición (TOML)
setup-notice-saved = Se han guardado los cambios. Se indican a continuación.
setup-notice-created = Se ha creado la edición en borrador. Seguirá siendo un borrador, no visible para el público, hasta que se abra la presentación de candidaturas.
setup-notice-copied = La copia se ha creado como borrador. Compruebe sus fechas antes de que se abra la presentación de candidaturas.
# $count: how many problems.
setup-problems = { $count ->
    [one] Hay un problema que impide guardar. Se indica junto al campo correspondiente; lo que ha escrito se conserva.
   *[other] Hay { $count } problemas que impiden guardar. Cada uno se indica junto al campo correspondiente; lo que ha escrito se conserva.
}
# $phase: open, reviewing, decided or published.
setup-fixed-explained = { $phase ->
    [open] La presentación de candidaturas está abierta y los puntos focales se basan en esta configuración, por lo que solo pueden modificarse el plazo (únicamente para ampliarlo) y la redacción de los nombres, las etiquetas y los textos de ayuda. Todo lo demás se muestra tal como está.
   *[other] La presentación de candidaturas está cerrada, por lo que solo puede modificarse la redacción de los nombres, las etiquetas y los textos de ayuda. Todo lo demás se muestra tal como está.
}
setup-general = La edición
setup-programme = Programa
setup-year = Año
setup-default-language = Idioma en que está redactada la definición
setup-languages = Idiomas en que se ofrece la edición
setup-languages-hint = Cada nombre, etiqueta y texto de ayuda deberá proporcionarse entonces en cada uno de ellos. Para aplicar un cambio, pulse “Guardar”.
setup-time-zone = Zona horaria
setup-time-zone-hint = Con el nombre que le da la base de datos de la IANA, como America/New_York o Africa/Nairobi. Las fechas que figuran a continuación corresponden a esta zona.
setup-opens-at = Apertura de la presentación de candidaturas
setup-closes-at = Cierre de la presentación de candidaturas
setup-publish-at = Publicación de los resultados
setup-max-attachments = Número máximo de documentos justificativos por candidatura
setup-min-attachments = Número mínimo de documentos justificativos por candidatura
setup-categories = Categorías
# $n: the category's place in the list.
setup-category = Categoría { $n }
setup-key = Clave
setup-key-hint = Letras minúsculas, cifras y guiones, como digital-transformation. Se utiliza en las exportaciones y en la API.
setup-name = Nombre
setup-description = Descripción
setup-max-per-state = Candidaturas por Estado Miembro
setup-winners = Ganadores
setup-champions = Campeones (puestos de honor)
setup-per-region = Los ganadores se eligen por región
setup-yes = sí
setup-no = no
setup-add-category = Añadir una categoría
setup-questions = Preguntas del formulario de candidatura
setup-questions-hint = El título, la institución y el resumen se piden siempre; estas preguntas figuran a continuación.
# $n: the question's place in the form.
setup-question = Pregunta { $n }
setup-label = Etiqueta
setup-help = Texto de ayuda
setup-kind = Tipo de respuesta
# $kind: text, long_text, number, url, date or choice.
setup-kind-option = { $kind ->
    [text] Texto breve
    [long_text] Texto largo
    [number] Número
    [url] Dirección web
    [date] Fecha
   *[choice] Una opción de una lista
}
setup-max-length = Longitud máxima de la respuesta, en caracteres
setup-max-length-hint = Déjelo en blanco para aplicar el límite habitual.
setup-required = Respuesta obligatoria
setup-public = Se publica junto con los ganadores
setup-identifying = Podría identificar al Estado Miembro: se oculta a los miembros del jurado en las etapas anónimas
setup-choices = Opciones
# $n: the choice's place in the list.
setup-choice = Opción { $n }
setup-add-choice = Añadir una opción
setup-add-question = Añadir una pregunta
setup-stages = Etapas
# $n: the stage's place in the order of review.
setup-stage = Etapa { $n }
setup-stage-kind = Tipo de etapa
# $kind: screening, scoring or public_vote.
setup-stage-kind-option = { $kind ->
    [screening] Preselección a cargo de la secretaría
    [scoring] Puntuación a cargo de los miembros del jurado
   *[public_vote] Votación pública
}
setup-reviewers = Miembros del jurado por candidatura
setup-due-at = Plazo de las evaluaciones
setup-blind = Anónima: los miembros del jurado no ven qué Estado Miembro presentó la candidatura
setup-aggregation = Forma de combinar las puntuaciones de los miembros del jurado
# $aggregation: mean, zscore or trimmed_mean.
setup-aggregation-option = { $aggregation ->
    [mean] Media
    [zscore] Media tras compensar la severidad de cada miembro del jurado (puntuaciones z)
   *[trimmed_mean] Media sin la puntuación más alta ni la más baja
}
setup-spread = Señalar un desacuerdo cuando la dispersión supere este valor (sobre 100)
setup-rule = Qué candidaturas pasan a la etapa siguiente
# $rule: top_n, min_score or manual.
setup-rule-option = { $rule ->
    [top_n] Las mejores, hasta un número determinado
    [min_score] Todas las que alcancen una puntuación determinada
   *[manual] Decide la secretaría
}
setup-top = Número de candidaturas que pasan
setup-score = Puntuación mínima para pasar (sobre 100)
setup-criteria = Criterios
# $n: the criterion's place; $stage: its stage's place.
setup-criterion = Criterio { $n } de la etapa { $stage }
setup-guidance = Orientaciones para los miembros del jurado
setup-weight = Ponderación
setup-min = Puntuación mínima
setup-max = Puntuación máxima
setup-levels = Significado de los puntos de la escala
setup-levels-hint = Opcional. Los miembros del jurado los leen junto a la puntuación que otorgan.
# $n: the described point's place in the list.
setup-level = Punto descrito { $n }
setup-level-score = Puntuación
setup-level-label = Significado
setup-add-level = Describir un punto de la escala
setup-add-criterion = Añadir un criterio
setup-add-stage = Añadir una etapa
setup-up = Subir
setup-down = Bajar
setup-remove = Quitar
setup-needed = Rellene este campo.
setup-not-whole = Escriba un número entero, como 3.
setup-not-number = Escriba un número, como 7,5.
setup-not-date = Elija una fecha y una hora.
setup-changes = Cambios introducidos al guardar por última vez
# $who: who saved; $when: when, in the cycle's time zone.
setup-changes-by = Guardado por { $who } el { $when }.
setup-changes-none = La última vez que se guardó no se introdujo ningún cambio.
setup-added = añadido:
setup-removed = eliminado:
setup-preview-title = Vista previa.
setup-preview-intro = Cada formulario tal como lo verán las personas que lo rellenen. Desde aquí no se puede enviar nada.
setup-preview-nothing-sent = Esto es una vista previa: desde aquí no se puede enviar nada.
# $stage: the stage's name.
setup-preview-rubric = Rúbrica: { $stage }

## A clarification's answer, and what the focal point changed with it.
admin-clarification-answer = Respuesta del punto focal:
admin-clarification-changes = Cambios introducidos (texto suprimido tachado, texto añadido resaltado):
admin-clarification-unchanged = No se introdujo ningún otro cambio en la candidatura.
admin-clarification-waiting = Todavía no hay respuesta.

## Passages withheld from jurors in blind stages.
admin-redaction-title = Fragmentos ocultos a los miembros del jurado en las etapas anónimas
admin-redaction-hint = Un nombre u otro dato que revele el Estado Miembro puede ocultarse a los miembros del jurado en las etapas anónimas: pegue el fragmento exactamente como figura en el texto. La respuesta en sí no se modifica; usted y los miembros del jurado de las demás etapas la siguen leyendo tal como se redactó, y cada cambio queda anotado en el registro de auditoría.
admin-redaction-field = Campo
admin-redaction-passage = Fragmento que se ocultará
admin-redaction-add = Ocultar el fragmento
admin-redaction-remove = Volver a mostrar
admin-redaction-notice-added = El fragmento queda oculto a los miembros del jurado en las etapas anónimas.
admin-redaction-notice-removed = El fragmento vuelve a mostrarse a los miembros del jurado.
