## Cities (names as newcomers know them)
city-bialystok = بياويستوك
city-bydgoszcz = بيدغوشتش
city-gdansk = غدانسك
city-katowice = كاتوفيتسه
city-krakow = كراكوف
city-lublin = لوبلين
city-lodz = لودز
city-poznan = بوزنان
city-rzeszow = جيشوف
city-szczecin = شتشيتسين
city-warszawa = وارسو
city-wroclaw = فروتسواف

## Categories
category-residence = الإقامة وتصاريح العمل
category-civil-registration = PESEL وتسجيل العنوان
category-employment = العمل ومكاتب التوظيف
category-tax-insurance = الضرائب والتأمين الاجتماعي والصحي
category-health = الرعاية الصحية
category-education = المدارس والتعليم
category-language-courses = دورات اللغة البولندية
category-housing = السكن
category-legal-aid = مساعدة قانونية مجانية
category-social-welfare = المساعدة الاجتماعية
category-crisis-support = المساعدة في الأزمات والدعم النفسي
category-integration = مساعدة الأجانب
category-emergency = الطوارئ

## Words people search for, per category: comma-separated, any number.
## They are indexed in every language, so a word typed in one language
## finds services written in another.
search-terms-residence = إقامة, بطاقة إقامة, تصريح إقامة, تصريح عمل, فيزا, تأشيرة, حماية مؤقتة, لجوء, مكتب الأجانب, تسوية الوضع, كارتا بوبيتو
search-terms-civil-registration = PESEL, بيسيل, تسجيل, تسجيل العنوان, تسجيل السكن, البلدية, الرقم الشخصي, رقم الهوية, الملف الموثوق
search-terms-employment = عمل, شغل, وظيفة, وظائف, مكتب العمل, مكتب التوظيف, عاطل عن العمل, بطالة
search-terms-tax-insurance = ضريبة, ضرائب, مكتب الضرائب, NIP, ZUS, NFZ, تأمين, تأمين صحي, ضمان اجتماعي, تقاعد
search-terms-health = طبيب, دكتور, مستشفى, عيادة, مستوصف, طبيب العائلة, صيدلية, طوارئ, إسعاف, مرض, ممرضة
search-terms-education = مدرسة, روضة, حضانة, تعليم, شهادة, معادلة الشهادة, الاعتراف بالشهادة, طالب
search-terms-language-courses = دورة بولندية, اللغة البولندية, دروس اللغة البولندية, تعلم البولندية, دورة لغة, البولندية
search-terms-housing = سكن, شقة, إيجار, غرفة, مأوى, ملجأ, بلا مأوى, مشرد
search-terms-legal-aid = محامي, محام, استشارة قانونية, مساعدة قانونية, مستشار قانوني, حقوق
search-terms-social-welfare = مساعدة اجتماعية, الرعاية الاجتماعية, الشؤون الاجتماعية, MOPS, MOPR, إعانة, معونة, مساعدة مالية
search-terms-crisis-support = أزمة, طبيب نفسي, أخصائي نفسي, دعم نفسي, عنف, عنف أسري, صدمة, انتحار, خط مساعدة, اكتئاب
search-terms-integration = أجانب, مهاجرون, مهاجرين, لاجئون, لاجئين, اندماج, نقطة معلومات, جمعية, منظمة, مساعدة
search-terms-emergency = طوارئ, إسعاف, شرطة, إطفاء, الدفاع المدني, حالة طارئة, 112

## Public holidays
holiday-new-year = رأس السنة الميلادية
holiday-epiphany = عيد الغطاس
holiday-easter-sunday = عيد الفصح
holiday-easter-monday = اثنين الفصح
holiday-labour-day = عيد العمال
holiday-constitution-day = يوم الدستور
holiday-pentecost = عيد العنصرة
holiday-corpus-christi = عيد جسد المسيح
holiday-assumption = عيد انتقال السيدة العذراء
holiday-all-saints = عيد جميع القديسين
holiday-independence-day = عيد الاستقلال
holiday-christmas-eve = ليلة عيد الميلاد
holiday-christmas = عيد الميلاد
holiday-second-day-of-christmas = ثاني أيام عيد الميلاد

## Weekdays
weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد

## Languages spoken at services (ISO 639-1)
language-pl = البولندية
language-en = الإنجليزية
language-uk = الأوكرانية
language-ru = الروسية
language-be = البيلاروسية
language-ka = الجورجية
language-ar = العربية
language-hi = الهندية
language-vi = الفيتنامية
language-tr = التركية
language-de = الألمانية
language-fr = الفرنسية
language-es = الإسبانية
language-it = الإيطالية
