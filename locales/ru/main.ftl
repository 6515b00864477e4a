skip-to-content = Перейти к содержанию
nav-site = Навигация по сайту
nav-awards = Премии
nav-my-nominations = Мои заявки
nav-my-reviews = Мои оценки
nav-cycles = Конкурсы
nav-people = Пользователи
nav-audit = Журнал аудита
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

time-left-days = { $count ->
    [one] остался { $count } день
    [few] осталось { $count } дня
    [many] осталось { $count } дней
   *[other] осталось { $count } дня
}
time-left-hours = { $count ->
    [one] остался { $count } час
    [few] осталось { $count } часа
    [many] осталось { $count } часов
   *[other] осталось { $count } часа
}
time-left-minutes = { $count ->
    [one] осталась { $count } минута
    [few] осталось { $count } минуты
    [many] осталось { $count } минут
   *[other] осталось { $count } минуты
}
time-left-closed = приём завершён

phase-open = Приём заявок открыт
phase-reviewing = Идёт оценка
phase-decided = Итоги скоро будут объявлены
phase-published = Итоги опубликованы

home-title = Премии в области государственной службы
home-lead = Государства-члены выдвигают свои инициативы в области государственной службы и электронного правительства; жюри оценивает их; здесь публикуются имена победителей.
home-open-title = Открытый приём заявок
home-none-open = Сейчас приём заявок нигде не открыт.
home-nominations-close = Приём заявок завершается
home-add-to-calendar = Добавить даты в календарь
home-categories = { $count ->
    [one] { $count } категория
    [few] { $count } категории
    [many] { $count } категорий
   *[other] { $count } категории
}
home-recent-title = Недавние конкурсы
home-all-results = Все опубликованные итоги
home-results-feed = Лента итогов (Atom)
home-none-recent = Предыдущих конкурсов пока нет.
home-nominations-closed = Приём заявок завершён
home-see-winners = Посмотреть победителей
home-see-winners-of = конкурса «{ $cycle }»

sign-in-title = Вход
sign-in-email = Адрес электронной почты
sign-in-password = Пароль
sign-in-submit = Войти
sign-in-forgot = Забыли пароль?
sign-in-by-invitation = Впервые в Laurel? Учётные записи создаются по приглашению секретариата премии.
sign-in-password-changed = Ваш пароль изменён. Войдите, используя новый пароль.
sign-in-wrong = Неверный адрес электронной почты или пароль.
sign-in-throttled = { $minutes ->
    [one] Слишком много неудачных попыток; повторите через { $minutes } минуту.
    [few] Слишком много неудачных попыток; повторите через { $minutes } минуты.
    [many] Слишком много неудачных попыток; повторите через { $minutes } минут.
   *[other] Слишком много неудачных попыток; повторите через { $minutes } минуты.
}

reset-title = Сброс пароля
reset-intro = Введите адрес, с которым вы входите в систему, и мы отправим вам по электронной почте ссылку для выбора нового пароля.
reset-send = Отправить ссылку
reset-sent = Если учётная запись для { $email } существует, мы отправили на этот адрес ссылку для выбора нового пароля. Ссылка действует один раз в течение двух часов. Если письмо не пришло, проверьте папку «Спам».
reset-back = Вернуться ко входу
reset-choose-title = Выбор нового пароля
reset-new-password = Новый пароль
reset-password-hint = Не менее 12 символов. Вход с новым паролем завершит все остальные сеансы.
reset-change = Сменить пароль

archive-title = Итоги
archive-none = Итоги пока не опубликованы.
archive-published = Опубликовано { $date }
archive-feed = Лента итогов в формате Atom
archive-csv = Все награды в формате CSV

# How dates are written: strftime patterns (%-d day, %B month name, %Y year, %H:%M
# time, %Z time zone; %-m month number). Month names come from the language's locale.
format-instant = %-d %B %Y г., %H:%M %Z
format-date = %-d %B %Y г.

# The results feed (Atom) and a cycle's calendar of dates.
feed-title = Премии в области государственной службы: итоги
feed-entry = Итоги конкурса «{ $cycle }»
calendar-opens = Начало приёма заявок
calendar-closes = Окончание приёма заявок
calendar-results = Публикация итогов

# The API reference page (/api/docs). The operations it lists are described in English.
api-docs-title = Справочник по API
api-docs-intro = JSON API системы Laurel доступен по адресу /api/v1. Полное описание, включая тела всех запросов и ответов, приведено в документе OpenAPI; его можно загрузить в любой инструмент для работы с OpenAPI:
api-docs-auth = Программы выполняют вход, а затем передают в каждом запросе токен доступа (bearer token):
api-docs-errors = Ошибки возвращаются в формате описания проблемы по RFC 9457: с неизменным кодом для программ, а также названием и подробностями на языке, указанном в заголовке Accept-Language.
api-docs-sections = Разделы
# Shown in every language, above the list of operations.
api-docs-english = Описания операций ниже приведены на английском языке.

## An open call's actions on the home page.
home-nominate = Подать заявку
home-sign-in-to-nominate = Войти, чтобы подать заявку

## The open-data page.
open-data-title = Открытые данные
open-data-intro = Итоги каждого конкурса после их публикации доступны всем без учётной записи: победители, чемпионы и финалисты вместе с общедоступными ответами из их заявок. До публикации итогов конкурса здесь ничего не появляется, а баллы не публикуются никогда.
open-data-licence = Эти данные можно копировать, публиковать и использовать в любых целях при условии указания программы премий в качестве источника (Creative Commons «С указанием авторства» 4.0).
open-data-results = Итоги
open-data-winners-csv = Все опубликованные награды в виде таблицы (CSV, UTF-8), по одной строке на каждую награду.
open-data-winners-json = Те же награды в формате JSON, постранично, с общедоступными ответами.
open-data-feed = Лента Atom, в которой каждому конкурсу с опубликованными итогами соответствует одна запись с именами его победителей и чемпионов.
open-data-cycles = Открытые и прошедшие конкурсы: даты, стадия, часовой пояс и категории.
open-data-member-states = Государства-члены с их кодами ISO 3166-1 и региональными группами ООН.
open-data-filters = Награды в формате CSV или JSON можно отобрать по конкурсу, категории, региональной группе и государству-члену:
open-data-columns = Столбцы таблицы
open-data-columns-intro = В указанном порядке; новые столбцы добавляются только в конец, поэтому программы, которые их считывают, продолжают работать.
open-data-calendars = Календари
open-data-calendars-intro = Даты каждого конкурса (начало приёма заявок, окончание приёма заявок, публикация итогов) в виде календаря, на который можно подписаться:
open-data-calendars-none = Пока нет ни одного общедоступного конкурса.
open-data-api = Для разработчиков
open-data-api-intro = Все указанные выше адреса входят в документированный API системы Laurel; ответы по ним можно кэшировать и проверять на наличие изменений.
open-data-api-docs = Документация по API
