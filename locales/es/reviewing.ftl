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
review-alert-scores = Algunas puntuaciones requieren atención; vea los criterios señalados. No se ha perdido nada de lo que escribió.
review-alert-conflict = Indique brevemente en qué consiste el conflicto.
# The name a blind review gives an attachment: "Attachment 2.pdf".
review-attachment-name = Documento adjunto { $number }.{ $extension }
