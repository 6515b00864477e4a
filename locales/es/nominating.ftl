dashboard-title = Candidaturas de { $state }
dashboard-none = En este momento no hay ninguna convocatoria abierta y { $state } todavía no ha presentado ninguna candidatura.
dashboard-read-only = Las candidaturas que figuran a continuación pueden consultarse, pero ya no pueden modificarse.
dashboard-quota = Presentadas: { $used } de { $max }
dashboard-quota-full = Presentadas: { $used } de { $max } — el máximo que { $state } puede presentar en esta categoría
dashboard-updated = actualizada el { $date }
dashboard-start = Iniciar una candidatura
dashboard-start-in = en la categoría { $category }

nomination-category = Categoría
nomination-status = Estado
nomination-deadline = Plazo
nomination-problem = { $field }: { $message }
nomination-required-hint = Los campos marcados con un asterisco (*) deben completarse para presentar la candidatura; el borrador puede guardarse en cualquier momento.
nomination-choose = Seleccione…
nomination-max-chars = { $count ->
    [one] Como máximo, { $count } carácter.
   *[other] Como máximo, { $count } caracteres.
}
nomination-attachments = Documentos justificativos
nomination-attachments-hint = { $max ->
    [one] PDF, PNG o JPEG; { $max } archivo como máximo.
   *[other] PDF, PNG o JPEG; { $max } archivos como máximo.
}
nomination-attachments-hint-min = { $max ->
    [one] PDF, PNG o JPEG; { $max } archivo como máximo; mínimo necesario para presentar la candidatura: { $min }.
   *[other] PDF, PNG o JPEG; { $max } archivos como máximo; mínimo necesario para presentar la candidatura: { $min }.
}
nomination-remove = Quitar
nomination-file = Archivo
nomination-add-file = Añadir un archivo
nomination-file-hint = El archivo se adjunta al guardar.
nomination-save-draft = Guardar el borrador
nomination-save-changes = Guardar los cambios
nomination-submit = Presentar la candidatura
nomination-withdraw = Retirar esta candidatura
nomination-withdraw-warning = Una candidatura retirada queda fuera del concurso. Esta acción no se puede deshacer.
nomination-withdraw-warning-submitted = Una candidatura retirada queda fuera del concurso y libera su plaza en el cupo de la categoría. Esta acción no se puede deshacer.
nomination-withdraw-confirm = Confirmar la retirada
nomination-no-answer = Sin respuesta.
nomination-no-attachments = Ninguno.

results-title = { $cycle }: resultados
results-coming = Los resultados de esta edición se publicarán el { $date }.
results-published-on = Resultados publicados el { $date }.
results-csv = Descargar en formato CSV
results-filter = Filtrar los resultados
results-region = Región
results-all-regions = Todas las regiones
results-member-state = Estado Miembro
results-all-member-states = Todos los Estados Miembros
results-show = Mostrar
results-none = Ningún premio coincide con estos filtros.

initiative-member-state = Estado Miembro
initiative-institution = Institución
initiative-category = Categoría
initiative-award = Premio
initiative-summary = Resumen

member-state-none = Ninguna iniciativa de { $state } figura todavía entre los finalistas de una edición cuyos resultados se hayan publicado.

invitation-accept-title = Aceptar la invitación
invitation-accept-intro = Se le ha invitado, con la dirección { $email }, en calidad de { $role ->
        [admin] administrador (secretaría)
        [nominator] punto focal (presentación de candidaturas)
       *[reviewer] miembro del jurado
    }.
invitation-accept-choose = Elija el nombre que verán sus colegas y una contraseña.
invitation-accept-correct = Corrija los campos señalados a continuación.
invitation-accept-name = Su nombre
invitation-accept-password-hint = Al menos 12 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.
invitation-accept-submit = Crear mi cuenta

error-back = Volver a los premios
error-status = Código de error: { $status }

account-title = Mi cuenta
account-welcome = Le damos la bienvenida a Laurel, { $name }. Su cuenta está lista.
account-name = Nombre
account-email = Correo electrónico
account-role = Función
account-member-state = Estado Miembro
account-nationality = Nacionalidad
account-conflicts-title = Conflictos de intereses
account-conflicts-intro = Nunca se le asignarán candidaturas de su propio país ni de los Estados Miembros que declare aquí.
account-conflicts-none = No ha declarado ningún conflicto de intereses.
account-conflict-with = Estado afectado
account-reason = Motivo
account-conflict-declared = Fecha de declaración
account-declare-title = Declarar un conflicto de intereses
account-choose = Seleccione…
account-declare-submit = Declarar el conflicto

## The language a person reads Laurel in (account page).
account-language-title = Idioma
account-language-label = Idioma de las páginas y los correos electrónicos
account-language-hint = Laurel le mostrará las páginas y le escribirá los correos electrónicos en este idioma, desde dondequiera que inicie sesión.
account-language-save = Guardar el idioma
account-language-saved = Se ha guardado su idioma.
nomination-language = Idioma de esta candidatura
nomination-language-hint = El idioma en que la redacta. El jurado y las páginas públicas la muestran tal como se redactó.

## A nomination's status, as its focal point and the secretariat read it.
status-draft = Borrador
status-submitted = Presentada
status-clarification-requested = Aclaraciones solicitadas
status-in-review = En evaluación
status-finalist = Finalista
status-winner = Ganadora
status-champion = Campeona
status-withdrawn = Retirada
status-ineligible = No admisible
# A nomination that did not go on to the next stage.
status-eliminated = No pasó a la etapa siguiente

## Awards, as the results pages name them.
award-winner = Ganadora
award-champion = Campeona
award-finalist = Finalista

## The United Nations regional groups.
region-african = Estados de África
region-asia-pacific = Estados de Asia y el Pacífico
region-eastern-european = Estados de Europa Oriental
region-latin-american-caribbean = Estados de América Latina y el Caribe
region-western-european-others = Estados de Europa Occidental y otros Estados

## The nomination form.
nomination-field-title = Título de la iniciativa
nomination-field-institution = Institución que la ejecuta
nomination-field-summary = Resumen
# The heading of the form before the nomination has a title.
nomination-new = Nueva candidatura
nomination-notice-saved = Se han guardado sus cambios.
nomination-notice-attached = Se ha adjuntado el archivo.
nomination-notice-removed = Se ha quitado el archivo.
nomination-notice-submitted = Se ha presentado su candidatura. Se está enviando un acuse de recibo a los puntos focales de su Estado.
nomination-notice-withdrawn = Se ha retirado la candidatura.
nomination-alert-fields = Algunas respuestas requieren atención antes de poder continuar; vea los campos señalados.
nomination-alert-changed = Otra persona modificó esta candidatura (desde otro dispositivo, u otro punto focal de su Estado) después de que usted la abriera. Su texto figura a continuación y no se ha guardado: revíselo y vuelva a guardarlo para reemplazar los cambios de la otra persona.
# $why: the reason, a full sentence.
nomination-alert-not-saved = { $why } No se pudieron guardar sus últimos cambios; se muestran a continuación para que pueda copiarlos.

## File sizes. $size is a number already written with its decimals.
size-megabytes = { $size } MB
size-kilobytes = { $size } KB
size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}

## The account page.
account-role-admin = Administrador (secretaría)
account-role-nominator = Punto focal (presentación de candidaturas)
account-role-reviewer = Miembro del jurado
# In the list of conflicts, one declared on a single nomination rather than a member state.
account-conflict-nomination = Una candidatura

## Saving a draft as it is typed (the page's script shows these).
autosave-saving = Guardando…
# $when: the time of the save, written by the server.
autosave-saved = Borrador guardado el { $when }.
# $why: what the server said.
autosave-unsaved = Aún no se ha guardado: { $why }
autosave-offline = No se ha guardado: se ha perdido la conexión. Su texto sigue aquí y se guardará cuando se restablezca.
# Under a long answer: $typed characters typed of the $count allowed.
autosave-count = { $count ->
    [one] { $typed } de { $count } carácter
   *[other] { $typed } de { $count } caracteres
}
autosave-count-full = { $count ->
    [one] { $typed } de { $count } carácter (máximo alcanzado)
   *[other] { $typed } de { $count } caracteres (máximo alcanzado)
}
# On an initiative's public page: the language its nomination is written in.
initiative-language = Idioma de redacción

## A draft's checklist, and a submission refused for what it still lacks.
nomination-checklist = Lo que falta para poder presentar la candidatura
nomination-checklist-ready = Ya figura todo lo necesario: puede presentar la candidatura cuando lo desee.
nomination-alert-submit = { $count ->
    [one] Su borrador se ha guardado, pero aún no puede presentarse. Hay un aspecto que requiere atención:
   *[other] Su borrador se ha guardado, pero aún no puede presentarse. Estos { $count } aspectos requieren atención:
}
# Heading of a nomination saved before it had a title.
nomination-untitled = Candidatura sin título
autosave-restored = Se ha recuperado lo que escribió en este dispositivo antes de que se perdiera la conexión, y se está guardando.

## A submitted nomination's reference, and a clarification the secretariat asked for.
nomination-reference = Referencia
nomination-submitted-at = Fecha de presentación
nomination-print-receipt = Acuse de recibo imprimible de lo presentado
nomination-answer-by = Responder a más tardar el
nomination-clarification-title = Pregunta de la secretaría
# $who: the name of the person who asked; $when: when they asked.
nomination-clarification-asked = Pregunta formulada por { $who } el { $when }.
# Who asked, when the person's name is not known.
nomination-clarification-secretariat = la secretaría
nomination-clarification-fields = Responda a continuación. También puede modificar cualquier campo de la candidatura; la secretaría verá su respuesta y los cambios que haya introducido. Al enviar su respuesta, la candidatura vuelve a la fase de preselección.
nomination-clarification-answer = Su respuesta a la secretaría
nomination-clarification-send = Enviar la respuesta y volver a presentar la candidatura
nomination-notice-answered = Se ha enviado su respuesta y la candidatura vuelve a estar en manos de la secretaría. Se está enviando un acuse de recibo a los puntos focales de su Estado.
dashboard-read-only-but-answer = Las candidaturas que figuran a continuación pueden consultarse, pero ya no pueden modificarse, salvo aquella sobre la que la secretaría haya formulado una pregunta: respóndala a más tardar en la fecha indicada.
# $due: the date and time by which to answer.
dashboard-answer-by = Aclaraciones solicitadas: responder a más tardar el { $due }
# $reference: the nomination's reference, such as KEN-014.
receipt-title = Acuse de recibo de la candidatura { $reference }
receipt-back = Volver a la candidatura
receipt-cycle = Convocatoria
receipt-print = Imprimir este acuse de recibo
receipt-note = Este acuse de recibo muestra la candidatura en su estado actual. Cada cambio introducido mientras la convocatoria esté abierta se confirma por correo electrónico a los puntos focales de su Estado.
