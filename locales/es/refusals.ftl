# Why something was refused, as the reader is told beside a field or at the top of a
# page. Most begin in lower case: they follow a field's name or are joined to others,
# and the page capitalises the first letter where a sentence starts.

## A focal point's nomination.
# $closes: the deadline as a date and time.
refusal-deadline-passed = el plazo de presentación de candidaturas de esta edición venció el { $closes }; ya no se admiten cambios
refusal-not-open-yet = esta edición aún no está abierta a candidaturas; se abrirá el { $opens }
# $state: the member state's name; $max: how many nominations it may submit.
refusal-quota-exceeded = { $max ->
    [one] { $state } ya ha presentado { $max } candidatura en esta categoría, el máximo permitido
   *[other] { $state } ya ha presentado { $max } candidaturas en esta categoría, el máximo permitido
}
# $status and $action are words the program uses: choose the sentence by them.
refusal-invalid-state = una candidatura { $status ->
    [draft] en borrador
    [submitted] ya presentada
    [clarification_requested] pendiente de aclaraciones
    [in_review] en evaluación
    [finalist] finalista
    [winner] ganadora
    [champion] campeona
    [withdrawn] retirada
    [ineligible] no admisible
   *[eliminated] que no ha pasado a la etapa siguiente
} no puede { $action ->
    [edit] modificarse
    [submit] presentarse
   *[withdraw] retirarse
}
refusal-clarification-overdue = las aclaraciones debían presentarse a más tardar el { $due }; la secretaría ya no puede aceptar cambios
refusal-screen-awaiting-answer = esta candidatura está a la espera de la respuesta de su punto focal; podrá someterse a la preselección en cuanto este responda
refusal-question-pending = ya hay una pregunta a la espera de la respuesta del punto focal
refusal-screen-not-in-review = solo puede someterse a la preselección una candidatura que se encuentre en una etapa de preselección abierta
refusal-publish-not-decided = los resultados podrán publicarse cuando la última etapa haya decidido los premios
refusal-no-question = no hay ninguna pregunta de la secretaría a la espera de respuesta

## An answer that does not fit its question.
refusal-too-long = { $limit } caracteres como máximo; esta respuesta tiene { $length }
refusal-number = un número, por ejemplo 250000 o 12.5
refusal-url = una dirección web que comience por https://
# $first and $last are years.
refusal-date = una fecha en formato YYYY-MM-DD entre { $first } y { $last }, por ejemplo 2021-03-01
# $choices: the allowed answers, separated by semicolons.
refusal-choice = una de las siguientes opciones: { $choices }

## Text that cannot be kept as typed.
# $code: the character's code point, such as U+0007.
refusal-control-character = contiene el carácter de control { $code }, que no puede figurar en un texto; elimínelo y vuelva a enviarlo
refusal-line-breaks = una sola línea, sin saltos de línea
refusal-direction-override = contiene un carácter que fuerza la dirección del texto (de U+202A a U+202E o de U+2066 a U+2069), lo que puede hacer que el texto se muestre de forma distinta a como se escribió; elimínelo

## Accounts.
refusal-email = “{ $email }” no es una dirección de correo electrónico válida
refusal-password-short = la contraseña debe tener al menos { $min } caracteres
refusal-password-long = la contraseña debe tener como máximo { $max } caracteres
refusal-password-personal = la contraseña no debe contener su nombre ni su dirección de correo electrónico
refusal-password-guessable = esta contraseña figura entre las más comunes o es fácil de adivinar a partir de su nombre o su dirección; pruebe con unas cuantas palabras sin relación entre sí

## Attachments.
# $size and $limit in bytes; $megabytes: the limit written as, e.g., "10.0 MiB".
refusal-file-too-large = el archivo ocupa { $size } bytes; el tamaño máximo admitido es de { $limit } bytes ({ $megabytes })
refusal-file-type = este archivo no es PDF, PNG ni JPEG (diga lo que diga su nombre); guárdelo en uno de esos formatos y vuelva a adjuntarlo

## Refusals any page or request may meet.
# $thing is a word the program uses for what was asked for.
refusal-not-found = { $thing ->
    [nomination] no existe esa candidatura
    [cycle] no existe esa edición
    [stage] no existe esa etapa
    [assignment] no existe esa asignación
    [attachment] no existe ese archivo adjunto
    [category] no existe esa categoría
    [email] no existe ese correo electrónico
    [initiative] no existe esa iniciativa
    [person] no existe esa persona
    [scoring-stage] no existe esa etapa de puntuación
    [member-state] no existe ese Estado Miembro
   *[other] no se ha encontrado
}
refusal-sign-in = inicie sesión para continuar
refusal-wrong-credentials = la dirección de correo electrónico o la contraseña no son correctas
# $current: the version number the thing is at now.
refusal-version-mismatch = otra persona ha modificado este elemento desde que usted lo cargó (ahora está en la versión { $current }); vuelva a cargarlo y aplique de nuevo su cambio
refusal-rate-limited = { $minutes ->
    [one] demasiados intentos fallidos; vuelva a intentarlo dentro de { $minutes } minuto
   *[other] demasiados intentos fallidos; vuelva a intentarlo dentro de { $minutes } minutos
}
refusal-fields = { $count ->
    [one] { $count } campo debe corregirse
   *[other] { $count } campos deben corregirse
}
refusal-idempotency-in-progress = todavía se está procesando una solicitud con esta clave Idempotency-Key; vuelva a intentarlo en unos instantes
refusal-idempotency-reused = esta clave Idempotency-Key ya se utilizó para otra solicitud; utilice una clave nueva para cada nueva solicitud

## Invitation links.
refusal-link-unknown = Este enlace no es válido. Compruebe que ha abierto el enlace completo que figura en el correo electrónico.
refusal-link-expired = Este enlace ha caducado. Solicite una nueva invitación a la secretaría.
refusal-link-used = Este enlace ya se ha utilizado. Inicie sesión con la contraseña que eligió.

## Reviewing.
# $stage: the stage's name; $status: pending, active or closed.
refusal-stage-not-active = la etapa “{ $stage }” { $status ->
    [pending] aún no está abierta
    [active] está en curso
   *[closed] está cerrada
}; los miembros del jurado solo trabajan en la etapa en curso
# $kind: screening, scoring or public_vote.
refusal-stage-not-scoring = la etapa “{ $stage }” es una etapa de { $kind ->
    [screening] preselección
    [scoring] puntuación
   *[public_vote] votación pública
}; solo se asignan miembros del jurado a las etapas de puntuación
# $at: when it was submitted.
refusal-review-submitted = esta evaluación se presentó el { $at }; puede consultarse, pero ya no puede modificarse
refusal-recused = en esta asignación hubo una inhibición; ya no puede puntuarse
refusal-reviewer-same-state = el miembro del jurado es nacional del Estado Miembro que presenta la candidatura
refusal-reviewer-conflict-state = el miembro del jurado declaró un conflicto de intereses con el Estado Miembro que presenta la candidatura
refusal-reviewer-conflict-nomination = el miembro del jurado declaró un conflicto de intereses con esta candidatura
refusal-reviewer-already-assigned = el miembro del jurado ya tiene asignada esta candidatura o se ha inhibido de evaluarla

## The secretariat's work.
# $status: pending or sent.
refusal-email-not-failed = solo puede reenviarse un correo cuyo envío haya fallado; este { $status ->
    [pending] está pendiente de envío
    [sent] ya se ha enviado
   *[other] está en estado { $status }
}

## Fields of forms and requests.
refusal-datetime = una fecha y una hora, por ejemplo 2027-06-23T14:00
refusal-whole-number = un número entero
refusal-day = una fecha en formato YYYY-MM-DD
refusal-score-number = un número, por ejemplo 7 o 7,5
refusal-multipart-file = envíe el documento en el campo multipart 'file'
refusal-override-nomination = no es una candidatura de esta etapa
refusal-override-rationale = toda modificación manual requiere una justificación por escrito
refusal-no-such-question = este formulario no contiene esa pregunta
refusal-required = obligatorio para presentar la candidatura
refusal-attachments-required = { $count ->
    [one] adjunte al menos { $count } documento justificativo antes de presentar la candidatura
   *[other] adjunte al menos { $count } documentos justificativos antes de presentar la candidatura
}
# $key: the category as it was sent.
refusal-category-unknown = “{ $key }” no es una categoría de esta edición
refusal-category-choose = seleccione la categoría
refusal-category-fixed = una candidatura no puede cambiar de categoría; retírela e inicie otra
# $check: an item of the screening checklist.
refusal-check-answer = responda a “{ $check }”
refusal-no-such-check = esta lista de verificación no contiene ese punto
refusal-question-empty = formule la pregunta que deben responder los puntos focales
refusal-due-future = una fecha de vencimiento futura
refusal-at-least-one = al menos 1
refusal-assign-nomination = ninguna candidatura de esta etapa tiene ese identificador (puede que haya sido eliminada)
refusal-assign-reviewer = ningún miembro del jurado activo tiene ese identificador
refusal-no-such-criterion = esta rúbrica no contiene ese criterio
refusal-score-range = una puntuación de { $min } a { $max }
refusal-comment-long = { $limit } caracteres como máximo
refusal-cycle-exists = { $programme } ya tiene una edición de { $year }
refusal-name-required = el nombre es obligatorio
refusal-account-exists = ya existe una cuenta con la dirección { $email }
refusal-nominator-state = un punto focal actúa en nombre de un único Estado Miembro; indique cuál
refusal-state-nominators-only = solo los puntos focales están vinculados a un Estado Miembro
# $code: three letters, as typed.
refusal-not-member-state = { $code } no es un Estado Miembro de las Naciones Unidas
refusal-state-choose = seleccione el Estado Miembro
refusal-conflict-reason = indique brevemente el motivo, para el registro de la secretaría
refusal-has-account = { $email } ya tiene una cuenta
refusal-name-enter = escriba su nombre tal como lo conocen sus colegas
refusal-has-account-sign-in = { $email } ya tiene una cuenta; inicie sesión con ella
refusal-state-code = “{ $code }” no es un código ISO 3166-1 alpha-3, como FRA o KEN
refusal-language = seleccione uno de los seis idiomas disponibles

## What still stands in the way of closing a stage.
refusal-cannot-advance = todavía no es posible pasar a la etapa siguiente: { $why }
# $title: a nomination's title.
unsettled-not-screened = la candidatura “{ $title }” todavía no se ha examinado en la preselección
unsettled-clarification = la candidatura “{ $title }” está pendiente de las aclaraciones de los puntos focales
unsettled-no-review = la candidatura “{ $title }” no tiene ninguna evaluación presentada: decida su resultado mediante una modificación manual o espere a que se presenten sus evaluaciones
unsettled-screening-last = una edición no puede terminar con su etapa de preselección
# $nominations: a list of nomination ids.
unsettled-need-outcome = { $count ->
    [one] { $count } candidatura aún necesita un resultado acompañado de una justificación: { $nominations }
   *[other] { $count } candidaturas aún necesitan un resultado acompañado de una justificación: { $nominations }
}
unsettled-tie = empate en el puesto { $rank }: { $nominations }
# $nomination: a nomination's id.
refusal-override-not-in-group = la candidatura { $nomination } no pertenece a este grupo de clasificación
refusal-override-twice = la candidatura { $nomination } tiene más de una modificación manual
refusal-override-no-rationale = la modificación manual de la candidatura { $nomination } requiere una justificación por escrito
# A nomination left with fewer reviewers than the stage wants. $reason: none (nobody
# may review it), few ($eligible may), or load (all who may are at their maximum).
shortfall = { $wanted ->
    [one] { $missing } de { $wanted } miembro del jurado sin asignar
   *[other] { $missing } de { $wanted } miembros del jurado sin asignar
}: { $reason ->
    [none] ninguno de los miembros del jurado disponibles puede evaluarla
    [few] { $eligible ->
        [one] solo { $eligible } de los miembros del jurado disponibles puede evaluarla
       *[other] solo { $eligible } de los miembros del jurado disponibles pueden evaluarla
    }
   *[load] todos los miembros del jurado que pueden evaluarla han alcanzado el número máximo de candidaturas
}
refusal-programme-fixed = el programa y el año de una edición se mantienen tal como se definieron al crearla; importe en su lugar una nueva edición
# A label of a cycle definition without words in one of the cycle's languages.
# $language: the language's name in itself; $code: its two letters.
refusal-label-missing = falta el texto para el idioma { $language } ({ $code })

## Problems with a cycle definition (importing or editing a cycle). Field names,
## keys and words such as "choice" or "max_attachments" are the definition's own:
## keep them as they are.
definition-toml = contenido TOML no válido: { $error }
# $known: the fields this part of a definition may have.
definition-unknown-field = campo “{ $field }” desconocido; se esperaba uno de los siguientes: { $known }
definition-programme = indique el nombre del programa, por ejemplo “Premios de las Naciones Unidas al Servicio Público”
definition-year = un año entre 2000 y 2100
definition-time-zone = “{ $zone }” no es un nombre de zona horaria IANA; ¿quiso decir { $suggestions }?
# $zone: what was typed, with no near IANA name.
definition-time-zone-unknown = “{ $zone }” no es un nombre de zona horaria IANA, como Europe/Zurich o America/New_York
definition-closes = el cierre de la presentación de candidaturas debe ser posterior a su apertura
definition-publish = los resultados deben publicarse después del cierre de la presentación de candidaturas
definition-max-attachments = entre 0 y 20
definition-min-attachments = entre 0 y max_attachments
definition-no-category = una edición debe tener al menos una categoría
definition-name = el nombre es obligatorio
definition-zero-or-more = 0 o más
definition-label = la etiqueta es obligatoria
# $word: what was written; $known: the words allowed.
definition-not-one-of = “{ $word }” no es uno de los valores admitidos: { $known }
definition-max-length = de 1 a { $most } caracteres
definition-choices-needed = una pregunta de tipo “choice” debe enumerar sus opciones
definition-two-choices = al menos dos opciones
definition-choices-only = solo las preguntas de tipo “choice” tienen opciones
definition-no-stage = una edición debe tener al menos una etapa de evaluación
definition-last-stage = la última etapa clasifica las candidaturas para decidir las ganadoras, por lo que debe ser una etapa de puntuación
definition-no-criterion = una etapa debe tener al menos un criterio
definition-reviewers = entre 1 y 20
definition-reviewers-needed = una etapa de puntuación debe indicar cuántos miembros del jurado puntúan cada candidatura
definition-spread = una dispersión entre 0 y 100
definition-score = una puntuación entre 0 y 100
definition-due = el plazo de las evaluaciones debe vencer después del cierre de la presentación de candidaturas
definition-weight = la ponderación debe ser mayor que cero
definition-scale = el máximo de la escala debe ser mayor que su mínimo
definition-key = “{ $key }” no es una clave válida: letras minúsculas, cifras, '-' y '_', empezando por una letra
definition-key-twice = la clave “{ $key }” se utiliza dos veces
# $value: what was sent; $allowed: the words that may be, separated by commas.
refusal-unknown-word = “{ $value }” no es uno de los valores admitidos: { $allowed }

## Invitations managed by the secretariat.
refusal-link-revoked = Esta invitación se ha retirado o se ha sustituido por otra más reciente. Utilice el correo electrónico de invitación más reciente o solicite una nueva invitación a la secretaría.
refusal-invitation-accepted = Esta invitación ya se aceptó: la persona tiene una cuenta. Para retirarle el acceso, desactive la cuenta.
refusal-invitation-revoked = Esta invitación se ha revocado. Envíe una nueva invitación en su lugar.
refusal-own-account-active = No puede desactivar ni reactivar su propia cuenta; pídaselo a otro administrador.
refusal-bulk-empty = La lista no contiene ninguna persona.
# $count: how many people the list has; $limit: the most one list may hold.
refusal-bulk-too-many = La lista contiene { $count } personas; con una sola lista se puede invitar como máximo a { $limit }. Divídala en varias listas.
# $email: an address that appears earlier in the same list.
refusal-bulk-repeated = { $email } ya figura más arriba en esta lista
# $line: the line of the pasted text or file.
refusal-bulk-unreadable = No se puede leer la línea { $line } como CSV: revise sus comillas.

## Editing a cycle once nominations have opened.
# $field: the definition path that cannot change, e.g. categories[0].max_per_state; $phase: open, reviewing, decided or published.
refusal-cycle-field-fixed = «{ $field }» ya no puede modificarse: este ciclo está { $phase ->
    [open] abierto a candidaturas
    [reviewing] en evaluación
    [decided] resuelto
   *[published] publicado
}, y las candidaturas dependen de su configuración. { $phase ->
    [open] Mientras esté abierto, el plazo puede ampliarse, y las etiquetas y los textos de ayuda pueden redactarse de nuevo.
   *[other] Las etiquetas y los textos de ayuda aún pueden redactarse de nuevo.
}
# $year: the year asked for.
refusal-copy-year = { $year } no es un año en el que pueda celebrarse un ciclo; indique un año como 2028

# $min, $max: the criterion's scale.
definition-level-score = un punto de la escala, de { $min } a { $max }
definition-level-repeated = este punto de la escala ya está descrito
refusal-file-over-limit = el archivo supera el tamaño máximo admitido ({ $megabytes }); redúzcalo (guarde el PDF con calidad para pantalla, o la foto con una resolución menor) y vuelva a adjuntarlo
refusal-answer-empty = escriba una respuesta a la pregunta antes de enviarla
refusal-redaction-field = seleccione el título, el resumen o una de las respuestas
refusal-redaction-empty = pegue el fragmento que se ocultará
refusal-redaction-not-found = este fragmento no figura en ese campo; péguelo exactamente como está escrito allí

## The public vote's rules in a definition
definition-vote-only = solo una votación pública (kind = "public_vote") tiene un período de votación y reglas de papeleta
definition-vote-opens = la votación se abre una vez cerrada la presentación de candidaturas
definition-vote-closes = la votación se cierra antes de la publicación de los resultados
definition-vote-window = una votación pública necesita su período: opens_at y closes_at
definition-vote-top-n = una votación pública hace avanzar a las candidaturas más votadas de cada categoría: use rule = "top_n"
definition-vote-no-criteria = una votación pública tiene votantes, no jurados: suprima criteria y reviewers_per_nomination
definition-vote-no-due = una votación pública termina en su closes_at: suprima due_at
definition-vote-first = la votación pública sigue a la preselección: no puede ser la primera etapa
