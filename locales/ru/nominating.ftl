dashboard-title = Заявки: { $state }
dashboard-none = Сейчас приём заявок не открыт, и от вашего государства пока не подано ни одной заявки.
dashboard-read-only = Приведённые ниже заявки можно просматривать, но изменить их уже нельзя.
dashboard-quota = Подано: { $used } из { $max }
dashboard-quota-full = Подано: { $used } из { $max } — это предельное число заявок, которое ваше государство может подать в этой категории
dashboard-updated = обновлено { $date }
dashboard-start = Создать заявку
dashboard-start-in = в категории «{ $category }»

nomination-category = Категория
nomination-status = Статус
nomination-deadline = Срок подачи
nomination-problem = { $field }: { $message }
nomination-required-hint = Поля, отмеченные звёздочкой (*), необходимо заполнить для подачи заявки; черновик можно сохранить в любой момент.
nomination-choose = Выберите…
nomination-max-chars = { $count ->
    [one] Не более { $count } символа.
    [few] Не более { $count } символов.
    [many] Не более { $count } символов.
   *[other] Не более { $count } символа.
}
nomination-attachments = Подтверждающие документы
nomination-attachments-hint = { $max ->
    [one] PDF, PNG или JPEG; не более { $max } файла.
    [few] PDF, PNG или JPEG; не более { $max } файлов.
    [many] PDF, PNG или JPEG; не более { $max } файлов.
   *[other] PDF, PNG или JPEG; не более { $max } файла.
}
nomination-attachments-hint-min = { $max ->
    [one] PDF, PNG или JPEG; не более { $max } файла; для подачи заявки нужно не менее { $min }.
    [few] PDF, PNG или JPEG; не более { $max } файлов; для подачи заявки нужно не менее { $min }.
    [many] PDF, PNG или JPEG; не более { $max } файлов; для подачи заявки нужно не менее { $min }.
   *[other] PDF, PNG или JPEG; не более { $max } файла; для подачи заявки нужно не менее { $min }.
}
nomination-remove = Удалить
nomination-file = Файл
nomination-add-file = Добавить файл
nomination-file-hint = Файл будет прикреплён при сохранении.
nomination-save-draft = Сохранить черновик
nomination-save-changes = Сохранить изменения
nomination-submit = Подать заявку
nomination-withdraw = Отозвать эту заявку
nomination-withdraw-warning = Отозванная заявка выбывает из конкурса. Это действие нельзя отменить.
nomination-withdraw-warning-submitted = Отозванная заявка выбывает из конкурса и освобождает своё место в квоте категории. Это действие нельзя отменить.
nomination-withdraw-confirm = Отозвать заявку
nomination-no-answer = Ответа нет.
nomination-no-attachments = Нет.

results-title = { $cycle }: итоги
results-coming = Итоги этого конкурса будут опубликованы { $date }.
results-published-on = Итоги опубликованы { $date }.
results-csv = Скачать в формате CSV
results-filter = Отбор итогов
results-region = Регион
results-all-regions = Все регионы
results-member-state = Государство-член
results-all-member-states = Все государства-члены
results-show = Показать
results-none = Нет наград, отвечающих этим условиям отбора.

initiative-member-state = Государство-член
initiative-institution = Учреждение
initiative-category = Категория
initiative-award = Награда
initiative-summary = Краткое описание

member-state-none = Ни одна инициатива этого государства-члена пока не вошла в число финалистов конкурса с опубликованными итогами.

invitation-accept-title = Принятие приглашения
invitation-accept-intro = Приглашение направлено на адрес { $email }: вы приглашены в качестве { $role ->
        [admin] администратора (секретариат)
        [nominator] координатора (подача заявок)
       *[reviewer] эксперта по оценке
    }.
invitation-accept-choose = Укажите имя, которое будут видеть коллеги, и выберите пароль.
invitation-accept-correct = Исправьте поля, отмеченные ниже.
invitation-accept-name = Ваше имя
invitation-accept-password-hint = Не менее 12 символов. Несколько не связанных между собой слов образуют надёжный и легко запоминающийся пароль.
invitation-accept-submit = Создать учётную запись

error-back = Вернуться к премиям
error-status = Ошибка { $status }

account-title = Моя учётная запись
account-welcome = Добро пожаловать в Laurel, { $name }. Ваша учётная запись готова.
account-name = Имя
account-email = Электронная почта
account-role = Роль
account-member-state = Государство-член
account-nationality = Гражданство
account-conflicts-title = Конфликты интересов
account-conflicts-intro = Вам никогда не поручается оценка заявок вашей собственной страны или государств-членов, указанных вами здесь.
account-conflicts-none = Вы не заявляли о конфликтах интересов.
account-conflict-with = Государство
account-reason = Причина
account-conflict-declared = Дата заявления
account-declare-title = Заявить о конфликте интересов
account-choose = Выберите…
account-declare-submit = Заявить о конфликте

## The language a person reads Laurel in (account page).
account-language-title = Язык
account-language-label = Язык страниц и писем
account-language-hint = Laurel будет показывать вам страницы и присылать письма на этом языке, откуда бы вы ни входили в систему.
account-language-save = Сохранить язык
account-language-saved = Язык сохранён.
nomination-language = Язык заявки
nomination-language-hint = Язык, на котором вы составляете заявку. Жюри и общедоступные страницы показывают её в том виде, в каком она написана.

## A nomination's status, as its focal point and the secretariat read it.
status-draft = Черновик
status-submitted = Подана
status-clarification-requested = Запрошены разъяснения
status-in-review = На оценке
status-finalist = Финалист
status-winner = Победитель
status-champion = Чемпион
status-withdrawn = Отозвана
status-ineligible = Не соответствует требованиям
# A nomination that did not go on to the next stage.
status-eliminated = Не прошла на следующий этап

## Awards, as the results pages name them.
award-winner = Победитель
award-champion = Чемпион
award-finalist = Финалист

## The United Nations regional groups.
region-african = Африканские государства
region-asia-pacific = Азиатско-тихоокеанские государства
region-eastern-european = Восточноевропейские государства
region-latin-american-caribbean = Государства Латинской Америки и Карибского бассейна
region-western-european-others = Западноевропейские и другие государства

## The nomination form.
nomination-field-title = Название инициативы
nomination-field-institution = Учреждение, реализующее инициативу
nomination-field-summary = Краткое описание
# The heading of the form before the nomination has a title.
nomination-new = Новая заявка
nomination-notice-saved = Изменения сохранены.
nomination-notice-attached = Файл прикреплён.
nomination-notice-removed = Файл удалён.
nomination-notice-submitted = Заявка подана. Координаторам вашего государства направляется подтверждение о её получении.
nomination-notice-withdrawn = Заявка отозвана.
nomination-alert-fields = Некоторые ответы требуют внимания, прежде чем заявка сможет пройти дальше; см. отмеченные поля.
nomination-alert-changed = После того как вы открыли эту заявку, её изменил кто-то другой (с другого устройства или другой координатор вашего государства). Ваш текст приведён ниже и не сохранён: проверьте его и сохраните ещё раз, чтобы заменить внесённые изменения.
# $why: the reason, a full sentence.
nomination-alert-not-saved = { $why } Не удалось сохранить ваши последние изменения; они приведены ниже, чтобы вы могли их скопировать.

## File sizes. $size is a number already written with its decimals.
size-megabytes = { $size } МБ
size-kilobytes = { $size } КБ
size-bytes = { $count ->
    [one] { $count } байт
    [few] { $count } байта
    [many] { $count } байт
   *[other] { $count } байта
}

## The account page.
account-role-admin = Администратор (секретариат)
account-role-nominator = Координатор (подача заявок)
account-role-reviewer = Эксперт
# In the list of conflicts, one declared on a single nomination rather than a member state.
account-conflict-nomination = Отдельная заявка

## Saving a draft as it is typed (the page's script shows these).
autosave-saving = Сохранение…
# $when: the time of the save, written by the server.
autosave-saved = Черновик сохранён { $when }.
# $why: what the server said.
autosave-unsaved = Пока не сохранено: { $why }
autosave-offline = Не сохранено: связь прервалась. Ваш текст никуда не пропал и будет сохранён, как только связь восстановится.
# Under a long answer: $typed characters typed of the $count allowed.
autosave-count = { $count ->
    [one] { $typed } из { $count } символа
    [few] { $typed } из { $count } символов
    [many] { $typed } из { $count } символов
   *[other] { $typed } из { $count } символа
}
autosave-count-full = { $count ->
    [one] { $typed } из { $count } символа (достигнут предел)
    [few] { $typed } из { $count } символов (достигнут предел)
    [many] { $typed } из { $count } символов (достигнут предел)
   *[other] { $typed } из { $count } символа (достигнут предел)
}
# On an initiative's public page: the language its nomination is written in.
initiative-language = Язык заявки

## A draft's checklist, and a submission refused for what it still lacks.
nomination-checklist = Что ещё необходимо для подачи заявки
nomination-checklist-ready = Всё необходимое заполнено: заявку можно подать, когда вы будете готовы.
nomination-alert-submit = { $count ->
    [one] Черновик сохранён, но подать заявку пока нельзя. Требует внимания { $count } пункт:
    [few] Черновик сохранён, но подать заявку пока нельзя. Требуют внимания { $count } пункта:
    [many] Черновик сохранён, но подать заявку пока нельзя. Требуют внимания { $count } пунктов:
   *[other] Черновик сохранён, но подать заявку пока нельзя. Требуют внимания { $count } пункта:
}
# Heading of a nomination saved before it had a title.
nomination-untitled = Заявка без названия
autosave-restored = Текст, введённый вами на этом устройстве до разрыва связи, восстановлен и сейчас сохраняется.

## A submitted nomination's reference, and a clarification the secretariat asked for.
nomination-reference = Регистрационный номер
nomination-submitted-at = Дата подачи
nomination-print-receipt = Подтверждение получения с содержанием поданной заявки (версия для печати)
nomination-answer-by = Срок ответа
nomination-clarification-title = Вопрос секретариата
# $who: the name of the person who asked; $when: when they asked.
nomination-clarification-asked = Вопрос задан { $when } (автор: { $who }).
# Who asked, when the person's name is not known.
nomination-clarification-secretariat = секретариат
nomination-clarification-fields = Ответьте ниже. Вы также можете изменить любое поле заявки; секретариат увидит ваш ответ и внесённые вами изменения. После отправки ответа заявка возвращается на предварительный отбор.
nomination-clarification-answer = Ваш ответ секретариату
nomination-clarification-send = Отправить ответ и подать заявку повторно
nomination-notice-answered = Ваш ответ отправлен, и заявка снова передана секретариату. Координаторам вашего государства направляется подтверждение о её получении.
dashboard-read-only-but-answer = Приведённые ниже заявки можно просматривать, но изменить их уже нельзя, за исключением заявки, по которой секретариат задал вопрос: ответьте на него до указанного срока.
# $due: the date and time by which to answer.
dashboard-answer-by = Запрошены разъяснения: ответ не позднее { $due }
# $reference: the nomination's reference, such as KEN-014.
receipt-title = Подтверждение получения заявки { $reference }
receipt-back = Вернуться к заявке
receipt-cycle = Конкурс
receipt-print = Распечатать подтверждение
receipt-note = В этом подтверждении заявка показана в её текущем виде. Каждое изменение, внесённое в период приёма заявок, подтверждается письмом координаторам вашего государства.
