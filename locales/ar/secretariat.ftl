## صفحات الأمانة.

## الدورات (/admin/cycles).

admin-cycles-none = لا توجد أي دورة بعد. استورد دورة بإحدى الطريقتين التاليتين:
admin-cycles-phase = { $phase ->
    [draft] مسودة
    [open] باب الترشيح مفتوح
    [reviewing] قيد التقييم
    [decided] تقرّرت الجوائز ولم تُنشر
   *[published] النتائج منشورة
}
admin-cycles-stage-kind = { $kind ->
    [screening] الفرز الأولي
    [scoring] التقييم بالدرجات
   *[public_vote] التصويت العام
}
admin-cycles-publish-intro = تقرّرت الجوائز وهي لا تزال سرية. ويؤدي نشرها إلى إظهارها على الموقع العام وفي البيانات المفتوحة وفي الموجز، وإلى إرسال رسائل بالبريد الإلكتروني إلى جهات التنسيق والمحكّمين.
admin-cycles-publish-at = النشر في (اختياري، { $zone })
admin-cycles-publish = نشر النتائج
admin-cycles-public-page = صفحة النتائج العامة

## البريد الصادر (/admin/outbox).

admin-outbox-title = البريد الصادر
admin-outbox-filter = التصفية حسب الحالة
admin-outbox-all = الكل
admin-outbox-status = { $status ->
    [pending] قيد الانتظار
    [sent] أُرسلت
   *[failed] تعذّر إرسالها
}
admin-outbox-none = لا توجد أي رسالة.
admin-outbox-none-status = { $status ->
    [pending] لا توجد أي رسالة في انتظار الإرسال.
    [sent] لم تُرسل أي رسالة.
   *[failed] لا توجد أي رسالة تعذّر إرسالها.
}
admin-outbox-col-to = المرسل إليه
admin-outbox-col-subject = الموضوع
admin-outbox-col-status = الحالة
admin-outbox-col-attempts = المحاولات
admin-outbox-col-when = الإرسال أو المحاولة التالية
admin-outbox-col-error = آخر خطأ
admin-outbox-col-action = الإجراء
admin-outbox-resend = إعادة الإرسال
admin-outbox-resend-to = إعادة إرسال الرسالة إلى { $to }

## المستخدمون (/admin/people).

admin-people-invited = أُرسلت دعوة إلى { $email }. ويظل الرابط صالحًا لمدة سبعة أيام.
admin-people-invite-heading = دعوة شخص
admin-people-invite-errors = لم تُرسل الدعوة: يُرجى تصحيح الحقول المشار إليها أدناه.
admin-people-role = الدور
admin-people-role-nominator-long = جهة التنسيق (تقديم الترشيحات) لدولة عضو
admin-people-role-reviewer = محكّم
admin-people-role-admin-long = مسؤول إداري (الأمانة)
admin-people-member-state = الدولة العضو
admin-people-member-state-hint = (لجهات التنسيق فقط)
admin-people-nationality = الجنسية
admin-people-nationality-hint = (للمحكّمين: لا تُسند إليهم أبدًا ترشيحات بلدهم)
admin-people-invite-submit = إرسال الدعوة
admin-people-everyone = جميع أصحاب الحسابات
admin-people-col-name = الاسم
admin-people-col-email = البريد الإلكتروني
admin-people-col-state = الدولة
admin-people-col-status = الوضع
admin-people-col-actions = الإجراءات
admin-people-role-name = { $role ->
    [nominator] جهة التنسيق
    [reviewer] محكّم
   *[admin] مسؤول إداري
}
admin-people-active = نشط
admin-people-deactivated = معطَّل
admin-people-deactivate = تعطيل
admin-people-deactivate-person = تعطيل حساب { $name }
admin-people-change-role = تغيير الدور
admin-people-new-role = الدور الجديد
admin-people-role-nominator = جهة التنسيق
admin-people-role-admin = مسؤول إداري
admin-people-state-code = رمز الدولة العضو (لجهات التنسيق)
admin-people-state-code-example = مثال: KEN
admin-people-change = تغيير

## صفحة المرحلة (/admin/stages/{id}).

admin-stage-kind = { $kind ->
    [screening] مرحلة الفرز الأولي
    [scoring] مرحلة التقييم بالدرجات
   *[public_vote] مرحلة التصويت العام
}
admin-stage-status = { $status ->
    [pending] لم تبدأ
    [active] جارية
   *[closed] مغلقة
}
admin-stage-shortfalls = تعذّر إسناد العدد اللازم من المحكّمين إلى بعض الترشيحات:
admin-stage-queue = الترشيحات المطلوب فرزها
admin-stage-checklist = قائمة التحقق
admin-stage-note = ملاحظة (تُبلَّغ إلى جهات التنسيق إذا لم يجتز الترشيح الفرز)
admin-stage-record-screening = تسجيل نتيجة الفرز
admin-stage-ask-instead = توجيه سؤال إلى جهات التنسيق بدلًا من ذلك
admin-stage-question = السؤال
admin-stage-answer-by = آخر موعد للإجابة
admin-stage-send-question = إرسال السؤال
admin-stage-reviewers = المحكّمون
admin-stage-per-nomination = عدد المحكّمين لكل ترشيح
admin-stage-max-load = الحد الأقصى للترشيحات لكل محكّم (اختياري)
admin-stage-assign-auto = الإسناد تلقائيًا
admin-stage-assign-hint = لا يقيّم أحدٌ ترشيحات بلده ولا ترشيحًا أعلن بشأنه تضاربًا في المصالح. وتبقى الترشيحات التي لديها ما يكفي من المحكّمين على حالها.
admin-stage-assign-one = إسناد محكّم واحد يدويًا
admin-stage-decide-awards = تقرير الجوائز
admin-stage-advance = الانتقال إلى المرحلة التالية
admin-stage-pending-reviews = { $count ->
    [zero] لا توجد تقييمات مسندة لم تُقدَّم بعد؛ ولا يُحتسب في الترتيب إلا التقييمات المقدَّمة.
    [one] هناك تقييم واحد مسند لم يُقدَّم بعد؛ ولا يُحتسب في الترتيب إلا التقييمات المقدَّمة.
    [two] هناك تقييمان مسندان لم يُقدَّما بعد؛ ولا يُحتسب في الترتيب إلا التقييمات المقدَّمة.
    [few] هناك { $count } تقييمات مسندة لم تُقدَّم بعد؛ ولا يُحتسب في الترتيب إلا التقييمات المقدَّمة.
    [many] هناك { $count } تقييمًا مسندًا لم يُقدَّم بعد؛ ولا يُحتسب في الترتيب إلا التقييمات المقدَّمة.
   *[other] هناك { $count } تقييم مسند لم يُقدَّم بعد؛ ولا يُحتسب في الترتيب إلا التقييمات المقدَّمة.
}
admin-stage-still-to-decide = ما زال يتعيّن البت في:
admin-stage-col-rank = المرتبة
admin-stage-col-nomination = الترشيح
admin-stage-col-rule = وفقًا للقاعدة
admin-stage-outcome = { $outcome ->
    [advanced] متأهّل
    [eliminated] مستبعد
    [ineligible] غير مستوفٍ للشروط
    [winner] فائز
    [champion] بطل
   *[finalist] مرشّح نهائي
}
admin-stage-needs-decision = يلزم اتخاذ قرار
admin-stage-confirm-awards = تأكيد الجوائز
admin-stage-confirm-close = التأكيد وإغلاق المرحلة

## إسناد محكّم يدويًا (/admin/stages/{id}/assign-one).

admin-assign-title = إسناد محكّم: { $stage }
admin-assign-heading = إسناد محكّم يدويًا
admin-assign-rules = لا يجوز لأحد أن يقيّم ترشيحات بلده ولا ترشيحًا أعلن بشأنه تضاربًا في المصالح؛ وفي هذه الحالة يُرفض الإسناد.
admin-assign-nomination = الترشيح
admin-assign-reviewer = المحكّم
admin-assign-submit = إسناد

## ترتيب مرحلة التقييم بالدرجات (غير مستخدم بعد).

admin-ranking-title = الترتيب
admin-ranking-reliability = موثوقية الاتفاق بين المحكّمين (معامل ألفا لكريبندورف):
admin-ranking-not-measurable = لا يمكن قياسها بعد
admin-ranking-hide-reviews = إخفاء التقييمات
admin-ranking-show-reviews = عرض جميع التقييمات
admin-ranking-csv = ملف CSV لواجهة برمجة التطبيقات
admin-ranking-col-score = الدرجة
admin-ranking-col-reviews = التقييمات
admin-ranking-col-spread = التباين
admin-ranking-col-flags = التنبيهات
admin-ranking-col-override = تعديل القرار
admin-ranking-col-rationale = المسوّغات
admin-ranking-reviews-done = { $done } من أصل { $assigned }
admin-ranking-flag = { $flag ->
    [disagreement] تباين بين المحكّمين
    [tie] تعادل
   *[no_reviews] لا توجد تقييمات
}
admin-ranking-preview = معاينة النتيجة بهذه التعديلات

## What the secretariat is told after acting on a stage or a cycle.
admin-stage-screen-passed = اجتاز الفرز
admin-stage-screen-failed = لم يجتز الفرز
admin-stage-screen-none = لم يُفرز بعد
admin-stage-notice-assigned = أُسند المحكّمون وأُبلغوا بالبريد الإلكتروني.
admin-stage-notice-advanced = أُغلقت المرحلة وسُجّلت نتائجها.
admin-stage-notice-screened = سُجّلت نتيجة الفرز.
admin-stage-notice-asked = يجري إرسال السؤال إلى جهات التنسيق المعنية بالترشيح.
admin-cycles-notice-published = أصبحت النتائج علنية، ويجري إبلاغ جهات التنسيق والمحكّمين.
admin-cycles-notice-scheduled = جُدول النشر؛ وتظل النتائج سرية حتى ذلك الحين.
# $why: the refusal, in a sentence.
admin-assign-refused = لم يُنفَّذ الإسناد: { $why }.
admin-stage-nothing-changed = لم يُجرَ أي تغيير: { $why }.

## One email of the outbox (/admin/email/{id}).
admin-email-queued = أُدرج في قائمة الانتظار
admin-email-sent = أُرسل
# When delivery will be tried again.
admin-email-next-attempt = المحاولة التالية
admin-email-text = النص
# A link that opens the email's formatted (HTML) version on its own page.
admin-email-html = فتح النسخة المنسّقة

## The audit trail (/admin/audit).
admin-audit-title = سجل التدقيق
admin-audit-chain = سلامة السجل
admin-audit-intact = جرى التحقق { $when }: جميع الأحداث ({ $count }) على حالها كما سُجّلت.
admin-audit-broken = جرى التحقق { $when }: تعرّض السجل للعبث.
admin-audit-not-checked = لم يُتحقق من السجل منذ تشغيل هذا الخادم.
admin-audit-check-now = التحقق من السجل الآن
admin-audit-filter = تصفية السجل
admin-audit-actor = الفاعل
admin-audit-action = الإجراء
admin-audit-action-hint = كما سُجّل، مثل nomination.submitted.
admin-audit-subject = الموضوع
admin-audit-from = من
admin-audit-until = إلى
admin-audit-apply = تصفية
admin-audit-clear = عرض الكل
admin-audit-when = الوقت
admin-audit-details = التفاصيل
admin-audit-none = لا يوجد حدث مطابق.
admin-audit-older = أحداث أقدم

## A cycle's entries (/admin/cycles/{id}/nominations).
admin-entries-title = ترشيحات دورة { $cycle }
admin-entries-filter = تصفية الترشيحات
admin-entries-words = كلمات
admin-entries-words-hint = يُبحث عنها في العنوان أو في اسم المؤسسة، دون تمييز بين الأحرف الكبيرة والصغيرة.
admin-entries-region = المجموعة الإقليمية
admin-entries-any = الكل
admin-entries-csv = تنزيل هذه الترشيحات بصيغة CSV
admin-entries-none = لا يوجد ترشيح مطابق.
admin-entries-updated = آخر تعديل
admin-entries-more = مزيد من الترشيحات
admin-entries-link = جميع الترشيحات

## A cycle's dashboard (/admin/cycles/{id}).
admin-dashboard-states = قدّمت { $count } من أصل { $all } دولة عضوًا ترشيحًا.
admin-dashboard-by-status = الترشيحات حسب الحالة
admin-dashboard-by-region = الترشيحات حسب المجموعة الإقليمية
admin-dashboard-count = العدد
admin-dashboard-submitted = المقدَّمة
admin-dashboard-drafts = المسودات
admin-dashboard-reviews = قُدِّم { $submitted } من أصل { $assigned } تقييمًا؛ والمتأخر منها { $overdue }
admin-dashboard-due = الموعد النهائي: { $due }
admin-dashboard-juror = المحكّم
admin-dashboard-assigned = المسندة
admin-dashboard-overdue = المتأخرة
admin-dashboard-link = سير العمل

## A nomination's dossier (/admin/nominations/{id}).
admin-dossier-submitted = تاريخ التقديم
admin-dossier-clarification = السؤال الموجّه إلى جهات التنسيق:
admin-dossier-ineligible = تبيّن أنه غير مستوفٍ لشروط الأهلية:
# The entry as its member state wrote it: summary and answers.
admin-dossier-entry = مضمون الترشيح
# $rank: its place in its ranking group.
admin-dossier-rank = في المرتبة { $rank }
# $who: the person who decided; $when: the date and time.
admin-dossier-decided-by = اتّخذ { $who } القرار في { $when }.
admin-dossier-decided = اتُّخذ القرار في { $when }.
# The secretariat chose another outcome than the stage's rule gave.
admin-dossier-overridden = قرّرت الأمانة خلافًا لما تقضي به القاعدة:
admin-dossier-check-passed = مستوفى
admin-dossier-check-failed = غير مستوفى
admin-dossier-no-reviews = لم يُسند أي محكّم إلى هذا الترشيح في هذه المرحلة.
admin-dossier-comment = التعليق
# A review's status; $when: when it was submitted, or when it is due.
admin-dossier-review-status = { $status ->
    [submitted] قُدِّم في { $when }
    [recused] جرى التنحّي
   *[pending] الموعد النهائي: { $when }
}
admin-dossier-emails = رسائل البريد الإلكتروني المتعلقة بهذا الترشيح
admin-dossier-no-emails = لم تُرسل أي رسالة بشأن هذا الترشيح.
admin-dossier-history = التسلسل الزمني
admin-dossier-in-trail = عرضه في سجل التدقيق

## The dashboard's charts (/admin/cycles/{id}). Each chart has a title, a sentence
## saying what it shows, and the same numbers in a table.
admin-dashboard-call = الدعوة إلى تقديم الترشيحات
admin-dashboard-stages = سير المراحل
admin-chart-days-title = الترشيحات المقدَّمة يوميًا
# $count nominations in all; $day the busiest day, with $most of them; $closes the deadline.
admin-chart-days-summary = { $count ->
    [zero] لم يُقدَّم أي ترشيح حتى الآن
    [one] قُدِّم ترشيح واحد حتى الآن
    [two] قُدِّم ترشيحان حتى الآن
    [few] قُدِّمت { $count } ترشيحات حتى الآن
    [many] قُدِّم { $count } ترشيحًا حتى الآن
   *[other] قُدِّم { $count } ترشيح حتى الآن
}؛ وكان أكثر الأيام تقديمًا للترشيحات { $day } (عدد الترشيحات: { $most }). موعد إغلاق باب الترشيح: { $closes }.
admin-chart-days-none = لم يُقدَّم أي ترشيح بعد. موعد إغلاق باب الترشيح: { $closes }.
# Marks the deadline on the chart of submissions per day.
admin-chart-deadline = الموعد النهائي
admin-chart-day = اليوم
admin-chart-coverage-title = مشاركة الدول الأعضاء في الترشيح، حسب المجموعة الإقليمية
# After "N of 193 member states have submitted a nomination."
admin-chart-coverage-drafting = { $count ->
    [0] ولا توجد لدى أي دولة عضو أخرى مسودة معلّقة.
    [zero] ولا توجد لدى أي دولة عضو أخرى مسودة معلّقة.
    [one] ولدى دولة عضو أخرى مسودة لم تقدّمها بعد.
    [two] ولدى دولتين عضوين أخريين مسودتان لم تُقدَّما بعد.
    [few] ولدى { $count } دول أعضاء أخرى مسودات لم تُقدَّم بعد.
    [many] ولدى { $count } دولة عضوًا أخرى مسودات لم تُقدَّم بعد.
   *[other] ولدى { $count } دولة عضو أخرى مسودات لم تُقدَّم بعد.
}
# A bar's label: $submitted and $drafting of the group's $states member states.
admin-chart-coverage-row = { $region }: الدول التي قدّمت ترشيحًا: { $submitted }، والتي لديها مسودة فقط: { $drafting }، من أصل { $states }
admin-chart-draft-only = مسودة فقط
admin-chart-not-yet = لا شيء بعد
admin-chart-states = الدول الأعضاء
admin-chart-states-submitted = الدول الأعضاء التي قدّمت ترشيحًا
admin-chart-funnel-title = مسار الترشيحات عبر المراحل
admin-chart-funnel-summary = يمثّل كل عمود خطوة من خطوات الدورة: عدد الترشيحات التي بلغتها، وعدد ما تجاوزها منها.
# The first bar: every nomination submitted.
admin-chart-funnel-first = { $step }: { $count }
# A stage's bar: $count reached it and $on went on.
admin-chart-funnel-row = { $step }: بلغها { $count }، وتجاوزها { $on }
admin-chart-went-on = تجاوزت هذه الخطوة
admin-chart-stopped = توقفت عند هذه الخطوة أو لم يُبتّ فيها بعد
admin-chart-step = الخطوة
admin-chart-reached = بلغت الخطوة
# $stage: the stage's name.
admin-chart-jurors-title = التقييمات حسب المحكّم: { $stage }
# A juror's bar.
admin-chart-juror-row = { $name }: قُدِّم { $submitted } من أصل { $assigned }، والمتأخر منها { $overdue }
admin-chart-not-due = لم يحن موعدها بعد
admin-chart-action = الإجراء
admin-dashboard-remind = تذكير
# The remind button's name for a screen reader: $name the jury member.
admin-dashboard-remind-one = تذكير { $name } الآن
admin-dashboard-remind-all = تذكير جميع المحكّمين الذين لديهم تقييمات معلّقة
admin-dashboard-remind-hint = لا يتلقى كل محكّم أكثر من تذكير واحد في اليوم بشأن هذه المرحلة، مهما تكرّر الضغط على هذا الزر.
admin-dashboard-reminded = يجري إرسال التذكيرات.
admin-chart-criteria-title = الدرجات حسب المعيار: { $stage }
admin-chart-juror-scores-title = الدرجات حسب المحكّم: { $stage }
admin-chart-range-summary = يمتد كل خط من أدنى درجة مُنحت إلى أعلاها، على مقياس من 0 إلى 100؛ وتشير النقطة إلى المتوسط.
# A range's label, on a scale of 0 to 100.
admin-chart-range-row = { $name }: المتوسط { $mean }، من { $min } إلى { $max }
# $low and $high: the lowest and highest mean total, with the jury members who gave them.
admin-chart-juror-scores-summary = يمتد كل خط من أدنى مجموع منحه أحد المحكّمين إلى أعلاه، على مقياس من 0 إلى 100؛ وتشير النقطة إلى المتوسط. وتتراوح المتوسطات بين { $low } ({ $lowname }) و{ $high } ({ $highname }).
admin-chart-criterion = المعيار
admin-chart-lowest = الأدنى
admin-chart-mean = المتوسط
admin-chart-highest = الأعلى
# $alpha: Krippendorff's alpha, two decimals.
admin-dashboard-agreement = درجة الاتفاق بين المحكّمين (معامل ألفا لكريبندورف): { $alpha }. { $level ->
    [good] المحكّمون متفقون إلى حد كبير.
    [tentative] المحكّمون متفقون جزئيًا فقط: يُرجى مراجعة التباين أدناه.
   *[low] الاختلاف بين المحكّمين أكبر من الاتفاق: يُرجى مراجعة التباين أدناه قبل الانتقال إلى المرحلة التالية.
}
# A screening stage's progress: $decided of the $entered nominations that reached it.
admin-dashboard-screened = فُرز { $decided } من أصل { $entered } ترشيحًا
# The entries' filter by what a stage decided.
admin-entries-outcome = القرار المتّخذ في إحدى المراحل
admin-entries-clarification = الاقتصار على الترشيحات التي لم تُجب جهات التنسيق المعنية بها بعدُ عن سؤال موجّه إليها
admin-entries-sort = الترتيب
admin-entries-sort-by = { $sort ->
    [changed] الأحدث تعديلًا أولًا
    [title] حسب العنوان
    [member_state] حسب الدولة العضو
   *[oldest] حسب ترتيب الإنشاء
}
admin-entries-csv-reviews = تنزيل تقييمات هذه الترشيحات بصيغة CSV، بواقع صف واحد لكل تقييم
# The earliest due date of a jury member's reviews still to come.
admin-chart-next-due = أقرب موعد نهائي

## People at scale: searching, coverage, deactivation, lists of invitations.
# $name: the person's name.
admin-people-was-deactivated = عُطِّل حساب { $name } وسُجِّل خروج صاحبه من جميع الأجهزة. ويمكنك إعادة تفعيل الحساب في أي وقت.
admin-people-was-reactivated = أُعيد تفعيل حساب { $name }، وأصبح بإمكان صاحبه تسجيل الدخول.
admin-people-bulk-link = دعوة عدة أشخاص من قائمة
admin-people-invitations-link = الدعوات المرسلة
admin-people-coverage-heading = جهات التنسيق
admin-people-coverage-all = لدى كل دولة عضو جهة تنسيق نشطة.
# $count: member states with no active focal point.
admin-people-coverage-missing = { $count ->
    [zero] لا توجد أي دولة عضو تفتقر إلى جهة تنسيق نشطة
    [one] دولة عضو واحدة تفتقر إلى جهة تنسيق نشطة
    [two] دولتان عضوان تفتقران إلى جهة تنسيق نشطة
    [few] { $count } دول أعضاء تفتقر إلى جهة تنسيق نشطة
    [many] { $count } دولة عضوًا تفتقر إلى جهة تنسيق نشطة
   *[other] { $count } دولة عضو تفتقر إلى جهة تنسيق نشطة
}
# $count: people matching the search.
admin-people-found = { $count ->
    [zero] لم يُعثر على أي شخص
    [one] عُثر على شخص واحد
    [two] عُثر على شخصين
    [few] عُثر على { $count } أشخاص
    [many] عُثر على { $count } شخصًا
   *[other] عُثر على { $count } شخص
}
admin-people-search = البحث عن أشخاص
admin-people-words = الاسم أو البريد الإلكتروني
admin-people-none-found = لا يوجد أي شخص يطابق هذا البحث.
admin-people-reactivate = إعادة التفعيل
admin-people-reactivate-person = إعادة تفعيل حساب { $name }
admin-people-name-hint = (اختياري: يُدرج مسبقًا في صفحة الدعوة)
admin-people-deactivate-explained = سيُسجَّل خروج صاحب الحساب فورًا من جميع أجهزته، ولن يتمكن من تسجيل الدخول. ويبقى كل ما قام به مسجّلًا. ويمكنك إعادة تفعيل الحساب لاحقًا.
admin-people-deactivate-confirm = تعطيل الحساب
admin-people-keep = إبقاء الحساب نشطًا
admin-bulk-title = دعوة عدة أشخاص
# $count: invitations sent.
admin-bulk-sent = { $count ->
    [zero] لا توجد دعوات قيد الإرسال.
    [one] يجري إرسال دعوة واحدة.
    [two] يجري إرسال دعوتين.
    [few] يجري إرسال { $count } دعوات.
    [many] يجري إرسال { $count } دعوة.
   *[other] يجري إرسال { $count } دعوة.
}
admin-bulk-empty = الصق قائمة أو اختر ملفًا أولًا: القائمة لا تتضمن أي شخص.
admin-bulk-preview = التحقق قبل الإرسال
# $refused: rows with problems; $count: rows in the list.
admin-bulk-refused = { $refused ->
    [zero] لا يلزم تصحيح أي صف من أصل { $count }.
    [one] يلزم تصحيح صف واحد من أصل { $count } قبل إرسال أي دعوة. صحّحه في القائمة أدناه ثم تحقّق منها مرة أخرى.
    [two] يلزم تصحيح صفين من أصل { $count } قبل إرسال أي دعوة. صحّحهما في القائمة أدناه ثم تحقّق منها مرة أخرى.
    [few] يلزم تصحيح { $refused } صفوف من أصل { $count } قبل إرسال أي دعوة. صحّحها في القائمة أدناه ثم تحقّق منها مرة أخرى.
    [many] يلزم تصحيح { $refused } صفًا من أصل { $count } قبل إرسال أي دعوة. صحّحها في القائمة أدناه ثم تحقّق منها مرة أخرى.
   *[other] يلزم تصحيح { $refused } صف من أصل { $count } قبل إرسال أي دعوة. صحّحها في القائمة أدناه ثم تحقّق منها مرة أخرى.
}
# $count: rows in the list.
admin-bulk-ready = { $count ->
    [zero] لا يوجد في القائمة أي شخص لدعوته.
    [one] يمكن الآن دعوة الشخص المدرج في القائمة.
    [two] يمكن الآن دعوة الشخصين المدرجين في القائمة.
    [few] يمكن الآن دعوة جميع الأشخاص المدرجين في القائمة، وعددهم { $count }.
    [many] يمكن الآن دعوة جميع الأشخاص المدرجين في القائمة، وعددهم { $count }.
   *[other] يمكن الآن دعوة جميع الأشخاص المدرجين في القائمة، وعددهم { $count }.
}
admin-bulk-line = السطر
admin-bulk-problems = المشكلات
admin-bulk-row-ok = جاهز
# $field: the column at fault.
admin-bulk-field = { $field ->
    [name] الاسم
    [email] البريد الإلكتروني
    [role] الدور
    [member_state] الدولة العضو
    [nationality] الجنسية
   *[other] { $field }
}
admin-bulk-list = الصق القائمة
admin-bulk-list-hint = شخص واحد في كل سطر: الاسم، والبريد الإلكتروني، والدور، والدولة العضو، والجنسية، مع الفصل بينها بفواصل أو فواصل منقوطة أو علامات جدولة (تصلح لذلك الخلايا المنسوخة من جدول بيانات). ويمكن اعتماد ترتيب آخر للأعمدة بإضافة سطر أول يتضمن أسماءها باللغة الإنجليزية (name, email, role, member_state, nationality). الأدوار: تُكتب باللغة الإنجليزية كما هي تمامًا: «focal point» أو «juror» أو «secretariat». الدول الأعضاء: باسمها الإنجليزي أو برمزها، مثل Kenya أو KEN.
admin-bulk-file = أو اختر ملف CSV
admin-bulk-check = التحقق من القائمة
# $count: people to invite.
admin-bulk-send = { $count ->
    [zero] إرسال الدعوات
    [one] إرسال دعوة واحدة
    [two] إرسال دعوتين
    [few] إرسال { $count } دعوات
    [many] إرسال { $count } دعوة
   *[other] إرسال { $count } دعوة
}
admin-invitations-title = الدعوات المرسلة
admin-invitations-filter = الدعوات حسب الحالة
# $done: resent or revoked; $email: the address.
admin-invitations-done = { $done ->
    [resent] يجري إرسال رابط جديد إلى { $email }؛ ولم يعد الرابط السابق صالحًا.
   *[revoked] أُلغيت الدعوة الموجّهة إلى { $email }؛ ولم يعد رابطها صالحًا.
}
# $status: pending, accepted, expired or revoked.
admin-invitation-status = { $status ->
    [pending] قيد الانتظار
    [accepted] مقبولة
    [expired] منتهية الصلاحية
   *[revoked] ملغاة
}
admin-invitations-none = لا توجد دعوات لعرضها.
admin-invitations-sent = تاريخ الإرسال
admin-invitations-resend = إعادة الإرسال
admin-invitations-resend-to = إعادة الإرسال إلى { $email }
admin-invitations-revoke = إلغاء
admin-invitations-revoke-to = إلغاء الدعوة الموجّهة إلى { $email }
admin-invitations-more = دعوات أقدم
admin-bulk-to-correct = الصفوف التي يلزم تصحيحها
# $count: rows in the list.
admin-bulk-all-rows = { $count ->
    [zero] لا صفوف في القائمة
    [one] صف القائمة الوحيد
    [two] صفّا القائمة
    [few] صفوف القائمة الـ { $count } كلها
    [many] صفوف القائمة الـ { $count } كلها
   *[other] صفوف القائمة الـ { $count } كلها
}

## Setting up a cycle: /admin/cycles/new, /admin/cycles/{id}/edit and its preview.
admin-cycles-set-up = الإعداد
admin-cycles-new = إعداد دورة جديدة
setup-title-new = إعداد دورة جديدة
# $cycle: the cycle's name, e.g. "UN Public Service Awards 2028".
setup-title-edit = إعداد دورة { $cycle }
setup-copy-heading = الانطلاق من دورة سابقة
setup-copy-intro = يُنسخ كل شيء: الفئات والأسئلة والمراحل والمعايير والإعدادات، مع نقل كل تاريخ إلى العام الجديد كنقطة انطلاق. وتُحفظ النسخة كمسودة يمكنك تعديلها بعد ذلك.
setup-copy-none = لا توجد بعدُ أي دورة يمكن النسخ منها.
setup-copy-from = الدورة المراد نسخها
setup-copy-year = عام الدورة الجديدة
setup-copy = النسخ إلى مسودة جديدة
setup-copy-choose = اختر الدورة المراد نسخها.
setup-scratch-heading = أو البدء من الصفر
setup-save = حفظ
setup-create = إنشاء الدورة كمسودة
setup-preview = معاينة استمارة الترشيح ومعايير التقييم
setup-download = تنزيل تعريف الدورة (TOML)
setup-notice-saved = تم الحفظ. وتُعرض التغييرات أدناه.
setup-notice-created = أُنشئت الدورة كمسودة. وتظل مسودةً غير ظاهرة للجمهور إلى أن يُفتح باب الترشيح.
setup-notice-copied = أُنشئت النسخة كمسودة. تحقّق من تواريخها قبل فتح باب الترشيح.
# $count: how many problems.
setup-problems = { $count ->
    [zero] لا توجد أي مشكلة تحول دون الحفظ.
    [one] تحول مشكلة واحدة دون الحفظ. وهي مبيّنة بجانب الحقل المعني؛ ولم يضِع شيء مما كتبته.
    [two] تحول مشكلتان دون الحفظ. وكلٌّ منهما مبيّنة بجانب الحقل المعني؛ ولم يضِع شيء مما كتبته.
    [few] تحول { $count } مشكلات دون الحفظ. وكلٌّ منها مبيّنة بجانب الحقل المعني؛ ولم يضِع شيء مما كتبته.
    [many] تحول { $count } مشكلةً دون الحفظ. وكلٌّ منها مبيّنة بجانب الحقل المعني؛ ولم يضِع شيء مما كتبته.
   *[other] تحول { $count } مشكلة دون الحفظ. وكلٌّ منها مبيّنة بجانب الحقل المعني؛ ولم يضِع شيء مما كتبته.
}
# $phase: open, reviewing, decided or published.
setup-fixed-explained = { $phase ->
    [open] فُتح باب الترشيح وتعتمد جهات التنسيق على هذه الإعدادات، ولذا لا يمكن تغيير إلا الموعد النهائي (بتأجيله فقط) وصياغة الأسماء والتسميات ونصوص المساعدة. ويُعرض كل ما عدا ذلك على حاله.
   *[other] أُغلق باب الترشيح، ولذا لا يمكن تغيير إلا صياغة الأسماء والتسميات ونصوص المساعدة. ويُعرض كل ما عدا ذلك على حاله.
}
setup-general = الدورة
setup-programme = البرنامج
setup-year = العام
setup-default-language = اللغة التي كُتب بها التعريف
setup-languages = اللغات التي تُتاح بها الدورة
setup-languages-hint = يُطلب عندئذٍ كل اسم وكل تسمية وكل نص مساعدة بكل لغة من هذه اللغات. ولتطبيق أي تغيير، اضغط «حفظ».
setup-time-zone = المنطقة الزمنية
setup-time-zone-hint = بالاسم الوارد في قاعدة بيانات IANA، مثل America/New_York أو Africa/Nairobi. والتواريخ الواردة أدناه محسوبة بتوقيت هذه المنطقة.
setup-opens-at = فتح باب الترشيح
setup-closes-at = إغلاق باب الترشيح
setup-publish-at = نشر النتائج
setup-max-attachments = الحد الأقصى لعدد المستندات الداعمة لكل ترشيح
setup-min-attachments = الحد الأدنى لعدد المستندات الداعمة لكل ترشيح
setup-categories = الفئات
# $n: the category's place in the list.
setup-category = الفئة { $n }
setup-key = المفتاح
setup-key-hint = أحرف لاتينية صغيرة وأرقام وشَرطات، مثل digital-transformation. ويُستخدم في عمليات التصدير وفي واجهة برمجة التطبيقات.
setup-name = الاسم
setup-description = الوصف
setup-max-per-state = عدد الترشيحات لكل دولة عضو
setup-winners = الفائزون
setup-champions = الأبطال (الوصفاء)
setup-per-region = يُختار الفائزون حسب المنطقة
setup-yes = نعم
setup-no = لا
setup-add-category = إضافة فئة
setup-questions = أسئلة استمارة الترشيح
setup-questions-hint = يُطلب دائمًا العنوان والمؤسسة والملخص؛ وتليها هذه الأسئلة.
# $n: the question's place in the form.
setup-question = السؤال { $n }
setup-label = التسمية
setup-help = نص المساعدة
setup-kind = نوع الإجابة
# $kind: text, long_text, number, url, date or choice.
setup-kind-option = { $kind ->
    [text] نص قصير
    [long_text] نص طويل
    [number] عدد
    [url] عنوان موقع شبكي
    [date] تاريخ
   *[choice] خيار واحد من قائمة
}
setup-max-length = الحد الأقصى لطول الإجابة، بعدد الأحرف
setup-max-length-hint = اتركه فارغًا لتطبيق الحد المعتاد.
setup-required = الإجابة مطلوبة
setup-public = تُنشر مع الفائزين
setup-identifying = قد تكشف هوية الدولة العضو: تُحجب عن المحكّمين في المراحل التي تُجرى دون كشف الهوية
setup-choices = الخيارات
# $n: the choice's place in the list.
setup-choice = الخيار { $n }
setup-add-choice = إضافة خيار
setup-add-question = إضافة سؤال
setup-stages = المراحل
# $n: the stage's place in the order of review.
setup-stage = المرحلة { $n }
setup-stage-kind = نوع المرحلة
# $kind: screening, scoring or public_vote.
setup-stage-kind-option = { $kind ->
    [screening] الفرز الأولي من قِبل الأمانة
    [scoring] التقييم بالدرجات من قِبل المحكّمين
   *[public_vote] التصويت العام
}
setup-reviewers = عدد المحكّمين لكل ترشيح
setup-due-at = الموعد النهائي لتقديم التقييمات
setup-blind = دون كشف الهوية: لا يرى المحكّمون الدولة العضو التي قدّمت الترشيح
setup-aggregation = طريقة الجمع بين درجات المحكّمين
# $aggregation: mean, zscore or trimmed_mean.
setup-aggregation-option = { $aggregation ->
    [mean] المتوسط
    [zscore] المتوسط بعد موازنة درجة تشدّد كل محكّم (الدرجات المعيارية z)
   *[trimmed_mean] المتوسط دون أعلى درجة وأدناها
}
setup-spread = الإشارة إلى التباين بين المحكّمين إذا تجاوز هذا الحد (من أصل 100)
setup-rule = الترشيحات التي تنتقل إلى المرحلة التالية
# $rule: top_n, min_score or manual.
setup-rule-option = { $rule ->
    [top_n] الأفضل، في حدود عدد معيّن
    [min_score] كل ما يبلغ درجة معيّنة أو يتجاوزها
   *[manual] تقرّر الأمانة
}
setup-top = عدد الترشيحات المتأهلة
setup-score = أدنى درجة للتأهل (من أصل 100)
setup-criteria = المعايير
# $n: the criterion's place; $stage: its stage's place.
setup-criterion = المعيار { $n } من المرحلة { $stage }
setup-guidance = إرشادات للمحكّمين
setup-weight = الوزن
setup-min = أدنى درجة
setup-max = أعلى درجة
setup-levels = دلالة نقاط السلّم
setup-levels-hint = اختياري. يطّلع المحكّمون على هذه الأوصاف بجانب الدرجة التي يمنحونها.
# $n: the described point's place in the list.
setup-level = النقطة الموصوفة { $n }
setup-level-score = الدرجة
setup-level-label = الدلالة
setup-add-level = وصف نقطة من السلّم
setup-add-criterion = إضافة معيار
setup-add-stage = إضافة مرحلة
setup-up = نقل إلى الأعلى
setup-down = نقل إلى الأسفل
setup-remove = إزالة
setup-needed = يُرجى ملء هذا الحقل.
setup-not-whole = اكتب عددًا صحيحًا، مثل 3.
setup-not-number = اكتب عددًا، مثل 7.5.
setup-not-date = اختر تاريخًا ووقتًا.
setup-changes = التغييرات التي أُدخلت عند آخر حفظ
# $who: who saved; $when: when, in the cycle's time zone.
setup-changes-by = حفظ { $who } التغييرات في { $when }.
setup-changes-none = لم يُدخل آخر حفظ أي تغيير.
setup-added = أُضيف:
setup-removed = حُذف:
setup-preview-title = معاينة.
setup-preview-intro = كل استمارة كما سيراها من يملؤونها. ولا يمكن إرسال أي شيء من هنا.
setup-preview-nothing-sent = هذه معاينة: لا يمكن إرسال أي شيء منها.
# $stage: the stage's name.
setup-preview-rubric = معايير التقييم: { $stage }

## A clarification's answer, and what the focal point changed with it.
admin-clarification-answer = إجابة جهة التنسيق:
admin-clarification-changes = التعديلات التي أُدخلت (النص المحذوف مشطوب، والنص المضاف مميَّز):
admin-clarification-unchanged = لم يُدخَل أي تعديل آخر على الترشيح.
admin-clarification-waiting = لم تَرِد إجابة بعد.

## Passages withheld from jurors in blind stages.
admin-redaction-title = مقاطع محجوبة عن المحكّمين في المراحل التي تُجرى دون كشف الهوية
admin-redaction-hint = يمكن حجب اسم أو أي تفصيل آخر يكشف هوية الدولة العضو عن المحكّمين في المراحل التي تُجرى دون كشف الهوية: الصق المقطع تمامًا كما يرد في النص. ولا تُعدَّل الإجابة نفسها؛ إذ تظل تطّلع عليها أنت والمحكّمون في المراحل الأخرى بالصيغة التي كُتبت بها، ويُقيَّد كل تغيير في سجل التدقيق.
admin-redaction-field = الحقل
admin-redaction-passage = المقطع المراد حجبه
admin-redaction-add = حجب المقطع
admin-redaction-remove = إعادة إظهاره
admin-redaction-notice-added = حُجب المقطع عن المحكّمين في المراحل التي تُجرى دون كشف الهوية.
admin-redaction-notice-removed = أصبح المقطع ظاهرًا للمحكّمين مجددًا.
