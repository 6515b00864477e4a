skip-to-content = الانتقال إلى المحتوى
nav-site = التنقل في الموقع
nav-awards = الجوائز
nav-my-nominations = ترشيحاتي
nav-my-reviews = تقييماتي
nav-cycles = الدورات
nav-people = المستخدمون
nav-audit = سجل التدقيق
nav-email = البريد الإلكتروني
nav-sign-out = تسجيل الخروج
nav-sign-in = تسجيل الدخول
nav-languages = اللغة
footer-tagline = Laurel — الترشيحات والتقييم والنتائج لجوائز الخدمة العامة.
footer-open-data = البيانات المفتوحة
nominations-count = { $count ->
    [zero] لا توجد ترشيحات
    [one] ترشيح واحد
    [two] ترشيحان
    [few] { $count } ترشيحات
    [many] { $count } ترشيحًا
   *[other] { $count } ترشيح
}

time-left-days = { $count ->
    [zero] لم يبقَ أي يوم
    [one] بقي يوم واحد
    [two] بقي يومان
    [few] بقيت { $count } أيام
    [many] بقي { $count } يومًا
   *[other] بقي { $count } يوم
}
time-left-hours = { $count ->
    [zero] لم تبقَ أي ساعة
    [one] بقيت ساعة واحدة
    [two] بقيت ساعتان
    [few] بقيت { $count } ساعات
    [many] بقيت { $count } ساعة
   *[other] بقيت { $count } ساعة
}
time-left-minutes = { $count ->
    [zero] لم تبقَ أي دقيقة
    [one] بقيت دقيقة واحدة
    [two] بقيت دقيقتان
    [few] بقيت { $count } دقائق
    [many] بقيت { $count } دقيقة
   *[other] بقيت { $count } دقيقة
}
time-left-closed = مغلق

phase-open = باب الترشيح مفتوح
phase-reviewing = قيد التقييم
phase-decided = النتائج قريبًا
phase-published = النتائج منشورة

home-title = جوائز الخدمة العامة
home-lead = ترشّح الدول الأعضاء مبادراتها في مجالي الخدمة العامة والحكومة الإلكترونية؛ وتقيّمها لجان التحكيم؛ وتُنشر هنا أسماء الفائزين.
home-open-title = باب الترشيح مفتوح
home-none-open = لا توجد حاليًا أي دعوة مفتوحة لتقديم الترشيحات.
home-nominations-close = آخر موعد للترشيح
home-add-to-calendar = إضافة المواعيد إلى التقويم
home-categories = { $count ->
    [zero] لا توجد فئات
    [one] فئة واحدة
    [two] فئتان
    [few] { $count } فئات
    [many] { $count } فئة
   *[other] { $count } فئة
}
home-recent-title = الدورات الأخيرة
home-all-results = جميع النتائج المنشورة
home-results-feed = موجز النتائج (Atom)
home-none-recent = لا توجد دورات سابقة بعد.
home-nominations-closed = أُغلق باب الترشيح في
home-see-winners = عرض الفائزين
home-see-winners-of = في { $cycle }

sign-in-title = تسجيل الدخول
sign-in-email = عنوان البريد الإلكتروني
sign-in-password = كلمة المرور
sign-in-submit = تسجيل الدخول
sign-in-forgot = هل نسيت كلمة المرور؟
sign-in-by-invitation = هل أنت جديد في Laurel؟ تُنشأ الحسابات بدعوة من أمانة الجوائز.
sign-in-password-changed = تم تغيير كلمة المرور. سجّل الدخول باستخدام كلمة المرور الجديدة.
sign-in-wrong = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحين.
sign-in-throttled = { $minutes ->
    [zero] محاولات فاشلة كثيرة؛ حاول مرة أخرى الآن.
    [one] محاولات فاشلة كثيرة؛ حاول مرة أخرى بعد دقيقة واحدة.
    [two] محاولات فاشلة كثيرة؛ حاول مرة أخرى بعد دقيقتين.
    [few] محاولات فاشلة كثيرة؛ حاول مرة أخرى بعد { $minutes } دقائق.
    [many] محاولات فاشلة كثيرة؛ حاول مرة أخرى بعد { $minutes } دقيقة.
   *[other] محاولات فاشلة كثيرة؛ حاول مرة أخرى بعد { $minutes } دقيقة.
}

reset-title = إعادة تعيين كلمة المرور
reset-intro = أدخل العنوان الذي تسجّل الدخول به، وسنرسل إليك بالبريد الإلكتروني رابطًا لاختيار كلمة مرور جديدة.
reset-send = إرسال الرابط
reset-sent = إذا كان هناك حساب مرتبط بالعنوان { $email }، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة. يعمل الرابط مرة واحدة فقط ولمدة ساعتين. إذا لم يصلك شيء، فتحقّق من مجلد البريد غير المرغوب فيه.
reset-back = العودة إلى تسجيل الدخول
reset-choose-title = اختيار كلمة مرور جديدة
reset-new-password = كلمة المرور الجديدة
reset-password-hint = 12 حرفًا على الأقل. سيؤدي تسجيل الدخول بها إلى إنهاء جميع الجلسات الأخرى.
reset-change = تغيير كلمة المرور

archive-title = النتائج
archive-none = لم تُنشر أي نتائج بعد.
archive-published = نُشرت في { $date }
archive-feed = موجز Atom للنتائج
archive-csv = جميع الجوائز بصيغة CSV

# How dates are written: strftime patterns (%-d day, %B month name, %Y year, %H:%M
# time, %Z time zone; %-m month number). Month names come from the language's locale.
format-instant = %-d %B %Y، الساعة %H:%M %Z
format-date = %-d %B %Y

# The results feed (Atom) and a cycle's calendar of dates.
feed-title = جوائز الخدمة العامة: النتائج
feed-entry = نتائج { $cycle }
calendar-opens = فتح باب الترشيح
calendar-closes = إغلاق باب الترشيح
calendar-results = نشر النتائج

# The API reference page (/api/docs). The operations it lists are described in English.
api-docs-title = مرجع واجهة برمجة التطبيقات (API)
api-docs-intro = تقع واجهة JSON البرمجية الخاصة بـ Laurel تحت المسار /api/v1. ويتضمن مستند OpenAPI وصفها الكامل، بما في ذلك متن كل طلب وكل استجابة؛ ويمكن تحميله في أي أداة تدعم OpenAPI:
api-docs-auth = تسجّل البرامج الدخول أولًا، ثم ترسل مع كل طلب رمزًا مميزًا من نوع حامل (bearer token):
api-docs-errors = تُعاد الأخطاء بصيغة تفاصيل المشكلة وفق RFC 9457، مع رمز ثابت تعتمد عليه البرامج، وعنوان وتفاصيل باللغة المحددة في ترويسة Accept-Language.
api-docs-sections = الأقسام
# Shown in every language, above the list of operations.
api-docs-english = العمليات الواردة أدناه موصوفة باللغة الإنجليزية.

## An open call's actions on the home page.
home-nominate = تقديم ترشيح
home-sign-in-to-nominate = سجّل الدخول لتقديم ترشيح

## The open-data page.
open-data-title = البيانات المفتوحة
open-data-intro = نتائج كل دورة منشورة متاحة للجميع دون الحاجة إلى حساب: الفائزون والأبطال والمرشحون النهائيون، مع الإجابات العلنية الواردة في ترشيحاتهم. لا يظهر هنا أي شيء قبل نشر نتائج الدورة، ولا تظهر الدرجات أبدًا.
open-data-licence = يجوز لك نسخ هذه البيانات ونشرها والبناء عليها لأي غرض، مع ذكر برنامج الجوائز المانح مصدرًا لها (المشاع الإبداعي نسب المصنف 4.0).
open-data-results = النتائج
open-data-winners-csv = جميع الجوائز المنشورة في جدول بيانات (CSV، UTF-8)، بصف واحد لكل جائزة.
open-data-winners-json = الجوائز نفسها بصيغة JSON، صفحةً تلو الأخرى، مع الإجابات العلنية.
open-data-feed = موجز Atom يتضمن مدخلًا واحدًا لكل دورة منشورة، يذكر الفائزين والأبطال فيها.
open-data-cycles = الدورات المفتوحة والسابقة: المواعيد، وحالة الدورة، والمنطقة الزمنية، والفئات.
open-data-member-states = الدول الأعضاء مع رموزها وفق ISO 3166-1 ومجموعاتها الإقليمية في الأمم المتحدة.
open-data-filters = يمكن تضييق نطاق الجوائز، بصيغة CSV أو JSON، حسب الدورة والفئة والمجموعة الإقليمية والدولة العضو:
open-data-columns = أعمدة جدول البيانات
open-data-columns-intro = بهذا الترتيب؛ ولا تُضاف الأعمدة الجديدة إلا في النهاية، لكي تظل البرامج التي تقرؤها تعمل.
open-data-calendars = التقاويم
open-data-calendars-intro = مواعيد كل دورة (فتح باب الترشيح، وإغلاق باب الترشيح، ونشر النتائج) في صورة تقويم يمكن الاشتراك فيه:
open-data-calendars-none = لم تُتَح أي دورة للعموم بعد.
open-data-api = للمطوّرين
open-data-api-intro = كل عنوان مما سبق جزء من واجهة برمجة التطبيقات (API) الموثّقة الخاصة بـ Laurel، ويمكن تخزين استجاباتها مؤقتًا والتحقق مما إذا كانت قد تغيّرت.
open-data-api-docs = وثائق واجهة برمجة التطبيقات (API)
