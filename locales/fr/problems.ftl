# Refusals: the title of each kind of problem, on error pages and in the API's problem
# documents (whose `code` stays English for programs).
problem-bad-request = La requête n’a pas pu être interprétée
problem-unauthenticated = Connexion requise
problem-forbidden = Opération non autorisée
problem-not-found = Introuvable
problem-method-not-allowed = Méthode non autorisée
problem-invalid-state = Opération impossible à ce stade
problem-deadline-passed = La date limite est dépassée
problem-quota-exceeded = Plus aucune candidature possible dans cette catégorie
problem-conflict-of-interest = Conflit d’intérêts
problem-version-mismatch = Modifié entre-temps par une autre personne
problem-too-large = Taille excessive
problem-unsupported-media-type = Type de fichier non accepté
problem-validation-failed = Certains champs doivent être corrigés
problem-rate-limited = Trop de tentatives
problem-internal = Une erreur s’est produite de notre côté
problem-unavailable = Service temporairement indisponible

# Details of refusals that are not about one field. { $fields } lists field names.
problem-correct-fields = Veuillez corriger les champs suivants : { $fields }.
problem-internal-detail = La requête n’a pas pu aboutir en raison d’une défaillance du serveur. Aucune modification n’a été apportée ; veuillez réessayer et, si le problème persiste, en informer le secrétariat.
problem-no-endpoint = Ce point de terminaison n’existe pas dans l’API ; voir /api/docs.
problem-endpoint-method = Ce point de terminaison n’accepte pas cette méthode ; voir /api/docs.
problem-no-page = Aucune page ne se trouve à cette adresse. Elle a peut-être été déplacée, ou le lien a peut-être été mal saisi.
problem-page-method = Cette adresse sert à l’envoi d’un formulaire. Revenez à la page où figure le formulaire et envoyez-le depuis celle-ci.
problem-form-expired = Ce formulaire a expiré ou a été envoyé depuis un autre site. Revenez en arrière, rechargez la page et réessayez.
