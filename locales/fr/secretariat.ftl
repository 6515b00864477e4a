## Pages du secrétariat.

## Éditions (/admin/cycles).

admin-cycles-none = Aucune édition pour l’instant. Importez-en une par l’un de ces moyens :
admin-cycles-phase = { $phase ->
    [draft] brouillon
    [open] candidatures ouvertes
    [reviewing] évaluation en cours
    [decided] prix décernés, non publiés
   *[published] résultats publiés
}
admin-cycles-stage-kind = { $kind ->
    [screening] présélection
    [scoring] notation
   *[public_vote] vote du public
}
admin-cycles-publish-intro = Les prix sont décernés et restent confidentiels. Leur publication les fait apparaître sur le site public, dans les données ouvertes et dans le flux, et déclenche l’envoi d’un courriel aux points focaux et aux membres du jury.
admin-cycles-publish-at = Publier le (facultatif, { $zone })
admin-cycles-publish = Publier les résultats
admin-cycles-public-page = La page publique des résultats

## Courriels sortants (/admin/outbox).

admin-outbox-title = Courriels sortants
admin-outbox-filter = Filtrer par statut
admin-outbox-all = Tous
admin-outbox-status = { $status ->
    [pending] en attente
    [sent] envoyé
   *[failed] échec
}
admin-outbox-none = Aucun courriel.
admin-outbox-none-status = { $status ->
    [pending] Aucun courriel n’est en attente d’envoi.
    [sent] Aucun courriel n’a été envoyé.
   *[failed] Aucun envoi n’a échoué.
}
admin-outbox-col-to = Destinataire
admin-outbox-col-subject = Objet
admin-outbox-col-status = Statut
admin-outbox-col-attempts = Tentatives
admin-outbox-col-when = Envoi ou prochaine tentative
admin-outbox-col-error = Dernière erreur
admin-outbox-col-action = Opération
admin-outbox-resend = Renvoyer
admin-outbox-resend-to = Renvoyer le courriel à { $to }

## Utilisateurs (/admin/people).

admin-people-invited = Une invitation a été envoyée à { $email }. Le lien est valable sept jours.
admin-people-invite-heading = Inviter une personne
admin-people-invite-errors = L’invitation n’a pas été envoyée : veuillez corriger les champs signalés ci-dessous.
admin-people-role = Rôle
admin-people-role-nominator-long = Point focal (présentation des candidatures) d’un État Membre
admin-people-role-reviewer = Membre du jury
admin-people-role-admin-long = Administrateur (secrétariat)
admin-people-member-state = État Membre
admin-people-member-state-hint = (points focaux uniquement)
admin-people-nationality = Nationalité
admin-people-nationality-hint = (membres du jury : les candidatures de leur propre pays ne leur sont jamais attribuées)
admin-people-invite-submit = Envoyer l’invitation
admin-people-everyone = Toutes les personnes titulaires d’un compte
admin-people-col-name = Nom
admin-people-col-email = Adresse électronique
admin-people-col-state = État
admin-people-col-status = Statut
admin-people-col-actions = Opérations
admin-people-role-name = { $role ->
    [nominator] Point focal
    [reviewer] Membre du jury
   *[admin] Administrateur
}
admin-people-active = Actif
admin-people-deactivated = Désactivé
admin-people-deactivate = Désactiver
admin-people-deactivate-person = Désactiver le compte de { $name }
admin-people-change-role = Changer de rôle
admin-people-new-role = Nouveau rôle
admin-people-role-nominator = Point focal
admin-people-role-admin = Administrateur
admin-people-state-code = Code de l’État Membre (points focaux)
admin-people-state-code-example = p. ex. KEN
admin-people-change = Modifier

## Page d’une étape (/admin/stages/{id}).

admin-stage-kind = { $kind ->
    [screening] Étape de présélection
    [scoring] Étape de notation
   *[public_vote] Étape de vote du public
}
admin-stage-status = { $status ->
    [pending] à venir
    [active] en cours
   *[closed] close
}
admin-stage-shortfalls = Certaines candidatures n’ont pas pu recevoir tous les membres du jury nécessaires :
admin-stage-queue = Candidatures à présélectionner
admin-stage-checklist = Liste de vérification
admin-stage-note = Observation (communiquée aux points focaux en cas de non-conformité)
admin-stage-record-screening = Enregistrer la présélection
admin-stage-ask-instead = Poser plutôt une question aux points focaux
admin-stage-question = Votre question
admin-stage-answer-by = Réponse attendue le
admin-stage-send-question = Envoyer la question
admin-stage-reviewers = Membres du jury
admin-stage-per-nomination = Membres du jury par candidature
admin-stage-max-load = Nombre maximal de candidatures par membre du jury (facultatif)
admin-stage-assign-auto = Attribuer automatiquement
admin-stage-assign-hint = Nul n’évalue les candidatures de son propre pays ni celles pour lesquelles il a déclaré un conflit d’intérêts. Les candidatures qui ont déjà assez de membres du jury restent inchangées.
admin-stage-assign-one = Attribuer manuellement un membre du jury
admin-stage-decide-awards = Décerner les prix
admin-stage-advance = Passage à l’étape suivante
admin-stage-pending-reviews = { $count ->
    [one] { $count } évaluation attribuée n’a pas encore été soumise ; le classement ne tient compte que des évaluations soumises.
   *[other] { $count } évaluations attribuées n’ont pas encore été soumises ; le classement ne tient compte que des évaluations soumises.
}
admin-stage-still-to-decide = Reste à décider :
admin-stage-col-rank = Rang
admin-stage-col-nomination = Candidature
admin-stage-col-rule = Selon la règle
admin-stage-outcome = { $outcome ->
    [advanced] retenue
    [eliminated] non retenue
    [ineligible] irrecevable
    [winner] lauréate
    [champion] championne
   *[finalist] finaliste
}
admin-stage-needs-decision = décision requise
admin-stage-confirm-awards = Confirmer les prix
admin-stage-confirm-close = Confirmer et clore l’étape

## Attribution manuelle d’un membre du jury (/admin/stages/{id}/assign-one).

admin-assign-title = Attribuer un membre du jury : { $stage }
admin-assign-heading = Attribuer manuellement un membre du jury
admin-assign-rules = Nul ne peut évaluer les candidatures de son propre pays ni celles pour lesquelles il a déclaré un conflit d’intérêts ; dans ce cas, l’attribution est refusée.
admin-assign-nomination = Candidature
admin-assign-reviewer = Membre du jury
admin-assign-submit = Attribuer

## Classement d’une étape de notation (pas encore utilisé).

admin-ranking-title = Classement
admin-ranking-reliability = Fiabilité inter-évaluateurs (alpha de Krippendorff) :
admin-ranking-not-measurable = pas encore mesurable
admin-ranking-hide-reviews = Masquer les évaluations
admin-ranking-show-reviews = Afficher toutes les évaluations
admin-ranking-csv = CSV pour l’API
admin-ranking-col-score = Note
admin-ranking-col-reviews = Évaluations
admin-ranking-col-spread = Écart
admin-ranking-col-flags = Signalements
admin-ranking-col-override = Dérogation
admin-ranking-col-rationale = Justification
admin-ranking-reviews-done = { $done } sur { $assigned }
admin-ranking-flag = { $flag ->
    [disagreement] désaccord entre évaluateurs
    [tie] ex aequo
   *[no_reviews] aucune évaluation
}
admin-ranking-preview = Prévisualiser avec ces dérogations

## What the secretariat is told after acting on a stage or a cycle.
admin-stage-screen-passed = Conforme
admin-stage-screen-failed = Non conforme
admin-stage-screen-none = Non examinée
admin-stage-notice-assigned = Les membres du jury ont été désignés et en ont été informés par courriel.
admin-stage-notice-advanced = L’étape est close et ses résultats ont été enregistrés.
admin-stage-notice-screened = La présélection a été enregistrée.
admin-stage-notice-asked = La question est en cours d’envoi aux points focaux de l’État qui a présenté la candidature.
admin-cycles-notice-published = Les résultats sont publics ; les points focaux et les membres du jury en sont informés.
admin-cycles-notice-scheduled = La publication est programmée ; les résultats restent confidentiels jusque-là.
# $why: the refusal, in a sentence.
admin-assign-refused = Attribution non effectuée : { $why }.
admin-stage-nothing-changed = Aucune modification n’a été apportée : { $why }.

## One email of the outbox (/admin/email/{id}).
admin-email-queued = Mis en file d’attente
admin-email-sent = Envoyé
# When delivery will be tried again.
admin-email-next-attempt = Prochaine tentative
admin-email-text = Texte
# A link that opens the email's formatted (HTML) version on its own page.
admin-email-html = Ouvrir la version mise en forme

## The audit trail (/admin/audit).
admin-audit-title = Journal d’audit
admin-audit-chain = Intégrité du journal
admin-audit-intact = Vérifié { $when } : les { $count } événements sont tels qu’ils ont été enregistrés.
admin-audit-broken = Vérifié { $when } : le journal a été altéré.
admin-audit-not-checked = Le journal n’a pas été vérifié depuis le démarrage de ce serveur.
admin-audit-check-now = Vérifier le journal maintenant
admin-audit-filter = Filtrer le journal
admin-audit-actor = Auteur
admin-audit-action = Action
admin-audit-action-hint = Telle qu’enregistrée, par exemple nomination.submitted.
admin-audit-subject = Objet
admin-audit-from = Du
admin-audit-until = Au
admin-audit-apply = Filtrer
admin-audit-clear = Tout afficher
admin-audit-when = Date
admin-audit-details = Détails
admin-audit-none = Aucun événement ne correspond.
admin-audit-older = Événements plus anciens

## A cycle's entries (/admin/cycles/{id}/nominations).
admin-entries-title = Candidatures de l’édition { $cycle }
admin-entries-filter = Filtrer les candidatures
admin-entries-words = Mots
admin-entries-words-hint = Recherchés dans le titre ou l’institution, sans tenir compte des majuscules.
admin-entries-region = Groupe régional
admin-entries-any = Tous
admin-entries-csv = Télécharger ces candidatures au format CSV
admin-entries-none = Aucune candidature ne correspond.
admin-entries-updated = Dernière modification
admin-entries-more = Candidatures suivantes
admin-entries-link = Toutes les candidatures

## A cycle's dashboard (/admin/cycles/{id}).
admin-dashboard-states = { $count } des { $all } États Membres ont présenté une candidature.
admin-dashboard-by-status = Candidatures par statut
admin-dashboard-by-region = Candidatures par groupe régional
admin-dashboard-count = Nombre
admin-dashboard-submitted = Présentées
admin-dashboard-drafts = Brouillons
admin-dashboard-reviews = { $submitted } évaluations présentées sur { $assigned } ; { $overdue } en retard
admin-dashboard-due = échéance : { $due }
admin-dashboard-juror = Membre du jury
admin-dashboard-assigned = Attribuées
admin-dashboard-overdue = En retard
admin-dashboard-link = Avancement

## A nomination's dossier (/admin/nominations/{id}).
admin-dossier-submitted = Date de présentation
admin-dossier-clarification = Question posée aux points focaux :
admin-dossier-ineligible = Jugée irrecevable :
# The entry as its member state wrote it: summary and answers.
admin-dossier-entry = Contenu de la candidature
# $rank: its place in its ranking group.
admin-dossier-rank = classée au rang { $rank }
# $who: the person who decided; $when: the date and time.
admin-dossier-decided-by = Décision prise par { $who } le { $when }.
admin-dossier-decided = Décision prise le { $when }.
# The secretariat chose another outcome than the stage's rule gave.
admin-dossier-overridden = Décision du secrétariat dérogeant à la règle :
admin-dossier-check-passed = rempli
admin-dossier-check-failed = non rempli
admin-dossier-no-reviews = Aucun membre du jury ne lui est attribué à cette étape.
admin-dossier-comment = Commentaire
# A review's status; $when: when it was submitted, or when it is due.
admin-dossier-review-status = { $status ->
    [submitted] soumise le { $when }
    [recused] récusation
   *[pending] attendue le { $when }
}
admin-dossier-emails = Courriels concernant cette candidature
admin-dossier-no-emails = Aucun courriel n’a été envoyé à son sujet.
admin-dossier-history = Historique
admin-dossier-in-trail = La consulter dans le journal d’audit

## The dashboard's charts (/admin/cycles/{id}). Each chart has a title, a sentence
## saying what it shows, and the same numbers in a table.
admin-dashboard-call = L’appel à candidatures
admin-dashboard-stages = Progression d’une étape à l’autre
admin-chart-days-title = Candidatures présentées par jour
# $count nominations in all; $day the busiest day, with $most of them; $closes the deadline.
admin-chart-days-summary = { $count ->
    [one] { $count } candidature présentée à ce jour
   *[other] { $count } candidatures présentées à ce jour
} ; le jour le plus chargé a été le { $day }, avec { $most }. Clôture de l’appel : { $closes }.
admin-chart-days-none = Aucune candidature n’a encore été présentée. Clôture de l’appel : { $closes }.
# Marks the deadline on the chart of submissions per day.
admin-chart-deadline = Date limite
admin-chart-day = Jour
admin-chart-coverage-title = Participation des États Membres, par groupe régional
# After "N of 193 member states have submitted a nomination."
admin-chart-coverage-drafting = { $count ->
    [0] Aucun autre État Membre n’a de brouillon en attente.
    [one] Un autre État Membre a un brouillon qu’il n’a pas encore présenté.
   *[other] { $count } autres États Membres ont un brouillon qu’ils n’ont pas encore présenté.
}
# A bar's label: $submitted and $drafting of the group's $states member states.
admin-chart-coverage-row = { $region } : { $states } États Membres, dont { $submitted } ayant présenté une candidature et { $drafting } n’ayant qu’un brouillon
admin-chart-draft-only = Brouillon seulement
admin-chart-not-yet = Rien pour l’instant
admin-chart-states = États Membres
admin-chart-states-submitted = États Membres ayant présenté une candidature
admin-chart-funnel-title = Progression des candidatures d’une étape à l’autre
admin-chart-funnel-summary = Chaque barre correspond à une étape de l’édition : le nombre de candidatures qui y sont parvenues, et combien d’entre elles sont allées plus loin.
# The first bar: every nomination submitted.
admin-chart-funnel-first = { $step } : { $count }
# A stage's bar: $count reached it and $on went on.
admin-chart-funnel-row = { $step } — parvenues à cette étape : { $count } ; allées plus loin : { $on }
admin-chart-went-on = Allées plus loin
admin-chart-stopped = Arrêtées à cette étape ou en attente de décision
admin-chart-step = Étape
admin-chart-reached = Parvenues à l’étape
# $stage: the stage's name.
admin-chart-jurors-title = Évaluations par membre du jury : { $stage }
# A juror's bar.
admin-chart-juror-row = { $name } — soumises : { $submitted } sur { $assigned } ; en retard : { $overdue }
admin-chart-not-due = Échéance non atteinte
admin-chart-action = Opération
admin-dashboard-remind = Relancer
# The remind button's name for a screen reader: $name the jury member.
admin-dashboard-remind-one = Relancer { $name } maintenant
admin-dashboard-remind-all = Relancer tous les membres du jury ayant des évaluations en attente
admin-dashboard-remind-hint = Chaque membre du jury reçoit au plus un rappel par jour pour cette étape, quel que soit le nombre de fois où l’on appuie sur ce bouton.
admin-dashboard-reminded = Les rappels sont en cours d’envoi.
admin-chart-criteria-title = Notes par critère : { $stage }
admin-chart-juror-scores-title = Notes par membre du jury : { $stage }
admin-chart-range-summary = Chaque ligne relie la note la plus basse et la note la plus haute attribuées, sur une échelle de 0 à 100 ; le point indique la moyenne.
# A range's label, on a scale of 0 to 100.
admin-chart-range-row = { $name } : moyenne { $mean }, de { $min } à { $max }
# $low and $high: the lowest and highest mean total, with the jury members who gave them.
admin-chart-juror-scores-summary = Chaque ligne relie le total le plus bas et le total le plus haut attribués par un membre du jury, sur une échelle de 0 à 100 ; le point indique la moyenne. Les moyennes vont de { $low } ({ $lowname }) à { $high } ({ $highname }).
admin-chart-criterion = Critère
admin-chart-lowest = Minimum
admin-chart-mean = Moyenne
admin-chart-highest = Maximum
# $alpha: Krippendorff's alpha, two decimals.
admin-dashboard-agreement = Concordance entre les membres du jury (alpha de Krippendorff) : { $alpha }. { $level ->
    [good] Leurs notes concordent bien.
    [tentative] Leurs notes ne concordent qu’en partie : examinez les écarts ci-dessous.
   *[low] Leurs notes divergent plus qu’elles ne concordent : examinez les écarts ci-dessous avant de passer à l’étape suivante.
}
# A screening stage's progress: $decided of the $entered nominations that reached it.
admin-dashboard-screened = Candidatures examinées : { $decided } sur { $entered }
# The entries' filter by what a stage decided.
admin-entries-outcome = Décision prise à une étape
admin-entries-clarification = Uniquement les candidatures dont les points focaux n’ont pas encore répondu à une question
admin-entries-sort = Ordre
admin-entries-sort-by = { $sort ->
    [changed] Modifiées le plus récemment en premier
    [title] Par titre
    [member_state] Par État Membre
   *[oldest] Par ordre de création
}
admin-entries-csv-reviews = Télécharger leurs évaluations au format CSV, une ligne par évaluation
# The earliest due date of a jury member's reviews still to come.
admin-chart-next-due = Prochaine échéance

## People at scale: searching, coverage, deactivation, lists of invitations.
# $name: the person's name.
admin-people-was-deactivated = Le compte de { $name } est désactivé et la personne a été déconnectée sur tous ses appareils. Vous pouvez réactiver ce compte à tout moment.
admin-people-was-reactivated = Le compte de { $name } est de nouveau actif ; la personne peut se connecter.
admin-people-bulk-link = Inviter plusieurs personnes à partir d’une liste
admin-people-invitations-link = Invitations envoyées
admin-people-coverage-heading = Points focaux
admin-people-coverage-all = Chaque État Membre dispose d’un point focal actif.
# $count: member states with no active focal point.
admin-people-coverage-missing = { $count ->
    [one] { $count } État Membre n’a pas de point focal actif
   *[other] { $count } États Membres n’ont pas de point focal actif
}
# $count: people matching the search.
admin-people-found = { $count ->
    [one] { $count } personne trouvée
   *[other] { $count } personnes trouvées
}
admin-people-search = Rechercher des personnes
admin-people-words = Nom ou adresse électronique
admin-people-none-found = Aucune personne ne correspond à cette recherche.
admin-people-reactivate = Réactiver
admin-people-reactivate-person = Réactiver le compte de { $name }
admin-people-name-hint = (facultatif : il sera prérempli sur la page de l’invitation)
admin-people-deactivate-explained = La personne sera immédiatement déconnectée sur tous ses appareils et ne pourra plus se connecter. Toutes ses actions restent consignées. Vous pourrez réactiver le compte ultérieurement.
admin-people-deactivate-confirm = Désactiver le compte
admin-people-keep = Laisser le compte actif
admin-bulk-title = Inviter plusieurs personnes
# $count: invitations sent.
admin-bulk-sent = { $count ->
    [one] { $count } invitation est en cours d’envoi.
   *[other] { $count } invitations sont en cours d’envoi.
}
admin-bulk-empty = Collez d’abord une liste ou choisissez un fichier : la liste ne comporte aucune personne.
admin-bulk-preview = Vérification avant envoi
# $refused: rows with problems; $count: rows in the list.
admin-bulk-refused = { $refused ->
    [one] { $refused } ligne sur { $count } doit être corrigée avant tout envoi. Corrigez-la dans la liste ci-dessous, puis lancez une nouvelle vérification.
   *[other] { $refused } lignes sur { $count } doivent être corrigées avant tout envoi. Corrigez-les dans la liste ci-dessous, puis lancez une nouvelle vérification.
}
# $count: rows in the list.
admin-bulk-ready = { $count ->
    [one] { $count } personne est prête à être invitée.
   *[other] Les { $count } personnes sont prêtes à être invitées.
}
admin-bulk-line = Ligne
admin-bulk-problems = Problèmes
admin-bulk-row-ok = Prête à l’envoi
# $field: the column at fault.
admin-bulk-field = { $field ->
    [name] Nom
    [email] Adresse électronique
    [role] Rôle
    [member_state] État Membre
    [nationality] Nationalité
   *[other] { $field }
}
admin-bulk-list = Coller la liste
admin-bulk-list-hint = Une personne par ligne : nom, adresse électronique, rôle, État Membre et nationalité, séparés par des virgules, des points-virgules ou des tabulations (les cellules copiées depuis un tableur conviennent). Une première ligne indiquant les noms des colonnes en anglais (name, email, role, member_state, nationality) permet de les disposer dans un autre ordre. Rôles : saisir tels quels, en anglais, « focal point », « juror » ou « secretariat ». États Membres : nom anglais ou code, par exemple Kenya ou KEN.
admin-bulk-file = Ou choisir un fichier CSV
admin-bulk-check = Vérifier la liste
# $count: people to invite.
admin-bulk-send = { $count ->
    [one] Envoyer { $count } invitation
   *[other] Envoyer { $count } invitations
}
admin-invitations-title = Invitations envoyées
admin-invitations-filter = Invitations par statut
# $done: resent or revoked; $email: the address.
admin-invitations-done = { $done ->
    [resent] Un nouveau lien est en cours d’envoi à { $email } ; le lien précédent ne fonctionne plus.
   *[revoked] L’invitation adressée à { $email } est révoquée ; son lien ne fonctionne plus.
}
# $status: pending, accepted, expired or revoked.
admin-invitation-status = { $status ->
    [pending] En attente
    [accepted] Acceptée
    [expired] Expirée
   *[revoked] Révoquée
}
admin-invitations-none = Aucune invitation à afficher.
admin-invitations-sent = Date d’envoi
admin-invitations-resend = Renvoyer
admin-invitations-resend-to = Renvoyer l’invitation à { $email }
admin-invitations-revoke = Révoquer
admin-invitations-revoke-to = Révoquer l’invitation adressée à { $email }
admin-invitations-more = Invitations plus anciennes
admin-bulk-to-correct = Lignes à corriger
# $count: rows in the list.
admin-bulk-all-rows = { $count ->
    [one] La ligne de la liste
   *[other] Les { $count } lignes de la liste
}

## Setting up a cycle: /admin/cycles/new, /admin/cycles/{id}/edit and its preview.
admin-cycles-set-up = Paramétrage
admin-cycles-new = Paramétrer une nouvelle édition
setup-title-new = Paramétrer une nouvelle édition
# $cycle: the cycle's name, e.g. "UN Public Service Awards 2028".
setup-title-edit = Paramétrage : { $cycle }
setup-copy-heading = Partir d’une édition précédente
setup-copy-intro = Tout est copié : catégories, questions, étapes, critères et paramètres, chaque date étant reportée à la nouvelle année pour servir de point de départ. La copie est enregistrée comme brouillon, que vous pourrez ensuite adapter.
setup-copy-none = Il n’existe encore aucune édition à copier.
setup-copy-from = Édition à copier
setup-copy-year = Année de la nouvelle édition
setup-copy = Copier dans un nouveau brouillon
setup-copy-choose = Choisissez l’édition à copier.
setup-scratch-heading = Ou partir de zéro
setup-save = Enregistrer
setup-create = Créer l’édition à l’état de brouillon
setup-preview = Prévisualiser le formulaire de candidature et les grilles d’évaluation
setup-download = Télécharger la définition (TOML)
setup-notice-saved = Modifications enregistrées. Elles sont récapitulées ci-dessous.
setup-notice-created = L’édition a été créée à l’état de brouillon. Elle le restera, sans être visible du public, jusqu’à l’ouverture des candidatures.
setup-notice-copied = La copie a été créée à l’état de brouillon. Vérifiez ses dates avant l’ouverture des candidatures.
# $count: how many problems.
setup-problems = { $count ->
    [one] Un problème empêche l’enregistrement. Il est signalé à côté du champ concerné ; votre saisie est conservée.
   *[other] { $count } problèmes empêchent l’enregistrement. Chacun est signalé à côté du champ concerné ; votre saisie est conservée.
}
# $phase: open, reviewing, decided or published.
setup-fixed-explained = { $phase ->
    [open] Les candidatures sont ouvertes et les points focaux s’appuient sur ce paramétrage : seuls la date limite (qui ne peut qu’être repoussée) et la formulation des noms, libellés et textes d’aide peuvent encore être modifiés. Tout le reste est affiché en l’état.
   *[other] Les candidatures sont closes : seule la formulation des noms, libellés et textes d’aide peut encore être modifiée. Tout le reste est affiché en l’état.
}
setup-general = L’édition
setup-programme = Programme de prix
setup-year = Année
setup-default-language = Langue de rédaction de la définition
setup-languages = Langues dans lesquelles l’édition est proposée
setup-languages-hint = Chaque nom, libellé et texte d’aide doit alors être fourni dans chacune de ces langues. Pour appliquer une modification, cliquez sur « Enregistrer ».
setup-time-zone = Fuseau horaire
setup-time-zone-hint = Sous le nom que lui donne la base de données de l’IANA, par exemple America/New_York ou Africa/Nairobi. Les dates ci-dessous sont exprimées dans ce fuseau.
setup-opens-at = Ouverture des candidatures
setup-closes-at = Clôture des candidatures
setup-publish-at = Publication des résultats
setup-max-attachments = Nombre maximal de pièces justificatives par candidature
setup-min-attachments = Nombre minimal de pièces justificatives par candidature
setup-categories = Catégories
# $n: the category's place in the list.
setup-category = Catégorie { $n }
setup-key = Clé
setup-key-hint = Lettres minuscules, chiffres et traits d’union, par exemple digital-transformation. Elle est utilisée pour les exportations et par l’API.
setup-name = Nom
setup-description = Descriptif
setup-max-per-state = Candidatures par État Membre
setup-winners = Lauréats
setup-champions = Champions (places d’honneur)
setup-per-region = Les lauréats sont désignés par région
setup-yes = oui
setup-no = non
setup-add-category = Ajouter une catégorie
setup-questions = Questions du formulaire de candidature
setup-questions-hint = Le titre, l’institution et le résumé sont toujours demandés ; les questions ci-dessous viennent ensuite.
# $n: the question's place in the form.
setup-question = Question { $n }
setup-label = Libellé
setup-help = Texte d’aide
setup-kind = Type de réponse
# $kind: text, long_text, number, url, date or choice.
setup-kind-option = { $kind ->
    [text] Texte court
    [long_text] Texte long
    [number] Nombre
    [url] Adresse Web
    [date] Date
   *[choice] Un choix dans une liste
}
setup-max-length = Longueur maximale de la réponse, en caractères
setup-max-length-hint = Laissez vide pour appliquer la limite habituelle.
setup-required = Réponse obligatoire
setup-public = Réponse publiée avec les lauréats
setup-identifying = Réponse susceptible de révéler l’État Membre : masquée aux membres du jury lors des étapes à l’aveugle
setup-choices = Choix proposés
# $n: the choice's place in the list.
setup-choice = Choix { $n }
setup-add-choice = Ajouter un choix
setup-add-question = Ajouter une question
setup-stages = Étapes
# $n: the stage's place in the order of review.
setup-stage = Étape { $n }
setup-stage-kind = Type d’étape
# $kind: screening, scoring or public_vote.
setup-stage-kind-option = { $kind ->
    [screening] Présélection par le secrétariat
    [scoring] Notation par les membres du jury
   *[public_vote] Vote du public
}
setup-reviewers = Membres du jury par candidature
setup-due-at = Échéance des évaluations
setup-blind = À l’aveugle : les membres du jury ne voient pas quel État Membre a présenté la candidature
setup-aggregation = Mode d’agrégation des notes des membres du jury
# $aggregation: mean, zscore or trimmed_mean.
setup-aggregation-option = { $aggregation ->
    [mean] Moyenne
    [zscore] Moyenne après correction de la sévérité propre à chaque membre du jury (scores z)
   *[trimmed_mean] Moyenne hors note la plus haute et note la plus basse
}
setup-spread = Signaler un désaccord au-delà de cet écart (sur 100)
setup-rule = Règle de passage à l’étape suivante
# $rule: top_n, min_score or manual.
setup-rule-option = { $rule ->
    [top_n] Les meilleures candidatures, dans la limite d’un nombre donné
    [min_score] Toutes les candidatures atteignant une note donnée
   *[manual] Décision du secrétariat
}
setup-top = Nombre de candidatures retenues
setup-score = Note minimale pour être retenue (sur 100)
setup-criteria = Critères
# $n: the criterion's place; $stage: its stage's place.
setup-criterion = Critère { $n } de l’étape { $stage }
setup-guidance = Indications à l’intention des membres du jury
setup-weight = Pondération
setup-min = Note minimale
setup-max = Note maximale
setup-levels = Signification des points de l’échelle
setup-levels-hint = Facultatif. Les membres du jury lisent ces descriptions à côté de la note qu’ils attribuent.
# $n: the described point's place in the list.
setup-level = Point décrit { $n }
setup-level-score = Note
setup-level-label = Signification
setup-add-level = Décrire un point de l’échelle
setup-add-criterion = Ajouter un critère
setup-add-stage = Ajouter une étape
setup-up = Monter
setup-down = Descendre
setup-remove = Supprimer
setup-needed = Veuillez remplir ce champ.
setup-not-whole = Saisissez un nombre entier, par exemple 3.
setup-not-number = Saisissez un nombre, par exemple 7,5.
setup-not-date = Choisissez une date et une heure.
setup-changes = Modifications apportées lors du dernier enregistrement
# $who: who saved; $when: when, in the cycle's time zone.
setup-changes-by = Enregistré par { $who } le { $when }.
setup-changes-none = Le dernier enregistrement n’a rien modifié.
setup-added = ajouté :
setup-removed = supprimé :
setup-preview-title = Aperçu.
setup-preview-intro = Chaque formulaire tel que le verront les personnes appelées à le remplir. Rien ne peut être envoyé depuis cette page.
setup-preview-nothing-sent = Ceci est un aperçu : aucun envoi n’est possible.
# $stage: the stage's name.
setup-preview-rubric = Grille d’évaluation : { $stage }

## A clarification's answer, and what the focal point changed with it.
admin-clarification-answer = Réponse du point focal :
admin-clarification-changes = Modifications apportées (texte supprimé barré, texte ajouté mis en évidence) :
admin-clarification-unchanged = Aucune autre modification n’a été apportée à la candidature.
admin-clarification-waiting = Aucune réponse pour le moment.

## Passages withheld from jurors in blind stages.
admin-redaction-title = Passages masqués aux membres du jury lors des étapes à l’aveugle
admin-redaction-hint = Un nom ou tout autre élément qui révèle l’État Membre peut être masqué aux membres du jury lors des étapes à l’aveugle : collez le passage exactement tel qu’il figure dans le texte. La réponse elle-même n’est pas modifiée ; elle reste lisible telle qu’elle a été rédigée pour vous-même et pour les membres du jury des autres étapes, et chaque modification est consignée dans le journal d’audit.
admin-redaction-field = Champ
admin-redaction-passage = Passage à masquer
admin-redaction-add = Masquer le passage
admin-redaction-remove = Afficher de nouveau
admin-redaction-notice-added = Le passage est masqué aux membres du jury lors des étapes à l’aveugle.
admin-redaction-notice-removed = Le passage est de nouveau visible pour les membres du jury.
