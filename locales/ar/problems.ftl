# Refusals: the title of each kind of problem, on error pages and in the API's problem
# documents (whose `code` stays English for programs).
problem-bad-request = تعذّر فهم الطلب
problem-unauthenticated = يلزم تسجيل الدخول
problem-forbidden = غير مسموح بهذا الإجراء
problem-not-found = غير موجود
problem-method-not-allowed = طريقة الطلب غير مسموح بها
problem-invalid-state = لا يمكن القيام بذلك في هذه المرحلة
problem-deadline-passed = انقضى الموعد النهائي
problem-quota-exceeded = استُنفدت الحصة المخصصة للترشيحات في هذه الفئة
problem-conflict-of-interest = تضارب في المصالح
problem-version-mismatch = عدّله شخص آخر في الأثناء
problem-too-large = الحجم أكبر من المسموح به
problem-unsupported-media-type = نوع الملف غير مقبول
problem-validation-failed = بعض الحقول تحتاج إلى مراجعة
problem-rate-limited = عدد كبير جدًا من المحاولات
problem-internal = حدث خلل من جانبنا
problem-unavailable = الخدمة غير متاحة مؤقتًا

# Details of refusals that are not about one field. { $fields } lists field names.
problem-correct-fields = يُرجى تصحيح ما يلي: { $fields }.
problem-internal-detail = تعذّر إتمام الطلب بسبب عطل في الخادم. ولم يُجرَ أي تغيير؛ يُرجى المحاولة مرة أخرى، وإبلاغ الأمانة إذا استمرت المشكلة.
problem-no-endpoint = لا توجد نقطة نهاية كهذه في واجهة برمجة التطبيقات هذه؛ انظر /api/docs.
problem-endpoint-method = لا تقبل نقطة النهاية هذه طريقة الطلب المستخدمة؛ انظر /api/docs.
problem-no-page = لا توجد صفحة على هذا العنوان. ربما نُقلت الصفحة، أو كُتب الرابط على نحو خاطئ.
problem-page-method = هذا العنوان مخصص لإرسال نموذج. يُرجى العودة إلى الصفحة التي يوجد فيها النموذج وإرساله منها.
problem-form-expired = انتهت صلاحية هذا النموذج أو أُرسل من موقع آخر. يُرجى الرجوع إلى الصفحة السابقة وإعادة تحميلها ثم المحاولة مرة أخرى.

# Requests that cannot be read at all. $error is the reader's own technical detail, in
# English: keep it at the end.
problem-json-content-type = يُرجى إرسال متن الطلب بصيغة JSON مع الترويسة Content-Type: application/json.
problem-json-shape = لا تتوافق بيانات JSON مع البنية المتوقعة: { $error }
problem-json-syntax = متن الطلب ليس بصيغة JSON صحيحة: { $error }
problem-body-too-large = يتجاوز حجم متن الطلب الحد الذي يقبله هذا الخادم.
problem-query = أحد معاملات الاستعلام غير صالح: { $error }
problem-address = لا يوجد شيء على هذا العنوان؛ تحقق من الرابط.
problem-upload-too-large = يتجاوز حجم المحتوى المرفوع الحد الذي يقبله هذا الخادم.
problem-upload-unreadable = تعذّرت قراءة المحتوى المرفوع: { $error }
problem-multipart = يُرجى إرسال الملف بصيغة multipart/form-data في الحقل 'file': { $error }
problem-form-unreadable = تعذّرت قراءة النموذج: { $error }
problem-one-file = يُرجى إرسال ملف واحد فقط في كل عملية رفع.
# $limit: in bytes.
problem-file-too-large = يتجاوز حجم الملف الحد الأقصى الذي يقبله هذا الخادم، وهو { $limit } بايت.
problem-field-too-long = الحقل «{ $field }» طويل جدًا.
# $refusal: why, e.g. "contains the control character U+0007, …".
problem-body-refused = متن الطلب { $refusal }
problem-field-refused = الحقل «{ $field }» { $refusal }
problem-query-refused = معامل الاستعلام «{ $name }» { $refusal }
