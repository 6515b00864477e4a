## The public vote: flags for the secretariat
vote-flag-network = { $count ->
    [one] { $count } nouveau votant inscrit depuis le réseau { $shared } en l’espace de { $minutes } minutes, ayant voté pour la même candidature.
   *[other] { $count } nouveaux votants inscrits depuis le réseau { $shared } en l’espace de { $minutes } minutes, ayant tous voté pour la même candidature.
}
vote-flag-domain = { $count ->
    [one] { $count } nouveau votant inscrit avec une adresse du domaine { $shared } en l’espace de { $minutes } minutes, ayant voté pour la même candidature.
   *[other] { $count } nouveaux votants inscrits avec une adresse du domaine { $shared } en l’espace de { $minutes } minutes, ayant tous voté pour la même candidature.
}
vote-flag-fast = { $count ->
    [one] { $count } votant a émis au moins { $votes } votes à moins de deux secondes d’intervalle, soit plus vite qu’une personne ne lit une catégorie.
   *[other] { $count } votants ont émis au moins { $votes } votes à moins de deux secondes d’intervalle, soit plus vite qu’une personne ne lit une catégorie.
}

## The voter's one-time code (email)
email-voter-code-subject = Votre code pour voter : { $code }
email-voter-code-asked = Une personne, probablement vous-même, a demandé l’inscription de cette adresse pour participer au vote.
email-voter-code-again = Cette adresse est déjà inscrite pour participer au vote. Une personne, probablement vous-même, a demandé à l’inscrire de nouveau : ce code vous donne accès au même bulletin de vote, avec vos votes tels que vous les avez laissés.
email-voter-code-is = Votre code est le suivant :
email-voter-code-open = Pour le saisir, ouvrez le lien suivant :
email-voter-code-button = Saisir le code
email-voter-code-expiry = Ce code n’est utilisable qu’une seule fois, jusqu’au { $expires }. Si vous ne l’avez pas demandé, veuillez ne pas tenir compte du présent courriel : rien ne peut être fait sans ce code.

## Refusals of the public vote
vote-refusal-not-open = Le vote n’est pas encore ouvert : il s’ouvrira le { $opens }.
vote-refusal-closed = Le vote est clos : il n’est plus possible d’émettre, de modifier ou de retirer un vote.
vote-refusal-not-a-vote = Cette étape n’est pas un vote public.
vote-refusal-disposable = Les adresses de services de messagerie jetable ne peuvent pas être inscrites pour voter. Veuillez utiliser une adresse que vous conservez.
vote-refusal-code = Ce code n’est pas valide, ou bien il a expiré ou a déjà été utilisé. Consultez le dernier courriel reçu ou demandez un nouveau code.
vote-refusal-nomination = Cette candidature ne figure pas sur le bulletin de vote de cette catégorie.
vote-refusal-rationale = Indiquez pourquoi ces votes sont annulés : le motif est conservé avec la décision.
vote-refusal-no-voters = Indiquez au moins un votant.
vote-refusal-unknown-voter = Aucun votant portant cet identifiant n’a voté à cette étape.
vote-api-token = Envoyez le jeton d’accès obtenu par POST /api/v1/public/voters/confirm sous la forme 'Authorization: Bearer <token>'.
vote-api-token-invalid = Le jeton d’accès de ce votant n’est pas valide : il a expiré ou a été révoqué. Confirmez de nouveau votre adresse pour en obtenir un nouveau.
vote-refusal-still-open = Le vote reste ouvert jusqu’au { $closes } : son décompte ne détermine les candidatures qui passent à l’étape suivante qu’une fois le vote clos.

## The ballot page
vote-page-title = Vote public
vote-page-opens = Le vote s’ouvrira le { $opens } et sera clos le { $closes }.
vote-page-open = Le vote est ouvert jusqu’au { $closes }.
vote-page-closed = Le vote a été clos le { $closes }. Nous remercions toutes les personnes qui y ont pris part.
vote-page-rules = Vous pouvez voter pour une candidature dans chaque catégorie. Vous pouvez modifier ou retirer un vote jusqu’à la clôture du vote.
vote-page-complete-rule = { $count ->
    [one] Un bulletin de vote n’est comptabilisé que s’il comporte un vote dans la catégorie proposée.
   *[other] Un bulletin de vote n’est comptabilisé que s’il comporte un vote dans chacune des { $count } catégories.
}
vote-page-your-ballot = Votre bulletin de vote
vote-page-signed-in-as = Vous votez en tant que { $email }.
vote-page-sign-out = Se déconnecter du vote
vote-page-complete = Votre bulletin de vote est complet : vous avez voté dans chaque catégorie. Il sera comptabilisé.
vote-page-progress = { $voted ->
    [one] Vous avez voté dans { $voted } catégorie sur { $count }.
   *[other] Vous avez voté dans { $voted } catégories sur { $count }.
}
vote-page-still-needed = Votre bulletin de vote sera comptabilisé dès qu’il comportera un vote dans chaque catégorie. Il vous reste à voter dans les catégories suivantes :
vote-page-your-vote = Votre vote : { $title }
vote-page-no-vote = Vous n’avez pas encore voté dans cette catégorie.
vote-page-choose-in = Choisissez une candidature dans la catégorie { $category }
vote-page-choose = Choisir cette candidature
vote-page-change = Modifier mon vote
vote-page-withdraw = Retirer mon vote dans cette catégorie
vote-page-choose-one = Choisissez l’une des candidatures, puis appuyez sur le bouton.
vote-page-cast = Votre vote dans la catégorie { $category } a été enregistré.
vote-page-withdrawn = Votre vote dans la catégorie { $category } a été retiré.
vote-page-register = S’inscrire pour voter
vote-page-register-why = Saisissez votre adresse électronique : nous vous enverrons un code à six chiffres pour la confirmer. Chaque adresse donne droit à un seul bulletin de vote. Votre adresse ne sera utilisée que pour ce vote.
vote-page-email = Adresse électronique
vote-page-send-code = M’envoyer un code
vote-page-have-code = J’ai déjà un code
vote-page-throttled = Un trop grand nombre d’inscriptions provenant de votre réseau ont été reçues au cours de la dernière heure. Veuillez réessayer dans { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
vote-page-nominated = Les candidatures soumises au vote
vote-page-nominations = { $count ->
    [one] { $count } candidature
   *[other] { $count } candidatures
}
vote-page-list-later = Les candidatures figureront ici une fois la présélection terminée.

## Entering the code
vote-code-title = Saisir votre code
vote-code-sent = Si l’adresse { $email } est admise à voter, un code à six chiffres est en cours d’envoi à cette adresse. L’envoi peut prendre quelques minutes ; vérifiez également votre dossier de courrier indésirable.
vote-code-intro = Saisissez l’adresse que vous avez inscrite et le code reçu par courriel.
vote-code-label = Code à six chiffres
vote-code-submit = Confirmer et ouvrir mon bulletin de vote
vote-code-new = M’envoyer un nouveau code

## Confirming a choice
vote-choice-title = Confirmer votre vote
vote-choice-what = Dans la catégorie { $category }, vous votez pour :
vote-choice-replaces = Ce vote remplace votre vote pour « { $title } ».
vote-choice-changeable = Vous pouvez modifier ou retirer ce vote jusqu’à la clôture du vote.
vote-choice-confirm = Confirmer mon vote
vote-choice-back = Revenir au bulletin de vote

## Counts shown once a vote that shows them has closed
vote-page-count = { $count ->
    [one] { $count } vote valide
   *[other] { $count } votes valides
}
vote-page-counts-shown = Le vote est clos. Les chiffres ci-dessous sont les votes valides, après annulation éventuelle de votes par le secrétariat.

## The landing page's public votes
home-votes-title = Votes publics
home-vote-open = Chacun peut voter jusqu’au { $closes }.
home-vote-opens = Le vote s’ouvre le { $opens } ; la liste des candidatures est déjà publiée.
home-vote-now = Voter
home-vote-see = Voir les candidatures

## The secretariat's view of a public vote (the stage page)
admin-vote-title = Le décompte
admin-vote-turnout = Votants ayant au moins un vote en cours
admin-vote-counted = Bulletins comptés
admin-vote-voided = Bulletins écartés : annulés par le secrétariat
admin-vote-incomplete = Bulletins écartés : sans vote dans chaque catégorie
admin-vote-log = Télécharger le journal des votes pour les auditeurs (CSV, adresses hachées)
admin-vote-flags = Signalés pour examen
admin-vote-no-flags = Rien n’est signalé.
admin-vote-flag-voided = { $voided } votant(s) sur { $count } annulé(s)
admin-vote-rationale = Motif de l’annulation de ces votes (conservé avec la décision et dans la piste d’audit)
admin-vote-void = { $count ->
    [one] Annuler les votes de ce votant
   *[other] Annuler les votes de ces { $count } votants
}
admin-vote-notice-voided = Les votes sont annulés : le décompte les écarte et la décision figure dans la piste d’audit.

## A cluster agreeing in several categories
vote-flag-alike = { $count ->
    [one] Ils ont voté de la même manière dans { $count } catégorie.
   *[other] Ils ont voté de la même manière dans { $count } catégories.
}
