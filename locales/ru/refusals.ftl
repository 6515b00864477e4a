# Why something was refused, as the reader is told beside a field or at the top of a
# page. Most begin in lower case: they follow a field's name or are joined to others,
# and the page capitalises the first letter where a sentence starts.

## A focal point's nomination.
# $closes: the deadline as a date and time.
refusal-deadline-passed = приём заявок на этот конкурс завершился { $closes }; изменения больше не принимаются
refusal-not-open-yet = приём заявок на этот конкурс ещё не начался; он откроется { $opens }
# $state: the member state's name; $max: how many nominations it may submit.
refusal-quota-exceeded = { $max ->
    [one] государство { $state } уже подало в этой категории { $max } заявку — это максимально допустимое число
    [few] государство { $state } уже подало в этой категории { $max } заявки — это максимально допустимое число
    [many] государство { $state } уже подало в этой категории { $max } заявок — это максимально допустимое число
   *[other] государство { $state } уже подало в этой категории { $max } заявки — это максимально допустимое число
}
# $status and $action are words the program uses: choose the sentence by them.
refusal-invalid-state = заявку, которая { $status ->
    [draft] является черновиком
    [submitted] уже подана
    [clarification_requested] ожидает разъяснений
    [in_review] находится на оценке
    [finalist] вышла в финал
    [winner] стала победителем
    [champion] стала чемпионом
    [withdrawn] отозвана
    [ineligible] признана не соответствующей требованиям
   *[eliminated] не прошла на следующий этап
}, нельзя { $action ->
    [edit] изменить
    [submit] подать
   *[withdraw] отозвать
}
refusal-clarification-overdue = срок представления разъяснений истёк { $due }; секретариат больше не может принимать изменения
refusal-screen-awaiting-answer = по этой заявке ожидается ответ координатора; предварительный отбор можно провести после получения ответа
refusal-question-pending = вопрос координатору уже задан и ожидает ответа
refusal-screen-not-in-review = предварительный отбор возможен только для заявки, находящейся на открытом этапе предварительного отбора
refusal-publish-not-decided = результаты можно опубликовать после того, как на последнем этапе будут определены награды
refusal-no-question = вопросов секретариата, ожидающих ответа, нет

## An answer that does not fit its question.
refusal-too-long = допустимое число символов: не более { $limit }; в этом ответе: { $length }
refusal-number = число, например 250000 или 12.5
refusal-url = веб-адрес, начинающийся с https://
# $first and $last are years.
refusal-date = дата в формате YYYY-MM-DD в пределах от { $first } до { $last } года, например 2021-03-01
# $choices: the allowed answers, separated by semicolons.
refusal-choice = один из вариантов: { $choices }

## Text that cannot be kept as typed.
# $code: the character's code point, such as U+0007.
refusal-control-character = содержит управляющий символ { $code }, недопустимый в тексте; удалите его и отправьте снова
refusal-line-breaks = одна строка, без переносов
refusal-direction-override = содержит символ принудительной смены направления письма (от U+202A до U+202E или от U+2066 до U+2069), из-за которого текст может отображаться не так, как был введён; удалите его

## Accounts.
refusal-email = «{ $email }» не является адресом электронной почты
refusal-password-short = пароль должен содержать не менее { $min } символов
refusal-password-long = пароль должен содержать не более { $max } символов
refusal-password-personal = пароль не должен содержать ваше имя или адрес электронной почты
refusal-password-guessable = этот пароль входит в число самых распространённых или легко угадывается по вашему имени или адресу; попробуйте составить его из нескольких не связанных между собой слов

## Attachments.
# $size and $limit in bytes; $megabytes: the limit written as, e.g., "10.0 MiB".
refusal-file-too-large = размер файла в байтах: { $size }; максимально допустимый размер в байтах: { $limit } ({ $megabytes })
refusal-file-type = этот файл не является файлом PDF, PNG или JPEG (независимо от того, как он назван); сохраните его в одном из этих форматов и прикрепите снова

## Refusals any page or request may meet.
# $thing is a word the program uses for what was asked for.
refusal-not-found = { $thing ->
    [nomination] заявка не найдена
    [cycle] конкурс не найден
    [stage] этап не найден
    [assignment] назначение не найдено
    [attachment] вложение не найдено
    [category] категория не найдена
    [email] письмо не найдено
    [initiative] инициатива не найдена
    [person] пользователь не найден
    [scoring-stage] этап балльной оценки не найден
    [member-state] государство-член не найдено
   *[other] не найдено
}
refusal-sign-in = войдите в систему, чтобы продолжить
refusal-wrong-credentials = неверный адрес электронной почты или пароль
# $current: the version number the thing is at now.
refusal-version-mismatch = после того как вы загрузили эти данные, их изменил другой пользователь (текущая версия — { $current }); загрузите их заново и повторно внесите своё изменение
refusal-rate-limited = { $minutes ->
    [one] слишком много неудачных попыток; повторите через { $minutes } минуту
    [few] слишком много неудачных попыток; повторите через { $minutes } минуты
    [many] слишком много неудачных попыток; повторите через { $minutes } минут
   *[other] слишком много неудачных попыток; повторите через { $minutes } минуты
}
refusal-fields = { $count ->
    [one] { $count } поле требует исправления
    [few] { $count } поля требуют исправления
    [many] { $count } полей требуют исправления
   *[other] { $count } поля требуют исправления
}
refusal-idempotency-in-progress = запрос с этим ключом Idempotency-Key ещё обрабатывается; повторите попытку чуть позже
refusal-idempotency-reused = этот ключ Idempotency-Key уже использовался для другого запроса; для нового запроса используйте новый ключ

## Invitation links.
refusal-link-unknown = Эта ссылка недействительна. Убедитесь, что вы открыли ссылку из письма полностью.
refusal-link-expired = Срок действия этой ссылки истёк. Попросите секретариат направить вам новое приглашение.
refusal-link-used = Эта ссылка уже использована. Войдите в систему с паролем, который вы выбрали.

## Reviewing.
# $stage: the stage's name; $status: pending, active or closed.
refusal-stage-not-active = этап «{ $stage }» { $status ->
    [pending] ещё не начат
    [active] идёт
   *[closed] завершён
}; эксперты работают только на текущем этапе
# $kind: screening, scoring or public_vote.
refusal-stage-not-scoring = этап «{ $stage }» — это { $kind ->
    [screening] этап предварительного отбора
    [scoring] этап балльной оценки
   *[public_vote] этап открытого голосования
}; эксперты назначаются только на этапы балльной оценки
# $at: when it was submitted.
refusal-review-submitted = эта оценка отправлена { $at }; её можно просматривать, но изменить уже нельзя
refusal-recused = по этому назначению заявлен самоотвод; выставлять по нему баллы больше нельзя
refusal-reviewer-same-state = эксперт является гражданином государства-члена, подавшего заявку
refusal-reviewer-conflict-state = эксперт заявил о конфликте интересов в отношении государства-члена, подавшего заявку
refusal-reviewer-conflict-nomination = эксперт заявил о конфликте интересов в отношении этой заявки
refusal-reviewer-already-assigned = эксперт уже назначен на эту заявку или взял по ней самоотвод

## The secretariat's work.
# $status: pending or sent.
refusal-email-not-failed = повторно можно отправить только недоставленное письмо, а это письмо { $status ->
    [pending] ещё ожидает отправки
    [sent] уже отправлено
   *[other] имеет статус { $status }
}

## Fields of forms and requests.
refusal-datetime = дата и время, например 2027-06-23T14:00
refusal-whole-number = целое число
refusal-day = дата в формате YYYY-MM-DD
refusal-score-number = число, например 7 или 7,5
refusal-multipart-file = отправьте документ в поле multipart 'file'
refusal-override-nomination = эта заявка не относится к данному этапу
refusal-override-rationale = для изменения решения необходимо письменное обоснование
refusal-no-such-question = в этой форме нет такого вопроса
refusal-required = обязательно для подачи заявки
refusal-attachments-required = { $count ->
    [one] перед подачей заявки прикрепите не менее { $count } подтверждающего документа
    [few] перед подачей заявки прикрепите не менее { $count } подтверждающих документов
    [many] перед подачей заявки прикрепите не менее { $count } подтверждающих документов
   *[other] перед подачей заявки прикрепите не менее { $count } подтверждающего документа
}
# $key: the category as it was sent.
refusal-category-unknown = «{ $key }» не является категорией этого конкурса
refusal-category-choose = выберите категорию
refusal-category-fixed = категорию заявки изменить нельзя; отзовите заявку и создайте новую
# $check: an item of the screening checklist.
refusal-check-answer = дайте ответ по пункту «{ $check }»
refusal-no-such-check = в этом контрольном перечне нет такого пункта
refusal-question-empty = сформулируйте вопрос, на который должны ответить координаторы
refusal-due-future = срок, который ещё не наступил
refusal-at-least-one = не менее 1
refusal-assign-nomination = на этом этапе нет заявки с таким идентификатором (возможно, она не прошла отбор)
refusal-assign-reviewer = нет активного эксперта с таким идентификатором
refusal-no-such-criterion = среди критериев оценки нет такого критерия
refusal-score-range = балл от { $min } до { $max }
refusal-comment-long = не более { $limit } символов
refusal-cycle-exists = конкурс { $year } года в рамках «{ $programme }» уже существует
refusal-name-required = необходимо указать имя
refusal-account-exists = учётная запись с адресом { $email } уже существует
refusal-nominator-state = координатор действует от имени одного государства-члена; укажите его
refusal-state-nominators-only = к государству-члену привязываются только координаторы
# $code: three letters, as typed.
refusal-not-member-state = { $code } не является государством — членом ООН
refusal-state-choose = выберите государство-член
refusal-conflict-reason = кратко укажите причину для учёта в секретариате
refusal-has-account = для адреса { $email } уже существует учётная запись
refusal-name-enter = укажите своё имя так, как его знают коллеги
refusal-has-account-sign-in = для адреса { $email } уже существует учётная запись; войдите в систему с её помощью
refusal-state-code = «{ $code }» не является кодом ISO 3166-1 alpha-3 (например, FRA или KEN)
refusal-language = выберите один из шести предлагаемых языков

## What still stands in the way of closing a stage.
refusal-cannot-advance = переход к следующему этапу пока невозможен: { $why }
# $title: a nomination's title.
unsettled-not-screened = по заявке «{ $title }» ещё не проведён предварительный отбор
unsettled-clarification = по заявке «{ $title }» ожидаются разъяснения координаторов
unsettled-no-review = по заявке «{ $title }» не отправлено ни одной оценки: определите её результат, изменив решение вручную, или дождитесь оценок экспертов
unsettled-screening-last = конкурс не может завершаться этапом предварительного отбора
# $nominations: a list of nomination ids.
unsettled-need-outcome = { $count ->
    [one] результат с обоснованием ещё не определён для { $count } заявки: { $nominations }
    [few] результат с обоснованием ещё не определён для { $count } заявок: { $nominations }
    [many] результат с обоснованием ещё не определён для { $count } заявок: { $nominations }
   *[other] результат с обоснованием ещё не определён для { $count } заявки: { $nominations }
}
unsettled-tie = место { $rank } делят заявки: { $nominations }
# $nomination: a nomination's id.
refusal-override-not-in-group = заявка { $nomination } не входит в эту группу рейтинга
refusal-override-twice = для заявки { $nomination } задано более одного изменения решения
refusal-override-no-rationale = для изменения решения по заявке { $nomination } необходимо письменное обоснование
# A nomination left with fewer reviewers than the stage wants. $reason: none (nobody
# may review it), few ($eligible may), or load (all who may are at their maximum).
shortfall = { $wanted ->
    [one] не хватает { $missing } из { $wanted } эксперта
    [few] не хватает { $missing } из { $wanted } экспертов
    [many] не хватает { $missing } из { $wanted } экспертов
   *[other] не хватает { $missing } из { $wanted } эксперта
}: { $reason ->
    [none] никто из имеющихся экспертов не вправе оценивать эту заявку
    [few] { $eligible ->
        [one] оценивать эту заявку вправе только { $eligible } эксперт из имеющихся
        [few] оценивать эту заявку вправе только { $eligible } эксперта из имеющихся
        [many] оценивать эту заявку вправе только { $eligible } экспертов из имеющихся
       *[other] оценивать эту заявку вправе только { $eligible } эксперта из имеющихся
    }
   *[load] все эксперты, которые вправе оценивать эту заявку, уже получили максимально допустимое число заявок
}
refusal-programme-fixed = программа и год конкурса остаются такими, какими были заданы при его создании; вместо этого импортируйте новый конкурс
# A label of a cycle definition without words in one of the cycle's languages.
# $language: the language's name in itself; $code: its two letters.
refusal-label-missing = отсутствует текст на языке { $language } ({ $code })

## Problems with a cycle definition (importing or editing a cycle). Field names,
## keys and words such as "choice" or "max_attachments" are the definition's own:
## keep them as they are.
definition-toml = недопустимый формат TOML: { $error }
# $known: the fields this part of a definition may have.
definition-unknown-field = неизвестное поле «{ $field }»; допустимые поля: { $known }
definition-programme = укажите название программы, например «Премия Организации Объединенных Наций за заслуги в области государственной службы»
definition-year = год в пределах от 2000 до 2100
definition-time-zone = «{ $zone }» не является названием часового пояса IANA; возможно, имелось в виду: { $suggestions }?
# $zone: what was typed, with no near IANA name.
definition-time-zone-unknown = «{ $zone }» не является названием часового пояса IANA (например, Europe/Zurich или America/New_York)
definition-closes = дата окончания приёма заявок должна быть позже даты его начала
definition-publish = итоги должны публиковаться после окончания приёма заявок
definition-max-attachments = от 0 до 20
definition-min-attachments = от 0 до max_attachments
definition-no-category = в конкурсе должна быть хотя бы одна категория
definition-name = необходимо указать название
definition-zero-or-more = 0 или больше
definition-label = необходимо указать формулировку
# $word: what was written; $known: the words allowed.
definition-not-one-of = «{ $word }» не входит в число допустимых значений: { $known }
definition-max-length = от 1 до { $most } символов
definition-choices-needed = для вопроса типа «choice» необходимо перечислить варианты ответа
definition-two-choices = не менее двух вариантов ответа
definition-choices-only = варианты ответа предусмотрены только для вопросов типа «choice»
definition-no-stage = в конкурсе должен быть хотя бы один этап оценки
definition-last-stage = на последнем этапе заявки ранжируются для определения победителей, поэтому он должен быть этапом балльной оценки
definition-no-criterion = на этапе должен быть хотя бы один критерий
definition-reviewers = от 1 до 20
definition-reviewers-needed = для этапа балльной оценки необходимо указать, сколько экспертов оценивают каждую заявку
definition-spread = разброс от 0 до 100
definition-score = балл от 0 до 100
definition-due = срок представления оценок должен наступать после окончания приёма заявок
definition-weight = вес должен быть больше нуля
definition-scale = максимум шкалы должен быть больше её минимума
definition-key = «{ $key }» не является допустимым ключом: строчные латинские буквы, цифры, '-' и '_', начиная с буквы
definition-key-twice = ключ «{ $key }» используется дважды
# $value: what was sent; $allowed: the words that may be, separated by commas.
refusal-unknown-word = «{ $value }» не входит в число допустимых значений: { $allowed }

## Invitations managed by the secretariat.
refusal-link-revoked = Это приглашение отозвано или заменено более новым. Воспользуйтесь последним письмом с приглашением или попросите секретариат направить вам новое приглашение.
refusal-invitation-accepted = Это приглашение уже принято: у пользователя есть учётная запись. Чтобы закрыть ему доступ, отключите учётную запись.
refusal-invitation-revoked = Это приглашение отозвано. Вместо этого отправьте новое приглашение.
refusal-own-account-active = Нельзя отключить или снова включить собственную учётную запись; обратитесь к другому администратору.
refusal-bulk-empty = В списке нет ни одного человека.
# $count: how many people the list has; $limit: the most one list may hold.
refusal-bulk-too-many = Число людей в списке: { $count }; предельное число приглашений в одном списке: { $limit }. Разделите его на несколько списков.
# $email: an address that appears earlier in the same list.
refusal-bulk-repeated = адрес { $email } уже встречается выше в этом списке
# $line: the line of the pasted text or file.
refusal-bulk-unreadable = Строку { $line } не удаётся прочитать как CSV: проверьте в ней кавычки.

## Editing a cycle once nominations have opened.
# $field: the definition path that cannot change, e.g. categories[0].max_per_state; $phase: open, reviewing, decided or published.
refusal-cycle-field-fixed = «{ $field }» больше нельзя изменить: этот цикл { $phase ->
    [open] открыт для подачи заявок
    [reviewing] находится на рассмотрении
    [decided] завершён принятием решений
   *[published] опубликован
}, и поданные заявки опираются на его настройки. { $phase ->
    [open] Пока цикл открыт, крайний срок можно перенести на более позднюю дату, а названия и пояснения — переформулировать.
   *[other] Названия и пояснения по-прежнему можно переформулировать.
}
# $year: the year asked for.
refusal-copy-year = В { $year } году цикл провести нельзя; укажите год, например 2028

# $min, $max: the criterion's scale.
definition-level-score = балл шкалы от { $min } до { $max }
definition-level-repeated = этот балл шкалы уже описан
refusal-file-over-limit = файл превышает допустимый размер ({ $megabytes }); уменьшите его (сохраните PDF в качестве для просмотра на экране или фотографию с меньшим разрешением) и прикрепите снова
refusal-answer-empty = напишите ответ на вопрос, прежде чем отправлять его
refusal-redaction-field = выберите название, краткое описание или один из ответов
refusal-redaction-empty = вставьте фрагмент, который нужно скрыть
refusal-redaction-not-found = этого фрагмента нет в выбранном поле; вставьте его точно в том виде, в каком он там написан

## The public vote's rules in a definition
definition-vote-only = период голосования и правила бюллетеня бывают только у открытого голосования (kind = "public_vote")
definition-vote-opens = голосование открывается после окончания приёма заявок
definition-vote-closes = голосование завершается до публикации результатов
definition-vote-window = для открытого голосования нужен период: opens_at и closes_at
definition-vote-top-n = открытое голосование выводит дальше заявки, набравшие больше всего голосов в каждой категории: укажите rule = "top_n"
definition-vote-no-criteria = в открытом голосовании участвуют избиратели, а не эксперты: уберите criteria и reviewers_per_nomination
definition-vote-no-due = открытое голосование завершается в момент closes_at: уберите due_at
definition-vote-first = открытое голосование проводится после предварительного отбора и не может быть первым этапом
