skip-to-content = Перейти к содержанию
nav-site = Навигация по сайту
nav-awards = Премии
nav-my-nominations = Мои заявки
nav-my-reviews = Мои оценки
nav-cycles = Конкурсы
nav-people = Пользователи
nav-email = Почта
nav-sign-out = Выйти
nav-sign-in = Войти
nav-languages = Язык
footer-tagline = Laurel — заявки, экспертная оценка и итоги премий в области государственного управления.
footer-open-data = Открытые данные
nominations-count = { $count ->
    [one] { $count } заявка
    [few] { $count } заявки
    [many] { $count } заявок
   *[other] { $count } заявки
}
