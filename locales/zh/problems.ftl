# Refusals: the title of each kind of problem, on error pages and in the API's problem
# documents (whose `code` stays English for programs).
problem-bad-request = 无法识别该请求
problem-unauthenticated = 需要登录
problem-forbidden = 无权执行此操作
problem-not-found = 未找到
problem-method-not-allowed = 不允许使用该请求方法
problem-invalid-state = 当前阶段无法执行此操作
problem-deadline-passed = 已过截止时间
problem-quota-exceeded = 该类别的提名名额已用完
problem-conflict-of-interest = 利益冲突
problem-version-mismatch = 已被他人修改
problem-too-large = 超出大小限制
problem-unsupported-media-type = 不接受该文件类型
problem-validation-failed = 部分字段需要更正
problem-rate-limited = 尝试次数过多
problem-internal = 系统内部出错
problem-unavailable = 暂时无法使用

# Details of refusals that are not about one field. { $fields } lists field names.
problem-correct-fields = 请更正以下字段：{ $fields }。
problem-internal-detail = 由于服务器故障，请求未能完成。系统未作任何更改；请重试，如问题仍然存在，请告知秘书处。
problem-no-endpoint = 本 API 中没有此端点；请参阅 /api/docs。
problem-endpoint-method = 此端点不接受该请求方法；请参阅 /api/docs。
problem-no-page = 此地址没有对应的页面。该页面可能已移动，或链接可能输入有误。
problem-page-method = 此地址用于提交表单。请返回表单所在的页面，从该页面提交。
problem-form-expired = 此表单已过期，或是从其他网站提交的。请返回并重新加载页面，然后重试。

# Requests that cannot be read at all. $error is the reader's own technical detail, in
# English: keep it at the end.
problem-json-content-type = 请以 JSON 格式发送请求正文，并使用请求头 Content-Type: application/json。
problem-json-shape = JSON 与预期结构不符：{ $error }
problem-json-syntax = 请求正文不是有效的 JSON：{ $error }
problem-body-too-large = 请求正文超过了此服务器可接受的大小。
problem-query = 查询参数无效：{ $error }
problem-address = 此地址不存在任何内容；请检查链接。
problem-upload-too-large = 上传内容超过了此服务器可接受的大小。
problem-upload-unreadable = 无法读取上传内容：{ $error }
problem-multipart = 请以 multipart/form-data 格式在字段 'file' 中发送文件：{ $error }
problem-form-unreadable = 无法读取表单：{ $error }
problem-one-file = 每次上传只能发送一个文件。
# $limit: in bytes.
problem-file-too-large = 文件超过了此服务器可接受的 { $limit } 字节上限。
problem-field-too-long = 字段“{ $field }”过长。
# $refusal: why, e.g. "contains the control character U+0007, …".
problem-body-refused = 请求正文{ $refusal }
problem-field-refused = 字段“{ $field }”{ $refusal }
problem-query-refused = 查询参数“{ $name }”{ $refusal }
