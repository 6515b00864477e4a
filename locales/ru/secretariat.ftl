## Страницы секретариата.

## Конкурсы (/admin/cycles).

admin-cycles-none = Конкурсов пока нет. Импортируйте конкурс одним из следующих способов:
admin-cycles-phase = { $phase ->
    [draft] черновик
    [open] приём заявок
    [reviewing] идёт оценка
    [decided] итоги подведены, не опубликованы
   *[published] итоги опубликованы
}
admin-cycles-stage-kind = { $kind ->
    [screening] предварительный отбор
    [scoring] балльная оценка
   *[public_vote] открытое голосование
}
admin-cycles-publish-intro = Решение о награждении принято и пока не разглашается. После публикации итоги появятся на общедоступном сайте, в открытых данных и в ленте, а координаторам и экспертам будут разосланы уведомления по электронной почте.
admin-cycles-publish-at = Дата и время публикации (необязательно, { $zone })
admin-cycles-publish = Опубликовать итоги
admin-cycles-public-page = Общедоступная страница итогов

## Исходящая почта (/admin/outbox).

admin-outbox-title = Исходящая почта
admin-outbox-filter = Фильтр по статусу
admin-outbox-all = Все
admin-outbox-status = { $status ->
    [pending] в очереди
    [sent] отправлено
   *[failed] не доставлено
}
admin-outbox-none = Писем нет.
admin-outbox-none-status = { $status ->
    [pending] Нет писем, ожидающих отправки.
    [sent] Отправленных писем нет.
   *[failed] Недоставленных писем нет.
}
admin-outbox-col-to = Получатель
admin-outbox-col-subject = Тема
admin-outbox-col-status = Статус
admin-outbox-col-attempts = Попытки
admin-outbox-col-when = Отправлено или следующая попытка
admin-outbox-col-error = Последняя ошибка
admin-outbox-col-action = Действие
admin-outbox-resend = Отправить повторно
admin-outbox-resend-to = Повторно отправить письмо на адрес { $to }

## Пользователи (/admin/people).

admin-people-invited = Приглашение отправлено на адрес { $email }. Ссылка действительна в течение семи дней.
admin-people-invite-heading = Пригласить пользователя
admin-people-invite-errors = Приглашение не отправлено: исправьте поля, отмеченные ниже.
admin-people-role = Роль
admin-people-role-nominator-long = Координатор государства-члена (подаёт заявки)
admin-people-role-reviewer = Эксперт (член жюри)
admin-people-role-admin-long = Администратор (секретариат)
admin-people-member-state = Государство-член
admin-people-member-state-hint = (только для координаторов)
admin-people-nationality = Гражданство
admin-people-nationality-hint = (для экспертов: им никогда не назначаются заявки их собственной страны)
admin-people-invite-submit = Отправить приглашение
admin-people-everyone = Все пользователи с учётной записью
admin-people-col-name = Имя
admin-people-col-email = Электронная почта
admin-people-col-state = Государство
admin-people-col-status = Состояние
admin-people-col-actions = Действия
admin-people-role-name = { $role ->
    [nominator] Координатор
    [reviewer] Эксперт
   *[admin] Администратор
}
admin-people-active = Активна
admin-people-deactivated = Отключена
admin-people-deactivate = Отключить
admin-people-deactivate-person = Отключить учётную запись пользователя { $name }
admin-people-change-role = Изменить роль
admin-people-new-role = Новая роль
admin-people-role-nominator = Координатор
admin-people-role-admin = Администратор
admin-people-state-code = Код государства-члена (для координаторов)
admin-people-state-code-example = например, KEN
admin-people-change = Изменить

## Страница этапа (/admin/stages/{id}).

admin-stage-kind = { $kind ->
    [screening] Этап предварительного отбора
    [scoring] Этап балльной оценки
   *[public_vote] Этап открытого голосования
}
admin-stage-status = { $status ->
    [pending] не начат
    [active] идёт
   *[closed] завершён
}
admin-stage-shortfalls = Для некоторых заявок не удалось назначить нужное число экспертов:
admin-stage-queue = Заявки для предварительного отбора
admin-stage-checklist = Контрольный перечень
admin-stage-note = Примечание (сообщается координаторам, если заявка не прошла отбор)
admin-stage-record-screening = Зафиксировать результат отбора
admin-stage-ask-instead = Вместо этого задать вопрос координаторам
admin-stage-question = Вопрос
admin-stage-answer-by = Срок ответа
admin-stage-send-question = Отправить вопрос
admin-stage-reviewers = Эксперты
admin-stage-per-nomination = Экспертов на заявку
admin-stage-max-load = Не более заявок на эксперта (необязательно)
admin-stage-assign-auto = Назначить автоматически
admin-stage-assign-hint = Никто не оценивает заявки своей страны и заявки, по которым заявил о конфликте интересов. Заявки, у которых уже достаточно экспертов, остаются без изменений.
admin-stage-assign-one = Назначить эксперта вручную
admin-stage-decide-awards = Определить победителей
admin-stage-advance = Переход к следующему этапу
admin-stage-pending-reviews = { $count ->
    [one] { $count } назначенная оценка ещё не отправлена; в рейтинге учитываются только отправленные оценки.
    [few] { $count } назначенные оценки ещё не отправлены; в рейтинге учитываются только отправленные оценки.
    [many] { $count } назначенных оценок ещё не отправлено; в рейтинге учитываются только отправленные оценки.
   *[other] { $count } назначенной оценки ещё не отправлено; в рейтинге учитываются только отправленные оценки.
}
admin-stage-still-to-decide = Ещё предстоит решить:
admin-stage-col-rank = Место
admin-stage-col-nomination = Заявка
admin-stage-col-rule = По правилу
admin-stage-outcome = { $outcome ->
    [advanced] проходит дальше
    [eliminated] выбывает
    [ineligible] не соответствует требованиям
    [winner] победитель
    [champion] чемпион
   *[finalist] финалист
}
admin-stage-needs-decision = требуется решение
admin-stage-confirm-awards = Утвердить награды
admin-stage-confirm-close = Подтвердить и завершить этап

## Назначение эксперта вручную (/admin/stages/{id}/assign-one).

admin-assign-title = Назначение эксперта: { $stage }
admin-assign-heading = Назначить эксперта вручную
admin-assign-rules = Никто не может оценивать заявки своей страны или заявки, по которым заявил о конфликте интересов; в таком случае назначение отклоняется.
admin-assign-nomination = Заявка
admin-assign-reviewer = Эксперт
admin-assign-submit = Назначить

## Рейтинг этапа балльной оценки (пока не используется).

admin-ranking-title = Рейтинг
admin-ranking-reliability = Согласованность оценок экспертов (альфа Криппендорфа):
admin-ranking-not-measurable = пока не поддаётся измерению
admin-ranking-hide-reviews = Скрыть оценки
admin-ranking-show-reviews = Показать все оценки
admin-ranking-csv = CSV для API
admin-ranking-col-score = Балл
admin-ranking-col-reviews = Оценки
admin-ranking-col-spread = Разброс
admin-ranking-col-flags = Отметки
admin-ranking-col-override = Изменение решения
admin-ranking-col-rationale = Обоснование
admin-ranking-reviews-done = { $done } из { $assigned }
admin-ranking-flag = { $flag ->
    [disagreement] расхождение оценок
    [tie] равенство баллов
   *[no_reviews] нет оценок
}
admin-ranking-preview = Предварительный просмотр с этими изменениями

## What the secretariat is told after acting on a stage or a cycle.
admin-stage-screen-passed = Отбор пройден
admin-stage-screen-failed = Отбор не пройден
admin-stage-screen-none = Отбор не проводился
admin-stage-notice-assigned = Эксперты назначены и уведомлены по электронной почте.
admin-stage-notice-advanced = Этап завершён, его результаты зафиксированы.
admin-stage-notice-screened = Результат предварительного отбора зафиксирован.
admin-stage-notice-asked = Вопрос направляется координаторам, подавшим заявку.
admin-cycles-notice-published = Итоги опубликованы; координаторам и экспертам рассылаются уведомления.
admin-cycles-notice-scheduled = Публикация запланирована; до этого момента итоги не разглашаются.
# $why: the refusal, in a sentence.
admin-assign-refused = Назначение не выполнено: { $why }.
admin-stage-nothing-changed = Изменения не внесены: { $why }.

## One email of the outbox (/admin/email/{id}).
admin-email-queued = Поставлено в очередь
admin-email-sent = Отправлено
# When delivery will be tried again.
admin-email-next-attempt = Следующая попытка
admin-email-text = Текст
# A link that opens the email's formatted (HTML) version on its own page.
admin-email-html = Открыть оформленную версию

## The audit trail (/admin/audit).
admin-audit-title = Журнал аудита
admin-audit-chain = Целостность журнала
admin-audit-intact = Проверено { $when }: все записи ({ $count }) сохранились в первоначальном виде.
admin-audit-broken = Проверено { $when }: журнал был изменён.
admin-audit-not-checked = С момента запуска этого сервера журнал не проверялся.
admin-audit-check-now = Проверить журнал сейчас
admin-audit-filter = Фильтр журнала
admin-audit-actor = Кто
admin-audit-action = Действие
admin-audit-action-hint = В том виде, в каком оно записано, например nomination.submitted.
admin-audit-subject = Объект
admin-audit-from = С
admin-audit-until = По
admin-audit-apply = Применить
admin-audit-clear = Показать всё
admin-audit-when = Когда
admin-audit-details = Подробности
admin-audit-none = Подходящих записей нет.
admin-audit-older = Более ранние записи

## A cycle's entries (/admin/cycles/{id}/nominations).
admin-entries-title = Заявки конкурса «{ $cycle }»
admin-entries-filter = Фильтр заявок
admin-entries-words = Слова
admin-entries-words-hint = Ищутся в названии или в названии учреждения, без учёта регистра.
admin-entries-region = Региональная группа
admin-entries-any = Любое значение
admin-entries-csv = Скачать эти заявки в формате CSV
admin-entries-none = Подходящих заявок нет.
admin-entries-updated = Последнее изменение
admin-entries-more = Следующие заявки
admin-entries-link = Все заявки

## A cycle's dashboard (/admin/cycles/{id}).
admin-dashboard-states = Заявки подали государства-члены: { $count } из { $all }.
admin-dashboard-by-status = Заявки по статусу
admin-dashboard-by-region = Заявки по региональным группам
admin-dashboard-count = Количество
admin-dashboard-submitted = Поданы
admin-dashboard-drafts = Черновики
admin-dashboard-reviews = Оценок подано: { $submitted } из { $assigned }; просрочено: { $overdue }
admin-dashboard-due = срок: { $due }
admin-dashboard-juror = Эксперт
admin-dashboard-assigned = Назначено
admin-dashboard-overdue = Просрочено
admin-dashboard-link = Ход работы

## A nomination's dossier (/admin/nominations/{id}).
admin-dossier-submitted = Дата подачи
admin-dossier-clarification = Вопрос координаторам:
admin-dossier-ineligible = Признана не соответствующей требованиям:
# The entry as its member state wrote it: summary and answers.
admin-dossier-entry = Текст заявки
# $rank: its place in its ranking group.
admin-dossier-rank = { $rank }-е место в рейтинге
# $who: the person who decided; $when: the date and time.
admin-dossier-decided-by = Решение принято { $when } пользователем { $who }.
admin-dossier-decided = Решение принято { $when }.
# The secretariat chose another outcome than the stage's rule gave.
admin-dossier-overridden = Секретариат принял решение, отличное от предусмотренного правилом:
admin-dossier-check-passed = выполнено
admin-dossier-check-failed = не выполнено
admin-dossier-no-reviews = На этом этапе по заявке не назначено ни одного эксперта.
admin-dossier-comment = Комментарий
# A review's status; $when: when it was submitted, or when it is due.
admin-dossier-review-status = { $status ->
    [submitted] отправлена { $when }
    [recused] самоотвод
   *[pending] срок: { $when }
}
admin-dossier-emails = Письма по этой заявке
admin-dossier-no-emails = Писем по этой заявке не отправлялось.
admin-dossier-history = История
admin-dossier-in-trail = Посмотреть в журнале аудита

## The dashboard's charts (/admin/cycles/{id}). Each chart has a title, a sentence
## saying what it shows, and the same numbers in a table.
admin-dashboard-call = Приём заявок
admin-dashboard-stages = Прохождение этапов
admin-chart-days-title = Подача заявок по дням
# $count nominations in all; $day the busiest day, with $most of them; $closes the deadline.
admin-chart-days-summary = { $count ->
    [one] На данный момент подана { $count } заявка
    [few] На данный момент поданы { $count } заявки
    [many] На данный момент подано { $count } заявок
   *[other] На данный момент подано { $count } заявки
}; больше всего заявок ({ $most }) подано { $day }. Окончание приёма заявок: { $closes }.
admin-chart-days-none = Ни одной заявки пока не подано. Окончание приёма заявок: { $closes }.
# Marks the deadline on the chart of submissions per day.
admin-chart-deadline = Срок подачи
admin-chart-day = День
admin-chart-coverage-title = Участие государств-членов по региональным группам
# After "N of 193 member states have submitted a nomination."
admin-chart-coverage-drafting = { $count ->
    [0] Ни у одного другого государства-члена нет неподанного черновика.
    [one] Ещё у { $count } государства-члена есть черновик, который пока не подан.
    [few] Ещё у { $count } государств-членов есть черновики, которые пока не поданы.
    [many] Ещё у { $count } государств-членов есть черновики, которые пока не поданы.
   *[other] Ещё у { $count } государства-члена есть черновики, которые пока не поданы.
}
# A bar's label: $submitted and $drafting of the group's $states member states.
admin-chart-coverage-row = { $region }: заявку подали { $submitted }, только черновик — у { $drafting }; всего государств-членов: { $states }
admin-chart-draft-only = Только черновик
admin-chart-not-yet = Пока ничего
admin-chart-states = Государства-члены
admin-chart-states-submitted = Государства-члены, подавшие заявку
admin-chart-funnel-title = Заявки на этапах конкурса
admin-chart-funnel-summary = Каждый столбец соответствует шагу конкурса: сколько заявок до него дошло и сколько из них прошло дальше.
# The first bar: every nomination submitted.
admin-chart-funnel-first = { $step }: { $count }
# A stage's bar: $count reached it and $on went on.
admin-chart-funnel-row = { $step }: дошли — { $count }, прошли дальше — { $on }
admin-chart-went-on = Прошли дальше
admin-chart-stopped = Выбыли на этом шаге или решение ещё не принято
admin-chart-step = Шаг
admin-chart-reached = Дошли
# $stage: the stage's name.
admin-chart-jurors-title = Оценки по экспертам: { $stage }
# A juror's bar.
admin-chart-juror-row = { $name }: отправлено { $submitted } из { $assigned }, просрочено { $overdue }
admin-chart-not-due = Срок ещё не наступил
admin-chart-action = Действие
admin-dashboard-remind = Напомнить
# The remind button's name for a screen reader: $name the jury member.
admin-dashboard-remind-one = Отправить напоминание сейчас: { $name }
admin-dashboard-remind-all = Напомнить всем экспертам, у которых есть неотправленные оценки
admin-dashboard-remind-hint = Каждый эксперт получает не более одного напоминания в день по этому этапу, сколько бы раз ни была нажата эта кнопка.
admin-dashboard-reminded = Напоминания отправляются.
admin-chart-criteria-title = Баллы по критериям: { $stage }
admin-chart-juror-scores-title = Баллы по экспертам: { $stage }
admin-chart-range-summary = Каждая линия проходит от самого низкого до самого высокого выставленного балла по шкале от 0 до 100; точкой отмечено среднее значение.
# A range's label, on a scale of 0 to 100.
admin-chart-range-row = { $name }: среднее { $mean }, от { $min } до { $max }
# $low and $high: the lowest and highest mean total, with the jury members who gave them.
admin-chart-juror-scores-summary = Каждая линия проходит от самой низкой до самой высокой итоговой оценки, выставленной экспертом, по шкале от 0 до 100; точкой отмечено среднее значение. Средние значения — от { $low } ({ $lowname }) до { $high } ({ $highname }).
admin-chart-criterion = Критерий
admin-chart-lowest = Минимум
admin-chart-mean = Среднее
admin-chart-highest = Максимум
# $alpha: Krippendorff's alpha, two decimals.
admin-dashboard-agreement = Согласованность оценок экспертов (альфа Криппендорфа): { $alpha }. { $level ->
    [good] Оценки экспертов хорошо согласуются.
    [tentative] Оценки согласуются лишь частично: изучите разброс ниже.
   *[low] Расхождений в оценках больше, чем согласия: прежде чем переходить к следующему этапу, изучите разброс ниже.
}
# A screening stage's progress: $decided of the $entered nominations that reached it.
admin-dashboard-screened = Предварительный отбор: рассмотрено заявок — { $decided } из { $entered }
# The entries' filter by what a stage decided.
admin-entries-outcome = Решение на этапе
admin-entries-clarification = Только заявки, координаторы которых ещё не ответили на заданный им вопрос
admin-entries-sort = Порядок
admin-entries-sort-by = { $sort ->
    [changed] Сначала недавно изменённые
    [title] По названию
    [member_state] По государству-члену
   *[oldest] В порядке создания
}
admin-entries-csv-reviews = Скачать оценки по этим заявкам в формате CSV (одна строка на оценку)
# The earliest due date of a jury member's reviews still to come.
admin-chart-next-due = Ближайший срок

## People at scale: searching, coverage, deactivation, lists of invitations.
# $name: the person's name.
admin-people-was-deactivated = Учётная запись пользователя { $name } отключена, выход из системы выполнен на всех устройствах. Учётную запись можно снова включить в любой момент.
admin-people-was-reactivated = Учётная запись пользователя { $name } снова включена; пользователь может войти в систему.
admin-people-bulk-link = Пригласить несколько человек по списку
admin-people-invitations-link = Отправленные приглашения
admin-people-coverage-heading = Координаторы
admin-people-coverage-all = У каждого государства-члена есть активный координатор.
# $count: member states with no active focal point.
admin-people-coverage-missing = { $count ->
    [one] У { $count } государства-члена нет активного координатора
    [few] У { $count } государств-членов нет активного координатора
    [many] У { $count } государств-членов нет активного координатора
   *[other] У { $count } государства-члена нет активного координатора
}
# $count: people matching the search.
admin-people-found = { $count ->
    [one] Найден { $count } пользователь
    [few] Найдено { $count } пользователя
    [many] Найдено { $count } пользователей
   *[other] Найдено { $count } пользователя
}
admin-people-search = Поиск пользователей
admin-people-words = Имя или адрес электронной почты
admin-people-none-found = По этому запросу никто не найден.
admin-people-reactivate = Включить
admin-people-reactivate-person = Включить учётную запись пользователя { $name }
admin-people-name-hint = (необязательно: будет заранее подставлено на странице приглашения)
admin-people-deactivate-explained = Пользователь будет немедленно выведен из системы на всех устройствах и не сможет войти. Все сведения о его действиях сохранятся. Учётную запись можно будет снова включить позднее.
admin-people-deactivate-confirm = Отключить учётную запись
admin-people-keep = Не отключать
admin-bulk-title = Пригласить несколько человек
# $count: invitations sent.
admin-bulk-sent = { $count ->
    [one] Отправляется { $count } приглашение.
    [few] Отправляются { $count } приглашения.
    [many] Отправляется { $count } приглашений.
   *[other] Отправляется { $count } приглашения.
}
admin-bulk-empty = Сначала вставьте список или выберите файл: в списке нет ни одного человека.
admin-bulk-preview = Проверка перед отправкой
# $refused: rows with problems; $count: rows in the list.
admin-bulk-refused = { $refused ->
    [one] { $refused } строка из { $count } требует исправления; до этого ничего не будет отправлено. Исправьте её в списке ниже и проверьте список снова.
    [few] { $refused } строки из { $count } требуют исправления; до этого ничего не будет отправлено. Исправьте их в списке ниже и проверьте список снова.
    [many] { $refused } строк из { $count } требуют исправления; до этого ничего не будет отправлено. Исправьте их в списке ниже и проверьте список снова.
   *[other] { $refused } строки из { $count } требуют исправления; до этого ничего не будет отправлено. Исправьте их в списке ниже и проверьте список снова.
}
# $count: rows in the list.
admin-bulk-ready = { $count ->
    [one] { $count } человек готов к отправке приглашения.
    [few] Все { $count } человека готовы к отправке приглашений.
    [many] Все { $count } человек готовы к отправке приглашений.
   *[other] Все { $count } человека готовы к отправке приглашений.
}
admin-bulk-line = Строка
admin-bulk-problems = Замечания
admin-bulk-row-ok = Готово
# $field: the column at fault.
admin-bulk-field = { $field ->
    [name] Имя
    [email] Электронная почта
    [role] Роль
    [member_state] Государство-член
    [nationality] Гражданство
   *[other] { $field }
}
admin-bulk-list = Вставьте список
admin-bulk-list-hint = По одному человеку на строку: имя, адрес электронной почты, роль, государство-член, гражданство — через запятую, точку с запятой или табуляцию (подойдут ячейки, скопированные из электронной таблицы). Первая строка с названиями столбцов на английском языке (name, email, role, member_state, nationality) позволяет задать иной порядок. Роли указываются по-английски, точно в таком виде: «focal point», «juror» или «secretariat». Государство-член указывается английским названием или кодом, например Kenya или KEN.
admin-bulk-file = Или выберите файл CSV
admin-bulk-check = Проверить список
# $count: people to invite.
admin-bulk-send = { $count ->
    [one] Отправить { $count } приглашение
    [few] Отправить { $count } приглашения
    [many] Отправить { $count } приглашений
   *[other] Отправить { $count } приглашения
}
admin-invitations-title = Отправленные приглашения
admin-invitations-filter = Приглашения по статусу
# $done: resent or revoked; $email: the address.
admin-invitations-done = { $done ->
    [resent] Новая ссылка отправляется на адрес { $email }; прежняя ссылка больше не действует.
   *[revoked] Приглашение на адрес { $email } отозвано; его ссылка больше не действует.
}
# $status: pending, accepted, expired or revoked.
admin-invitation-status = { $status ->
    [pending] Ожидает принятия
    [accepted] Принято
    [expired] Срок истёк
   *[revoked] Отозвано
}
admin-invitations-none = Приглашений нет.
admin-invitations-sent = Дата отправки
admin-invitations-resend = Отправить повторно
admin-invitations-resend-to = Отправить повторно приглашение на адрес { $email }
admin-invitations-revoke = Отозвать
admin-invitations-revoke-to = Отозвать приглашение, отправленное на адрес { $email }
admin-invitations-more = Более ранние приглашения
admin-bulk-to-correct = Строки, требующие исправления
# $count: rows in the list.
admin-bulk-all-rows = { $count ->
    [one] { $count } строка списка
    [few] Все { $count } строки списка
   *[other] Все { $count } строк списка
}

## Setting up a cycle: /admin/cycles/new, /admin/cycles/{id}/edit and its preview.
admin-cycles-set-up = Настройка
admin-cycles-new = Настроить новый конкурс
setup-title-new = Настройка нового конкурса
# $cycle: the cycle's name, e.g. "UN Public Service Awards 2028".
setup-title-edit = Настройка конкурса «{ $cycle }»
setup-copy-heading = На основе предыдущего конкурса
setup-copy-intro = Копируется всё: категории, вопросы, этапы, критерии и настройки; в качестве отправной точки все даты переносятся на новый год. Копия сохраняется как черновик, который затем можно доработать.
setup-copy-none = Пока нет ни одного конкурса, который можно было бы скопировать.
setup-copy-from = Копируемый конкурс
setup-copy-year = Год нового конкурса
setup-copy = Скопировать в новый черновик
setup-copy-choose = Выберите конкурс, который нужно скопировать.
setup-scratch-heading = Или начать с нуля
setup-save = Сохранить
setup-create = Создать черновик конкурса
setup-preview = Предварительный просмотр формы заявки и критериев оценки
setup-download = Скачать описание конкурса (TOML)
setup-notice-saved = Сохранено. Внесённые изменения показаны ниже.
setup-notice-created = Черновик конкурса создан. До начала приёма заявок он остаётся черновиком и не виден публике.
setup-notice-copied = Копия создана как черновик. Проверьте её даты до начала приёма заявок.
# $count: how many problems.
setup-problems = { $count ->
    [one] Сохранить не удалось: обнаружена { $count } ошибка. Она указана рядом с соответствующим полем; введённые данные не потеряны.
    [few] Сохранить не удалось: обнаружены { $count } ошибки. Каждая указана рядом с соответствующим полем; введённые данные не потеряны.
    [many] Сохранить не удалось: обнаружено { $count } ошибок. Каждая указана рядом с соответствующим полем; введённые данные не потеряны.
   *[other] Сохранить не удалось: обнаружено { $count } ошибки. Каждая указана рядом с соответствующим полем; введённые данные не потеряны.
}
# $phase: open, reviewing, decided or published.
setup-fixed-explained = { $phase ->
    [open] Приём заявок открыт, и координаторы опираются на эти настройки, поэтому изменить можно только срок подачи (лишь перенеся его на более позднюю дату) и формулировки названий, подписей и пояснений. Всё остальное показано в текущем виде.
   *[other] Приём заявок завершён, поэтому изменить можно только формулировки названий, подписей и пояснений. Всё остальное показано в текущем виде.
}
setup-general = Конкурс
setup-programme = Программа
setup-year = Год
setup-default-language = Язык, на котором составлено описание
setup-languages = Языки, на которых проводится конкурс
setup-languages-hint = Каждое название, подпись и пояснение нужно будет указать на каждом из этих языков. Чтобы применить изменение, нажмите «Сохранить».
setup-time-zone = Часовой пояс
setup-time-zone-hint = Название по базе данных IANA, например America/New_York или Africa/Nairobi. Даты ниже указаны по этому часовому поясу.
setup-opens-at = Начало приёма заявок
setup-closes-at = Окончание приёма заявок
setup-publish-at = Публикация итогов
setup-max-attachments = Максимальное число подтверждающих документов в заявке
setup-min-attachments = Минимальное число подтверждающих документов в заявке
setup-categories = Категории
# $n: the category's place in the list.
setup-category = Категория { $n }
setup-key = Ключ
setup-key-hint = Строчные латинские буквы, цифры и дефисы, например digital-transformation. Используется при экспорте данных и в API.
setup-name = Название
setup-description = Описание
setup-max-per-state = Заявок от одного государства-члена
setup-winners = Победители
setup-champions = Чемпионы (призёры)
setup-per-region = Победители определяются по регионам
setup-yes = да
setup-no = нет
setup-add-category = Добавить категорию
setup-questions = Вопросы формы заявки
setup-questions-hint = Название, учреждение и краткое описание запрашиваются всегда; приведённые здесь вопросы следуют за ними.
# $n: the question's place in the form.
setup-question = Вопрос { $n }
setup-label = Формулировка
setup-help = Пояснение
setup-kind = Тип ответа
# $kind: text, long_text, number, url, date or choice.
setup-kind-option = { $kind ->
    [text] Короткий текст
    [long_text] Развёрнутый текст
    [number] Число
    [url] Веб-адрес
    [date] Дата
   *[choice] Один вариант из списка
}
setup-max-length = Максимальная длина ответа (в символах)
setup-max-length-hint = Оставьте поле пустым, чтобы применялось обычное ограничение.
setup-required = Ответ обязателен
setup-public = Публикуется вместе со сведениями о победителях
setup-identifying = Может указывать на государство-член: скрывается от экспертов на этапах анонимной оценки
setup-choices = Варианты ответа
# $n: the choice's place in the list.
setup-choice = Вариант { $n }
setup-add-choice = Добавить вариант
setup-add-question = Добавить вопрос
setup-stages = Этапы
# $n: the stage's place in the order of review.
setup-stage = Этап { $n }
setup-stage-kind = Тип этапа
# $kind: screening, scoring or public_vote.
setup-stage-kind-option = { $kind ->
    [screening] Предварительный отбор силами секретариата
    [scoring] Балльная оценка экспертами
   *[public_vote] Открытое голосование
}
setup-reviewers = Экспертов на заявку
setup-due-at = Срок представления оценок
setup-blind = Анонимная оценка: эксперты не видят, какое государство-член подало заявку
setup-aggregation = Способ сведения баллов экспертов
# $aggregation: mean, zscore or trimmed_mean.
setup-aggregation-option = { $aggregation ->
    [mean] Среднее значение
    [zscore] Среднее значение с поправкой на строгость каждого эксперта (z-оценки)
   *[trimmed_mean] Среднее значение без самого высокого и самого низкого балла
}
setup-spread = Отмечать расхождение, если разброс превышает это значение (из 100)
setup-rule = Какие заявки проходят на следующий этап
# $rule: top_n, min_score or manual.
setup-rule-option = { $rule ->
    [top_n] Лучшие — в пределах заданного числа
    [min_score] Все, набравшие не менее заданного балла
   *[manual] Решает секретариат
}
setup-top = Сколько заявок проходит дальше
setup-score = Минимальный проходной балл (из 100)
setup-criteria = Критерии
# $n: the criterion's place; $stage: its stage's place.
setup-criterion = Критерий { $n } этапа { $stage }
setup-guidance = Указания для экспертов
setup-weight = Вес
setup-min = Минимальный балл
setup-max = Максимальный балл
setup-levels = Значение баллов шкалы
setup-levels-hint = Необязательно. Эксперты видят эти описания рядом с выставляемым баллом.
# $n: the described point's place in the list.
setup-level = Описание балла { $n }
setup-level-score = Балл
setup-level-label = Значение
setup-add-level = Описать балл шкалы
setup-add-criterion = Добавить критерий
setup-add-stage = Добавить этап
setup-up = Переместить вверх
setup-down = Переместить вниз
setup-remove = Удалить
setup-needed = Заполните это поле.
setup-not-whole = Введите целое число, например 3.
setup-not-number = Введите число, например 7,5.
setup-not-date = Выберите дату и время.
setup-changes = Изменения, внесённые при последнем сохранении
# $who: who saved; $when: when, in the cycle's time zone.
setup-changes-by = Сохранено { $when } пользователем { $who }.
setup-changes-none = При последнем сохранении ничего не изменилось.
setup-added = добавлено:
setup-removed = удалено:
setup-preview-title = Предварительный просмотр.
setup-preview-intro = Каждая форма в том виде, в каком её увидят заполняющие её пользователи. Отсюда ничего нельзя отправить.
setup-preview-nothing-sent = Это предварительный просмотр: отправить отсюда ничего нельзя.
# $stage: the stage's name.
setup-preview-rubric = Критерии оценки: { $stage }

## A clarification's answer, and what the focal point changed with it.
admin-clarification-answer = Ответ координатора:
admin-clarification-changes = Внесённые изменения (удалённый текст зачёркнут, добавленный текст выделен):
admin-clarification-unchanged = Других изменений в заявку не вносилось.
admin-clarification-waiting = Ответа пока нет.

## Passages withheld from jurors in blind stages.
admin-redaction-title = Фрагменты, скрытые от экспертов на этапах анонимной оценки
admin-redaction-hint = Название или иные сведения, позволяющие определить государство-член, можно скрыть от экспертов на этапах анонимной оценки: вставьте фрагмент точно в том виде, в каком он приведён в тексте. Сам ответ не изменяется: вы и эксперты на остальных этапах по-прежнему видите его в исходном виде, а каждое изменение фиксируется в журнале аудита.
admin-redaction-field = Поле
admin-redaction-passage = Скрываемый фрагмент
admin-redaction-add = Скрыть фрагмент
admin-redaction-remove = Показать снова
admin-redaction-notice-added = Фрагмент скрыт от экспертов на этапах анонимной оценки.
admin-redaction-notice-removed = Фрагмент снова показывается экспертам.
