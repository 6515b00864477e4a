## Письма, которые отправляет Laurel (templates/email/).

email-footer = Laurel — заявки, экспертная оценка и итоги премий в области государственного управления.
email-hello = Здравствуйте!
email-hello-name = Здравствуйте, { $name }!
email-dear-name = Уважаемый эксперт { $name }!

email-open-nomination = Открыть заявку
email-open-review = Открыть оценку
email-open-my-reviews = Перейти к моим оценкам
email-open-stage = Открыть этап
email-open-laurel = Открыть Laurel
email-see-results = Посмотреть итоги

email-invitation-subject = { $role ->
    [admin] Приглашение в Laurel в качестве администратора
    [nominator] Приглашение в Laurel в качестве координатора ({ $state })
   *[reviewer] Приглашение в Laurel в качестве эксперта
}
email-invitation-body = { $role ->
    [admin] { $inviter } приглашает вас в Laurel в качестве администратора премии (секретариат).
    [nominator] { $inviter } приглашает вас в Laurel в качестве координатора ({ $state }): вы будете готовить и подавать заявки этого государства-члена.
   *[reviewer] { $inviter } приглашает вас в Laurel в качестве эксперта (члена жюри): вы будете оценивать назначенные вам заявки.
}
email-invitation-accept = Принять приглашение
email-invitation-how-to-accept = Чтобы принять приглашение, перейдите по этой ссылке, укажите своё имя и выберите пароль:
email-invitation-expiry = Ссылкой можно воспользоваться один раз, до { $expires }. Если вы не ожидали этого приглашения, оставьте это письмо без внимания.

email-password-reset-subject = Выбор нового пароля для Laurel
email-password-reset-asked = Кто-то — вероятно, вы — запросил сброс вашего пароля в Laurel.
email-password-reset-asked-open = Кто-то — вероятно, вы — запросил сброс вашего пароля в Laurel. Чтобы выбрать новый пароль, перейдите по ссылке:
email-password-reset-choose = Выбрать новый пароль
email-password-reset-expiry = Ссылкой можно воспользоваться один раз, до { $expires }. Если вы не запрашивали сброс пароля, оставьте это письмо без внимания: ваш пароль останется прежним.

email-receipt-subject-submitted = Заявка получена: { $title } ({ $state })
email-receipt-subject-edited = Заявка изменена: { $title } ({ $state })
email-receipt-subject-withdrawn = Заявка отозвана: { $title } ({ $state })
email-receipt-submitted = Пользователь { $by } подал заявку «{ $title }» ({ $state }) на конкурс «{ $cycle }» в категории «{ $category }». Настоящее письмо служит подтверждением её получения.
email-receipt-edited = Пользователь { $by } изменил уже поданную заявку «{ $title }» ({ $state }) на конкурс «{ $cycle }» (категория «{ $category }»). Оцениваться будет последняя версия.
email-receipt-withdrawn = Пользователь { $by } отозвал заявку «{ $title }» ({ $state }) с конкурса «{ $cycle }» (категория «{ $category }»). Она не будет оцениваться.
email-receipt-deadline = Заявки можно изменять до { $deadline }.

email-ineligible-subject = Заявка не соответствует требованиям: { $title }
email-ineligible-body = По итогам предварительного отбора секретариат конкурса «{ $cycle }» признал заявку «{ $title }» не соответствующей требованиям по следующей причине:
email-ineligible-closing = Заявка не будет передана на экспертную оценку. Благодарим вас за участие.

email-assigned-subject = { $count ->
    [one] { $count } заявка для оценки: конкурс «{ $cycle }»
    [few] { $count } заявки для оценки: конкурс «{ $cycle }»
    [many] { $count } заявок для оценки: конкурс «{ $cycle }»
   *[other] { $count } заявки для оценки: конкурс «{ $cycle }»
}
email-assigned-body = { $count ->
    [one] Вам назначена { $count } новая заявка для оценки на этапе «{ $stage }» конкурса «{ $cycle }».
    [few] Вам назначены { $count } новые заявки для оценки на этапе «{ $stage }» конкурса «{ $cycle }».
    [many] Вам назначено { $count } новых заявок для оценки на этапе «{ $stage }» конкурса «{ $cycle }».
   *[other] Вам назначено { $count } новой заявки для оценки на этапе «{ $stage }» конкурса «{ $cycle }».
}
# Its own paragraph, only when the stage has a due date.
email-submit-by = Просим отправить ваши оценки не позднее { $due }.
email-assigned-conflict = Если у вас есть конфликт интересов в отношении какой-либо из них, заявите о нём в соответствующем назначении: заявка будет передана другому эксперту.

email-replaced-subject = Заявка для оценки: конкурс «{ $cycle }» (вместо коллеги)
email-replaced-body = Один из экспертов заявил о конфликте интересов в отношении заявки на этапе «{ $stage }» конкурса «{ $cycle }», и её оценка поручена вам.

email-no-replacement-subject = Нет эксперта на замену по заявке «{ $title }» ({ $cycle })
email-no-replacement-body = Эксперт заявил о конфликте интересов в отношении заявки «{ $title }» на этапе «{ $stage }» конкурса «{ $cycle }», и назначить вместо него другого эксперта не удалось: { $why }.
email-no-replacement-action = Пригласите другого эксперта или назначьте эксперта вручную либо согласитесь с меньшим числом оценок по этой заявке.

email-clarification-subject = Вопрос по вашей заявке «{ $title }» ({ $cycle })
email-clarification-intro = Секретариат проводит предварительный отбор заявки «{ $title }», поданной на конкурс «{ $cycle }», и просит ответить на следующий вопрос:
email-clarification-answer = Чтобы ответить, внесите изменения в заявку и подайте её повторно не позднее { $due }. До этого рассмотрение заявки приостановлено; после указанной даты изменить её будет нельзя.

email-reminder-subject-overdue = { $count ->
    [one] Срок истёк: { $count } оценка по конкурсу «{ $cycle }»
    [few] Срок истёк: { $count } оценки по конкурсу «{ $cycle }»
    [many] Срок истёк: { $count } оценок по конкурсу «{ $cycle }»
   *[other] Срок истёк: { $count } оценки по конкурсу «{ $cycle }»
}
email-reminder-subject-due = { $count ->
    [one] Срок — { $due }: { $count } оценка по конкурсу «{ $cycle }»
    [few] Срок — { $due }: { $count } оценки по конкурсу «{ $cycle }»
    [many] Срок — { $due }: { $count } оценок по конкурсу «{ $cycle }»
   *[other] Срок — { $due }: { $count } оценки по конкурсу «{ $cycle }»
}
email-reminder-overdue = { $count ->
    [one] Срок отправки ваших оценок на этапе «{ $stage }» конкурса «{ $cycle }» истёк { $due }, а { $count } оценка ещё не отправлена. Сохранённые черновики считаются неотправленными.
    [few] Срок отправки ваших оценок на этапе «{ $stage }» конкурса «{ $cycle }» истёк { $due }, а { $count } оценки ещё не отправлены. Сохранённые черновики считаются неотправленными.
    [many] Срок отправки ваших оценок на этапе «{ $stage }» конкурса «{ $cycle }» истёк { $due }, а { $count } оценок ещё не отправлено. Сохранённые черновики считаются неотправленными.
   *[other] Срок отправки ваших оценок на этапе «{ $stage }» конкурса «{ $cycle }» истёк { $due }, а { $count } оценки ещё не отправлено. Сохранённые черновики считаются неотправленными.
}
email-reminder-due = { $count ->
    [one] Напоминаем: { $count } оценку на этапе «{ $stage }» конкурса «{ $cycle }» необходимо отправить не позднее { $due }. Сохранённые черновики считаются неотправленными.
    [few] Напоминаем: { $count } оценки на этапе «{ $stage }» конкурса «{ $cycle }» необходимо отправить не позднее { $due }. Сохранённые черновики считаются неотправленными.
    [many] Напоминаем: { $count } оценок на этапе «{ $stage }» конкурса «{ $cycle }» необходимо отправить не позднее { $due }. Сохранённые черновики считаются неотправленными.
   *[other] Напоминаем: { $count } оценки на этапе «{ $stage }» конкурса «{ $cycle }» необходимо отправить не позднее { $due }. Сохранённые черновики считаются неотправленными.
}

email-outcome-subject-advanced = Заявка прошла на следующий этап: { $title } ({ $cycle })
email-outcome-subject-not-advanced = Заявка не прошла на следующий этап: { $title } ({ $cycle })
email-outcome-advanced = Заявка «{ $title }» прошла этап «{ $stage }» конкурса «{ $cycle }» и переходит в следующий тур.
email-outcome-not-advanced = Заявка «{ $title }» не прошла этап «{ $stage }» конкурса «{ $cycle }». Благодарим вас за то, что вы представили эту инициативу.
email-outcome-score = Итоговый балл заявки на этом этапе: { $score }.

email-results-subject = Опубликованы итоги конкурса «{ $cycle }»
email-results-body = Победители конкурса «{ $cycle }» объявлены. Благодарим вас за поданные заявки.
email-results-body-see-at = Победители конкурса «{ $cycle }» объявлены. Благодарим вас за поданные заявки; с итогами и списком всех финалистов можно ознакомиться по ссылке:
# To a jury member who reviewed in the cycle, in the HTML email.
email-results-jury = Победители конкурса «{ $cycle }» объявлены. Благодарим вас за экспертные оценки: именно на них основаны итоги.
# The same in the plain-text email, followed by the link on a line of its own.
email-results-jury-see-at = Победители конкурса «{ $cycle }» объявлены. Благодарим вас за экспертные оценки: именно на них основаны итоги; с результатами можно ознакомиться по ссылке:

email-digest-subject = Конкурс «{ $cycle }»: ход работы на { $date }
email-digest-phase = Стадия
email-digest-phase-value = { $phase ->
    [draft] Черновик
    [open] Приём заявок
    [reviewing] Идёт оценка
    [decided] Итоги подведены, но не опубликованы
   *[published] Итоги опубликованы
} (срок подачи заявок: { $deadline })
email-digest-submitted = Подано заявок
email-digest-submitted-value = { $submitted }; черновиков в работе: { $drafts }
email-digest-reviews = Отправлено оценок
email-digest-reviews-value = { $done } из { $assigned }; просрочено: { $overdue }
email-digest-failed = Неотправленные письма
email-digest-line = { $label }: { $value }

## A receipt's reference and time of submission.
# $reference: the nomination's reference, such as KEN-014; $when: the time in the cycle's time zone; $utc: the same time in UTC.
email-receipt-reference = Регистрационный номер: { $reference }. Заявка подана { $when } ({ $utc }).
email-receipt-print = Сводка поданной заявки в версии для печати:
email-receipt-print-link = Открыть сводку поданной заявки в версии для печати

## A reminder to a focal point of drafts not yet submitted before the deadline.
# $count: how many drafts; $deadline: the nomination deadline in the cycle's time zone.
email-draft-reminder-subject = { $count ->
    [one] Не подан { $count } черновик заявки; срок подачи — { $deadline }
    [few] Не поданы { $count } черновика заявок; срок подачи — { $deadline }
    [many] Не подано { $count } черновиков заявок; срок подачи — { $deadline }
   *[other] Не подано { $count } черновика заявки; срок подачи — { $deadline }
}
email-draft-reminder = { $count ->
    [one] У вашего государства есть { $count } черновик заявки на конкурс «{ $cycle }», который не был подан. Приём заявок завершается { $deadline }; черновик, не поданный к этому сроку, рассматриваться не будет.
    [few] У вашего государства есть { $count } черновика заявок на конкурс «{ $cycle }», которые не были поданы. Приём заявок завершается { $deadline }; черновики, не поданные к этому сроку, рассматриваться не будут.
    [many] У вашего государства есть { $count } черновиков заявок на конкурс «{ $cycle }», которые не были поданы. Приём заявок завершается { $deadline }; черновики, не поданные к этому сроку, рассматриваться не будут.
   *[other] У вашего государства есть { $count } черновика заявки на конкурс «{ $cycle }», которые не были поданы. Приём заявок завершается { $deadline }; черновики, не поданные к этому сроку, рассматриваться не будут.
}
email-draft-reminder-after = На странице каждого черновика указано, чего ещё не хватает для подачи заявки.
email-draft-untitled = Заявка без названия
email-open-my-nominations = Перейти к вашим заявкам

## A reminder of a clarification question not yet answered.
email-clarification-reminder-subject = Ответ требуется не позднее { $due }: { $title }
email-clarification-reminder = Секретариат всё ещё ожидает вашего ответа на свой вопрос по заявке «{ $title }» ({ $cycle }). Просим ответить не позднее { $due }; вопрос приведён ниже.
