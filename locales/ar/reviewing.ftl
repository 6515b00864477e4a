## صفحات المحكّمين: قائمة التقييمات المسندة إليهم، وصفحة تقييم واحد مع معاييره.

reviews-none = لم يُسند إليك بعدُ أي ترشيح لتقييمه. وستتلقى رسالة بالبريد الإلكتروني عند إسناد ترشيحات إليك.
reviews-progress = قُدِّم { $done } من أصل { $total }
reviews-due = الموعد النهائي:
reviews-stage-closed = أُغلقت هذه المرحلة

review-title = تقييم: { $title }
review-category = الفئة
review-member-state = الدولة العضو
review-institution = المؤسسة
review-due = الموعد النهائي
review-blind = تُجرى هذه المرحلة دون كشف الهوية: إذ تُحجب الدولة العضو والمؤسسة والجهة المرشِّحة، حتى يُحكم على الترشيح بناءً على جدارته وحدها.
review-nomination = الترشيح
review-summary = الملخص
review-documents = المستندات الداعمة
review-scores = درجاتك
review-recused = لقد تنحّيت عن تقييم هذا الترشيح.
review-scale = (من { $min } إلى { $max }، الوزن { $weight })
review-comment = تعليق موجّه إلى الأمانة
review-save = حفظ الدرجات
review-submit = تقديم التقييم
review-save-hint = يمكن تعديل الدرجات المحفوظة إلى أن تقدّم التقييم. ولا يطّلع المحكّمون الآخرون على درجاتك أبدًا.
review-conflict = لديّ تضارب في المصالح فيما يتعلق بهذا الترشيح
review-conflict-reason = ما طبيعة هذا التضارب؟
review-conflict-hint = يُحال الترشيح إلى محكّم آخر، ويُقيَّد التضارب في السجل حتى لا يُسند إليك هذا الترشيح مرة أخرى.
review-recuse = التنحّي
review-out-of = من { $max }
review-submitted = قُدِّم التقييم؛ ولم يعد من الممكن تعديله.

## A juror's list: where each assigned nomination stands.
reviews-item-submitted = قُدِّم
reviews-item-recused = تنحّيت
reviews-item-saved = حُفظت الدرجات ولم تُقدَّم بعد
reviews-item-to-review = بانتظار التقييم
reviews-notice-recused = تنحّيت عن تقييم ذلك الترشيح، وقُيِّد تضارب المصالح في السجل.

## Scoring a nomination.
review-notice-saved = حُفظت درجاتك. قدّمها عندما تنتهي.
review-notice-submitted = قُدِّم تقييمك. شكرًا لك.
review-alert-conflict = اذكر باختصار طبيعة التضارب.
# The name a blind review gives an attachment: "Attachment 2.pdf".
review-attachment-name = مرفق { $number }.{ $extension }

## The juror's workbench: to do and done, next and previous, a comment per criterion.
reviews-to-do = المهام المتبقية
reviews-to-do-none = لم يتبقَّ شيء لإنجازه في هذه المرحلة.
reviews-done = المهام المنجزة
review-pager = التقييمات المسندة إليك في هذه المرحلة
review-previous = → السابق
review-next = التالي ←
# $position: this assignment's place in the juror's list; $total: how many there are.
review-position = { $position } من أصل { $total }
review-opens-in-tab = يُفتح في علامة تبويب جديدة
review-save-next = الحفظ والانتقال إلى الترشيح التالي
# $criterion: the criterion's name.
review-criterion-comment = تعليقك على معيار «{ $criterion }» (اختياري)
# $when: the time the scores were saved.
review-autosave-saved = حُفظت الدرجات بوصفها مسودة في { $when }.
review-autosave-offline = لم تُحفظ: انقطع الاتصال. لا تزال درجاتك هنا، وستُحفظ عند عودة الاتصال.
review-alert-scores-count = { $count ->
    [zero] حُفظت درجاتك بوصفها مسودة، ولكن لا يمكنك تقديم التقييم بعد:
    [one] حُفظت درجاتك بوصفها مسودة. ثمة مسألة واحدة تحتاج إلى مراجعة قبل أن تتمكن من تقديم التقييم:
    [two] حُفظت درجاتك بوصفها مسودة. ثمة مسألتان تحتاجان إلى مراجعة قبل أن تتمكن من تقديم التقييم:
    [few] حُفظت درجاتك بوصفها مسودة. ثمة { $count } مسائل تحتاج إلى مراجعة قبل أن تتمكن من تقديم التقييم:
    [many] حُفظت درجاتك بوصفها مسودة. ثمة { $count } مسألة تحتاج إلى مراجعة قبل أن تتمكن من تقديم التقييم:
   *[other] حُفظت درجاتك بوصفها مسودة. ثمة { $count } مسألة تحتاج إلى مراجعة قبل أن تتمكن من تقديم التقييم:
}
# Stands in a blind stage for a passage the secretariat withheld.
review-withheld-passage = [محجوب]
