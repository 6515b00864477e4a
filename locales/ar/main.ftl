skip-to-content = الانتقال إلى المحتوى
nav-site = التنقل في الموقع
nav-awards = الجوائز
nav-my-nominations = ترشيحاتي
nav-my-reviews = تقييماتي
nav-cycles = الدورات
nav-people = المستخدمون
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
