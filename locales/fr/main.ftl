skip-to-content = Aller au contenu
nav-site = Navigation principale
nav-awards = Prix
nav-my-nominations = Mes candidatures
nav-my-reviews = Mes évaluations
nav-cycles = Éditions
nav-people = Utilisateurs
nav-audit = Journal d’audit
nav-email = Courriels
nav-sign-out = Se déconnecter
nav-sign-in = Se connecter
nav-languages = Langue
footer-tagline = Laurel — candidatures, évaluation et résultats des prix du service public.
footer-open-data = Données ouvertes
nominations-count = { $count ->
    [one] { $count } candidature
   *[other] { $count } candidatures
}

time-left-days = { $count ->
    [one] { $count } jour restant
   *[other] { $count } jours restants
}
time-left-hours = { $count ->
    [one] { $count } heure restante
   *[other] { $count } heures restantes
}
time-left-minutes = { $count ->
    [one] { $count } minute restante
   *[other] { $count } minutes restantes
}
time-left-closed = clos

phase-open = Candidatures ouvertes
phase-reviewing = Évaluation en cours
phase-decided = Résultats bientôt publiés
phase-published = Résultats publiés

home-title = Prix du service public
home-lead = Les États Membres présentent leurs initiatives de service public et d’administration en ligne ; des jurys les évaluent ; les lauréats sont publiés ici.
home-open-title = Appels à candidatures ouverts
home-none-open = Aucun appel à candidatures n’est ouvert pour le moment.
home-nominations-close = Clôture des candidatures
home-add-to-calendar = Ajouter les dates à un agenda
home-categories = { $count ->
    [one] { $count } catégorie
   *[other] { $count } catégories
}
home-recent-title = Éditions récentes
home-all-results = Tous les résultats publiés
home-results-feed = Flux des résultats (Atom)
home-none-recent = Aucune édition antérieure pour l’instant.
home-nominations-closed = Candidatures closes le
home-see-winners = Voir les lauréats
home-see-winners-of = de { $cycle }

sign-in-title = Connexion
sign-in-email = Adresse électronique
sign-in-password = Mot de passe
sign-in-submit = Se connecter
sign-in-forgot = Mot de passe oublié ?
sign-in-by-invitation = Nouveau sur Laurel ? Les comptes sont créés sur invitation du secrétariat des prix.
sign-in-password-changed = Votre mot de passe a été modifié. Connectez-vous avec le nouveau.
sign-in-wrong = L’adresse électronique ou le mot de passe est incorrect.
sign-in-throttled = { $minutes ->
    [one] Trop de tentatives infructueuses ; réessayez dans { $minutes } minute.
   *[other] Trop de tentatives infructueuses ; réessayez dans { $minutes } minutes.
}

reset-title = Réinitialiser votre mot de passe
reset-intro = Saisissez l’adresse avec laquelle vous vous connectez : nous vous enverrons par courriel un lien pour choisir un nouveau mot de passe.
reset-send = Envoyer le lien
reset-sent = Si un compte existe pour { $email }, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Ce lien ne fonctionne qu’une fois, pendant deux heures. Si rien n’arrive, vérifiez votre dossier de courrier indésirable.
reset-back = Retour à la connexion
reset-choose-title = Choisir un nouveau mot de passe
reset-new-password = Nouveau mot de passe
reset-password-hint = Au moins 12 caractères. Vous connecter avec ce mot de passe mettra fin à toutes vos autres sessions.
reset-change = Changer mon mot de passe

archive-title = Résultats
archive-none = Aucun résultat n’a encore été publié.
archive-published = Publié le { $date }
archive-feed = Flux Atom des résultats
archive-csv = Tous les prix au format CSV

# How dates are written: strftime patterns (%-d day, %B month name, %Y year, %H:%M
# time, %Z time zone; %-m month number). Month names come from the language's locale.
format-instant = %-d %B %Y à %H:%M %Z
format-date = %-d %B %Y

# The results feed (Atom) and a cycle's calendar of dates.
feed-title = Prix du service public : résultats
feed-entry = Résultats de { $cycle }
calendar-opens = Ouverture des candidatures
calendar-closes = Clôture des candidatures
calendar-results = Publication des résultats

# The API reference page (/api/docs). The operations it lists are described in English.
api-docs-title = Référence de l’API
api-docs-intro = L’API JSON de Laurel se trouve sous /api/v1. Sa description complète, avec le corps de chaque requête et de chaque réponse, figure dans le document OpenAPI, que vous pouvez charger dans n’importe quel outil OpenAPI :
api-docs-auth = Les programmes se connectent, puis joignent à chaque requête un jeton d’accès de type « bearer » :
api-docs-errors = Les erreurs sont renvoyées sous forme de détails de problème RFC 9457, avec un code stable destiné aux programmes, ainsi qu’un titre et un détail dans la langue demandée par l’en-tête Accept-Language.
api-docs-sections = Sections
# Shown in every language, above the list of operations.
api-docs-english = Les opérations ci-dessous sont décrites en anglais.

## An open call's actions on the home page.
home-nominate = Présenter une candidature
home-sign-in-to-nominate = Se connecter pour présenter une candidature

## The open-data page.
open-data-title = Données ouvertes
open-data-intro = Les résultats de chaque édition publiée sont accessibles à tous, sans compte : les lauréats, les champions et les finalistes, avec les réponses publiques de leurs candidatures. Rien n’apparaît ici avant la publication des résultats d’une édition, et les notes n’y figurent jamais.
open-data-licence = Vous pouvez copier, publier et réutiliser ces données à toutes fins, en citant le programme de prix comme source (licence Creative Commons Attribution 4.0 International).
open-data-results = Résultats
open-data-winners-csv = Tous les prix publiés sous forme de tableau (CSV, UTF-8), à raison d’une ligne par prix.
open-data-winners-json = Les mêmes prix au format JSON, page par page, avec les réponses publiques.
open-data-feed = Un flux Atom comportant une entrée par édition publiée, qui en nomme les lauréats et les champions.
open-data-cycles = Éditions ouvertes et passées : dates, phase, fuseau horaire et catégories.
open-data-member-states = Les États Membres, avec leur code ISO 3166-1 et leur groupe régional des Nations Unies.
open-data-filters = Les prix, au format CSV ou JSON, peuvent être filtrés par édition, catégorie, groupe régional et État Membre :
open-data-columns = Colonnes du tableau
open-data-columns-intro = Dans cet ordre ; les nouvelles colonnes ne sont jamais ajoutées qu’à la fin, de sorte que les programmes qui les lisent continuent de fonctionner.
open-data-calendars = Agendas
open-data-calendars-intro = Les dates de chaque édition (ouverture des candidatures, clôture des candidatures, publication des résultats), sous forme d’agenda auquel s’abonner :
open-data-calendars-none = Aucune édition n’est encore publique.
open-data-api = Pour les développeurs
open-data-api-intro = Chacune des adresses ci-dessus fait partie de l’API documentée de Laurel ; ses réponses peuvent être mises en cache, et l’on peut vérifier si elles ont changé.
open-data-api-docs = Documentation de l’API
