# Why something was refused, as the reader is told beside a field or at the top of a
# page. Most begin in lower case: they follow a field's name or are joined to others,
# and the page capitalises the first letter where a sentence starts.

## A focal point's nomination.
# $closes: the deadline as a date and time.
refusal-deadline-passed = les candidatures pour cette édition ont été closes le { $closes } ; plus aucune modification n’est acceptée
refusal-not-open-yet = cette édition n’est pas encore ouverte aux candidatures ; elle le sera le { $opens }
# $state: the member state's name; $max: how many nominations it may submit.
refusal-quota-exceeded = { $max ->
    [one] { $state } a déjà présenté { $max } candidature dans cette catégorie, soit le nombre maximal autorisé
   *[other] { $state } a déjà présenté { $max } candidatures dans cette catégorie, soit le nombre maximal autorisé
}
# $status and $action are words the program uses: choose the sentence by them.
refusal-invalid-state = une candidature { $status ->
    [draft] à l’état de brouillon
    [submitted] déjà présentée
    [clarification_requested] en attente d’éclaircissements
    [in_review] en cours d’évaluation
    [finalist] finaliste
    [winner] lauréate
    [champion] championne
    [withdrawn] retirée
    [ineligible] irrecevable
   *[eliminated] non retenue
} ne peut pas être { $action ->
    [edit] modifiée
    [submit] présentée
   *[withdraw] retirée
}
refusal-clarification-overdue = les éclaircissements étaient attendus pour le { $due } ; le secrétariat ne peut plus accepter de modifications
refusal-screen-awaiting-answer = cette candidature attend la réponse de son point focal ; elle pourra faire l’objet de la présélection dès que celui-ci aura répondu
refusal-question-pending = une question attend déjà la réponse du point focal
refusal-screen-not-in-review = seule une candidature se trouvant à une étape de présélection ouverte peut faire l’objet de la présélection
refusal-publish-not-decided = les résultats pourront être publiés lorsque la dernière étape aura attribué les prix
refusal-no-question = aucune question du secrétariat n’attend de réponse

## An answer that does not fit its question.
refusal-too-long = { $limit } caractères au maximum ; cette réponse en compte { $length }
refusal-number = un nombre, par exemple 250000 ou 12.5
refusal-url = une adresse web commençant par https://
# $first and $last are years.
refusal-date = une date au format YYYY-MM-DD comprise entre { $first } et { $last }, par exemple 2021-03-01
# $choices: the allowed answers, separated by semicolons.
refusal-choice = l’une des réponses suivantes : { $choices }

## Text that cannot be kept as typed.
# $code: the character's code point, such as U+0007.
refusal-control-character = contient le caractère de contrôle { $code }, qui n’est pas admis dans un texte ; supprimez-le et envoyez de nouveau le formulaire
refusal-line-breaks = une seule ligne, sans saut de ligne
refusal-direction-override = contient un caractère de forçage du sens de l’écriture (U+202A à U+202E ou U+2066 à U+2069), qui peut faire apparaître le texte autrement qu’il n’a été saisi ; supprimez-le

## Accounts.
refusal-email = « { $email } » n’est pas une adresse électronique valide
refusal-password-short = le mot de passe doit comporter au moins { $min } caractères
refusal-password-long = le mot de passe doit comporter au plus { $max } caractères
refusal-password-personal = le mot de passe ne doit contenir ni votre nom ni votre adresse électronique
refusal-password-guessable = ce mot de passe fait partie des plus courants ou peut facilement être deviné à partir de votre nom ou de votre adresse ; essayez plutôt quelques mots sans rapport entre eux

## Attachments.
# $size and $limit in bytes; $megabytes: the limit written as, e.g., "10.0 MiB".
refusal-file-too-large = le fichier pèse { $size } octets ; la taille maximale acceptée est de { $limit } octets ({ $megabytes })
refusal-file-type = ce fichier n’est pas au format PDF, PNG ou JPEG (quel que soit son nom) ; enregistrez-le dans l’un de ces formats, puis joignez-le de nouveau

## Refusals any page or request may meet.
# $thing is a word the program uses for what was asked for.
refusal-not-found = { $thing ->
    [nomination] candidature introuvable
    [cycle] édition introuvable
    [stage] étape introuvable
    [assignment] attribution introuvable
    [attachment] pièce jointe introuvable
    [category] catégorie introuvable
    [email] courriel introuvable
    [initiative] initiative introuvable
    [person] personne introuvable
    [scoring-stage] étape de notation introuvable
    [member-state] État Membre introuvable
   *[other] élément introuvable
}
refusal-sign-in = connectez-vous pour continuer
refusal-wrong-credentials = l’adresse électronique ou le mot de passe est incorrect
# $current: the version number the thing is at now.
refusal-version-mismatch = une autre personne a modifié cet élément depuis que vous l’avez chargé (il en est maintenant à la version { $current }) ; rechargez-le et apportez de nouveau votre modification
refusal-rate-limited = { $minutes ->
    [one] trop de tentatives infructueuses ; réessayez dans { $minutes } minute
   *[other] trop de tentatives infructueuses ; réessayez dans { $minutes } minutes
}
refusal-fields = { $count ->
    [one] { $count } champ doit être corrigé
   *[other] { $count } champs doivent être corrigés
}
refusal-idempotency-in-progress = une requête portant cette clé Idempotency-Key est encore en cours de traitement ; réessayez dans un instant
refusal-idempotency-reused = cette clé Idempotency-Key a déjà servi pour une autre requête ; utilisez une nouvelle clé pour chaque nouvelle requête

## Invitation links.
refusal-link-unknown = Ce lien n’est pas valide. Vérifiez que vous avez bien ouvert le lien complet figurant dans le courriel.
refusal-link-expired = Ce lien a expiré. Demandez une nouvelle invitation au secrétariat.
refusal-link-used = Ce lien a déjà été utilisé. Connectez-vous avec le mot de passe que vous avez choisi.

## Reviewing.
# $stage: the stage's name; $status: pending, active or closed.
refusal-stage-not-active = l’étape « { $stage } » { $status ->
    [pending] n’est pas encore ouverte
    [active] est en cours
   *[closed] est close
} ; les membres du jury ne travaillent que sur l’étape en cours
# $kind: screening, scoring or public_vote.
refusal-stage-not-scoring = l’étape « { $stage } » est une étape { $kind ->
    [screening] de présélection
    [scoring] de notation
   *[public_vote] de vote du public
} ; des membres du jury ne sont désignés que pour les étapes de notation
# $at: when it was submitted.
refusal-review-submitted = cette évaluation a été soumise le { $at } ; elle peut être consultée mais ne peut plus être modifiée
refusal-recused = cette attribution a fait l’objet d’une récusation ; elle ne peut plus être notée
refusal-reviewer-same-state = le membre du jury a la nationalité de l’État Membre dont émane la candidature
refusal-reviewer-conflict-state = le membre du jury a déclaré un conflit d’intérêts avec l’État Membre dont émane la candidature
refusal-reviewer-conflict-nomination = le membre du jury a déclaré un conflit d’intérêts concernant cette candidature
refusal-reviewer-already-assigned = ce membre du jury est déjà chargé de cette candidature ou s’est récusé à son égard

## The secretariat's work.
# $status: pending or sent.
refusal-email-not-failed = seul un courriel dont l’envoi a échoué peut être renvoyé ; celui-ci est { $status ->
    [pending] en attente d’envoi
    [sent] déjà envoyé
   *[other] { $status }
}

## Fields of forms and requests.
refusal-datetime = une date et une heure, par exemple 2027-06-23T14:00
refusal-whole-number = un nombre entier
refusal-day = une date au format YYYY-MM-DD
refusal-score-number = un nombre, par exemple 7 ou 7,5
refusal-multipart-file = envoyez le document dans le champ multipart 'file'
refusal-override-nomination = cette candidature ne relève pas de cette étape
refusal-override-rationale = toute dérogation doit être assortie d’une justification écrite
refusal-no-such-question = ce formulaire ne comporte pas cette question
refusal-required = obligatoire pour présenter la candidature
refusal-attachments-required = { $count ->
    [one] joignez au moins { $count } pièce justificative avant de présenter la candidature
   *[other] joignez au moins { $count } pièces justificatives avant de présenter la candidature
}
# $key: the category as it was sent.
refusal-category-unknown = « { $key } » n’est pas une catégorie de cette édition
refusal-category-choose = choisissez la catégorie
refusal-category-fixed = une candidature ne peut pas changer de catégorie ; retirez-la et commencez-en une autre
# $check: an item of the screening checklist.
refusal-check-answer = répondez au point « { $check } »
refusal-no-such-check = cette liste de vérification ne comporte pas ce point
refusal-question-empty = formulez la question à laquelle les points focaux doivent répondre
refusal-due-future = une échéance postérieure à la date du jour
refusal-at-least-one = au moins 1
refusal-assign-nomination = aucune candidature de cette étape ne porte cet identifiant (elle n’a peut-être pas été retenue)
refusal-assign-reviewer = aucun membre du jury actif ne porte cet identifiant
refusal-no-such-criterion = cette grille ne comporte pas ce critère
refusal-score-range = une note comprise entre { $min } et { $max }
refusal-comment-long = { $limit } caractères au maximum
refusal-cycle-exists = il existe déjà une édition { $year } de { $programme }
refusal-name-required = le nom est obligatoire
refusal-account-exists = un compte existe déjà pour l’adresse { $email }
refusal-nominator-state = un point focal agit pour un seul État Membre ; indiquez lequel
refusal-state-nominators-only = seuls les points focaux sont rattachés à un État Membre
# $code: three letters, as typed.
refusal-not-member-state = { $code } n’est pas un État Membre de l’Organisation des Nations Unies
refusal-state-choose = choisissez l’État Membre
refusal-conflict-reason = précisez brièvement le motif, pour les dossiers du secrétariat
refusal-has-account = { $email } dispose déjà d’un compte
refusal-name-enter = veuillez indiquer votre nom tel que vos collègues le connaissent
refusal-has-account-sign-in = { $email } dispose déjà d’un compte ; connectez-vous plutôt
refusal-state-code = « { $code } » n’est pas un code ISO 3166-1 alpha-3 tel que FRA ou KEN
refusal-language = choisissez l’une des six langues proposées

## What still stands in the way of closing a stage.
refusal-cannot-advance = il n’est pas encore possible de passer à l’étape suivante : { $why }
# $title: a nomination's title.
unsettled-not-screened = la candidature « { $title } » n’a pas encore été examinée lors de la présélection
unsettled-clarification = la candidature « { $title } » est en attente des éclaircissements des points focaux
unsettled-no-review = la candidature « { $title } » n’a fait l’objet d’aucune évaluation soumise : statuez sur son sort par une dérogation ou attendez ses évaluations
unsettled-screening-last = une édition ne peut pas se terminer par son étape de présélection
# $nominations: a list of nomination ids.
unsettled-need-outcome = { $count ->
    [one] { $count } candidature doit encore recevoir un résultat assorti d’une justification : { $nominations }
   *[other] { $count } candidatures doivent encore recevoir un résultat assorti d’une justification : { $nominations }
}
unsettled-tie = ex aequo au rang { $rank } : { $nominations }
# $nomination: a nomination's id.
refusal-override-not-in-group = la candidature { $nomination } ne fait pas partie de ce groupe de classement
refusal-override-twice = la candidature { $nomination } fait l’objet de plus d’une dérogation
refusal-override-no-rationale = la dérogation concernant la candidature { $nomination } doit être assortie d’une justification écrite
# A nomination left with fewer reviewers than the stage wants. $reason: none (nobody
# may review it), few ($eligible may), or load (all who may are at their maximum).
shortfall = { $wanted ->
    [one] il manque { $missing } membre du jury sur { $wanted } requis
   *[other] il manque { $missing } des { $wanted } membres du jury requis
} : { $reason ->
    [none] aucun des membres du jury disponibles ne peut l’évaluer
    [few] { $eligible ->
        [one] seul { $eligible } des membres du jury disponibles peut l’évaluer
       *[other] seuls { $eligible } des membres du jury disponibles peuvent l’évaluer
    }
   *[load] tous les membres du jury habilités à l’évaluer ont atteint le nombre maximal de candidatures
}
refusal-programme-fixed = le programme et l’année d’une édition restent ceux définis lors de sa création ; importez plutôt une nouvelle édition
# A label of a cycle definition without words in one of the cycle's languages.
# $language: the language's name in itself; $code: its two letters.
refusal-label-missing = texte manquant pour la langue { $language } ({ $code })

## Problems with a cycle definition (importing or editing a cycle). Field names,
## keys and words such as "choice" or "max_attachments" are the definition's own:
## keep them as they are.
definition-toml = contenu TOML non valide : { $error }
# $known: the fields this part of a definition may have.
definition-unknown-field = champ « { $field } » inconnu ; l’un des champs suivants est attendu : { $known }
definition-programme = indiquez le nom du programme, par exemple « Prix des Nations Unies pour le service public »
definition-year = une année comprise entre 2000 et 2100
definition-time-zone = « { $zone } » n’est pas un nom de fuseau horaire IANA ; vouliez-vous dire { $suggestions } ?
# $zone: what was typed, with no near IANA name.
definition-time-zone-unknown = « { $zone } » n’est pas un nom de fuseau horaire IANA, tel que Europe/Zurich ou America/New_York
definition-closes = la clôture des candidatures doit être postérieure à leur ouverture
definition-publish = les résultats doivent être publiés après la clôture des candidatures
definition-max-attachments = entre 0 et 20
definition-min-attachments = entre 0 et max_attachments
definition-no-category = une édition doit comporter au moins une catégorie
definition-name = le nom est obligatoire
definition-zero-or-more = 0 ou plus
definition-label = le libellé est obligatoire
# $word: what was written; $known: the words allowed.
definition-not-one-of = « { $word } » ne fait pas partie des valeurs admises : { $known }
definition-max-length = de 1 à { $most } caractères
definition-choices-needed = une question de type « choice » doit énumérer ses choix
definition-two-choices = au moins deux choix
definition-choices-only = seule une question de type « choice » comporte des choix
definition-no-stage = une édition doit comporter au moins une étape d’évaluation
definition-last-stage = la dernière étape classe les candidatures pour désigner les lauréats ; elle doit donc être une étape de notation
definition-no-criterion = une étape doit comporter au moins un critère
definition-reviewers = entre 1 et 20
definition-reviewers-needed = une étape de notation doit préciser combien de membres du jury notent chaque candidature
definition-spread = un écart compris entre 0 et 100
definition-score = une note comprise entre 0 et 100
definition-due = l’échéance des évaluations doit être postérieure à la clôture des candidatures
definition-weight = la pondération doit être supérieure à zéro
definition-scale = le maximum de l’échelle doit être supérieur à son minimum
definition-key = « { $key } » n’est pas une clé valide : lettres minuscules, chiffres, '-' et '_', en commençant par une lettre
definition-key-twice = la clé « { $key } » est utilisée deux fois
# $value: what was sent; $allowed: the words that may be, separated by commas.
refusal-unknown-word = « { $value } » ne fait pas partie des valeurs admises : { $allowed }

## Invitations managed by the secretariat.
refusal-link-revoked = Cette invitation a été retirée ou remplacée par une invitation plus récente. Utilisez le courriel d’invitation le plus récent ou demandez une nouvelle invitation au secrétariat.
refusal-invitation-accepted = Cette invitation a été acceptée : la personne dispose d’un compte. Pour lui retirer l’accès, désactivez ce compte.
refusal-invitation-revoked = Cette invitation a été révoquée. Envoyez plutôt une nouvelle invitation.
refusal-own-account-active = Vous ne pouvez ni désactiver ni réactiver votre propre compte ; adressez-vous à un autre administrateur.
refusal-bulk-empty = La liste ne comporte aucune personne.
# $count: how many people the list has; $limit: the most one list may hold.
refusal-bulk-too-many = La liste comporte { $count } personnes ; une même liste ne peut servir à inviter plus de { $limit } personnes. Scindez-la en plusieurs listes.
# $email: an address that appears earlier in the same list.
refusal-bulk-repeated = { $email } figure déjà plus haut dans cette liste
# $line: the line of the pasted text or file.
refusal-bulk-unreadable = La ligne { $line } ne peut pas être lue au format CSV : vérifiez ses guillemets.

## Editing a cycle once nominations have opened.
# $field: the definition path that cannot change, e.g. categories[0].max_per_state; $phase: open, reviewing, decided or published.
refusal-cycle-field-fixed = « { $field } » ne peut plus être modifié : ce cycle est { $phase ->
    [open] ouvert aux candidatures
    [reviewing] en cours d’évaluation
    [decided] tranché
   *[published] publié
}, et les candidatures reposent sur sa configuration. { $phase ->
    [open] Tant qu’il est ouvert, la date limite peut être repoussée, et les libellés et textes d’aide peuvent être reformulés.
   *[other] Les libellés et textes d’aide peuvent encore être reformulés.
}
# $year: the year asked for.
refusal-copy-year = { $year } n’est pas une année où un cycle peut se tenir ; indiquez une année telle que 2028

# $min, $max: the criterion's scale.
definition-level-score = un point de l’échelle, de { $min } à { $max }
definition-level-repeated = ce point de l’échelle est déjà décrit
refusal-file-over-limit = le fichier dépasse la taille maximale acceptée ({ $megabytes }) ; réduisez sa taille (enregistrez le PDF en qualité écran, ou la photo dans une résolution inférieure), puis joignez-le de nouveau
refusal-answer-empty = rédigez une réponse à la question avant de l’envoyer
refusal-redaction-field = choisissez le titre, le résumé ou l’une des réponses
refusal-redaction-empty = collez le passage à masquer
refusal-redaction-not-found = ce passage ne figure pas dans ce champ ; collez-le exactement tel qu’il y est rédigé

## The public vote's rules in a definition
definition-vote-only = seul un vote public (kind = "public_vote") a une période de vote et des règles de bulletin
definition-vote-opens = le vote s’ouvre après la clôture des candidatures
definition-vote-closes = le vote se clôt avant la publication des résultats
definition-vote-window = un vote public a besoin de sa période : opens_at et closes_at
definition-vote-top-n = un vote public retient les candidatures les plus votées de chaque catégorie : utilisez rule = "top_n"
definition-vote-no-criteria = un vote public a des votants, pas de jurés : retirez criteria et reviewers_per_nomination
definition-vote-no-due = un vote public prend fin à son closes_at : retirez due_at
definition-vote-first = le vote public suit la présélection : il ne peut pas être la première étape
