dashboard-title = Candidatures — { $state }
dashboard-none = Aucun appel à candidatures n’est ouvert pour le moment, et votre État n’a encore présenté aucune candidature.
dashboard-read-only = Les candidatures ci-dessous peuvent être consultées mais ne peuvent plus être modifiées.
dashboard-quota = Candidatures présentées : { $used } sur { $max }
dashboard-quota-full = Candidatures présentées : { $used } sur { $max } — nombre maximal autorisé pour votre État dans cette catégorie
dashboard-updated = mise à jour le { $date }
dashboard-start = Commencer une candidature
dashboard-start-in = dans la catégorie { $category }

nomination-category = Catégorie
nomination-status = Statut
nomination-deadline = Date limite
nomination-problem = { $field } : { $message }
nomination-required-hint = Les champs marqués d’un astérisque (*) doivent être remplis pour présenter la candidature ; un brouillon peut être enregistré à tout moment.
nomination-choose = Choisir…
nomination-max-chars = { $count ->
    [one] { $count } caractère au maximum.
   *[other] { $count } caractères au maximum.
}
nomination-attachments = Pièces justificatives
nomination-attachments-hint = { $max ->
    [one] PDF, PNG ou JPEG ; { $max } fichier au maximum.
   *[other] PDF, PNG ou JPEG ; { $max } fichiers au maximum.
}
nomination-attachments-hint-min = { $max ->
    [one] PDF, PNG ou JPEG ; { $max } fichier au maximum ; au moins { $min } requis pour présenter la candidature.
   *[other] PDF, PNG ou JPEG ; { $max } fichiers au maximum ; au moins { $min } requis pour présenter la candidature.
}
nomination-remove = Supprimer
nomination-file = Fichier
nomination-add-file = Ajouter un fichier
nomination-file-hint = Le fichier est joint lors de l’enregistrement.
nomination-save-draft = Enregistrer le brouillon
nomination-save-changes = Enregistrer les modifications
nomination-submit = Présenter la candidature
nomination-withdraw = Retirer cette candidature
nomination-withdraw-warning = Une candidature retirée est exclue du concours. Cette opération est irréversible.
nomination-withdraw-warning-submitted = Une candidature retirée est exclue du concours et libère sa place dans le quota de la catégorie. Cette opération est irréversible.
nomination-withdraw-confirm = Confirmer le retrait
nomination-no-answer = Aucune réponse.
nomination-no-attachments = Aucune.

results-title = { $cycle } : résultats
results-coming = Les résultats de cette édition seront publiés le { $date }.
results-published-on = Résultats publiés le { $date }.
results-csv = Télécharger au format CSV
results-filter = Filtrer les résultats
results-region = Région
results-all-regions = Toutes les régions
results-member-state = État Membre
results-all-member-states = Tous les États Membres
results-show = Afficher
results-none = Aucun prix ne correspond à ces critères.

initiative-member-state = État Membre
initiative-institution = Organisme
initiative-category = Catégorie
initiative-award = Prix
initiative-summary = Résumé

member-state-none = Aucune initiative de cet État Membre ne figure encore parmi les finalistes d’une édition dont les résultats ont été publiés.

invitation-accept-title = Accepter votre invitation
invitation-accept-intro = Vous êtes invité, à l’adresse { $email }, en qualité { $role ->
        [admin] d’administrateur (secrétariat)
        [nominator] de point focal (présentation des candidatures)
       *[reviewer] de membre du jury
    }.
invitation-accept-choose = Choisissez le nom que verront vos collègues, ainsi qu’un mot de passe.
invitation-accept-correct = Veuillez corriger les champs signalés ci-dessous.
invitation-accept-name = Votre nom
invitation-accept-password-hint = Au moins 12 caractères. Quelques mots sans rapport entre eux forment un mot de passe robuste et facile à retenir.
invitation-accept-submit = Créer mon compte

error-back = Retour aux prix
error-status = Erreur { $status }

account-title = Mon compte
account-welcome = Bienvenue sur Laurel, { $name }. Votre compte est prêt.
account-name = Nom
account-email = Adresse électronique
account-role = Rôle
account-member-state = État Membre
account-nationality = Nationalité
account-conflicts-title = Conflits d’intérêts
account-conflicts-intro = Aucune candidature de votre propre pays ou d’un État Membre que vous déclarez ici ne vous est jamais attribuée.
account-conflicts-none = Vous n’avez déclaré aucun conflit d’intérêts.
account-conflict-with = État concerné
account-reason = Motif
account-conflict-declared = Date de déclaration
account-declare-title = Déclarer un conflit d’intérêts
account-choose = Choisir…
account-declare-submit = Déclarer le conflit d’intérêts

## The language a person reads Laurel in (account page).
account-language-title = Langue
account-language-label = Langue des pages et des courriels
account-language-hint = Laurel affiche ses pages et vous écrit ses courriels dans cette langue, où que vous vous connectiez.
account-language-save = Enregistrer la langue
account-language-saved = Votre langue a été enregistrée.
nomination-language = Langue de la candidature
nomination-language-hint = La langue dans laquelle vous la rédigez. Le jury et les pages publiques la présentent telle qu’elle a été rédigée.

## A nomination's status, as its focal point and the secretariat read it.
status-draft = Brouillon
status-submitted = Présentée
status-clarification-requested = Éclaircissements demandés
status-in-review = En cours d’évaluation
status-finalist = Finaliste
status-winner = Lauréate
status-champion = Championne
status-withdrawn = Retirée
status-ineligible = Irrecevable
# A nomination that did not go on to the next stage.
status-eliminated = Non retenue

## Awards, as the results pages name them.
award-winner = Lauréate
award-champion = Championne
award-finalist = Finaliste

## The United Nations regional groups.
region-african = États d’Afrique
region-asia-pacific = États d’Asie et du Pacifique
region-eastern-european = États d’Europe orientale
region-latin-american-caribbean = États d’Amérique latine et des Caraïbes
region-western-european-others = États d’Europe occidentale et autres États

## The nomination form.
nomination-field-title = Intitulé de l’initiative
nomination-field-institution = Organisme qui la met en œuvre
nomination-field-summary = Résumé
# The heading of the form before the nomination has a title.
nomination-new = Nouvelle candidature
nomination-notice-saved = Vos modifications ont été enregistrées.
nomination-notice-attached = Le fichier a été joint.
nomination-notice-removed = Le fichier a été supprimé.
nomination-notice-submitted = Votre candidature a été présentée. Un accusé de réception est en cours d’envoi aux points focaux de votre État.
nomination-notice-withdrawn = La candidature a été retirée.
nomination-alert-fields = Certaines réponses doivent être revues avant que la candidature puisse aller plus loin ; voir les champs signalés.
nomination-alert-changed = Quelqu’un a modifié cette candidature (depuis un autre appareil, ou un autre point focal de votre État) depuis que vous l’avez ouverte. Votre texte figure ci-dessous et n’a pas été enregistré : vérifiez-le, puis enregistrez-le de nouveau pour remplacer les modifications apportées entre-temps.
# $why: the reason, a full sentence.
nomination-alert-not-saved = { $why } Vos dernières modifications n’ont pas pu être enregistrées ; elles figurent ci-dessous afin que vous puissiez les copier.

## File sizes. $size is a number already written with its decimals.
size-megabytes = { $size } Mo
size-kilobytes = { $size } Ko
size-bytes = { $count ->
    [one] { $count } octet
   *[other] { $count } octets
}

## The account page.
account-role-admin = Administrateur (secrétariat)
account-role-nominator = Point focal (présentation des candidatures)
account-role-reviewer = Membre du jury
# In the list of conflicts, one declared on a single nomination rather than a member state.
account-conflict-nomination = Une candidature

## Saving a draft as it is typed (the page's script shows these).
autosave-saving = Enregistrement…
# $when: the time of the save, written by the server.
autosave-saved = Brouillon enregistré le { $when }.
# $why: what the server said.
autosave-unsaved = Pas encore enregistré : { $why }
autosave-offline = Non enregistré : la connexion a été interrompue. Votre texte est toujours là et sera enregistré dès qu’elle sera rétablie.
# Under a long answer: $typed characters typed of the $count allowed.
autosave-count = { $count ->
    [one] { $typed } sur { $count } caractère
   *[other] { $typed } sur { $count } caractères
}
autosave-count-full = { $count ->
    [one] { $typed } sur { $count } caractère (maximum atteint)
   *[other] { $typed } sur { $count } caractères (maximum atteint)
}
# On an initiative's public page: the language its nomination is written in.
initiative-language = Langue de rédaction

## A draft's checklist, and a submission refused for what it still lacks.
nomination-checklist = Éléments à compléter avant de pouvoir présenter la candidature
nomination-checklist-ready = Tous les éléments requis sont réunis : vous pouvez présenter la candidature dès que vous le souhaitez.
nomination-alert-submit = { $count ->
    [one] Votre brouillon a été enregistré, mais la candidature ne peut pas encore être présentée. Un point doit être revu :
   *[other] Votre brouillon a été enregistré, mais la candidature ne peut pas encore être présentée. Les { $count } points suivants doivent être revus :
}
# Heading of a nomination saved before it had a title.
nomination-untitled = Candidature sans intitulé
autosave-restored = Le texte que vous aviez saisi sur cet appareil avant l’interruption de la connexion a été rétabli et est en cours d’enregistrement.

## A submitted nomination's reference, and a clarification the secretariat asked for.
nomination-reference = Référence
nomination-submitted-at = Date de présentation
nomination-print-receipt = Accusé de réception imprimable reprenant le contenu présenté
nomination-answer-by = Réponse attendue le
nomination-clarification-title = Question du secrétariat
# $who: the name of the person who asked; $when: when they asked.
nomination-clarification-asked = Question posée par { $who } le { $when }.
# Who asked, when the person's name is not known.
nomination-clarification-secretariat = le secrétariat
nomination-clarification-fields = Veuillez répondre ci-dessous. Vous pouvez également modifier n’importe quel champ de la candidature ; le secrétariat verra votre réponse ainsi que les modifications apportées. L’envoi de votre réponse renvoie la candidature à la présélection.
nomination-clarification-answer = Votre réponse au secrétariat
nomination-clarification-send = Envoyer votre réponse et présenter de nouveau la candidature
nomination-notice-answered = Votre réponse a été envoyée et la candidature est de nouveau entre les mains du secrétariat. Un accusé de réception est en cours d’envoi aux points focaux de votre État.
dashboard-read-only-but-answer = Les candidatures ci-dessous peuvent être consultées mais ne peuvent plus être modifiées, à l’exception de celle au sujet de laquelle le secrétariat a posé une question : veuillez y répondre au plus tard à la date indiquée.
# $due: the date and time by which to answer.
dashboard-answer-by = Éclaircissements demandés : réponse attendue au plus tard le { $due }
# $reference: the nomination's reference, such as KEN-014.
receipt-title = Accusé de réception de la candidature { $reference }
receipt-back = Retour à la candidature
receipt-cycle = Appel à candidatures
receipt-print = Imprimer cet accusé de réception
receipt-note = Cet accusé de réception présente la candidature dans son état actuel. Chaque modification apportée tant que l’appel à candidatures est ouvert est confirmée par courriel aux points focaux de votre État.
