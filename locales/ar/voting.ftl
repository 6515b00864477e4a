## The public vote: flags for the secretariat
vote-flag-network = { $count ->
    [zero] لا يوجد مصوّتون جدد صوّتوا للترشيح نفسه وسجّلوا للتصويت من الشبكة { $shared }
    [one] مصوّت جديد واحد صوّت للترشيح نفسه وسجّل للتصويت من الشبكة { $shared }
    [two] مصوّتان جديدان صوّتا كلاهما للترشيح نفسه وسجّلا للتصويت من الشبكة { $shared }
    [few] { $count } مصوّتين جدد صوّتوا جميعًا للترشيح نفسه وسجّلوا للتصويت من الشبكة { $shared }
    [many] { $count } مصوّتًا جديدًا صوّتوا جميعًا للترشيح نفسه وسجّلوا للتصويت من الشبكة { $shared }
   *[other] { $count } مصوّت جديد صوّتوا جميعًا للترشيح نفسه وسجّلوا للتصويت من الشبكة { $shared }
} خلال { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
   *[other] { $minutes } دقيقة
}.
vote-flag-domain = { $count ->
    [zero] لا يوجد مصوّتون جدد صوّتوا للترشيح نفسه وسجّلوا للتصويت بعناوين بريد إلكتروني في النطاق { $shared }
    [one] مصوّت جديد واحد صوّت للترشيح نفسه وسجّل للتصويت بعنوان بريد إلكتروني في النطاق { $shared }
    [two] مصوّتان جديدان صوّتا كلاهما للترشيح نفسه وسجّلا للتصويت بعنوانَي بريد إلكتروني في النطاق { $shared }
    [few] { $count } مصوّتين جدد صوّتوا جميعًا للترشيح نفسه وسجّلوا للتصويت بعناوين بريد إلكتروني في النطاق { $shared }
    [many] { $count } مصوّتًا جديدًا صوّتوا جميعًا للترشيح نفسه وسجّلوا للتصويت بعناوين بريد إلكتروني في النطاق { $shared }
   *[other] { $count } مصوّت جديد صوّتوا جميعًا للترشيح نفسه وسجّلوا للتصويت بعناوين بريد إلكتروني في النطاق { $shared }
} خلال { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
   *[other] { $minutes } دقيقة
}.
vote-flag-fast = { $count ->
    [zero] لم يُدلِ أي مصوّت
    [one] أدلى مصوّت واحد
    [two] أدلى مصوّتان
    [few] أدلى { $count } مصوّتين
    [many] أدلى { $count } مصوّتًا
   *[other] أدلى { $count } مصوّت
} بما لا يقل عن { $votes ->
    [one] صوت واحد
    [two] صوتين
    [few] { $votes } أصوات
    [many] { $votes } صوتًا
   *[other] { $votes } صوت
} بفاصل زمني يقل عن ثانيتين بين الصوت والذي يليه، وهي سرعة تفوق ما يحتاج إليه الشخص لقراءة فئة واحدة.

## The voter's one-time code (email)
email-voter-code-subject = رمز التصويت الخاص بك: { $code }
email-voter-code-asked = طلب شخصٌ ما، ربما أنت، تسجيل هذا العنوان للمشاركة في التصويت.
email-voter-code-again = هذا العنوان مسجّل بالفعل للمشاركة في التصويت. وقد طلب شخصٌ ما، ربما أنت، تسجيله مرة أخرى؛ ويتيح لك هذا الرمز الدخول إلى ورقة الاقتراع نفسها، وستجد أصواتك كما تركتها.
email-voter-code-is = رمزك هو:
email-voter-code-open = لإدخاله، افتح الرابط التالي:
email-voter-code-button = إدخال الرمز
email-voter-code-expiry = لا يمكن استخدام هذا الرمز إلا مرة واحدة، وهو صالح حتى { $expires }. وإذا لم تطلبه، فيُرجى تجاهل هذه الرسالة، إذ لا يمكن القيام بأي إجراء من دونه.

## Refusals of the public vote
vote-refusal-not-open = لم يُفتح باب التصويت بعد؛ وسيُفتح في { $opens }.
vote-refusal-closed = أُغلق باب التصويت؛ ولم يعد من الممكن الإدلاء بأي صوت أو تغييره أو سحبه.
vote-refusal-not-a-vote = هذه المرحلة ليست مرحلة تصويت عام.
vote-refusal-disposable = لا يمكن التسجيل للتصويت بعناوين تابعة لخدمات بريد مؤقت. يُرجى استخدام عنوان تحتفظ به بصفة دائمة.
vote-refusal-code = هذا الرمز غير صحيح، أو انتهت صلاحيته، أو سبق استخدامه. يُرجى مراجعة آخر رسالة بريد إلكتروني، أو طلب رمز جديد.
vote-refusal-nomination = هذا الترشيح غير مدرج في ورقة الاقتراع الخاصة بهذه الفئة.
vote-refusal-rationale = يُرجى بيان سبب إلغاء هذه الأصوات؛ إذ يُحفظ السبب مع القرار.
vote-refusal-no-voters = يُرجى تحديد مصوّت واحد على الأقل.
vote-refusal-unknown-voter = لا يوجد مصوّت بهذا المعرّف أدلى بصوته في هذه المرحلة.
vote-api-token = أرسل الرمز المميز الذي تحصل عليه من POST /api/v1/public/voters/confirm بالصيغة 'Authorization: Bearer <token>'.
vote-api-token-invalid = الرمز المميز لهذا المصوّت غير صالح، إذ انتهت صلاحيته أو أُنهي العمل به. يُرجى تأكيد عنوانك مرة أخرى للحصول على رمز جديد.
vote-refusal-still-open = لا يزال التصويت مفتوحًا حتى { $closes }؛ ولا تُحدَّد الترشيحات المتأهلة على أساس فرز الأصوات إلا بعد إغلاقه.

## The ballot page
vote-page-title = التصويت العام
vote-page-opens = يبدأ التصويت في { $opens } وينتهي في { $closes }.
vote-page-open = التصويت مفتوح حتى { $closes }.
vote-page-closed = انتهى التصويت في { $closes }. ونشكر جميع من شاركوا فيه.
vote-page-rules = يمكنك التصويت لترشيح واحد في كل فئة. ويمكنك تغيير صوتك أو سحبه حتى انتهاء التصويت.
vote-page-complete-rule = { $count ->
    [zero] لا تُحتسب ورقة الاقتراع إلا إذا تضمنت صوتًا في كل فئة.
    [one] لا تُحتسب ورقة الاقتراع إلا إذا تضمنت صوتًا في الفئة المطروحة.
    [two] لا تُحتسب ورقة الاقتراع إلا إذا تضمنت صوتًا في كلتا الفئتين.
    [few] لا تُحتسب ورقة الاقتراع إلا إذا تضمنت صوتًا في كل فئة من الفئات البالغ عددها { $count } فئات.
    [many] لا تُحتسب ورقة الاقتراع إلا إذا تضمنت صوتًا في كل فئة من الفئات البالغ عددها { $count } فئة.
   *[other] لا تُحتسب ورقة الاقتراع إلا إذا تضمنت صوتًا في كل فئة من الفئات البالغ عددها { $count } فئة.
}
vote-page-your-ballot = ورقة الاقتراع الخاصة بك
vote-page-signed-in-as = أنت تصوّت باستخدام العنوان { $email }.
vote-page-sign-out = الخروج من التصويت
vote-page-complete = اكتملت ورقة الاقتراع الخاصة بك، إذ أدليت بصوتك في جميع الفئات. وستُحتسب.
vote-page-progress = { $count ->
    [zero] لا توجد فئات للتصويت.
    [one] أدليت بصوتك في { $voted } من أصل فئة واحدة.
    [two] أدليت بصوتك في { $voted } من أصل فئتين.
    [few] أدليت بصوتك في { $voted } من أصل { $count } فئات.
    [many] أدليت بصوتك في { $voted } من أصل { $count } فئة.
   *[other] أدليت بصوتك في { $voted } من أصل { $count } فئة.
}
vote-page-still-needed = تُحتسب ورقة الاقتراع الخاصة بك متى تضمنت صوتًا في كل فئة. ولا يزال عليك التصويت في الفئات التالية:
vote-page-your-vote = صوتك: { $title }
vote-page-no-vote = لم تُدلِ بصوتك في هذه الفئة بعد.
vote-page-choose-in = اختر ترشيحًا واحدًا في فئة { $category }
vote-page-choose = اختيار هذا الترشيح
vote-page-change = تغيير صوتي
vote-page-withdraw = سحب صوتي في هذه الفئة
vote-page-choose-one = اختر أحد الترشيحات، ثم اضغط على الزر.
vote-page-cast = سُجّل صوتك في فئة { $category }.
vote-page-withdrawn = سُحب صوتك في فئة { $category }.
vote-page-register = التسجيل للتصويت
vote-page-register-why = أدخل عنوان بريدك الإلكتروني، وسنرسل إليك رمزًا مكوّنًا من ستة أرقام لتأكيده. ولكل عنوان ورقة اقتراع واحدة. ولن نستخدم العنوان إلا لأغراض هذا التصويت.
vote-page-email = عنوان البريد الإلكتروني
vote-page-send-code = إرسال رمز إليّ
vote-page-have-code = لديّ رمز بالفعل
vote-page-throttled = ورد عدد كبير جدًا من طلبات التسجيل من شبكتك خلال الساعة الماضية. يُرجى المحاولة مرة أخرى بعد { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
   *[other] { $minutes } دقيقة
}.
vote-page-nominated = الترشيحات المطروحة للتصويت
vote-page-nominations = { $count ->
    [zero] لا توجد ترشيحات
    [one] ترشيح واحد
    [two] ترشيحان
    [few] { $count } ترشيحات
    [many] { $count } ترشيحًا
   *[other] { $count } ترشيح
}
vote-page-list-later = ستُدرج الترشيحات هنا بعد اكتمال الفرز الأولي.

## Entering the code
vote-code-title = أدخل الرمز
vote-code-sent = إذا كان العنوان { $email } مؤهلًا للتصويت، فإن رمزًا مكوّنًا من ستة أرقام في طريقه إليه. وقد يستغرق وصوله بضع دقائق، لذا يُرجى التحقق أيضًا من مجلد البريد غير المرغوب فيه.
vote-code-intro = أدخل العنوان الذي سجّلته والرمز الوارد في رسالة البريد الإلكتروني.
vote-code-label = الرمز المكوّن من ستة أرقام
vote-code-submit = التأكيد وفتح ورقة الاقتراع
vote-code-new = إرسال رمز جديد إليّ

## Confirming a choice
vote-choice-title = تأكيد صوتك
vote-choice-what = أنت تصوّت في فئة { $category } للترشيح التالي:
vote-choice-replaces = يحلّ هذا الصوت محل صوتك السابق للترشيح «{ $title }».
vote-choice-changeable = يمكنك تغيير هذا الصوت أو سحبه حتى انتهاء التصويت.
vote-choice-confirm = تأكيد صوتي
vote-choice-back = العودة إلى ورقة الاقتراع

## Counts shown once a vote that shows them has closed
vote-page-count = { $count ->
    [zero] لا أصوات صحيحة
    [one] صوت صحيح واحد
    [two] صوتان صحيحان
    [few] { $count } أصوات صحيحة
    [many] { $count } صوتًا صحيحًا
   *[other] { $count } صوت صحيح
}
vote-page-counts-shown = انتهى التصويت. الأرقام أدناه هي الأصوات الصحيحة بعد استبعاد ما ألغته الأمانة من أصوات.

## The landing page's public votes
home-votes-title = التصويت العام
home-vote-open = يمكن للجميع التصويت حتى { $closes }.
home-vote-opens = يبدأ التصويت في { $opens }، وقائمة الترشيحات منشورة الآن.
home-vote-now = صوّت
home-vote-see = الاطلاع على الترشيحات

## The secretariat's view of a public vote (the stage page)
admin-vote-title = فرز الأصوات
admin-vote-turnout = المصوّتون الذين لهم صوت قائم
admin-vote-counted = أوراق الاقتراع المحتسبة
admin-vote-voided = أوراق اقتراع مستبعدة: ألغتها الأمانة
admin-vote-incomplete = أوراق اقتراع مستبعدة: لا تتضمن صوتًا في كل فئة
admin-vote-log = تنزيل سجل الأصوات لمراجعي الحسابات (CSV، مع عناوين مجزّأة)
admin-vote-flags = حالات مُعلَّمة للمراجعة
admin-vote-no-flags = لا توجد حالات مُعلَّمة.
admin-vote-flag-voided = أُلغيت أصوات { $voided } من أصل { $count } مصوّتين
admin-vote-rationale = سبب إلغاء هذه الأصوات (يُحفظ مع القرار وفي سجل التدقيق)
admin-vote-void = { $count ->
    [one] إلغاء أصوات هذا المصوّت
   *[other] إلغاء أصوات هؤلاء المصوّتين ({ $count })
}
admin-vote-notice-voided = أُلغيت الأصوات: لم تعد تُحتسب في الفرز، والقرار مسجَّل في سجل التدقيق.

## A cluster agreeing in several categories
vote-flag-alike = { $count ->
    [zero] لم يتطابق تصويتهم في أي فئة.
    [one] صوّتوا على النحو نفسه في فئة واحدة.
    [two] صوّتوا على النحو نفسه في فئتين.
    [few] صوّتوا على النحو نفسه في { $count } فئات.
   *[other] صوّتوا على النحو نفسه في { $count } فئة.
}
