dashboard-title = ترشيحات { $state }
dashboard-none = لا توجد حاليًا أي دعوة مفتوحة لتقديم الترشيحات، ولم تقدّم دولتك أي ترشيح حتى الآن.
dashboard-read-only = يمكن الاطلاع على الترشيحات الواردة أدناه، ولكن لم يعد من الممكن تعديلها.
dashboard-quota = المقدَّم: { $used } من أصل { $max }
dashboard-quota-full = المقدَّم: { $used } من أصل { $max } — وهو الحد الأقصى المسموح به لدولتك في هذه الفئة
dashboard-updated = آخر تحديث في { $date }
dashboard-start = بدء ترشيح جديد
dashboard-start-in = في فئة { $category }

nomination-category = الفئة
nomination-status = الحالة
nomination-deadline = الموعد النهائي
nomination-problem = { $field }: { $message }
nomination-required-hint = يجب ملء الحقول المميّزة بعلامة النجمة (*) لتقديم الترشيح؛ ويمكن حفظ المسودة في أي وقت.
nomination-choose = اختر…
nomination-max-chars = { $count ->
    [zero] لا يُسمح بأي حرف.
    [one] الحد الأقصى: حرف واحد.
    [two] الحد الأقصى: حرفان.
    [few] الحد الأقصى: { $count } أحرف.
    [many] الحد الأقصى: { $count } حرفًا.
   *[other] الحد الأقصى: { $count } حرف.
}
nomination-attachments = المستندات الداعمة
nomination-attachments-hint = { $max ->
    [zero] الصيغ المقبولة: PDF أو PNG أو JPEG.
    [one] الصيغ المقبولة: PDF أو PNG أو JPEG؛ الحد الأقصى: ملف واحد.
    [two] الصيغ المقبولة: PDF أو PNG أو JPEG؛ الحد الأقصى: ملفان.
    [few] الصيغ المقبولة: PDF أو PNG أو JPEG؛ الحد الأقصى: { $max } ملفات.
    [many] الصيغ المقبولة: PDF أو PNG أو JPEG؛ الحد الأقصى: { $max } ملفًا.
   *[other] الصيغ المقبولة: PDF أو PNG أو JPEG؛ الحد الأقصى: { $max } ملف.
}
nomination-attachments-hint-min = { $max ->
    [zero] الصيغ المقبولة: PDF أو PNG أو JPEG؛ الحد الأدنى اللازم لتقديم الترشيح: { $min }.
    [one] الصيغ المقبولة: PDF أو PNG أو JPEG؛ الحد الأقصى: ملف واحد؛ الحد الأدنى اللازم لتقديم الترشيح: { $min }.
    [two] الصيغ المقبولة: PDF أو PNG أو JPEG؛ الحد الأقصى: ملفان؛ الحد الأدنى اللازم لتقديم الترشيح: { $min }.
    [few] الصيغ المقبولة: PDF أو PNG أو JPEG؛ الحد الأقصى: { $max } ملفات؛ الحد الأدنى اللازم لتقديم الترشيح: { $min }.
    [many] الصيغ المقبولة: PDF أو PNG أو JPEG؛ الحد الأقصى: { $max } ملفًا؛ الحد الأدنى اللازم لتقديم الترشيح: { $min }.
   *[other] الصيغ المقبولة: PDF أو PNG أو JPEG؛ الحد الأقصى: { $max } ملف؛ الحد الأدنى اللازم لتقديم الترشيح: { $min }.
}
nomination-remove = إزالة
nomination-file = الملف
nomination-add-file = إضافة ملف
nomination-file-hint = يُرفق الملف عند الحفظ.
nomination-save-draft = حفظ المسودة
nomination-save-changes = حفظ التغييرات
nomination-submit = تقديم الترشيح
nomination-withdraw = سحب هذا الترشيح
nomination-withdraw-warning = يخرج الترشيح المسحوب من المنافسة. ولا يمكن التراجع عن هذا الإجراء.
nomination-withdraw-warning-submitted = يخرج الترشيح المسحوب من المنافسة ويُخلي مكانه ضمن الحصة المخصصة للفئة. ولا يمكن التراجع عن هذا الإجراء.
nomination-withdraw-confirm = تأكيد السحب
nomination-no-answer = لا توجد إجابة.
nomination-no-attachments = لا توجد مستندات.

results-title = { $cycle }: النتائج
results-coming = ستُنشر نتائج هذه الدورة في { $date }.
results-published-on = نُشرت النتائج في { $date }.
results-csv = تنزيل بصيغة CSV
results-filter = تصفية النتائج
results-region = المنطقة
results-all-regions = جميع المناطق
results-member-state = الدولة العضو
results-all-member-states = جميع الدول الأعضاء
results-show = عرض
results-none = لا توجد جوائز تطابق معايير التصفية هذه.

initiative-member-state = الدولة العضو
initiative-institution = المؤسسة
initiative-category = الفئة
initiative-award = الجائزة
initiative-summary = الملخص

member-state-none = لم تصل أي مبادرة من مبادرات { $state } بعدُ إلى قائمة المرشحين النهائيين في دورة نُشرت نتائجها.

invitation-accept-title = قبول الدعوة
invitation-accept-intro = وُجّهت إليك دعوة على العنوان { $email } للانضمام بصفة { $role ->
        [admin] مسؤول إداري (الأمانة)
        [nominator] جهة تنسيق (تقديم الترشيحات)
       *[reviewer] محكّم
    }.
invitation-accept-choose = اختر الاسم الذي سيظهر لزملائك، واختر كلمة مرور.
invitation-accept-correct = يُرجى تصحيح الحقول المشار إليها أدناه.
invitation-accept-name = اسمك
invitation-accept-password-hint = 12 حرفًا على الأقل. تشكّل بضع كلمات لا رابط بينها كلمة مرور قوية يسهل تذكّرها.
invitation-accept-submit = إنشاء حسابي

error-back = العودة إلى الجوائز
error-status = رمز الخطأ: { $status }

account-title = حسابي
account-welcome = مرحبًا بك في Laurel يا { $name }. حسابك جاهز.
account-name = الاسم
account-email = البريد الإلكتروني
account-role = الدور
account-member-state = الدولة العضو
account-nationality = الجنسية
account-conflicts-title = تضارب المصالح
account-conflicts-intro = لا تُسند إليك أبدًا ترشيحات مقدَّمة من بلدك أو من أي دولة عضو تعلن عنها هنا.
account-conflicts-none = لم تعلن عن أي تضارب في المصالح.
account-conflict-with = الدولة المعنية
account-reason = السبب
account-conflict-declared = تاريخ الإعلان
account-declare-title = الإعلان عن تضارب في المصالح
account-choose = اختر…
account-declare-submit = الإعلان عن التضارب

## The language a person reads Laurel in (account page).
account-language-title = اللغة
account-language-label = لغة الصفحات ورسائل البريد الإلكتروني
account-language-hint = يعرض Laurel صفحاته ويرسل إليك رسائله بهذه اللغة، أينما سجّلت الدخول.
account-language-save = حفظ اللغة
account-language-saved = حُفظت اللغة التي اخترتها.
nomination-language = لغة هذا الترشيح
nomination-language-hint = اللغة التي تكتب بها الترشيح. ويُعرض على لجنة التحكيم وفي الصفحات العامة بالصيغة التي كُتب بها.

## A nomination's status, as its focal point and the secretariat read it.
status-draft = مسودة
status-submitted = مقدَّم
status-clarification-requested = طُلبت إيضاحات
status-in-review = قيد التقييم
status-finalist = مرشّح نهائي
status-winner = فائز
status-champion = بطل
status-withdrawn = مسحوب
status-ineligible = غير مستوفٍ لشروط الأهلية
# A nomination that did not go on to the next stage.
status-eliminated = لم يتأهّل

## Awards, as the results pages name them.
award-winner = فائز
award-champion = بطل
award-finalist = مرشّح نهائي

## The United Nations regional groups.
region-african = الدول الأفريقية
region-asia-pacific = دول آسيا والمحيط الهادئ
region-eastern-european = دول أوروبا الشرقية
region-latin-american-caribbean = دول أمريكا اللاتينية ومنطقة البحر الكاريبي
region-western-european-others = دول أوروبا الغربية ودول أخرى

## The nomination form.
nomination-field-title = عنوان المبادرة
nomination-field-institution = المؤسسة المنفّذة للمبادرة
nomination-field-summary = الملخص
# The heading of the form before the nomination has a title.
nomination-new = ترشيح جديد
nomination-notice-saved = حُفظت تغييراتك.
nomination-notice-attached = أُرفق الملف.
nomination-notice-removed = أُزيل الملف.
nomination-notice-submitted = قُدِّم ترشيحك. ويجري إرسال إشعار بالاستلام إلى جهات التنسيق في دولتك.
nomination-notice-withdrawn = سُحب الترشيح.
nomination-alert-fields = تحتاج بعض الإجابات إلى مراجعة قبل أن يتسنى المضي قدمًا؛ انظر الحقول المشار إليها.
nomination-alert-changed = عدّل شخص آخر هذا الترشيح منذ أن فتحته (من جهاز آخر، أو جهة تنسيق أخرى في دولتك). ونصّك معروض أدناه ولم يُحفظ: راجعه، ثم احفظه مرة أخرى ليحلّ محل التغييرات التي أُدخلت.
# $why: the reason, a full sentence.
nomination-alert-not-saved = { $why } تعذّر حفظ تغييراتك الأخيرة؛ وهي معروضة أدناه لتتمكن من نسخها.

## File sizes. $size is a number already written with its decimals.
size-megabytes = { $size } ميغابايت
size-kilobytes = { $size } كيلوبايت
size-bytes = { $count ->
    [zero] { $count } بايت
    [one] بايت واحد
    [two] بايتان
    [few] { $count } بايتات
    [many] { $count } بايتًا
   *[other] { $count } بايت
}

## The account page.
account-role-admin = مسؤول إداري (الأمانة)
account-role-nominator = جهة تنسيق (تقديم الترشيحات)
account-role-reviewer = محكّم
# In the list of conflicts, one declared on a single nomination rather than a member state.
account-conflict-nomination = ترشيح بعينه

## Saving a draft as it is typed (the page's script shows these).
autosave-saving = جارٍ الحفظ…
# $when: the time of the save, written by the server.
autosave-saved = حُفظت المسودة في { $when }.
# $why: what the server said.
autosave-unsaved = لم يُحفظ بعد: { $why }
autosave-offline = لم يُحفظ: انقطع الاتصال. لا يزال نصّك هنا، وسيُحفظ عند عودة الاتصال.
# Under a long answer: $typed characters typed of the $count allowed.
autosave-count = { $count ->
    [zero] { $typed } من أصل { $count } حرف
    [one] { $typed } من أصل حرف واحد
    [two] { $typed } من أصل حرفين
    [few] { $typed } من أصل { $count } أحرف
    [many] { $typed } من أصل { $count } حرفًا
   *[other] { $typed } من أصل { $count } حرف
}
autosave-count-full = { $count ->
    [zero] { $typed } من أصل { $count } حرف (بلغ النص الحد الأقصى المسموح به)
    [one] { $typed } من أصل حرف واحد (بلغ النص الحد الأقصى المسموح به)
    [two] { $typed } من أصل حرفين (بلغ النص الحد الأقصى المسموح به)
    [few] { $typed } من أصل { $count } أحرف (بلغ النص الحد الأقصى المسموح به)
    [many] { $typed } من أصل { $count } حرفًا (بلغ النص الحد الأقصى المسموح به)
   *[other] { $typed } من أصل { $count } حرف (بلغ النص الحد الأقصى المسموح به)
}
# On an initiative's public page: the language its nomination is written in.
initiative-language = لغة الترشيح

## A draft's checklist, and a submission refused for what it still lacks.
nomination-checklist = ما يلزم استكماله قبل تقديم الترشيح
nomination-checklist-ready = اكتملت جميع العناصر المطلوبة: يمكنك تقديم الترشيح متى كنت مستعدًا.
nomination-alert-submit = { $count ->
    [zero] حُفظت مسودتك، ولكن لا يمكن تقديم الترشيح بعد:
    [one] حُفظت مسودتك، ولكن لا يمكن تقديم الترشيح بعد. ثمة مسألة واحدة تحتاج إلى مراجعة:
    [two] حُفظت مسودتك، ولكن لا يمكن تقديم الترشيح بعد. ثمة مسألتان تحتاجان إلى مراجعة:
    [few] حُفظت مسودتك، ولكن لا يمكن تقديم الترشيح بعد. ثمة { $count } مسائل تحتاج إلى مراجعة:
    [many] حُفظت مسودتك، ولكن لا يمكن تقديم الترشيح بعد. ثمة { $count } مسألة تحتاج إلى مراجعة:
   *[other] حُفظت مسودتك، ولكن لا يمكن تقديم الترشيح بعد. ثمة { $count } مسألة تحتاج إلى مراجعة:
}
# Heading of a nomination saved before it had a title.
nomination-untitled = ترشيح بلا عنوان
autosave-restored = استُعيد ما كتبته على هذا الجهاز قبل انقطاع الاتصال، ويجري حفظه الآن.

## A submitted nomination's reference, and a clarification the secretariat asked for.
nomination-reference = الرقم المرجعي
nomination-submitted-at = تاريخ التقديم
nomination-print-receipt = إشعار استلام قابل للطباعة بما قُدِّم
nomination-answer-by = آخر موعد للإجابة
nomination-clarification-title = سؤال من الأمانة
# $who: the name of the person who asked; $when: when they asked.
nomination-clarification-asked = طُرح السؤال من قِبل { $who } في { $when }.
# Who asked, when the person's name is not known.
nomination-clarification-secretariat = الأمانة
nomination-clarification-fields = أجب أدناه. ويمكنك أيضًا تعديل أي حقل من حقول الترشيح؛ وستطّلع الأمانة على إجابتك وعلى التعديلات التي أدخلتها. ويعود الترشيح إلى مرحلة الفرز عند إرسال إجابتك.
nomination-clarification-answer = إجابتك إلى الأمانة
nomination-clarification-send = إرسال الإجابة وإعادة تقديم الترشيح
nomination-notice-answered = أُرسلت إجابتك وعاد الترشيح إلى الأمانة. ويجري إرسال إشعار بالاستلام إلى جهات التنسيق في دولتك.
dashboard-read-only-but-answer = يمكن الاطلاع على الترشيحات الواردة أدناه، ولكن لم يعد من الممكن تعديلها، باستثناء الترشيح الذي طرحت الأمانة سؤالًا بشأنه: يُرجى الإجابة عنه في موعد أقصاه التاريخ المبيَّن.
# $due: the date and time by which to answer.
dashboard-answer-by = طُلبت إيضاحات: يُرجى الإجابة في موعد أقصاه { $due }
# $reference: the nomination's reference, such as KEN-014.
receipt-title = إشعار استلام الترشيح { $reference }
receipt-back = العودة إلى الترشيح
receipt-cycle = الدعوة إلى تقديم الترشيحات
receipt-print = طباعة إشعار الاستلام هذا
receipt-note = يعرض إشعار الاستلام هذا الترشيح بصيغته الحالية. ويُؤكَّد كل تعديل يُدخَل عليه ما دام باب الترشيح مفتوحًا برسالة بريد إلكتروني إلى جهات التنسيق في دولتك.
