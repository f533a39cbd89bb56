# Witaj user interface, Arabic. Every string the app or the CLI shows.
# Message ids are stable; translators change only the text after "=".

locale-native-name = العربية
app-name = Witaj
app-tagline = مساعدة للقادمين الجدد في المدن البولندية، بلغتك

## First run
first-run-choose-language = اختر لغتك
first-run-language-filter = ابحث عن لغة
first-run-choose-city = اختر مدينتك
first-run-change-later = يمكنك تغيير ذلك لاحقا من الإعدادات.

## Navigation
nav-home = الرئيسية
nav-guides = الأدلة
nav-settings = الإعدادات
nav-back = رجوع
nav-skip-to-content = انتقل إلى المحتوى الرئيسي
nav-main = التنقل الرئيسي

## Search and results
search-label = ابحث عن الخدمات
search-placeholder = ماذا تحتاج؟ مثلا: طبيب، PESEL، عمل
search-clear = مسح البحث
search-results-count = { $count ->
    [0] لم يتم العثور على أي خدمة
    [one] تم العثور على خدمة واحدة
    [two] تم العثور على خدمتين
    [few] تم العثور على { $count } خدمات
    [many] تم العثور على { $count } خدمة
   *[other] تم العثور على { $count } خدمة
}
browse-categories = الفئات
recently-viewed = شوهدت مؤخرا
recently-viewed-empty = ستظهر هنا الخدمات التي تفتحها.

## Filters
filters-label = عوامل التصفية
filter-open-now = مفتوح الآن
filter-free = مجاني
filter-speaks-my-language = يتحدثون لغتي
filter-category = الفئة
filter-language-spoken = لغة الخدمة
filter-any-language = أي لغة
filter-remove = إزالة عامل التصفية: { $filter }

## Opening status
hours-open-until = مفتوح · يغلق الساعة { $time }
hours-open-always = مفتوح 24 ساعة
hours-closed-opens = مغلق · يفتح يوم { $day } الساعة { $time }
hours-closed-opens-today = مغلق · يفتح اليوم الساعة { $time }
hours-closed-opens-tomorrow = مغلق · يفتح غدا الساعة { $time }
hours-closed = مغلق
hours-unknown = ساعات العمل غير معروفة
hours-week = ساعات العمل
hours-today = اليوم
hours-day-closed = مغلق
hours-unknown-detail = لم تنشر ساعات العمل. اتصل أو تحقق من الموقع الإلكتروني قبل الذهاب.

## Service detail
service-polish-name = بالبولندية
service-what = بماذا يساعدون
service-how = كيف تحصل على المساعدة
service-documents = ماذا تحضر معك
service-address = العنوان
service-open-in-maps = افتح في الخرائط
service-phones = الهاتف
service-call = اتصل بالرقم { $number }
service-website = الموقع الإلكتروني
service-email = البريد الإلكتروني
service-languages = لغات الخدمة
service-languages-unknown = غير معروف؛ البولندية متاحة دائما.
service-accessibility = إمكانية الوصول
service-cost = التكلفة
service-free = مجاني
service-paid = قد تكون هناك رسوم
service-cost-unknown = اسأل عن الرسوم
service-last-verified = آخر تحقق: { $date }
service-stale = تم التحقق من هذه المعلومات قبل أكثر من سنة، وربما تغيرت.
service-source = المصدر
service-organization = الجهة المسؤولة
service-machine-translated = ترجمة آلية: تمت صياغة النص بلغتك تلقائيا، وهو بانتظار المراجعة.
service-show-clerk = اعرضه على الموظف
service-print = اطبع الإحالة
service-share-qr = رمز QR للهاتف
service-status-temporarily-closed = مغلق مؤقتا
service-status-inactive = غير نشط

## Guides
guides-title = أدلة خطوة بخطوة
guide-steps = الخطوات
guide-checklist = قائمة: ماذا تحضر معك
guide-offices = المكاتب في { $city }
guide-no-offices = لا يوجد بعد مكتب من هذا النوع مدرج في { $city }.
guide-step-number = الخطوة { $number }

## Settings
settings-title = الإعدادات
settings-language = اللغة
settings-city = المدينة
settings-text-size = حجم النص
settings-text-size-normal = عادي
settings-text-size-large = كبير
settings-text-size-larger = أكبر
settings-high-contrast = تباين عال
settings-network = استخدم الإنترنت لتحديث الكتالوج
settings-data-status = حالة الكتالوج
settings-wipe = احذف كل شيء من هذا الجهاز
settings-wipe-done = تم حذف سجلك وإعداداتك من هذا الجهاز.

## Catalog status and updates
data-updated = تم التحديث في { $date }
data-version = الإصدار { $version }
data-outdated = قد تكون هذه المعلومات قديمة. حدثها عندما تتصل بالإنترنت.
data-update-now = حدث الآن
data-up-to-date = الكتالوج محدث.

## Errors (codes are stable; see ARCHITECTURE.md)
error-generic = حدث خطأ ما. الكتالوج المحفوظ لا يزال متاحا.
error-catalog-open = تعذر فتح الكتالوج.
error-catalog-missing = الكتالوج غير موجود. أعد تثبيت التطبيق أو استورد بيانات مدينة.
error-catalog-database = تعذرت قراءة الكتالوج.
error-catalog-corrupt = الكتالوج تالف. أعد تثبيت التطبيق أو استورد بيانات مدينة.
error-not-found = هذا الإدخال لم يعد موجودا في الكتالوج.
error-invalid-request = تعذر فهم الطلب.

## Catalog updates (signed city feeds)
data-source-bundled = مضمن في التطبيق
data-applied = تم التحديث إلى الإصدار { $version }.
data-no-feed = لا تنشر هذه المدينة تحديثات بعد.
data-import = استورد البيانات من مجلد
data-import-hint = مثلا من ذاكرة USB حصلت عليها من مكتب المساعدة.
data-network-off = استخدام الإنترنت متوقف: لا يتم تنزيل أي شيء.
sync-stage-checking = جار البحث عن تحديثات…
sync-stage-applying = جار حفظ البيانات الجديدة…
error-feed-not-configured = لا تنشر هذه المدينة تحديثات بعد.
error-feed-offline = لا يوجد اتصال — الكتالوج المحفوظ لا يزال متاحا.
error-feed-captive-portal = تطلب هذه الشبكة تسجيل الدخول أولا (صفحة دخول Wi-Fi). سجل الدخول، ثم حاول مرة أخرى.
error-feed-timeout = الخادم بطيء جدا الآن. حاول مرة أخرى لاحقا.
error-feed-http-status = لم يرسل الخادم التحديث. حاول مرة أخرى لاحقا.
error-feed-bad-signature = هذا التحديث غير موقع من المدينة، لذلك تم رفضه. لم يتغير الكتالوج لديك.
error-feed-expired = انتهت صلاحية هذا التحديث، لذلك تم رفضه. لم يتغير الكتالوج لديك.
error-feed-rollback = هذا التحديث أقدم من البيانات الموجودة لديك. لم يتغير الكتالوج لديك.
error-feed-rejected = تم رفض التحديث لأنه تالف أو غير آمن. لم يتغير الكتالوج لديك.

## Trust: how an entry was checked, appointments, status
service-verification-drafted = أعدت هذه المعلومات من مصادر عامة — تحقق منها قبل الذهاب.
service-appointment-required = بموعد مسبق فقط
service-appointment-recommended = ينصح بحجز موعد
service-appointment-not-needed = لا حاجة إلى موعد
service-book = احجز موعدا
hours-open-appointment-until = مفتوح · يغلق الساعة { $time } · يلزم حجز موعد
hours-open-appointment = مفتوح · يلزم حجز موعد
machine-translated = ترجمة آلية
guide-city-own = الناشر: { $city }

## First run: network consent
first-run-network-title = هل تريد البحث عن معلومات محدثة؟
first-run-network-body = عندما تكون متصلا بالإنترنت، يمكن لتطبيق Witaj تنزيل معلومات أحدث موقعة من مدينتك. لا يتم إرسال أي شيء عنك أو عن عمليات بحثك. يمكنك تغيير ذلك لاحقا من الإعدادات.
first-run-network-allow = نعم، ابحث عن تحديثات
first-run-network-deny = لا، استخدمه دون إنترنت

## More feed and content errors
error-feed-app-too-old = يحتاج هذا التحديث إلى إصدار أحدث من Witaj. حدث التطبيق، ثم حاول مرة أخرى.
error-feed-not-yet-valid = تاريخ هذا التحديث في المستقبل. تحقق من التاريخ والوقت في جهازك، ثم حاول مرة أخرى.
error-feed-io = تعذرت قراءة المجلد. تحقق من ذاكرة USB أو المجلد، ثم حاول مرة أخرى.
error-content-read = تعذرت قراءة أحد ملفات الكتالوج.
error-content-not-found = لم يتم العثور على أي ملفات للكتالوج.
error-content-invalid = توجد أخطاء في ملفات الكتالوج.
error-i18n-invalid = تعذر تحميل الترجمات.

## Notices
notices-title = الإعلانات الرسمية
notice-severity-urgent = عاجل
notice-severity-important = مهم
notice-severity-info = معلومات
notice-dismiss = إخفاء هذا الإعلان
notice-official-page = الصفحة الرسمية

## Read aloud
listen = استمع
listen-stop = إيقاف
error-speech-unavailable = تحتاج القراءة بصوت مرتفع إلى محرك لتحويل النص إلى كلام على هذا الجهاز (espeak-ng).
error-speech-failed = تعذرت قراءة النص بصوت مرتفع.

## Keyboard and filters
settings-slash-shortcut = اضغط / للانتقال إلى حقل البحث
filter-remove-category = إزالة عامل تصفية الفئة

## Help desks and empty searches
service-side-by-side = جنبا إلى جنب مع البولندية
clerk-larger = نص أكبر
search-nothing-found = لم نجد شيئا لهذه الكلمات. قد يساعدك ما يلي:
search-without-filters = ابحث دون عوامل التصفية
search-help-point = مكاتب مساعدة الأجانب في مدينتك
search-helplines = هل تريد التحدث مع أحد الآن؟
helpline-116123 = 116 123 – خط دعم مجاني لمن يمر بأزمة نفسية
helpline-112 = 112 – رقم الطوارئ

## My plan, reports of wrong or missing information, spelling suggestions
nav-plan = خطتي
plan-title = خطتي
plan-empty = لا يوجد شيء محفوظ بعد. استخدم «احفظ في خطتي» في صفحة أي خدمة أو دليل؛ تبقى خطتك على هذا الجهاز فقط.
plan-save = احفظ في خطتي
plan-saved = ✓ في خطتي (إزالة)
plan-progress = تم إنجاز { $done } من { $total }
plan-checklist-progress = البنود المحددة في القائمة: { $done } من { $total }
plan-gone = لم يعد موجودا في الكتالوج
plan-done = تم
plan-kind-guide = دليل
plan-kind-service = خدمة
plan-note = ملاحظتي
plan-remove = إزالة من خطتي
plan-print = اطبع مع البولندية
plan-save-contacts = احفظ جهات الاتصال (vCard)
plan-reports = بلاغاتي
file-saved = تم الحفظ في { $path }
search-did-you-mean = هل تقصد «{ $query }»؟
report-open = أبلغ عن خطأ في هذه المعلومات
report-title = ما الخطأ؟
report-what = اختر ما هو الخطأ
report-problem-closed = لم يعد يعمل
report-problem-moved = انتقل إلى عنوان آخر
report-problem-wrong-phone = رقم الهاتف خاطئ
report-problem-wrong-hours = ساعات العمل خاطئة
report-problem-other = شيء آخر
report-problem-missing = لم يتم العثور عليه
report-text = أخبرنا بالمزيد (اختياري)
report-missing-open = أبلغ عما لم تجده
report-missing-title = ما الذي لم تجده؟
report-missing-text = ما الذي كنت تبحث عنه؟
report-searched = بحثت عن
report-privacy = يبقى البلاغ على هذا الجهاز إلى أن تقرر إرساله. لا يرسل أي شيء تلقائيا.
report-keep = احتفظ بهذا البلاغ
report-cancel = إلغاء
report-close = إغلاق
report-queued = تم حفظ بلاغك على هذا الجهاز. شكرا لك!
report-pass-on-hint = أرسل بلاغاتك إلى المدينة من تطبيق البريد الإلكتروني لديك، أو احفظها في ملف يمكن لمكتب المساعدة أن يرسله إلى الجهة المختصة.
report-send-email = أرسل بالبريد الإلكتروني
report-save-file = احفظ كملف
report-email-to = إلى:
report-passed-on-email = تم فتحه في تطبيق البريد الإلكتروني
report-passed-on-file = تم الحفظ في ملف
report-waiting = في الانتظار: لم يتم إرساله بعد
report-delete = احذف البلاغ
report-email-subject = Witaj: بلاغات عن المعلومات ({ $count })
report-email-intro = مرحبا، إليكم بلاغات عن المعلومات الواردة في تطبيق Witaj:
report-email-searched = تم البحث عن: { $query }
report-email-words = ما كتبه المبلغ بكلماته ({ $language }):
error-storage = تعذرت قراءة بياناتك المحفوظة أو كتابتها على هذا الجهاز.
error-note-too-long = يمكن أن تتكون الملاحظة من 500 حرف على الأكثر.
error-plan-full = خطتك ممتلئة (200 عنصر). أزل بعض العناصر لتحفظ المزيد.
error-too-many-reports = هناك 100 بلاغ في الانتظار. أرسل بعضها أو احذفه أولا.
error-not-in-plan = لم يعد هذا موجودا في خطتك.
error-no-service = اختر الخدمة التي يتعلق بها البلاغ.
error-nothing-said = اكتب ما كنت تبحث عنه.
error-too-long = النص طويل جدا (2000 حرف على الأكثر).
error-io = تعذر حفظ الملف.
