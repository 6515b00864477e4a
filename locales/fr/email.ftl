## Courriels envoyés par Laurel (templates/email/).

email-footer = Laurel — candidatures, évaluation et résultats des prix du service public.
email-hello = Madame, Monsieur,
email-hello-name = Bonjour { $name },
email-dear-name = Bonjour { $name },

email-open-nomination = Ouvrir la candidature
email-open-review = Ouvrir l’évaluation
email-open-my-reviews = Voir mes évaluations
email-open-stage = Ouvrir l’étape
email-open-laurel = Ouvrir Laurel
email-see-results = Voir les résultats

email-invitation-subject = { $role ->
    [admin] Invitation à rejoindre Laurel en qualité d’administrateur
    [nominator] Invitation à rejoindre Laurel en qualité de point focal ({ $state })
   *[reviewer] Invitation à rejoindre Laurel en qualité de membre du jury
}
email-invitation-body = { $role ->
    [admin] { $inviter } vous invite à rejoindre Laurel en qualité d’administrateur des prix (secrétariat).
    [nominator] { $inviter } vous invite à rejoindre Laurel en qualité de point focal ({ $state }) : vous serez chargé de rédiger et de présenter les candidatures de cet État Membre.
   *[reviewer] { $inviter } vous invite à rejoindre Laurel en qualité de membre du jury : vous noterez les candidatures qui vous seront attribuées.
}
email-invitation-accept = Accepter l’invitation
email-invitation-how-to-accept = Pour accepter, ouvrez le lien ci-dessous, puis choisissez votre nom et votre mot de passe :
email-invitation-expiry = Ce lien n’est utilisable qu’une seule fois, jusqu’au { $expires }. Si vous n’attendiez pas cette invitation, veuillez ne pas tenir compte du présent courriel.

email-password-reset-subject = Choisir un nouveau mot de passe pour Laurel
email-password-reset-asked = Une personne, probablement vous-même, a demandé la réinitialisation de votre mot de passe Laurel.
email-password-reset-asked-open = Une personne, probablement vous-même, a demandé la réinitialisation de votre mot de passe Laurel. Pour en choisir un nouveau, ouvrez le lien suivant :
email-password-reset-choose = Choisir un nouveau mot de passe
email-password-reset-expiry = Ce lien n’est utilisable qu’une seule fois, jusqu’au { $expires }. Si vous n’êtes pas à l’origine de cette demande, veuillez ne pas tenir compte du présent courriel : votre mot de passe reste inchangé.

email-receipt-subject-submitted = Candidature reçue : { $title } ({ $state })
email-receipt-subject-edited = Candidature modifiée : { $title } ({ $state })
email-receipt-subject-withdrawn = Candidature retirée : { $title } ({ $state })
email-receipt-submitted = { $by } a présenté la candidature « { $title } » ({ $state }) à l’édition { $cycle }, dans la catégorie { $category }. Le présent courriel vaut accusé de réception.
email-receipt-edited = { $by } a modifié la candidature « { $title } » ({ $state }), déjà présentée à l’édition { $cycle } ({ $category }). C’est la dernière version qui sera évaluée.
email-receipt-withdrawn = { $by } a retiré la candidature « { $title } » ({ $state }) de l’édition { $cycle } ({ $category }). Elle ne sera pas évaluée.
email-receipt-deadline = Les candidatures peuvent être modifiées jusqu’au { $deadline }.

email-ineligible-subject = Candidature non recevable : { $title }
email-ineligible-body = À l’issue de la présélection, le secrétariat de l’édition { $cycle } a jugé la candidature « { $title } » non recevable, pour le motif suivant :
email-ineligible-closing = Elle ne sera pas soumise à l’évaluation du jury. Nous vous remercions de votre participation.

email-assigned-subject = { $count ->
    [one] { $count } candidature à évaluer — { $cycle }
   *[other] { $count } candidatures à évaluer — { $cycle }
}
email-assigned-body = { $count ->
    [one] { $count } nouvelle candidature vous a été attribuée pour évaluation à l’étape « { $stage } » de l’édition { $cycle }.
   *[other] { $count } nouvelles candidatures vous ont été attribuées pour évaluation à l’étape « { $stage } » de l’édition { $cycle }.
}
# Its own paragraph, only when the stage has a due date.
email-submit-by = Veuillez soumettre vos notes au plus tard le { $due }.
email-assigned-conflict = Si vous avez un conflit d’intérêts concernant l’une d’entre elles, déclarez-le dans l’attribution correspondante : un autre membre du jury en sera chargé.

email-replaced-subject = Une candidature à évaluer — { $cycle } (en remplacement d’un collègue)
email-replaced-body = Un collègue a déclaré un conflit d’intérêts concernant une candidature de l’étape « { $stage } » de l’édition { $cycle }, et celle-ci vous a été attribuée.

email-no-replacement-subject = Aucun membre du jury remplaçant pour « { $title } » ({ $cycle })
email-no-replacement-body = Un membre du jury a déclaré un conflit d’intérêts concernant « { $title } » à l’étape « { $stage } » de l’édition { $cycle }, et aucun autre membre du jury n’a pu être désigné à sa place : { $why }.
email-no-replacement-action = Invitez un autre membre du jury ou désignez-en un manuellement, ou bien acceptez un nombre réduit d’évaluations pour cette candidature.

email-clarification-subject = Question concernant votre candidature « { $title } » ({ $cycle })
email-clarification-intro = Le secrétariat procède à la présélection de la candidature « { $title } » présentée à l’édition { $cycle } et pose la question suivante :
email-clarification-answer = Veuillez y répondre en modifiant la candidature et en la présentant de nouveau au plus tard le { $due }. D’ici là, son examen est suspendu ; passé cette date, elle ne pourra plus être modifiée.

email-reminder-subject-overdue = { $count ->
    [one] En retard : { $count } évaluation — { $cycle }
   *[other] En retard : { $count } évaluations — { $cycle }
}
email-reminder-subject-due = { $count ->
    [one] Échéance le { $due } : { $count } évaluation — { $cycle }
   *[other] Échéance le { $due } : { $count } évaluations — { $cycle }
}
email-reminder-overdue = { $count ->
    [one] Vos évaluations de l’étape « { $stage } » de l’édition { $cycle } étaient attendues pour le { $due }, et { $count } n’a pas encore été soumise. Les brouillons enregistrés sont considérés comme non soumis.
   *[other] Vos évaluations de l’étape « { $stage } » de l’édition { $cycle } étaient attendues pour le { $due }, et { $count } n’ont pas encore été soumises. Les brouillons enregistrés sont considérés comme non soumis.
}
email-reminder-due = { $count ->
    [one] Rappel : { $count } évaluation de l’étape « { $stage } » de l’édition { $cycle } est attendue pour le { $due }. Les brouillons enregistrés sont considérés comme non soumis.
   *[other] Rappel : { $count } évaluations de l’étape « { $stage } » de l’édition { $cycle } sont attendues pour le { $due }. Les brouillons enregistrés sont considérés comme non soumis.
}

email-outcome-subject-advanced = Retenue pour l’étape suivante : { $title } ({ $cycle })
email-outcome-subject-not-advanced = Non retenue : { $title } ({ $cycle })
email-outcome-advanced = La candidature « { $title } » a été retenue à l’issue de l’étape « { $stage } » de l’édition { $cycle } et passe à l’étape suivante.
email-outcome-not-advanced = La candidature « { $title } » n’a pas été retenue à l’issue de l’étape « { $stage } » de l’édition { $cycle }. Nous vous remercions d’avoir fait connaître cette initiative.
email-outcome-score = Note obtenue à cette étape : { $score }.

email-results-subject = Publication des résultats de l’édition { $cycle }
email-results-body = Les lauréats de l’édition { $cycle } sont désormais connus. Nous vous remercions d’avoir présenté des candidatures.
email-results-body-see-at = Les lauréats de l’édition { $cycle } sont désormais connus. Nous vous remercions d’avoir présenté des candidatures ; les résultats et l’ensemble des finalistes peuvent être consultés à l’adresse suivante :
# To a jury member who reviewed in the cycle, in the HTML email.
email-results-jury = Les lauréats de l’édition { $cycle } sont désormais connus. Nous vous remercions de vos évaluations, sur lesquelles reposent les prix.
# The same in the plain-text email, followed by the link on a line of its own.
email-results-jury-see-at = Les lauréats de l’édition { $cycle } sont désormais connus. Nous vous remercions de vos évaluations, sur lesquelles reposent les prix ; les résultats peuvent être consultés à l’adresse suivante :

email-digest-subject = { $cycle } : état d’avancement au { $date }
email-digest-phase = Phase en cours
email-digest-phase-value = { $phase ->
    [draft] Brouillon
    [open] Candidatures ouvertes
    [reviewing] Évaluation en cours
    [decided] Prix décernés, non encore publiés
   *[published] Résultats publiés
} (date limite de présentation des candidatures : { $deadline })
email-digest-submitted = Candidatures présentées
email-digest-submitted-value = { $submitted } ; brouillons en cours : { $drafts }
email-digest-reviews = Évaluations soumises
email-digest-reviews-value = { $done } sur { $assigned } ; en retard : { $overdue }
email-digest-failed = Courriels non envoyés
email-digest-line = { $label } : { $value }

## A receipt's reference and time of submission.
# $reference: the nomination's reference, such as KEN-014; $when: the time in the cycle's time zone; $utc: the same time in UTC.
email-receipt-reference = Référence : { $reference }. Candidature présentée le { $when } ({ $utc }).
email-receipt-print = Récapitulatif imprimable du contenu présenté :
email-receipt-print-link = Ouvrir le récapitulatif imprimable du contenu présenté

## A reminder to a focal point of drafts not yet submitted before the deadline.
# $count: how many drafts; $deadline: the nomination deadline in the cycle's time zone.
email-draft-reminder-subject = { $count ->
    [one] Non encore présenté : { $count } brouillon de candidature — date limite : { $deadline }
   *[other] Non encore présentés : { $count } brouillons de candidature — date limite : { $deadline }
}
email-draft-reminder = { $count ->
    [one] Votre État a, pour l’édition { $cycle }, un brouillon de candidature qui n’a pas été présenté. Les candidatures seront closes le { $deadline } ; un brouillon qui n’aura pas été présenté à cette date ne sera pas pris en considération.
   *[other] Votre État a, pour l’édition { $cycle }, { $count } brouillons de candidature qui n’ont pas été présentés. Les candidatures seront closes le { $deadline } ; les brouillons qui n’auront pas été présentés à cette date ne seront pas pris en considération.
}
email-draft-reminder-after = La page de chaque brouillon indique ce qui reste à compléter avant de pouvoir le présenter.
email-draft-untitled = Candidature sans intitulé
email-open-my-nominations = Voir vos candidatures

## A reminder of a clarification question not yet answered.
email-clarification-reminder-subject = Réponse attendue au plus tard le { $due } : { $title }
email-clarification-reminder = Le secrétariat attend toujours votre réponse à la question qu’il a posée au sujet de la candidature « { $title } » ({ $cycle }). Veuillez y répondre au plus tard le { $due } ; la question figure ci-dessous.
