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

# Requests that cannot be read at all. $error is the reader's own technical detail, in
# English: keep it at the end.
problem-json-content-type = Envoyez le corps de la requête au format JSON avec l’en-tête Content-Type: application/json.
problem-json-shape = Le JSON ne correspond pas à la structure attendue : { $error }
problem-json-syntax = Le corps de la requête n’est pas un JSON valide : { $error }
problem-body-too-large = Le corps de la requête dépasse la taille acceptée par ce serveur.
problem-query = Un paramètre de requête n’est pas valide : { $error }
problem-address = Rien n’existe à cette adresse ; vérifiez le lien.
problem-upload-too-large = L’envoi dépasse la taille acceptée par ce serveur.
problem-upload-unreadable = L’envoi n’a pas pu être lu : { $error }
problem-multipart = Envoyez le fichier au format multipart/form-data dans le champ 'file' : { $error }
problem-form-unreadable = Le formulaire n’a pas pu être lu : { $error }
problem-one-file = Envoyez un seul fichier à la fois.
# $limit: in bytes.
problem-file-too-large = Le fichier dépasse la taille de { $limit } octets acceptée par ce serveur.
problem-field-too-long = Le champ « { $field } » est trop long.
# $refusal: why, e.g. "contains the control character U+0007, …".
problem-body-refused = Le corps de la requête { $refusal }
problem-field-refused = Le champ « { $field } » { $refusal }
problem-query-refused = Le paramètre de requête « { $name } » { $refusal }
