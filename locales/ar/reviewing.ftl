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
review-alert-scores = تحتاج بعض الدرجات إلى مراجعة؛ انظر المعايير المشار إليها. ولم يضِع شيء مما كتبته.
review-alert-conflict = اذكر باختصار طبيعة التضارب.
# The name a blind review gives an attachment: "Attachment 2.pdf".
review-attachment-name = مرفق { $number }.{ $extension }
