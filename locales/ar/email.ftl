## رسائل البريد الإلكتروني التي يرسلها Laurel (templates/email/).

email-footer = Laurel — الترشيحات والتقييم والنتائج لجوائز الخدمة العامة.
email-hello = تحية طيبة، وبعد،
email-hello-name = مرحبًا { $name }،
email-dear-name = حضرة { $name }، تحية طيبة، وبعد،

email-open-nomination = فتح الترشيح
email-open-review = فتح التقييم
email-open-my-reviews = عرض تقييماتي
email-open-stage = فتح المرحلة
email-open-laurel = الانتقال إلى Laurel
email-see-results = الاطلاع على النتائج

email-invitation-subject = { $role ->
    [admin] دعوة للانضمام إلى Laurel بصفة مسؤول إداري
    [nominator] دعوة للانضمام إلى Laurel بصفة جهة التنسيق عن { $state }
   *[reviewer] دعوة للانضمام إلى Laurel بصفة محكّم
}
email-invitation-body = { $role ->
    [admin] وُجّهت إليك دعوة من { $inviter } للانضمام إلى Laurel بصفة مسؤول إداري عن الجوائز (الأمانة).
    [nominator] وُجّهت إليك دعوة من { $inviter } للانضمام إلى Laurel بصفة جهة التنسيق عن { $state }، وستتولى إعداد ترشيحاتها وتقديمها.
   *[reviewer] وُجّهت إليك دعوة من { $inviter } للانضمام إلى Laurel بصفة محكّم، وستتولى منح الدرجات للترشيحات المسندة إليك.
}
email-invitation-accept = قبول الدعوة
email-invitation-how-to-accept = لقبول الدعوة، افتح الرابط التالي ثم اختر اسمك وكلمة المرور:
email-invitation-expiry = لا يمكن استخدام هذا الرابط إلا مرة واحدة، وهو صالح حتى { $expires }. وإذا لم تكن تتوقع هذه الدعوة، فيُرجى تجاهل هذه الرسالة.

email-password-reset-subject = اختيار كلمة مرور جديدة لحسابك في Laurel
email-password-reset-asked = طلب شخصٌ ما، ربما أنت، إعادة تعيين كلمة المرور لحسابك في Laurel.
email-password-reset-asked-open = طلب شخصٌ ما، ربما أنت، إعادة تعيين كلمة المرور لحسابك في Laurel. لاختيار كلمة مرور جديدة، افتح الرابط التالي:
email-password-reset-choose = اختيار كلمة مرور جديدة
email-password-reset-expiry = لا يمكن استخدام هذا الرابط إلا مرة واحدة، وهو صالح حتى { $expires }. وإذا لم تطلب ذلك، فيُرجى تجاهل هذه الرسالة، وستبقى كلمة المرور دون تغيير.

email-receipt-subject-submitted = استلام ترشيح: { $title } ({ $state })
email-receipt-subject-edited = تحديث ترشيح: { $title } ({ $state })
email-receipt-subject-withdrawn = سحب ترشيح: { $title } ({ $state })
email-receipt-submitted = قُدِّم الترشيح «{ $title }» عن { $state } إلى دورة { $cycle }، في فئة { $category }، من قِبل { $by }. وتُعدّ هذه الرسالة إشعارًا باستلامه.
email-receipt-edited = عُدِّل الترشيح المقدَّم «{ $title }» عن { $state } في دورة { $cycle } ({ $category })، من قِبل { $by }. والنسخة الأخيرة هي التي ستخضع للتقييم.
email-receipt-withdrawn = سُحب الترشيح «{ $title }» عن { $state } من دورة { $cycle } ({ $category })، من قِبل { $by }. ولن يخضع للتقييم.
email-receipt-deadline = يمكن تعديل الترشيحات حتى { $deadline }.

email-ineligible-subject = ترشيح غير مستوفٍ لشروط الأهلية: { $title }
email-ineligible-body = أجرت أمانة دورة { $cycle } الفرز الأولي للترشيح «{ $title }»، وتبيّن لها أنه غير مستوفٍ لشروط الأهلية، للسبب التالي:
email-ineligible-closing = لن ينتقل هذا الترشيح إلى مرحلة التقييم. ونشكرك على مشاركتك.

email-assigned-subject = { $count ->
    [zero] لا توجد ترشيحات للتقييم في دورة { $cycle }
    [one] ترشيح واحد للتقييم في دورة { $cycle }
    [two] ترشيحان للتقييم في دورة { $cycle }
    [few] { $count } ترشيحات للتقييم في دورة { $cycle }
    [many] { $count } ترشيحًا للتقييم في دورة { $cycle }
   *[other] { $count } ترشيح للتقييم في دورة { $cycle }
}
email-assigned-body = { $count ->
    [zero] لم يُسند إليك أي ترشيح جديد لتقييمه في مرحلة «{ $stage }» من دورة { $cycle }.
    [one] أُسند إليك ترشيح جديد واحد لتقييمه في مرحلة «{ $stage }» من دورة { $cycle }.
    [two] أُسند إليك ترشيحان جديدان لتقييمهما في مرحلة «{ $stage }» من دورة { $cycle }.
    [few] أُسندت إليك { $count } ترشيحات جديدة لتقييمها في مرحلة «{ $stage }» من دورة { $cycle }.
    [many] أُسند إليك { $count } ترشيحًا جديدًا لتقييمها في مرحلة «{ $stage }» من دورة { $cycle }.
   *[other] أُسند إليك { $count } ترشيح جديد لتقييمها في مرحلة «{ $stage }» من دورة { $cycle }.
}
# Its own paragraph, only when the stage has a due date.
email-submit-by = يُرجى تقديم درجاتك في موعد أقصاه { $due }.
email-assigned-conflict = إذا كان لديك تضارب في المصالح فيما يتعلق بأي منها، فيُرجى الإعلان عنه في صفحة الإسناد، وسيتولى محكّم آخر تقييم الترشيح المعني.

email-replaced-subject = ترشيح للتقييم في دورة { $cycle } (بدلًا من أحد الزملاء)
email-replaced-body = أعلن أحد الزملاء عن تضارب في المصالح بشأن ترشيح في مرحلة «{ $stage }» من دورة { $cycle }، وقد أُسند إليك هذا الترشيح.

email-no-replacement-subject = لا يوجد محكّم بديل للترشيح «{ $title }» ({ $cycle })
email-no-replacement-body = أعلن أحد المحكّمين عن تضارب في المصالح بشأن الترشيح «{ $title }» في مرحلة «{ $stage }» من دورة { $cycle }، وتعذّر إسناده إلى محكّم آخر بدلًا منه: { $why }.
email-no-replacement-action = يُرجى دعوة محكّم آخر أو إسناد الترشيح إلى محكّم يدويًا، أو قبول عدد أقل من التقييمات لهذا الترشيح.

email-clarification-subject = سؤال بشأن ترشيحك «{ $title }» ({ $cycle })
email-clarification-intro = تُجري الأمانة الفرز الأولي للترشيح «{ $title }» المقدَّم إلى دورة { $cycle }، وتطرح السؤال التالي:
email-clarification-answer = يُرجى الإجابة بتعديل الترشيح وإعادة تقديمه في موعد أقصاه { $due }. ويبقى الترشيح معلّقًا حتى ذلك الحين، ولن يكون من الممكن تعديله بعد هذا التاريخ.

email-reminder-subject-overdue = { $count ->
    [zero] انقضى الموعد النهائي: لا توجد تقييمات معلّقة في دورة { $cycle }
    [one] انقضى الموعد النهائي: تقييم واحد معلّق في دورة { $cycle }
    [two] انقضى الموعد النهائي: تقييمان معلّقان في دورة { $cycle }
    [few] انقضى الموعد النهائي: { $count } تقييمات معلّقة في دورة { $cycle }
    [many] انقضى الموعد النهائي: { $count } تقييمًا معلّقًا في دورة { $cycle }
   *[other] انقضى الموعد النهائي: { $count } تقييم معلّق في دورة { $cycle }
}
email-reminder-subject-due = { $count ->
    [zero] الموعد النهائي { $due }: لا توجد تقييمات معلّقة في دورة { $cycle }
    [one] الموعد النهائي { $due }: تقييم واحد معلّق في دورة { $cycle }
    [two] الموعد النهائي { $due }: تقييمان معلّقان في دورة { $cycle }
    [few] الموعد النهائي { $due }: { $count } تقييمات معلّقة في دورة { $cycle }
    [many] الموعد النهائي { $due }: { $count } تقييمًا معلّقًا في دورة { $cycle }
   *[other] الموعد النهائي { $due }: { $count } تقييم معلّق في دورة { $cycle }
}
email-reminder-overdue = { $count ->
    [zero] انقضى في { $due } الموعد النهائي لتقديم تقييماتك في مرحلة «{ $stage }» من دورة { $cycle }. وتُعدّ المسودات المحفوظة تقييمات غير مقدَّمة.
    [one] انقضى في { $due } الموعد النهائي لتقديم تقييماتك في مرحلة «{ $stage }» من دورة { $cycle }، ولم يُقدَّم بعدُ تقييم واحد منها. وتُعدّ المسودات المحفوظة تقييمات غير مقدَّمة.
    [two] انقضى في { $due } الموعد النهائي لتقديم تقييماتك في مرحلة «{ $stage }» من دورة { $cycle }، ولم يُقدَّم بعدُ تقييمان منها. وتُعدّ المسودات المحفوظة تقييمات غير مقدَّمة.
    [few] انقضى في { $due } الموعد النهائي لتقديم تقييماتك في مرحلة «{ $stage }» من دورة { $cycle }، ولم تُقدَّم بعدُ { $count } تقييمات منها. وتُعدّ المسودات المحفوظة تقييمات غير مقدَّمة.
    [many] انقضى في { $due } الموعد النهائي لتقديم تقييماتك في مرحلة «{ $stage }» من دورة { $cycle }، ولم يُقدَّم بعدُ { $count } تقييمًا منها. وتُعدّ المسودات المحفوظة تقييمات غير مقدَّمة.
   *[other] انقضى في { $due } الموعد النهائي لتقديم تقييماتك في مرحلة «{ $stage }» من دورة { $cycle }، ولم يُقدَّم بعدُ { $count } تقييم منها. وتُعدّ المسودات المحفوظة تقييمات غير مقدَّمة.
}
email-reminder-due = { $count ->
    [zero] للتذكير: لا توجد تقييمات معلّقة في مرحلة «{ $stage }» من دورة { $cycle }.
    [one] للتذكير: يحين في { $due } الموعد النهائي لتقديم تقييم واحد في مرحلة «{ $stage }» من دورة { $cycle }. وتُعدّ المسودات المحفوظة تقييمات غير مقدَّمة.
    [two] للتذكير: يحين في { $due } الموعد النهائي لتقديم تقييمين في مرحلة «{ $stage }» من دورة { $cycle }. وتُعدّ المسودات المحفوظة تقييمات غير مقدَّمة.
    [few] للتذكير: يحين في { $due } الموعد النهائي لتقديم { $count } تقييمات في مرحلة «{ $stage }» من دورة { $cycle }. وتُعدّ المسودات المحفوظة تقييمات غير مقدَّمة.
    [many] للتذكير: يحين في { $due } الموعد النهائي لتقديم { $count } تقييمًا في مرحلة «{ $stage }» من دورة { $cycle }. وتُعدّ المسودات المحفوظة تقييمات غير مقدَّمة.
   *[other] للتذكير: يحين في { $due } الموعد النهائي لتقديم { $count } تقييم في مرحلة «{ $stage }» من دورة { $cycle }. وتُعدّ المسودات المحفوظة تقييمات غير مقدَّمة.
}

email-outcome-subject-advanced = تأهّل إلى المرحلة التالية: { $title } ({ $cycle })
email-outcome-subject-not-advanced = لم يتأهّل إلى المرحلة التالية: { $title } ({ $cycle })
email-outcome-advanced = تأهّل الترشيح «{ $title }» في مرحلة «{ $stage }» من دورة { $cycle }، وينتقل إلى الجولة التالية.
email-outcome-not-advanced = لم يتأهّل الترشيح «{ $title }» في مرحلة «{ $stage }» من دورة { $cycle } إلى الجولة التالية. ونشكرك على التعريف بهذه المبادرة.
email-outcome-score = الدرجة التي حصل عليها الترشيح في هذه المرحلة: { $score }.

email-results-subject = نُشرت نتائج دورة { $cycle }
email-results-body = أُعلنت أسماء الفائزين في دورة { $cycle }. ونشكرك على تقديم الترشيحات.
email-results-body-see-at = أُعلنت أسماء الفائزين في دورة { $cycle }. ونشكرك على تقديم الترشيحات؛ ويمكنك الاطلاع على النتائج وعلى جميع المرشحين النهائيين على الرابط التالي:
# To a jury member who reviewed in the cycle, in the HTML email.
email-results-jury = أُعلنت أسماء الفائزين في دورة { $cycle }. ونشكرك على تقييماتك التي قامت عليها الجوائز.
# The same in the plain-text email, followed by the link on a line of its own.
email-results-jury-see-at = أُعلنت أسماء الفائزين في دورة { $cycle }. ونشكرك على تقييماتك التي قامت عليها الجوائز؛ ويمكنك الاطلاع على النتائج على الرابط التالي:

email-digest-subject = { $cycle }: سير العمل حتى { $date }
email-digest-phase = حالة الدورة
email-digest-phase-value = { $phase ->
    [draft] مسودة
    [open] باب الترشيح مفتوح
    [reviewing] قيد التقييم
    [decided] تقرّرت الجوائز ولم تُنشر بعد
   *[published] النتائج منشورة
} (الموعد النهائي للترشيح: { $deadline })
email-digest-submitted = الترشيحات المقدَّمة
email-digest-submitted-value = { $submitted }؛ المسودات قيد الإعداد: { $drafts }
email-digest-reviews = التقييمات المقدَّمة
email-digest-reviews-value = { $done } من أصل { $assigned }؛ المتأخرة: { $overdue }
email-digest-failed = الرسائل التي تعذّر إرسالها
email-digest-line = { $label }: { $value }
