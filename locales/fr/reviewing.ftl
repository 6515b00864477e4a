## Pages des membres du jury : la liste de leurs évaluations et une évaluation avec sa grille.

reviews-none = Aucune candidature ne vous a encore été attribuée pour évaluation. Vous serez averti par courriel dès que ce sera le cas.
reviews-progress = { $done } sur { $total } soumises
reviews-due = échéance :
reviews-stage-closed = cette étape est close

review-title = Évaluation : { $title }
review-category = Catégorie
review-member-state = État Membre
review-institution = Institution
review-due = Échéance
review-blind = Cette étape se déroule à l’aveugle : l’État Membre, l’institution et l’auteur de la candidature ne sont pas communiqués, afin que la candidature soit jugée sur ses seuls mérites.
review-nomination = La candidature
review-summary = Résumé
review-documents = Pièces justificatives
review-scores = Vos notes
review-recused = Vous vous êtes récusé pour cette candidature.
review-scale = (de { $min } à { $max }, coefficient { $weight })
review-comment = Commentaire à l’intention du secrétariat
review-save = Enregistrer les notes
review-submit = Soumettre l’évaluation
review-save-hint = Les notes enregistrées peuvent être modifiées jusqu’à la soumission. Les autres membres du jury ne voient jamais vos notes.
review-conflict = J’ai un conflit d’intérêts concernant cette candidature
review-conflict-reason = De quel conflit s’agit-il ?
review-conflict-hint = La candidature est confiée à un autre membre du jury, et le conflit est consigné afin qu’elle ne vous soit plus attribuée.
review-recuse = Me récuser
review-out-of = sur { $max }
review-submitted = Soumise ; elle ne peut plus être modifiée.

## A juror's list: where each assigned nomination stands.
reviews-item-submitted = Soumise
reviews-item-recused = Récusation
reviews-item-saved = Notes enregistrées, non soumises
reviews-item-to-review = À évaluer
reviews-notice-recused = Vous vous êtes récusé pour cette candidature, et votre conflit d’intérêts a été consigné.

## Scoring a nomination.
review-notice-saved = Vos notes ont été enregistrées. Soumettez-les lorsque vous aurez terminé.
review-notice-submitted = Votre évaluation a été soumise. Merci.
review-alert-conflict = Précisez brièvement la nature du conflit d’intérêts.
# The name a blind review gives an attachment: "Attachment 2.pdf".
review-attachment-name = Pièce jointe { $number }.{ $extension }

## The juror's workbench: to do and done, next and previous, a comment per criterion.
reviews-to-do = À faire
reviews-to-do-none = Il ne reste rien à faire pour cette étape.
reviews-done = Terminé
review-pager = Vos attributions pour cette étape
review-previous = ← Précédente
review-next = Suivante →
# $position: this assignment's place in the juror's list; $total: how many there are.
review-position = { $position } sur { $total }
review-opens-in-tab = s’ouvre dans un nouvel onglet
review-save-next = Enregistrer et passer à la candidature suivante
# $criterion: the criterion's name.
review-criterion-comment = Votre commentaire sur le critère « { $criterion } » (facultatif)
# $when: the time the scores were saved.
review-autosave-saved = Notes enregistrées à l’état de brouillon le { $when }.
review-autosave-offline = Non enregistré : la connexion a été interrompue. Vos notes sont toujours là et seront enregistrées dès qu’elle sera rétablie.
review-alert-scores-count = { $count ->
    [one] Vos notes ont été enregistrées à l’état de brouillon. Un point doit être revu avant que vous puissiez soumettre l’évaluation :
   *[other] Vos notes ont été enregistrées à l’état de brouillon. Les { $count } points suivants doivent être revus avant que vous puissiez soumettre l’évaluation :
}
# Stands in a blind stage for a passage the secretariat withheld.
review-withheld-passage = [masqué]
