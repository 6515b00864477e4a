## Correos electrónicos que envía Laurel (templates/email/).

email-footer = Laurel: candidaturas, evaluación y resultados de los premios al servicio público.
email-hello = Buenos días:
email-hello-name = Buenos días, { $name }:
email-dear-name = Estimado/a { $name }:

email-open-nomination = Abrir la candidatura
email-open-review = Abrir la evaluación
email-open-my-reviews = Ver mis evaluaciones
email-open-stage = Abrir la etapa
email-open-laurel = Abrir Laurel
email-see-results = Ver los resultados

email-invitation-subject = { $role ->
    [admin] Invitación a Laurel en calidad de administrador
    [nominator] Invitación a Laurel en calidad de punto focal de { $state }
   *[reviewer] Invitación a Laurel en calidad de miembro del jurado
}
email-invitation-body = { $role ->
    [admin] { $inviter } le invita a unirse a Laurel en calidad de administrador de los premios (secretaría).
    [nominator] { $inviter } le invita a unirse a Laurel en calidad de punto focal de { $state }: se encargará de preparar y presentar sus candidaturas.
   *[reviewer] { $inviter } le invita a unirse a Laurel en calidad de miembro del jurado: puntuará las candidaturas que se le asignen.
}
email-invitation-accept = Aceptar la invitación
email-invitation-how-to-accept = Para aceptarla, abra el siguiente enlace y elija su nombre y su contraseña:
email-invitation-expiry = El enlace puede utilizarse una sola vez y es válido hasta el { $expires }. Si no esperaba esta invitación, haga caso omiso de este mensaje.

email-password-reset-subject = Elija una nueva contraseña para Laurel
email-password-reset-asked = Alguien, probablemente usted, ha solicitado restablecer su contraseña de Laurel.
email-password-reset-asked-open = Alguien, probablemente usted, ha solicitado restablecer su contraseña de Laurel. Para elegir una nueva, abra el siguiente enlace:
email-password-reset-choose = Elegir una nueva contraseña
email-password-reset-expiry = El enlace puede utilizarse una sola vez y es válido hasta el { $expires }. Si usted no ha hecho esta solicitud, haga caso omiso de este mensaje: su contraseña no cambiará.

email-receipt-subject-submitted = Recibida: { $title } ({ $state })
email-receipt-subject-edited = Modificada: { $title } ({ $state })
email-receipt-subject-withdrawn = Retirada: { $title } ({ $state })
email-receipt-submitted = { $by } ha presentado la candidatura “{ $title }” de { $state } a la edición { $cycle }, en la categoría { $category }. Este mensaje sirve de acuse de recibo.
email-receipt-edited = { $by } ha modificado la candidatura ya presentada “{ $title }” de { $state } en la edición { $cycle } ({ $category }). Se evaluará la última versión.
email-receipt-withdrawn = { $by } ha retirado la candidatura “{ $title }” de { $state } de la edición { $cycle } ({ $category }). No será evaluada.
email-receipt-deadline = Las candidaturas pueden modificarse hasta el { $deadline }.

email-ineligible-subject = Candidatura no admisible: { $title }
email-ineligible-body = Tras la preselección, la secretaría de la edición { $cycle } ha determinado que la candidatura “{ $title }” no es admisible por el siguiente motivo:
email-ineligible-closing = La candidatura no pasará a la fase de evaluación. Le agradecemos su participación.

email-assigned-subject = { $count ->
    [one] { $count } candidatura por evaluar en la edición { $cycle }
   *[other] { $count } candidaturas por evaluar en la edición { $cycle }
}
email-assigned-body = { $count ->
    [one] Se le ha asignado { $count } nueva candidatura para evaluar en la etapa “{ $stage }” de la edición { $cycle }.
   *[other] Se le han asignado { $count } nuevas candidaturas para evaluar en la etapa “{ $stage }” de la edición { $cycle }.
}
# Its own paragraph, only when the stage has a due date.
email-submit-by = Le rogamos que presente sus puntuaciones a más tardar el { $due }.
email-assigned-conflict = Si tiene un conflicto de intereses con alguna de ellas, declárelo en la asignación correspondiente: otro miembro del jurado se hará cargo de ella.

email-replaced-subject = Una candidatura por evaluar en la edición { $cycle } (en sustitución de un colega)
email-replaced-body = Un colega declaró un conflicto de intereses con una candidatura de la etapa “{ $stage }” de la edición { $cycle }, y se le ha asignado a usted.

email-no-replacement-subject = Sin jurado sustituto para “{ $title }” ({ $cycle })
email-no-replacement-body = Un miembro del jurado declaró un conflicto de intereses con “{ $title }” en la etapa “{ $stage }” de la edición { $cycle }, y no ha podido asignarse a ningún otro en su lugar: { $why }.
email-no-replacement-action = Invite a otro miembro del jurado o asigne uno manualmente, o bien acepte un número menor de evaluaciones para esta candidatura.

email-clarification-subject = Una pregunta sobre su candidatura “{ $title }” ({ $cycle })
email-clarification-intro = La secretaría está realizando la preselección de la candidatura “{ $title }”, presentada a la edición { $cycle }, y formula la siguiente pregunta:
email-clarification-answer = Le rogamos que responda modificando la candidatura y volviendo a presentarla a más tardar el { $due }. Hasta entonces, su examen queda en suspenso; después de esa fecha, ya no podrá modificarse.

email-reminder-subject-overdue = { $count ->
    [one] Plazo vencido: { $count } evaluación pendiente en la edición { $cycle }
   *[other] Plazo vencido: { $count } evaluaciones pendientes en la edición { $cycle }
}
email-reminder-subject-due = { $count ->
    [one] Vence el { $due }: { $count } evaluación pendiente en la edición { $cycle }
   *[other] Vence el { $due }: { $count } evaluaciones pendientes en la edición { $cycle }
}
email-reminder-overdue = { $count ->
    [one] El plazo para presentar sus evaluaciones de la etapa “{ $stage }” de la edición { $cycle } venció el { $due }, y { $count } aún no se ha presentado. Los borradores guardados se consideran no presentados.
   *[other] El plazo para presentar sus evaluaciones de la etapa “{ $stage }” de la edición { $cycle } venció el { $due }, y { $count } aún no se han presentado. Los borradores guardados se consideran no presentados.
}
email-reminder-due = { $count ->
    [one] Le recordamos que { $count } evaluación de la etapa “{ $stage }” de la edición { $cycle } debe presentarse a más tardar el { $due }. Los borradores guardados se consideran no presentados.
   *[other] Le recordamos que { $count } evaluaciones de la etapa “{ $stage }” de la edición { $cycle } deben presentarse a más tardar el { $due }. Los borradores guardados se consideran no presentados.
}

email-outcome-subject-advanced = Pasa a la etapa siguiente: { $title } ({ $cycle })
email-outcome-subject-not-advanced = No pasa a la etapa siguiente: { $title } ({ $cycle })
email-outcome-advanced = La candidatura “{ $title }” ha superado la etapa “{ $stage }” de la edición { $cycle } y pasa a la siguiente ronda.
email-outcome-not-advanced = La candidatura “{ $title }” no ha superado la etapa “{ $stage }” de la edición { $cycle }. Le agradecemos que haya dado a conocer esta iniciativa.
email-outcome-score = Puntuación obtenida en esta etapa: { $score }.

email-results-subject = Se han publicado los resultados de la edición { $cycle }
email-results-body = Ya se han dado a conocer los ganadores de la edición { $cycle }. Le agradecemos sus candidaturas.
email-results-body-see-at = Ya se han dado a conocer los ganadores de la edición { $cycle }. Le agradecemos sus candidaturas; puede consultar los resultados y todos los finalistas en:
# To a jury member who reviewed in the cycle, in the HTML email.
email-results-jury = Ya se han dado a conocer los ganadores de la edición { $cycle }. Le agradecemos sus evaluaciones, en las que se basan los premios.
# The same in the plain-text email, followed by the link on a line of its own.
email-results-jury-see-at = Ya se han dado a conocer los ganadores de la edición { $cycle }. Le agradecemos sus evaluaciones, en las que se basan los premios; puede consultar los resultados en:

email-digest-subject = { $cycle }: situación al { $date }
email-digest-phase = Fase
email-digest-phase-value = { $phase ->
    [draft] Borrador
    [open] Abierta a candidaturas
    [reviewing] En evaluación
    [decided] Premios decididos, sin publicar
   *[published] Resultados publicados
} (plazo de presentación de candidaturas: { $deadline })
email-digest-submitted = Candidaturas presentadas
email-digest-submitted-value = { $submitted }; borradores en preparación: { $drafts }
email-digest-reviews = Evaluaciones presentadas
email-digest-reviews-value = { $done } de { $assigned }; con retraso: { $overdue }
email-digest-failed = Correos electrónicos no enviados
email-digest-line = { $label }: { $value }

## A receipt's reference and time of submission.
# $reference: the nomination's reference, such as KEN-014; $when: the time in the cycle's time zone; $utc: the same time in UTC.
email-receipt-reference = Referencia: { $reference }. Presentada el { $when } ({ $utc }).
email-receipt-print = Resumen imprimible de lo presentado:
email-receipt-print-link = Abrir un resumen imprimible de lo presentado

## A reminder to a focal point of drafts not yet submitted before the deadline.
# $count: how many drafts; $deadline: the nomination deadline in the cycle's time zone.
email-draft-reminder-subject = { $count ->
    [one] Sin presentar: { $count } borrador de candidatura; el plazo vence el { $deadline }
   *[other] Sin presentar: { $count } borradores de candidatura; el plazo vence el { $deadline }
}
email-draft-reminder = { $count ->
    [one] Su Estado tiene un borrador de candidatura para la edición { $cycle } que no se ha presentado. El plazo de presentación de candidaturas vence el { $deadline }; el borrador que no se haya presentado para entonces no se tendrá en cuenta.
   *[other] Su Estado tiene { $count } borradores de candidatura para la edición { $cycle } que no se han presentado. El plazo de presentación de candidaturas vence el { $deadline }; los borradores que no se hayan presentado para entonces no se tendrán en cuenta.
}
email-draft-reminder-after = En la página de cada borrador se indica lo que aún falta para poder presentarlo.
email-draft-untitled = Candidatura sin título
email-open-my-nominations = Ver sus candidaturas

## A reminder of a clarification question not yet answered.
email-clarification-reminder-subject = Respuesta necesaria a más tardar el { $due }: { $title }
email-clarification-reminder = La secretaría sigue a la espera de su respuesta a la pregunta que formuló sobre “{ $title }” ({ $cycle }). Le rogamos que responda a más tardar el { $due }; la pregunta figura a continuación.
