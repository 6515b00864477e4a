# Refusals: the title of each kind of problem, on error pages and in the API's problem
# documents (whose `code` stays English for programs).
problem-bad-request = Не удалось распознать запрос
problem-unauthenticated = Требуется вход в систему
problem-forbidden = Действие не разрешено
problem-not-found = Не найдено
problem-method-not-allowed = Метод не разрешён
problem-invalid-state = На данном этапе это невозможно
problem-deadline-passed = Срок истёк
problem-quota-exceeded = Квота заявок в этой категории исчерпана
problem-conflict-of-interest = Конфликт интересов
problem-version-mismatch = Изменено другим пользователем
problem-too-large = Превышен допустимый размер
problem-unsupported-media-type = Недопустимый тип файла
problem-validation-failed = Некоторые поля требуют исправления
problem-rate-limited = Слишком много попыток
problem-internal = Произошёл сбой на нашей стороне
problem-unavailable = Временно недоступно

# Details of refusals that are not about one field. { $fields } lists field names.
problem-correct-fields = Исправьте следующие поля: { $fields }.
problem-internal-detail = Запрос не удалось выполнить из-за сбоя на сервере. Никаких изменений не внесено; повторите попытку, а если ошибка повторится, сообщите об этом в секретариат.
problem-no-endpoint = В этом API нет такой конечной точки; см. /api/docs.
problem-endpoint-method = Эта конечная точка не поддерживает данный метод; см. /api/docs.
problem-no-page = По этому адресу нет страницы. Возможно, она перемещена или в ссылке допущена опечатка.
problem-page-method = Этот адрес предназначен для отправки формы. Вернитесь на страницу с формой и отправьте её оттуда.
problem-form-expired = Срок действия этой формы истёк, или она была отправлена с другого сайта. Вернитесь назад, обновите страницу и повторите попытку.

# Requests that cannot be read at all. $error is the reader's own technical detail, in
# English: keep it at the end.
problem-json-content-type = Отправьте тело запроса в формате JSON с заголовком Content-Type: application/json.
problem-json-shape = JSON не соответствует ожидаемой структуре: { $error }
problem-json-syntax = Тело запроса не является корректным JSON: { $error }
problem-body-too-large = Тело запроса превышает размер, допустимый на этом сервере.
problem-query = Недопустимый параметр запроса: { $error }
problem-address = По этому адресу ничего нет; проверьте ссылку.
problem-upload-too-large = Объём загружаемых данных превышает размер, допустимый на этом сервере.
problem-upload-unreadable = Не удалось прочитать загружаемые данные: { $error }
problem-multipart = Отправьте файл в формате multipart/form-data в поле 'file': { $error }
problem-form-unreadable = Не удалось прочитать форму: { $error }
problem-one-file = Отправляйте не более одного файла за одну загрузку.
# $limit: in bytes.
problem-file-too-large = Размер файла превышает максимально допустимый на этом сервере размер в байтах: { $limit }.
problem-field-too-long = Поле «{ $field }» слишком длинное.
# $refusal: why, e.g. "contains the control character U+0007, …".
problem-body-refused = Тело запроса { $refusal }
problem-field-refused = Поле «{ $field }» { $refusal }
problem-query-refused = Параметр запроса «{ $name }» { $refusal }
