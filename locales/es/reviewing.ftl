## Páginas de los jurados: la lista de sus evaluaciones y una evaluación con su rúbrica.

reviews-none = Todavía no tiene candidaturas asignadas para evaluar. Recibirá un correo electrónico cuando se le asignen.
reviews-progress = { $done } de { $total } presentadas
reviews-due = plazo:
reviews-stage-closed = esta etapa está cerrada

review-title = Evaluación: { $title }
review-category = Categoría
review-member-state = Estado Miembro
review-institution = Institución
review-due = Plazo
review-blind = Esta etapa es anónima: no se indican el Estado Miembro, la institución ni la persona que presentó la candidatura, para que esta se juzgue únicamente por sus méritos.
review-nomination = La candidatura
review-summary = Resumen
review-documents = Documentos justificativos
review-scores = Sus puntuaciones
review-recused = Usted se inhibió de evaluar esta candidatura.
review-scale = (de { $min } a { $max }, ponderación { $weight })
review-comment = Comentario para la secretaría
review-save = Guardar las puntuaciones
review-submit = Presentar la evaluación
review-save-hint = Las puntuaciones guardadas pueden modificarse hasta que presente la evaluación. Los demás jurados nunca ven sus puntuaciones.
review-conflict = Tengo un conflicto de intereses con esta candidatura
review-conflict-reason = ¿En qué consiste el conflicto?
review-conflict-hint = La candidatura se asigna a otro jurado y el conflicto queda registrado para que no se le vuelva a asignar.
review-recuse = Inhibirme
review-out-of = de { $max }
review-submitted = Presentada; ya no puede modificarse.

## A juror's list: where each assigned nomination stands.
reviews-item-submitted = Presentada
reviews-item-recused = Inhibición
reviews-item-saved = Puntuaciones guardadas, sin presentar
reviews-item-to-review = Por evaluar
reviews-notice-recused = Se ha inhibido de evaluar esa candidatura y su conflicto de intereses ha quedado registrado.

## Scoring a nomination.
review-notice-saved = Se han guardado sus puntuaciones. Preséntelas cuando haya terminado.
review-notice-submitted = Se ha presentado su evaluación. Gracias.
review-alert-conflict = Indique brevemente en qué consiste el conflicto.
# The name a blind review gives an attachment: "Attachment 2.pdf".
review-attachment-name = Documento adjunto { $number }.{ $extension }

## The juror's workbench: to do and done, next and previous, a comment per criterion.
reviews-to-do = Pendientes
reviews-to-do-none = No queda nada pendiente en esta etapa.
reviews-done = Finalizadas
review-pager = Sus asignaciones en esta etapa
review-previous = ← Anterior
review-next = Siguiente →
# $position: this assignment's place in the juror's list; $total: how many there are.
review-position = { $position } de { $total }
review-opens-in-tab = se abre en una pestaña nueva
review-save-next = Guardar y pasar a la candidatura siguiente
# $criterion: the criterion's name.
review-criterion-comment = Su comentario sobre el criterio “{ $criterion }” (opcional)
# $when: the time the scores were saved.
review-autosave-saved = Puntuaciones guardadas como borrador el { $when }.
review-autosave-offline = No se han guardado: se ha perdido la conexión. Sus puntuaciones siguen aquí y se guardarán cuando se restablezca.
review-alert-scores-count = { $count ->
    [one] Sus puntuaciones se han guardado como borrador. Hay un aspecto que requiere atención antes de que pueda presentar la evaluación:
   *[other] Sus puntuaciones se han guardado como borrador. Estos { $count } aspectos requieren atención antes de que pueda presentar la evaluación:
}
# Stands in a blind stage for a passage the secretariat withheld.
review-withheld-passage = [oculto]
