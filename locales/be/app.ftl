# Witaj user interface, Belarusian. Every string the app or the CLI shows.
# Message ids are stable; translators change only the text after "=".

locale-native-name = Беларуская
app-name = Witaj
app-tagline = Дапамога для тых, хто нядаўна прыехаў у польскія гарады, — на вашай мове

## First run
first-run-choose-language = Выберыце мову
first-run-language-filter = Знайсці мову
first-run-choose-city = Выберыце горад
first-run-change-later = Гэта можна змяніць пазней у раздзеле «Налады».

## Navigation
nav-home = Галоўная
nav-guides = Інструкцыі
nav-settings = Налады
nav-back = Назад
nav-skip-to-content = Перайсці да асноўнага зместу
nav-main = Асноўная навігацыя

## Search and results
search-label = Пошук паслуг
search-placeholder = Што вам трэба? Напрыклад: урач, PESEL, праца
search-clear = Ачысціць пошук
search-results-count = { $count ->
    [0] Паслуг не знойдзена
    [one] Знойдзена { $count } паслуга
    [few] Знойдзена { $count } паслугі
    [many] Знойдзена { $count } паслуг
   *[other] Знойдзена { $count } паслугі
}
browse-categories = Катэгорыі
recently-viewed = Нядаўна прагледжаныя
recently-viewed-empty = Тут з’явяцца паслугі, якія вы адкрыеце.

## Filters
filters-label = Фільтры
filter-open-now = Адчынена зараз
filter-free = Бясплатна
filter-speaks-my-language = Размаўляюць на маёй мове
filter-category = Катэгорыя
filter-language-spoken = Мова абслугоўвання
filter-any-language = Любая мова
filter-remove = Прыбраць фільтр: { $filter }

## Opening status
hours-open-until = Адчынена · да { $time }
hours-open-always = Адчынена кругласутачна
hours-closed-opens = Зачынена · адчыніцца: { $day }, { $time }
hours-closed-opens-today = Зачынена · адчыніцца сёння, { $time }
hours-closed-opens-tomorrow = Зачынена · адчыніцца заўтра, { $time }
hours-closed = Зачынена
hours-unknown = Гадзіны працы невядомыя
hours-week = Гадзіны працы
hours-today = Сёння
hours-day-closed = Зачынена
hours-unknown-detail = Гадзіны працы не апублікаваныя. Перад візітам патэлефануйце або праверце сайт.

## Service detail
service-polish-name = Па-польску
service-what = З чым дапамагаюць
service-how = Як атрымаць дапамогу
service-documents = Што ўзяць з сабой
service-address = Адрас
service-open-in-maps = Адкрыць на карце
service-phones = Тэлефон
service-call = Патэлефанаваць: { $number }
service-website = Сайт
service-email = Эл. пошта
service-languages = Мовы абслугоўвання
service-languages-unknown = Невядома; па-польску абслугоўваюць заўсёды.
service-accessibility = Даступнасць
service-cost = Кошт
service-free = Бясплатна
service-paid = Можа быць платна
service-cost-unknown = Спытайце пра кошт
service-last-verified = Апошняя праверка: { $date }
service-stale = Гэтыя звесткі правяралі больш за год таму, таму яны маглі змяніцца.
service-source = Крыніца
service-organization = Арганізацыя
service-machine-translated = Машынны пераклад: тэкст на вашай мове створаны аўтаматычна і чакае праверкі.
service-show-clerk = Паказаць супрацоўніку
service-print = Раздрукаваць накіраванне
service-share-qr = QR-код для тэлефона
service-status-temporarily-closed = Часова зачынена
service-status-inactive = Не працуе

## Guides
guides-title = Пакрокавыя інструкцыі
guide-steps = Крокі
guide-checklist = Спіс: што ўзяць з сабой
guide-offices = Установы ў горадзе { $city }
guide-no-offices = Для горада { $city } такой установы ў каталогу пакуль няма.
guide-step-number = Крок { $number }

## Settings
settings-title = Налады
settings-language = Мова
settings-city = Горад
settings-text-size = Памер тэксту
settings-text-size-normal = Звычайны
settings-text-size-large = Вялікі
settings-text-size-larger = Яшчэ большы
settings-high-contrast = Высокі кантраст
settings-network = Абнаўляць каталог праз інтэрнэт
settings-data-status = Стан каталога
settings-wipe = Выдаліць усё з гэтай прылады
settings-wipe-done = Ваша гісторыя і налады выдалены з гэтай прылады.

## Catalog status and updates
data-updated = Абноўлена { $date }
data-version = Версія { $version }
data-outdated = Гэтая інфармацыя можа быць састарэлай. Абнавіце яе, калі будзеце ў сетцы.
data-update-now = Абнавіць зараз
data-up-to-date = Каталог актуальны.

## Errors (codes are stable; see ARCHITECTURE.md)
error-generic = Нешта пайшло не так. Захаваны каталог па-ранейшаму даступны.
error-catalog-open = Не ўдалося адкрыць каталог.
error-catalog-missing = Каталог адсутнічае. Пераўсталюйце праграму або імпартуйце даныя горада.
error-catalog-database = Не ўдалося прачытаць каталог.
error-catalog-corrupt = Каталог пашкоджаны. Пераўсталюйце праграму або імпартуйце даныя горада.
error-not-found = Гэтага запісу ўжо няма ў каталогу.
error-invalid-request = Не ўдалося зразумець запыт.

## Catalog updates (signed city feeds)
data-source-bundled = Убудавана ў праграму
data-applied = Абноўлена да версіі { $version }.
data-no-feed = Гэты горад пакуль не публікуе абнаўленняў.
data-import = Імпартаваць даныя з папкі
data-import-hint = Напрыклад, з флэшкі, якую вам далі ў пункце дапамогі.
data-network-off = Абнаўленне праз інтэрнэт выключана: нічога не спампоўваецца.
sync-stage-checking = Праверка абнаўленняў…
sync-stage-applying = Захаванне новых даных…
error-feed-not-configured = Гэты горад пакуль не публікуе абнаўленняў.
error-feed-offline = Няма злучэння — захаваны каталог па-ранейшаму даступны.
error-feed-captive-portal = Гэтая сетка спачатку просіць увайсці (старонка ўваходу Wi-Fi). Увайдзіце і паспрабуйце яшчэ раз.
error-feed-timeout = Сервер зараз адказвае занадта павольна. Паспрабуйце пазней.
error-feed-http-status = Сервер не даслаў абнаўленне. Паспрабуйце пазней.
error-feed-bad-signature = Гэтае абнаўленне не падпісана горадам, таму яно адхілена. Ваш каталог не змяніўся.
error-feed-expired = Тэрмін дзеяння гэтага абнаўлення скончыўся, таму яно адхілена. Ваш каталог не змяніўся.
error-feed-rollback = Гэтае абнаўленне старэйшае за даныя, якія ў вас ужо ёсць. Ваш каталог не змяніўся.
error-feed-rejected = Абнаўленне адхілена, бо яно пашкоджанае або небяспечнае. Ваш каталог не змяніўся.

## Trust: how an entry was checked, appointments, status
service-verification-drafted = Складзена на падставе агульнадаступнай інфармацыі — праверце перад візітам.
service-appointment-required = Толькі па папярэднім запісе
service-appointment-recommended = Рэкамендуем запісацца загадзя
service-appointment-not-needed = Запіс не патрэбны
service-book = Запісацца на прыём
hours-open-appointment-until = Адчынена · да { $time } · патрэбны запіс
hours-open-appointment = Адчынена · патрэбны запіс
machine-translated = Машынны пераклад
guide-city-own = Апублікавана: { $city }

## First run: network consent
first-run-network-title = Правяраць абноўленую інфармацыю?
first-run-network-body = Калі вы ў сетцы, Witaj можа спампоўваць навейшую інфармацыю, падпісаную вашым горадам. Ніякія звесткі пра вас і вашы пошукавыя запыты не адпраўляюцца. Гэта можна змяніць пазней у раздзеле «Налады».
first-run-network-allow = Так, правяраць абнаўленні
first-run-network-deny = Не, працаваць без інтэрнэту

## More feed and content errors
error-feed-app-too-old = Для гэтага абнаўлення патрэбная навейшая версія Witaj. Абнавіце праграму і паспрабуйце яшчэ раз.
error-feed-not-yet-valid = Гэтае абнаўленне мае дату з будучыні. Праверце дату і час на прыладзе і паспрабуйце яшчэ раз.
error-feed-io = Не ўдалося прачытаць папку. Праверце флэшку або папку і паспрабуйце яшчэ раз.
error-content-read = Не ўдалося прачытаць файл каталога.
error-content-not-found = Файлы каталога не знойдзены.
error-content-invalid = У файлах каталога ёсць памылкі.
error-i18n-invalid = Не ўдалося загрузіць пераклады.

## Notices
notices-title = Аб’явы
notice-severity-urgent = Тэрмінова
notice-severity-important = Важна
notice-severity-info = Інфармацыя
notice-dismiss = Схаваць гэтую аб’яву
notice-official-page = Афіцыйная старонка

## Read aloud
listen = Праслухаць
listen-stop = Спыніць
error-speech-unavailable = Для чытання ўслых на гэтай прыладзе патрэбны сінтэзатар маўлення (espeak-ng).
error-speech-failed = Не ўдалося прачытаць тэкст услых.

## Keyboard and filters
settings-slash-shortcut = Клавіша / перамяшчае курсор у поле пошуку
filter-remove-category = Прыбраць фільтр катэгорыі

## Help desks and empty searches
service-side-by-side = Побач з польскай
clerk-larger = Большы тэкст
search-nothing-found = Па гэтых словах нічога не знойдзена. Вось што можа дапамагчы:
search-without-filters = Шукаць без фільтраў
search-help-point = Пункты дапамогі замежнікам у вашым горадзе
search-helplines = Хочаце з кімсьці пагаварыць проста цяпер?
helpline-116123 = 116 123 – бясплатная лінія падтрымкі ў эмацыйным крызісе
helpline-112 = 112 – нумар экстранай дапамогі

## My plan, reports of wrong or missing information, spelling suggestions
nav-plan = Мой план
plan-title = Мой план
plan-empty = Тут пакуль нічога няма. Націсніце «Дадаць у план» каля паслугі або інструкцыі; план захоўваецца толькі на гэтай прыладзе.
plan-save = Дадаць у план
plan-saved = ✓ У плане (прыбраць)
plan-progress = Зроблена: { $done } з { $total }
plan-checklist-progress = Адзначана пунктаў спісу: { $done } з { $total }
plan-gone = Гэтага ўжо няма ў каталогу
plan-done = Зроблена
plan-kind-guide = Інструкцыя
plan-kind-service = Паслуга
plan-note = Мая нататка
plan-remove = Прыбраць з плана
plan-print = Друк з польскай
plan-save-contacts = Захаваць кантакты (vCard)
plan-reports = Мае паведамленні
file-saved = Захавана: { $path }
search-did-you-mean = Магчыма, вы мелі на ўвазе «{ $query }»?
report-open = Паведаміць пра памылку ў гэтай інфармацыі
report-title = Што не так?
report-what = Выберыце, што не так
report-problem-closed = Больш не працуе
report-problem-moved = Змяніўся адрас
report-problem-wrong-phone = Няправільны нумар тэлефона
report-problem-wrong-hours = Няправільныя гадзіны працы
report-problem-other = Нешта іншае
report-problem-missing = Не знойдзена
report-text = Напішыце падрабязней (неабавязкова)
report-missing-open = Паведаміць, чаго не ўдалося знайсці
report-missing-title = Чаго вы не змаглі знайсці?
report-missing-text = Што вы шукалі?
report-searched = Вы шукалі
report-privacy = Паведамленне застаецца на гэтай прыладзе, пакуль вы самі не вырашыце яго адправіць. Нічога не адпраўляецца аўтаматычна.
report-keep = Захаваць паведамленне
report-cancel = Скасаваць
report-close = Закрыць
report-queued = Ваша паведамленне захавана на гэтай прыладзе. Дзякуй!
report-pass-on-hint = Адпраўце паведамленні гораду са сваёй электроннай пошты або захавайце іх у файл, які пункт дапамогі зможа пераслаць.
report-send-email = Адправіць эл. поштай
report-save-file = Захаваць у файл
report-email-to = Каму:
report-passed-on-email = Адкрыта ў паштовай праграме
report-passed-on-file = Захавана ў файл
report-waiting = Чакае: яшчэ не адпраўлена
report-delete = Выдаліць паведамленне
report-email-subject = Witaj: заўвагі да інфармацыі ({ $count })
report-email-intro = Добры дзень! Дасылаю заўвагі да інфармацыі ў праграме Witaj:
report-email-searched = Шукалі: { $query }
report-email-words = Словы аўтара паведамлення ({ $language }):
error-storage = Не ўдалося прачытаць або запісаць вашы даныя на гэтай прыладзе.
error-note-too-long = Нататка можа мець не больш за 500 знакаў.
error-plan-full = Ваш план запоўнены (200 пунктаў). Прыберыце нешта, каб дадаць новае.
error-too-many-reports = Адпраўкі чакаюць 100 паведамленняў. Спачатку адпраўце або выдаліце частку з іх.
error-not-in-plan = Гэтага ўжо няма ў вашым плане.
error-no-service = Выберыце паслугу, якой датычыць паведамленне.
error-nothing-said = Напішыце, што вы шукалі.
error-too-long = Тэкст занадта доўгі (не больш за 2000 знакаў).
error-io = Не ўдалося захаваць файл.
