skip-to-content = Aller au contenu
nav-site = Navigation principale
nav-awards = Prix
nav-my-nominations = Mes candidatures
nav-my-reviews = Mes évaluations
nav-cycles = Éditions
nav-people = Utilisateurs
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
