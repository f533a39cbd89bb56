# Witaj user interface, Hindi. Every string the app or the CLI shows.
# Message ids are stable; translators change only the text after "=".

locale-native-name = हिन्दी
app-name = Witaj
app-tagline = पोलैंड के शहरों में नए आए लोगों के लिए मदद, आपकी भाषा में

## First run
first-run-choose-language = अपनी भाषा चुनें
first-run-language-filter = भाषा खोजें
first-run-choose-city = अपना शहर चुनें
first-run-change-later = आप इसे बाद में सेटिंग्स में बदल सकते हैं।

## Navigation
nav-home = होम
nav-guides = गाइड
nav-settings = सेटिंग्स
nav-back = वापस
nav-skip-to-content = मुख्य सामग्री पर जाएँ
nav-main = मुख्य नेविगेशन

## Search and results
search-label = सेवाएँ खोजें
search-placeholder = आपको क्या चाहिए? जैसे: डॉक्टर, PESEL, काम
search-clear = खोज साफ़ करें
search-results-count = { $count ->
    [0] कोई सेवा नहीं मिली
    [one] एक सेवा मिली
   *[other] { $count } सेवाएँ मिलीं
}
browse-categories = श्रेणियाँ
recently-viewed = हाल ही में देखी गईं
recently-viewed-empty = आप जो सेवाएँ खोलेंगे, वे यहाँ दिखेंगी।

## Filters
filters-label = फ़िल्टर
filter-open-now = अभी खुला है
filter-free = मुफ़्त
filter-speaks-my-language = मेरी भाषा बोलते हैं
filter-category = श्रेणी
filter-language-spoken = बोली जाने वाली भाषा
filter-any-language = कोई भी भाषा
filter-remove = फ़िल्टर हटाएँ: { $filter }

## Opening status
hours-open-until = खुला है · { $time } बजे बंद होगा
hours-open-always = 24 घंटे खुला
hours-closed-opens = बंद है · { $day } को { $time } बजे खुलेगा
hours-closed-opens-today = बंद है · आज { $time } बजे खुलेगा
hours-closed-opens-tomorrow = बंद है · कल { $time } बजे खुलेगा
hours-closed = बंद है
hours-unknown = समय की जानकारी नहीं है
hours-week = खुलने का समय
hours-today = आज
hours-day-closed = बंद
hours-unknown-detail = खुलने का समय प्रकाशित नहीं किया गया है। जाने से पहले फ़ोन करें या वेबसाइट देखें।

## Service detail
service-polish-name = पोलिश में
service-what = वे किसमें मदद करते हैं
service-how = मदद कैसे पाएँ
service-documents = साथ क्या लाएँ
service-address = पता
service-open-in-maps = मैप में खोलें
service-phones = फ़ोन
service-call = { $number } पर कॉल करें
service-website = वेबसाइट
service-email = ईमेल
service-languages = बोली जाने वाली भाषाएँ
service-languages-unknown = पता नहीं; पोलिश हमेशा बोली जाती है।
service-accessibility = सुगम्यता
service-cost = शुल्क
service-free = मुफ़्त
service-paid = शुल्क लग सकता है
service-cost-unknown = शुल्क के बारे में पूछें
service-last-verified = आख़िरी बार जाँचा गया: { $date }
service-stale = यह जानकारी एक साल से ज़्यादा पहले जाँची गई थी, इसलिए यह बदल चुकी हो सकती है।
service-source = स्रोत
service-organization = संचालक
service-machine-translated = मशीनी अनुवाद: आपकी भाषा का पाठ अपने-आप तैयार किया गया है और समीक्षा की प्रतीक्षा में है।
service-show-clerk = कर्मचारी को दिखाएँ
service-print = रेफ़रल प्रिंट करें
service-share-qr = फ़ोन के लिए QR कोड
service-status-temporarily-closed = अस्थायी रूप से बंद
service-status-inactive = सक्रिय नहीं

## Guides
guides-title = चरण-दर-चरण गाइड
guide-steps = चरण
guide-checklist = चेकलिस्ट: साथ क्या लाएँ
guide-offices = { $city } में दफ़्तर
guide-no-offices = { $city } के लिए इस तरह का कोई दफ़्तर अभी सूची में नहीं है।
guide-step-number = चरण { $number }

## Settings
settings-title = सेटिंग्स
settings-language = भाषा
settings-city = शहर
settings-text-size = टेक्स्ट का आकार
settings-text-size-normal = सामान्य
settings-text-size-large = बड़ा
settings-text-size-larger = और बड़ा
settings-high-contrast = हाई कंट्रास्ट
settings-network = कैटलॉग अपडेट करने के लिए इंटरनेट का इस्तेमाल करें
settings-data-status = कैटलॉग की स्थिति
settings-wipe = इस डिवाइस से सब कुछ मिटा दें
settings-wipe-done = आपका इतिहास और सेटिंग्स इस डिवाइस से हटा दी गई हैं।

## Catalog status and updates
data-updated = { $date } को अपडेट किया गया
data-version = संस्करण { $version }
data-outdated = यह जानकारी पुरानी हो सकती है। ऑनलाइन होने पर अपडेट करें।
data-update-now = अभी अपडेट करें
data-up-to-date = कैटलॉग अप-टू-डेट है।

## Errors (codes are stable; see ARCHITECTURE.md)
error-generic = कुछ गड़बड़ हो गई। सहेजा गया कैटलॉग अब भी उपलब्ध है।
error-catalog-open = कैटलॉग खोला नहीं जा सका।
error-catalog-missing = कैटलॉग मौजूद नहीं है। ऐप दोबारा इंस्टॉल करें या किसी शहर का डेटा इम्पोर्ट करें।
error-catalog-database = कैटलॉग पढ़ा नहीं जा सका।
error-catalog-corrupt = कैटलॉग ख़राब हो गया है। ऐप दोबारा इंस्टॉल करें या किसी शहर का डेटा इम्पोर्ट करें।
error-not-found = यह प्रविष्टि अब कैटलॉग में नहीं है।
error-invalid-request = अनुरोध समझा नहीं जा सका।

## Catalog updates (signed city feeds)
data-source-bundled = ऐप के साथ शामिल
data-applied = संस्करण { $version } में अपडेट किया गया।
data-no-feed = यह शहर अभी अपडेट प्रकाशित नहीं करता।
data-import = किसी फ़ोल्डर से डेटा इम्पोर्ट करें
data-import-hint = उदाहरण के लिए, सहायता केंद्र से मिली USB स्टिक से।
data-network-off = इंटरनेट का इस्तेमाल बंद है: कुछ भी डाउनलोड नहीं होता।
sync-stage-checking = अपडेट की जाँच हो रही है…
sync-stage-applying = नया डेटा सहेजा जा रहा है…
error-feed-not-configured = यह शहर अभी अपडेट प्रकाशित नहीं करता।
error-feed-offline = इंटरनेट कनेक्शन नहीं है — सहेजा गया कैटलॉग अब भी उपलब्ध है।
error-feed-captive-portal = यह नेटवर्क पहले लॉग इन करने को कह रहा है (Wi-Fi लॉग इन पेज)। लॉग इन करें, फिर दोबारा कोशिश करें।
error-feed-timeout = सर्वर अभी बहुत धीमा है। बाद में फिर कोशिश करें।
error-feed-http-status = सर्वर ने अपडेट नहीं भेजा। बाद में फिर कोशिश करें।
error-feed-bad-signature = इस अपडेट पर शहर के हस्ताक्षर नहीं हैं, इसलिए इसे अस्वीकार कर दिया गया। आपका कैटलॉग नहीं बदला।
error-feed-expired = इस अपडेट की अवधि समाप्त हो चुकी है, इसलिए इसे अस्वीकार कर दिया गया। आपका कैटलॉग नहीं बदला।
error-feed-rollback = यह अपडेट आपके पास मौजूद डेटा से पुराना है। आपका कैटलॉग नहीं बदला।
error-feed-rejected = अपडेट अस्वीकार कर दिया गया, क्योंकि यह ख़राब या असुरक्षित है। आपका कैटलॉग नहीं बदला।

## Trust: how an entry was checked, appointments, status
service-verification-drafted = सार्वजनिक जानकारी के आधार पर तैयार किया गया — जाने से पहले जाँच लें।
service-appointment-required = केवल अपॉइंटमेंट से
service-appointment-recommended = अपॉइंटमेंट लेने की सलाह दी जाती है
service-appointment-not-needed = अपॉइंटमेंट की ज़रूरत नहीं
service-book = अपॉइंटमेंट बुक करें
hours-open-appointment-until = खुला है · { $time } बजे बंद होगा · अपॉइंटमेंट ज़रूरी
hours-open-appointment = खुला है · अपॉइंटमेंट ज़रूरी
machine-translated = मशीनी अनुवाद
guide-city-own = प्रकाशक: { $city }

## First run: network consent
first-run-network-title = क्या नई जानकारी की जाँच करें?
first-run-network-body = जब आप ऑनलाइन हों, तब Witaj आपके शहर द्वारा हस्ताक्षरित नई जानकारी डाउनलोड कर सकता है। आपके या आपकी खोजों के बारे में कुछ भी नहीं भेजा जाता। आप इसे बाद में सेटिंग्स में बदल सकते हैं।
first-run-network-allow = हाँ, अपडेट की जाँच करें
first-run-network-deny = नहीं, ऑफ़लाइन ही रहें

## More feed and content errors
error-feed-app-too-old = इस अपडेट के लिए Witaj का नया संस्करण चाहिए। ऐप अपडेट करें, फिर दोबारा कोशिश करें।
error-feed-not-yet-valid = इस अपडेट पर भविष्य की तारीख है। अपने डिवाइस की तारीख और समय जाँचें, फिर दोबारा कोशिश करें।
error-feed-io = फ़ोल्डर पढ़ा नहीं जा सका। USB स्टिक या फ़ोल्डर जाँचें, फिर दोबारा कोशिश करें।
error-content-read = कैटलॉग की एक फ़ाइल पढ़ी नहीं जा सकी।
error-content-not-found = कैटलॉग की कोई फ़ाइल नहीं मिली।
error-content-invalid = कैटलॉग की फ़ाइलों में त्रुटियाँ हैं।
error-i18n-invalid = अनुवाद लोड नहीं किए जा सके।

## Notices
notices-title = सूचनाएँ
notice-severity-urgent = अत्यावश्यक
notice-severity-important = महत्वपूर्ण
notice-severity-info = जानकारी
notice-dismiss = यह सूचना छिपाएँ
notice-official-page = आधिकारिक पेज

## Read aloud
listen = सुनें
listen-stop = रोकें
error-speech-unavailable = पढ़कर सुनाने के लिए इस डिवाइस पर स्पीच इंजन ज़रूरी है (espeak-ng)।
error-speech-failed = टेक्स्ट पढ़कर सुनाया नहीं जा सका।

## Keyboard and filters
settings-slash-shortcut = खोज फ़ील्ड पर जाने के लिए / दबाएँ
filter-remove-category = श्रेणी फ़िल्टर हटाएँ

## Help desks and empty searches
service-side-by-side = पोलिश के साथ-साथ
clerk-larger = बड़ा टेक्स्ट
search-nothing-found = इन शब्दों से कुछ नहीं मिला। ये मदद कर सकते हैं:
search-without-filters = बिना फ़िल्टर के खोजें
search-help-point = आपके शहर में विदेशियों के लिए सहायता केंद्र
search-helplines = क्या आप अभी किसी से बात करना चाहते हैं?
helpline-116123 = 116 123 – भावनात्मक संकट में मुफ़्त सहायता लाइन
helpline-112 = 112 – आपातकालीन नंबर

## My plan, reports of wrong or missing information, spelling suggestions
nav-plan = मेरी योजना
plan-title = मेरी योजना
plan-empty = अभी कुछ भी सहेजा नहीं गया है। किसी सेवा या गाइड पर “योजना में सहेजें” दबाएँ; यह सिर्फ़ इसी डिवाइस पर रहता है।
plan-save = योजना में सहेजें
plan-saved = ✓ योजना में है (हटाएँ)
plan-progress = पूरे हुए: { $total } में से { $done }
plan-checklist-progress = चेकलिस्ट में टिक किए गए: { $total } में से { $done }
plan-gone = अब कैटलॉग में नहीं है
plan-done = पूरा हुआ
plan-kind-guide = गाइड
plan-kind-service = सेवा
plan-note = मेरा नोट
plan-remove = योजना से हटाएँ
plan-print = पोलिश के साथ प्रिंट करें
plan-save-contacts = संपर्क सहेजें (vCard)
plan-reports = मेरी रिपोर्टें
file-saved = { $path } में सहेजा गया
search-did-you-mean = क्या आपका मतलब “{ $query }” था?
report-open = इस जानकारी में ग़लती की रिपोर्ट करें
report-title = क्या ग़लत है?
report-what = चुनें कि क्या ग़लत है
report-problem-closed = बंद हो गया है
report-problem-moved = पता बदल गया है
report-problem-wrong-phone = फ़ोन नंबर ग़लत है
report-problem-wrong-hours = खुलने का समय ग़लत है
report-problem-other = कुछ और
report-problem-missing = नहीं मिला
report-text = और बताएँ (वैकल्पिक)
report-missing-open = बताएँ कि आपको क्या नहीं मिला
report-missing-title = आपको क्या नहीं मिला?
report-missing-text = आप क्या ढूँढ रहे थे?
report-searched = आपने खोजा
report-privacy = रिपोर्ट तब तक इसी डिवाइस पर रहती है, जब तक आप उसे भेजने का फ़ैसला नहीं करते। अपने-आप कुछ भी नहीं भेजा जाता।
report-keep = यह रिपोर्ट रखें
report-cancel = रद्द करें
report-close = बंद करें
report-queued = आपकी रिपोर्ट इस डिवाइस पर रख ली गई है। धन्यवाद!
report-pass-on-hint = अपनी रिपोर्टें अपने ईमेल ऐप से शहर को भेजें, या उन्हें ऐसी फ़ाइल में सहेजें जिसे कोई सहायता केंद्र आगे भेज सके।
report-send-email = ईमेल से भेजें
report-save-file = फ़ाइल में सहेजें
report-email-to = प्रति:
report-passed-on-email = आपके ईमेल ऐप में खोला गया
report-passed-on-file = फ़ाइल में सहेजा गया
report-waiting = प्रतीक्षा में: अभी भेजी नहीं गई
report-delete = रिपोर्ट मिटाएँ
report-email-subject = Witaj: जानकारी के बारे में रिपोर्टें ({ $count })
report-email-intro = नमस्ते, Witaj ऐप की जानकारी के बारे में रिपोर्टें नीचे दी गई हैं:
report-email-searched = खोजा गया: { $query }
report-email-words = रिपोर्ट करने वाले के अपने शब्द ({ $language }):
error-storage = आपका सहेजा गया डेटा इस डिवाइस पर पढ़ा या लिखा नहीं जा सका।
error-note-too-long = नोट में ज़्यादा से ज़्यादा 500 अक्षर हो सकते हैं।
error-plan-full = आपकी योजना भर गई है (200 चीज़ें)। और सहेजने के लिए कुछ हटाएँ।
error-too-many-reports = 100 रिपोर्टें प्रतीक्षा में हैं। पहले कुछ भेजें या मिटाएँ।
error-not-in-plan = यह अब आपकी योजना में नहीं है।
error-no-service = वह सेवा चुनें जिसके बारे में रिपोर्ट है।
error-nothing-said = लिखें कि आप क्या ढूँढ रहे थे।
error-too-long = टेक्स्ट बहुत लंबा है (ज़्यादा से ज़्यादा 2000 अक्षर)।
error-io = फ़ाइल सहेजी नहीं जा सकी।
