# The site's frame: what every page carries around its content.
skip-to-content = Skip to content
nav-site = Site navigation
nav-awards = Awards
nav-my-nominations = My nominations
nav-my-reviews = My reviews
nav-cycles = Cycles
nav-people = People
nav-email = Email
nav-sign-out = Sign out
nav-sign-in = Sign in
nav-languages = Language
footer-tagline = Laurel — nominations, review and results for public-service awards.
footer-open-data = Open data
# { $count } nominations, with the language's plural forms.
nominations-count = { $count ->
    [one] { $count } nomination
   *[other] { $count } nominations
}
