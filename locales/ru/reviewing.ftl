## Страницы экспертов (членов жюри): список назначенных оценок и страница одной оценки с критериями.

reviews-none = Вам пока не назначено ни одной заявки для оценки. Когда заявки будут назначены, вы получите уведомление по электронной почте.
reviews-progress = Отправлено: { $done } из { $total }
reviews-due = срок:
reviews-stage-closed = этап завершён

review-title = Оценка: { $title }
review-category = Категория
review-member-state = Государство-член
review-institution = Учреждение
review-due = Срок
review-blind = На этом этапе оценка проводится анонимно: государство-член, учреждение и автор заявки не указываются, чтобы заявка оценивалась исключительно по существу.
review-nomination = Заявка
review-summary = Краткое описание
review-documents = Сопроводительные документы
review-scores = Ваши баллы
review-recused = Вы взяли самоотвод по этой заявке.
review-scale = (от { $min } до { $max }, вес { $weight })
review-comment = Комментарий для секретариата
review-save = Сохранить баллы
review-submit = Отправить оценку
review-save-hint = Сохранённые баллы можно изменять до отправки оценки. Другие эксперты ваших баллов не видят.
review-conflict = У меня есть конфликт интересов в отношении этой заявки
review-conflict-reason = В чём состоит конфликт?
review-conflict-hint = Заявка будет передана другому эксперту, а конфликт будет зафиксирован, чтобы она больше не назначалась вам.
review-recuse = Взять самоотвод
review-out-of = из { $max }
review-submitted = Оценка отправлена; изменить её больше нельзя.

## A juror's list: where each assigned nomination stands.
reviews-item-submitted = Отправлена
reviews-item-recused = Самоотвод
reviews-item-saved = Баллы сохранены, оценка не отправлена
reviews-item-to-review = Ожидает оценки
reviews-notice-recused = Вы взяли самоотвод по этой заявке; ваш конфликт интересов зафиксирован.

## Scoring a nomination.
review-notice-saved = Ваши баллы сохранены. Когда закончите, отправьте оценку.
review-notice-submitted = Ваша оценка отправлена. Спасибо.
review-alert-conflict = Кратко опишите, в чём состоит конфликт.
# The name a blind review gives an attachment: "Attachment 2.pdf".
review-attachment-name = Вложение { $number }.{ $extension }

## The juror's workbench: to do and done, next and previous, a comment per criterion.
reviews-to-do = К выполнению
reviews-to-do-none = На этом этапе всё выполнено.
reviews-done = Выполнено
review-pager = Ваши назначения на этом этапе
review-previous = ← Предыдущая
review-next = Следующая →
# $position: this assignment's place in the juror's list; $total: how many there are.
review-position = { $position } из { $total }
review-opens-in-tab = откроется в новой вкладке
review-save-next = Сохранить и перейти к следующей заявке
# $criterion: the criterion's name.
review-criterion-comment = Ваш комментарий по критерию «{ $criterion }» (необязательно)
# $when: the time the scores were saved.
review-autosave-saved = Баллы сохранены как черновик { $when }.
review-autosave-offline = Не сохранено: связь прервалась. Ваши баллы никуда не пропали и будут сохранены, как только связь восстановится.
review-alert-scores-count = { $count ->
    [one] Ваши баллы сохранены как черновик. Прежде чем отправить оценку, обратите внимание на { $count } пункт:
    [few] Ваши баллы сохранены как черновик. Прежде чем отправить оценку, обратите внимание на { $count } пункта:
    [many] Ваши баллы сохранены как черновик. Прежде чем отправить оценку, обратите внимание на { $count } пунктов:
   *[other] Ваши баллы сохранены как черновик. Прежде чем отправить оценку, обратите внимание на { $count } пункта:
}
# Stands in a blind stage for a passage the secretariat withheld.
review-withheld-passage = [скрыто]
