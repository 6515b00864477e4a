# Why something was refused, as the reader is told beside a field or at the top of a
# page. Most begin in lower case: they follow a field's name or are joined to others,
# and the page capitalises the first letter where a sentence starts.

## A focal point's nomination.
# $closes: the deadline as a date and time.
refusal-deadline-passed = أُغلق باب الترشيح لهذه الدورة في { $closes }؛ ولم تعد تُقبل أي تعديلات
refusal-not-open-yet = لم يُفتح باب الترشيح لهذه الدورة بعد؛ وسيُفتح في { $opens }
# $state: the member state's name; $max: how many nominations it may submit.
refusal-quota-exceeded = { $max ->
    [zero] لا يُسمح بتقديم أي ترشيح عن { $state } في هذه الفئة
    [one] بلغ عدد الترشيحات المقدَّمة عن { $state } في هذه الفئة الحد الأقصى المسموح به، وهو ترشيح واحد
    [two] بلغ عدد الترشيحات المقدَّمة عن { $state } في هذه الفئة الحد الأقصى المسموح به، وهو ترشيحان
    [few] بلغ عدد الترشيحات المقدَّمة عن { $state } في هذه الفئة الحد الأقصى المسموح به، وهو { $max } ترشيحات
    [many] بلغ عدد الترشيحات المقدَّمة عن { $state } في هذه الفئة الحد الأقصى المسموح به، وهو { $max } ترشيحًا
   *[other] بلغ عدد الترشيحات المقدَّمة عن { $state } في هذه الفئة الحد الأقصى المسموح به، وهو { $max } ترشيح
}
# $status and $action are words the program uses: choose the sentence by them.
refusal-invalid-state = لا يمكن { $action ->
    [edit] تعديل
    [submit] تقديم
   *[withdraw] سحب
} ترشيح { $status ->
    [draft] لا يزال مسودة
    [submitted] سبق تقديمه
    [clarification_requested] في انتظار الإيضاحات
    [in_review] قيد التقييم
    [finalist] بلغ القائمة النهائية
    [winner] فائز
    [champion] حائز لقب البطل
    [withdrawn] مسحوب
    [ineligible] غير مستوفٍ لشروط الأهلية
   *[eliminated] لم يتأهّل
}
refusal-clarification-overdue = كان الموعد النهائي لتقديم الإيضاحات { $due }؛ ولم يعد بإمكان الأمانة قبول أي تعديلات
refusal-screen-awaiting-answer = هذا الترشيح في انتظار إجابة جهة التنسيق؛ ويمكن فرزه بمجرد ورود الإجابة
refusal-question-pending = ثمة سؤال لا يزال في انتظار إجابة جهة التنسيق
refusal-screen-not-in-review = لا يمكن فرز إلا الترشيحات الموجودة في مرحلة فرز مفتوحة
refusal-publish-not-decided = يمكن نشر النتائج بعد أن تُحسم الجوائز في المرحلة الأخيرة
refusal-no-question = لا يوجد سؤال من الأمانة في انتظار الإجابة

## An answer that does not fit its question.
refusal-too-long = الحد الأقصى لعدد الأحرف: { $limit }؛ وعدد أحرف هذه الإجابة: { $length }
refusal-number = قيمة عددية، مثل 250000 أو 12.5
refusal-url = عنوان ويب يبدأ بـ https://
# $first and $last are years.
refusal-date = تاريخ بالصيغة YYYY-MM-DD يقع بين عامي { $first } و{ $last }، مثل 2021-03-01
# $choices: the allowed answers, separated by semicolons.
refusal-choice = إحدى الإجابات التالية: { $choices }

## Text that cannot be kept as typed.
# $code: the character's code point, such as U+0007.
refusal-control-character = يتضمن حرف التحكم { $code }، ولا يجوز أن يتضمن النص هذا الحرف؛ يُرجى حذفه وإعادة الإرسال
refusal-line-breaks = سطر واحد، دون فواصل أسطر
refusal-direction-override = يتضمن حرفًا لفرض اتجاه الكتابة (من U+202A إلى U+202E أو من U+2066 إلى U+2069)، وقد يجعل ذلك النص يظهر على غير ما كُتب عليه؛ يُرجى حذفه

## Accounts.
refusal-email = «{ $email }» ليس عنوان بريد إلكتروني صحيحًا
refusal-password-short = يجب ألا يقل عدد أحرف كلمة المرور عن { $min }
refusal-password-long = يجب ألا يزيد عدد أحرف كلمة المرور على { $max }
refusal-password-personal = يجب ألا تتضمن كلمة المرور اسمك أو عنوان بريدك الإلكتروني
refusal-password-guessable = كلمة المرور هذه من بين أكثر كلمات المرور شيوعًا أو يسهل تخمينها من اسمك أو عنوانك؛ جرّب بضع كلمات لا رابط بينها

## Attachments.
# $size and $limit in bytes; $megabytes: the limit written as, e.g., "10.0 MiB".
refusal-file-too-large = حجم الملف { $size } بايت؛ والحد الأقصى المقبول { $limit } بايت ({ $megabytes })
refusal-file-type = هذا الملف ليس بصيغة PDF أو PNG أو JPEG (أيًا كان اسمه)؛ يُرجى حفظه بإحدى هذه الصيغ ثم إرفاقه مرة أخرى

## Refusals any page or request may meet.
# $thing is a word the program uses for what was asked for.
refusal-not-found = { $thing ->
    [nomination] الترشيح غير موجود
    [cycle] الدورة غير موجودة
    [stage] المرحلة غير موجودة
    [assignment] الإسناد غير موجود
    [attachment] المرفق غير موجود
    [category] الفئة غير موجودة
    [email] الرسالة غير موجودة
    [initiative] المبادرة غير موجودة
    [person] الشخص غير موجود
    [scoring-stage] مرحلة التقييم بالدرجات غير موجودة
    [member-state] الدولة العضو غير موجودة
   *[other] العنصر المطلوب غير موجود
}
refusal-sign-in = سجّل الدخول للمتابعة
refusal-wrong-credentials = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحين
# $current: the version number the thing is at now.
refusal-version-mismatch = عدّل شخص آخر هذا العنصر منذ أن حمّلته (وهو الآن في النسخة { $current })؛ يُرجى إعادة تحميله ثم إجراء التعديل مرة أخرى
refusal-rate-limited = { $minutes ->
    [zero] محاولات فاشلة كثيرة جدًا؛ حاول مرة أخرى الآن
    [one] محاولات فاشلة كثيرة جدًا؛ حاول مرة أخرى بعد دقيقة واحدة
    [two] محاولات فاشلة كثيرة جدًا؛ حاول مرة أخرى بعد دقيقتين
    [few] محاولات فاشلة كثيرة جدًا؛ حاول مرة أخرى بعد { $minutes } دقائق
    [many] محاولات فاشلة كثيرة جدًا؛ حاول مرة أخرى بعد { $minutes } دقيقة
   *[other] محاولات فاشلة كثيرة جدًا؛ حاول مرة أخرى بعد { $minutes } دقيقة
}
refusal-fields = { $count ->
    [zero] لا توجد حقول يلزم تصحيحها
    [one] يلزم تصحيح حقل واحد
    [two] يلزم تصحيح حقلين
    [few] يلزم تصحيح { $count } حقول
    [many] يلزم تصحيح { $count } حقلًا
   *[other] يلزم تصحيح { $count } حقل
}
refusal-idempotency-in-progress = لا يزال طلب يحمل مفتاح Idempotency-Key هذا قيد المعالجة؛ أعد المحاولة بعد لحظات
refusal-idempotency-reused = سبق استخدام مفتاح Idempotency-Key هذا لطلب مختلف؛ استخدم مفتاحًا جديدًا لكل طلب جديد

## Invitation links.
refusal-link-unknown = هذا الرابط غير صالح. تأكّد من أنك فتحت الرابط كاملًا كما ورد في رسالة البريد الإلكتروني.
refusal-link-expired = انتهت صلاحية هذا الرابط. يُرجى أن تطلب من الأمانة دعوة جديدة.
refusal-link-used = سبق استخدام هذا الرابط. سجّل الدخول بكلمة المرور التي اخترتها.

## Reviewing.
# $stage: the stage's name; $status: pending, active or closed.
refusal-stage-not-active = المرحلة «{ $stage }» { $status ->
    [pending] لم تبدأ بعد
    [active] جارية
   *[closed] مغلقة
}؛ ولا يعمل المحكّمون إلا في المرحلة الجارية
# $kind: screening, scoring or public_vote.
refusal-stage-not-scoring = المرحلة «{ $stage }» هي { $kind ->
    [screening] مرحلة فرز أولي
    [scoring] مرحلة تقييم بالدرجات
   *[public_vote] مرحلة تصويت عام
}؛ ولا يُسند المحكّمون إلا إلى مراحل التقييم بالدرجات
# $at: when it was submitted.
refusal-review-submitted = قُدِّم هذا التقييم في { $at }؛ ويمكن الاطلاع عليه، ولكن لم يعد من الممكن تعديله
refusal-recused = جرى التنحّي عن هذا الإسناد؛ ولم يعد من الممكن منح درجات في إطاره
refusal-reviewer-same-state = المحكّم من مواطني الدولة العضو التي قدّمت الترشيح
refusal-reviewer-conflict-state = أعلن المحكّم عن تضارب في المصالح مع الدولة العضو التي قدّمت الترشيح
refusal-reviewer-conflict-nomination = أعلن المحكّم عن تضارب في المصالح بشأن هذا الترشيح
refusal-reviewer-already-assigned = هذا الترشيح مُسند بالفعل إلى المحكّم، أو سبق أن تنحّى المحكّم عنه

## The secretariat's work.
# $status: pending or sent.
refusal-email-not-failed = لا يمكن إعادة إرسال إلا الرسالة التي تعذّر إرسالها؛ وهذه الرسالة { $status ->
    [pending] في انتظار الإرسال
    [sent] أُرسلت بالفعل
   *[other] حالتها { $status }
}

## Fields of forms and requests.
refusal-datetime = تاريخ ووقت، مثل 2027-06-23T14:00
refusal-whole-number = عدد صحيح
refusal-day = تاريخ بالصيغة YYYY-MM-DD
refusal-score-number = قيمة عددية، مثل 7 أو 7.5
refusal-multipart-file = أرسل المستند في الحقل 'file' من طلب multipart
refusal-override-nomination = ليس ترشيحًا من ترشيحات هذه المرحلة
refusal-override-rationale = يتطلب تعديل القرار مسوّغات مكتوبة
refusal-no-such-question = لا يتضمن هذا النموذج سؤالًا كهذا
refusal-required = مطلوب قبل تقديم الترشيح
refusal-attachments-required = { $count ->
    [zero] يمكن تقديم الترشيح دون إرفاق مستندات داعمة
    [one] أرفق مستندًا داعمًا واحدًا على الأقل قبل تقديم الترشيح
    [two] أرفق مستندين داعمين على الأقل قبل تقديم الترشيح
    [few] أرفق { $count } مستندات داعمة على الأقل قبل تقديم الترشيح
    [many] أرفق { $count } مستندًا داعمًا على الأقل قبل تقديم الترشيح
   *[other] أرفق { $count } مستند داعم على الأقل قبل تقديم الترشيح
}
# $key: the category as it was sent.
refusal-category-unknown = «{ $key }» ليست من فئات هذه الدورة
refusal-category-choose = اختر الفئة
refusal-category-fixed = لا يمكن نقل الترشيح إلى فئة أخرى؛ اسحبه وابدأ ترشيحًا جديدًا
# $check: an item of the screening checklist.
refusal-check-answer = أجب عن البند «{ $check }»
refusal-no-such-check = لا تتضمن قائمة التحقق هذه بندًا كهذا
refusal-question-empty = اكتب السؤال الذي ينبغي أن تجيب عنه جهات التنسيق
refusal-due-future = موعد نهائي لم يحن بعد
refusal-at-least-one = واحد على الأقل
refusal-assign-nomination = لا يوجد في هذه المرحلة ترشيح بهذا المعرّف (ربما استُبعد)
refusal-assign-reviewer = لا يوجد محكّم نشط بهذا المعرّف
refusal-no-such-criterion = لا تتضمن معايير التقييم هذه معيارًا كهذا
refusal-score-range = درجة من { $min } إلى { $max }
refusal-comment-long = الحد الأقصى لعدد الأحرف: { $limit }
refusal-cycle-exists = توجد بالفعل دورة لعام { $year } من { $programme }
refusal-name-required = الاسم مطلوب
refusal-account-exists = يوجد بالفعل حساب بالعنوان { $email }
refusal-nominator-state = تعمل جهة التنسيق باسم دولة عضو واحدة؛ يُرجى تحديدها
refusal-state-nominators-only = لا تُربط بدولة عضو إلا جهات التنسيق
# $code: three letters, as typed.
refusal-not-member-state = { $code } ليست دولة عضوًا في الأمم المتحدة
refusal-state-choose = اختر الدولة العضو
refusal-conflict-reason = اذكر السبب بإيجاز، لتقييده في سجلات الأمانة
refusal-has-account = للعنوان { $email } حساب بالفعل
refusal-name-enter = يُرجى إدخال اسمك كما يعرفه زملاؤك
refusal-has-account-sign-in = للعنوان { $email } حساب بالفعل؛ سجّل الدخول بدلًا من ذلك
refusal-state-code = «{ $code }» ليس رمزًا وفق المعيار ISO 3166-1 alpha-3، مثل FRA أو KEN
refusal-language = اختر إحدى اللغات الست المتاحة

## What still stands in the way of closing a stage.
refusal-cannot-advance = لا يمكن الانتقال إلى المرحلة التالية بعد: { $why }
# $title: a nomination's title.
unsettled-not-screened = لم يُفرز الترشيح «{ $title }» بعد
unsettled-clarification = الترشيح «{ $title }» في انتظار إيضاحات جهات التنسيق
unsettled-no-review = لم يُقدَّم أي تقييم للترشيح «{ $title }»: قرّر نتيجته بتعديل القرار أو انتظر تقديم تقييماته
unsettled-screening-last = لا يجوز أن تنتهي الدورة بمرحلة الفرز الأولي
# $nominations: a list of nomination ids.
unsettled-need-outcome = { $count ->
    [zero] لا توجد ترشيحات تحتاج إلى نتيجة مشفوعة بمسوّغات: { $nominations }
    [one] لا يزال ترشيح واحد بحاجة إلى نتيجة مشفوعة بمسوّغات: { $nominations }
    [two] لا يزال ترشيحان بحاجة إلى نتيجة مشفوعة بمسوّغات: { $nominations }
    [few] لا تزال { $count } ترشيحات بحاجة إلى نتيجة مشفوعة بمسوّغات: { $nominations }
    [many] لا يزال { $count } ترشيحًا بحاجة إلى نتيجة مشفوعة بمسوّغات: { $nominations }
   *[other] لا يزال { $count } ترشيح بحاجة إلى نتيجة مشفوعة بمسوّغات: { $nominations }
}
unsettled-tie = تعادل في المرتبة { $rank }: { $nominations }
# $nomination: a nomination's id.
refusal-override-not-in-group = الترشيح { $nomination } ليس ضمن مجموعة الترتيب هذه
refusal-override-twice = للترشيح { $nomination } أكثر من تعديل واحد للقرار
refusal-override-no-rationale = يتطلب تعديل القرار بشأن الترشيح { $nomination } مسوّغات مكتوبة
# A nomination left with fewer reviewers than the stage wants. $reason: none (nobody
# may review it), few ($eligible may), or load (all who may are at their maximum).
shortfall = { $wanted ->
    [zero] ينقص { $missing } من المحكّمين المطلوبين
    [one] ينقص المحكّم الوحيد المطلوب
    [two] ينقص { $missing } من أصل محكّمَين مطلوبَين
    [few] ينقص { $missing } من أصل { $wanted } محكّمين مطلوبين
    [many] ينقص { $missing } من أصل { $wanted } محكّمًا مطلوبًا
   *[other] ينقص { $missing } من أصل { $wanted } محكّم مطلوب
}: { $reason ->
    [none] لا يجوز لأي من المحكّمين المتاحين تقييم هذا الترشيح
    [few] { $eligible ->
        [zero] لا يجوز لأي من المحكّمين المتاحين تقييم هذا الترشيح
        [one] لا يجوز أن يقيّم هذا الترشيح سوى محكّم واحد من المحكّمين المتاحين
        [two] لا يجوز أن يقيّم هذا الترشيح سوى محكّمَين اثنين من المحكّمين المتاحين
        [few] لا يجوز أن يقيّم هذا الترشيح سوى { $eligible } محكّمين من المحكّمين المتاحين
        [many] لا يجوز أن يقيّم هذا الترشيح سوى { $eligible } محكّمًا من المحكّمين المتاحين
       *[other] لا يجوز أن يقيّم هذا الترشيح سوى { $eligible } محكّم من المحكّمين المتاحين
    }
   *[load] بلغ جميع المحكّمين الذين يجوز لهم تقييم هذا الترشيح الحدَّ الأقصى لعدد الترشيحات المسندة إليهم
}
refusal-programme-fixed = يظل برنامج الدورة وعامها كما حُدِّدا عند إنشائها؛ استورد دورة جديدة بدلًا من ذلك
# A label of a cycle definition without words in one of the cycle's languages.
# $language: the language's name in itself; $code: its two letters.
refusal-label-missing = لا يوجد نص باللغة { $language } ({ $code })

## Problems with a cycle definition (importing or editing a cycle). Field names,
## keys and words such as "choice" or "max_attachments" are the definition's own:
## keep them as they are.
definition-toml = ليس بصيغة TOML صحيحة: { $error }
# $known: the fields this part of a definition may have.
definition-unknown-field = الحقل «{ $field }» غير معروف؛ والمتوقع أحد الحقول التالية: { $known }
definition-programme = اذكر اسم البرنامج، مثل «جائزة الأمم المتحدة للخدمة العامة»
definition-year = سنة بين عامي 2000 و2100
definition-time-zone = «{ $zone }» ليس اسم منطقة زمنية من مناطق IANA؛ هل تقصد { $suggestions }؟
# $zone: what was typed, with no near IANA name.
definition-time-zone-unknown = «{ $zone }» ليس اسم منطقة زمنية من مناطق IANA، مثل Europe/Zurich أو America/New_York
definition-closes = يجب أن يُغلق باب الترشيح بعد فتحه
definition-publish = يجب أن تُنشر النتائج بعد إغلاق باب الترشيح
definition-max-attachments = عدد من 0 إلى 20
definition-min-attachments = عدد من 0 إلى max_attachments
definition-no-category = يجب أن تتضمن الدورة فئة واحدة على الأقل
definition-name = الاسم مطلوب
definition-zero-or-more = 0 أو أكثر
definition-label = التسمية مطلوبة
# $word: what was written; $known: the words allowed.
definition-not-one-of = «{ $word }» ليس من القيم المسموح بها: { $known }
definition-max-length = عدد الأحرف من 1 إلى { $most }
definition-choices-needed = يجب أن يتضمن السؤال من نوع «choice» قائمة بخياراته
definition-two-choices = خياران على الأقل
definition-choices-only = لا تكون الخيارات إلا للأسئلة من نوع «choice»
definition-no-stage = يجب أن تتضمن الدورة مرحلة تقييم واحدة على الأقل
definition-last-stage = المرحلة الأخيرة هي التي تُرتَّب فيها الترشيحات لتحديد الفائزين، ولذا يجب أن تكون مرحلة تقييم بالدرجات
definition-no-criterion = يجب أن تتضمن المرحلة معيارًا واحدًا على الأقل
definition-reviewers = عدد من 1 إلى 20
definition-reviewers-needed = يجب أن تحدد مرحلة التقييم بالدرجات عدد المحكّمين الذين يقيّمون كل ترشيح
definition-spread = قيمة تباين من 0 إلى 100
definition-score = درجة من 0 إلى 100
definition-due = يجب أن يحين موعد تقديم التقييمات بعد إغلاق باب الترشيح
definition-weight = يجب أن يكون الوزن أكبر من صفر
definition-scale = يجب أن تكون القيمة القصوى للسلّم أكبر من قيمته الدنيا
definition-key = «{ $key }» ليس مفتاحًا صالحًا: يتكون المفتاح من أحرف لاتينية صغيرة وأرقام والرمزين '-' و'_'، ويبدأ بحرف
definition-key-twice = المفتاح «{ $key }» مستخدم مرتين
# $value: what was sent; $allowed: the words that may be, separated by commas.
refusal-unknown-word = «{ $value }» ليست من القيم المقبولة: { $allowed }

## Invitations managed by the secretariat.
refusal-link-revoked = سُحبت هذه الدعوة أو استُعيض عنها بدعوة أحدث. يُرجى استخدام أحدث رسالة دعوة وصلتك بالبريد الإلكتروني، أو أن تطلب من الأمانة دعوة جديدة.
refusal-invitation-accepted = قُبلت هذه الدعوة: لدى الشخص المعني حساب. ولإنهاء وصوله، عطِّل الحساب.
refusal-invitation-revoked = أُلغيت هذه الدعوة. أرسل دعوة جديدة بدلًا منها.
refusal-own-account-active = لا يمكنك تعطيل حسابك أو إعادة تفعيله بنفسك؛ اطلب ذلك من مسؤول إداري آخر.
refusal-bulk-empty = القائمة لا تتضمن أي شخص.
# $count: how many people the list has; $limit: the most one list may hold.
refusal-bulk-too-many = عدد الأشخاص في القائمة: { $count }؛ والحد الأقصى لعدد من يمكن دعوتهم بقائمة واحدة: { $limit }. يُرجى تقسيمها إلى عدة قوائم.
# $email: an address that appears earlier in the same list.
refusal-bulk-repeated = العنوان { $email } وارد في موضع سابق من هذه القائمة
# $line: the line of the pasted text or file.
refusal-bulk-unreadable = تتعذّر قراءة السطر { $line } بصيغة CSV: تحقّق من علامات الاقتباس فيه.

## Editing a cycle once nominations have opened.
# $field: the definition path that cannot change, e.g. categories[0].max_per_state; $phase: open, reviewing, decided or published.
refusal-cycle-field-fixed = لم يعد من الممكن تغيير «{ $field }»: فهذه الدورة { $phase ->
    [open] مفتوحة لتلقي الترشيحات
    [reviewing] قيد الاستعراض
    [decided] صدرت قراراتها
   *[published] منشورة
}، والترشيحات تستند إلى إعداداتها. { $phase ->
    [open] ما دامت مفتوحة، يمكن تأجيل الموعد النهائي، ويمكن إعادة صياغة التسميات ونصوص المساعدة.
   *[other] لا يزال من الممكن إعادة صياغة التسميات ونصوص المساعدة.
}
# $year: the year asked for.
refusal-copy-year = لا يمكن عقد دورة في عام { $year }؛ اذكر عامًا مثل 2028

# $min, $max: the criterion's scale.
definition-level-score = نقطة على السلّم، من { $min } إلى { $max }
definition-level-repeated = هذه النقطة من السلّم موصوفة بالفعل
refusal-file-over-limit = حجم الملف يتجاوز الحد الأقصى المقبول ({ $megabytes })؛ يُرجى تصغيره (بحفظ ملف PDF بجودة مناسبة للقراءة على الشاشة، أو حفظ الصورة بدقة أقل) ثم إرفاقه مرة أخرى
refusal-answer-empty = اكتب إجابة عن السؤال قبل إرسالها
refusal-redaction-field = اختر العنوان أو الملخص أو إحدى الإجابات
refusal-redaction-empty = الصق المقطع المراد حجبه
refusal-redaction-not-found = هذا المقطع غير وارد في ذلك الحقل؛ الصقه تمامًا كما هو مكتوب فيه

## The public vote's rules in a definition
definition-vote-only = لا تكون فترة التصويت وقواعد ورقة الاقتراع إلا للتصويت العام (kind = "public_vote")
definition-vote-opens = يبدأ التصويت بعد إغلاق باب الترشيح
definition-vote-closes = ينتهي التصويت قبل نشر النتائج
definition-vote-window = يحتاج التصويت العام إلى فترته: opens_at وcloses_at
definition-vote-top-n = يُصعِّد التصويت العام الترشيحات الحاصلة على أكثر الأصوات في كل فئة: استخدم rule = "top_n"
definition-vote-no-criteria = في التصويت العام مصوّتون لا محكّمون: احذف criteria وreviewers_per_nomination
definition-vote-no-due = ينتهي التصويت العام عند closes_at الخاص به: احذف due_at
definition-vote-first = يأتي التصويت العام بعد الفرز الأولي، فلا يمكن أن يكون المرحلة الأولى
