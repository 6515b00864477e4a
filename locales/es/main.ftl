skip-to-content = Ir al contenido
nav-site = Navegación del sitio
nav-awards = Premios
nav-my-nominations = Mis candidaturas
nav-my-reviews = Mis evaluaciones
nav-cycles = Ediciones
nav-people = Usuarios
nav-email = Correo electrónico
nav-sign-out = Cerrar sesión
nav-sign-in = Iniciar sesión
nav-languages = Idioma
footer-tagline = Laurel: candidaturas, evaluación y resultados de los premios al servicio público.
footer-open-data = Datos abiertos
nominations-count = { $count ->
    [one] { $count } candidatura
   *[other] { $count } candidaturas
}
