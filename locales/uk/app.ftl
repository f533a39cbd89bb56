# Witaj user interface, Ukrainian. Every string the app or the CLI shows.
# Message ids are stable; translators change only the text after "=".

locale-native-name = Українська
app-name = Witaj
app-tagline = Допомога для новоприбулих у польських містах — вашою мовою

## First run
first-run-choose-language = Оберіть мову
first-run-language-filter = Знайти мову
first-run-choose-city = Оберіть місто
first-run-change-later = Це можна змінити пізніше в розділі «Налаштування».

## Navigation
nav-home = Головна
nav-guides = Інструкції
nav-settings = Налаштування
nav-back = Назад
nav-skip-to-content = Перейти до основного вмісту
nav-main = Основна навігація

## Search and results
search-label = Пошук послуг
search-placeholder = Що вам потрібно? Наприклад: лікар, PESEL, робота
search-clear = Очистити пошук
search-results-count = { $count ->
    [0] Послуг не знайдено
    [one] Знайдено { $count } послугу
    [few] Знайдено { $count } послуги
    [many] Знайдено { $count } послуг
   *[other] Знайдено { $count } послуги
}
browse-categories = Категорії
recently-viewed = Нещодавно переглянуті
recently-viewed-empty = Тут з’являться послуги, які ви відкриєте.

## Filters
filters-label = Фільтри
filter-open-now = Відчинено зараз
filter-free = Безкоштовно
filter-speaks-my-language = Говорять моєю мовою
filter-category = Категорія
filter-language-spoken = Мова обслуговування
filter-any-language = Будь-яка мова
filter-remove = Прибрати фільтр: { $filter }

## Opening status
hours-open-until = Відчинено · до { $time }
hours-open-always = Відчинено цілодобово
hours-closed-opens = Зачинено · відчиниться: { $day }, { $time }
hours-closed-opens-today = Зачинено · відчиниться сьогодні о { $time }
hours-closed-opens-tomorrow = Зачинено · відчиниться завтра о { $time }
hours-closed = Зачинено
hours-unknown = Години роботи невідомі
hours-week = Години роботи
hours-today = Сьогодні
hours-day-closed = Зачинено
hours-unknown-detail = Години роботи не опубліковані. Перед візитом зателефонуйте або перевірте вебсайт.

## Service detail
service-polish-name = Польською
service-what = З чим допомагають
service-how = Як отримати допомогу
service-documents = Що взяти з собою
service-address = Адреса
service-open-in-maps = Відкрити на карті
service-phones = Телефон
service-call = Зателефонувати: { $number }
service-website = Вебсайт
service-email = Ел. пошта
service-languages = Мови обслуговування
service-languages-unknown = Невідомо; польською обслуговують завжди.
service-accessibility = Доступність
service-cost = Вартість
service-free = Безкоштовно
service-paid = Можлива оплата
service-cost-unknown = Запитайте про вартість
service-last-verified = Востаннє перевірено: { $date }
service-stale = Ці дані перевіряли понад рік тому, тож вони могли змінитися.
service-source = Джерело
service-organization = Організація
service-machine-translated = Машинний переклад: текст вашою мовою створено автоматично, він чекає на перевірку.
service-show-clerk = Показати працівникові
service-print = Надрукувати направлення
service-share-qr = QR-код для телефона
service-status-temporarily-closed = Тимчасово зачинено
service-status-inactive = Не працює

## Guides
guides-title = Покрокові інструкції
guide-steps = Кроки
guide-checklist = Список: що взяти з собою
guide-offices = Установи у місті { $city }
guide-no-offices = Для міста { $city } такої установи в каталозі ще немає.
guide-step-number = Крок { $number }

## Settings
settings-title = Налаштування
settings-language = Мова
settings-city = Місто
settings-text-size = Розмір тексту
settings-text-size-normal = Звичайний
settings-text-size-large = Великий
settings-text-size-larger = Ще більший
settings-high-contrast = Висока контрастність
settings-network = Оновлювати каталог через інтернет
settings-data-status = Стан каталогу
settings-wipe = Видалити все з цього пристрою
settings-wipe-done = Вашу історію та налаштування видалено з цього пристрою.

## Catalog status and updates
data-updated = Оновлено { $date }
data-version = Версія { $version }
data-outdated = Ця інформація може бути застарілою. Оновіть її, коли будете онлайн.
data-update-now = Оновити зараз
data-up-to-date = Каталог актуальний.

## Errors (codes are stable; see ARCHITECTURE.md)
error-generic = Щось пішло не так. Збережений каталог і далі доступний.
error-catalog-open = Не вдалося відкрити каталог.
error-catalog-missing = Каталог відсутній. Перевстановіть застосунок або імпортуйте дані міста.
error-catalog-database = Не вдалося прочитати каталог.
error-catalog-corrupt = Каталог пошкоджено. Перевстановіть застосунок або імпортуйте дані міста.
error-not-found = Цього запису вже немає в каталозі.
error-invalid-request = Не вдалося зрозуміти запит.

## Catalog updates (signed city feeds)
data-source-bundled = Вбудовано в застосунок
data-applied = Оновлено до версії { $version }.
data-no-feed = Це місто ще не публікує оновлень.
data-import = Імпортувати дані з папки
data-import-hint = Наприклад, з флешки, яку вам дали в пункті допомоги.
data-network-off = Оновлення через інтернет вимкнено: нічого не завантажується.
sync-stage-checking = Перевірка оновлень…
sync-stage-applying = Збереження нових даних…
error-feed-not-configured = Це місто ще не публікує оновлень.
error-feed-offline = Немає з’єднання — збережений каталог і далі доступний.
error-feed-captive-portal = Ця мережа спершу просить увійти (сторінка входу Wi-Fi). Увійдіть і спробуйте ще раз.
error-feed-timeout = Сервер зараз відповідає надто повільно. Спробуйте пізніше.
error-feed-http-status = Сервер не надіслав оновлення. Спробуйте пізніше.
error-feed-bad-signature = Це оновлення не підписане містом, тому його відхилено. Ваш каталог не змінився.
error-feed-expired = Термін дії цього оновлення минув, тому його відхилено. Ваш каталог не змінився.
error-feed-rollback = Це оновлення старіше за дані, які у вас уже є. Ваш каталог не змінився.
error-feed-rejected = Оновлення відхилено, бо воно пошкоджене або небезпечне. Ваш каталог не змінився.

## Trust: how an entry was checked, appointments, status
service-verification-drafted = Складено на основі загальнодоступної інформації — перевірте перед візитом.
service-appointment-required = Лише за попереднім записом
service-appointment-recommended = Радимо записатися заздалегідь
service-appointment-not-needed = Запис не потрібен
service-book = Записатися на прийом
hours-open-appointment-until = Відчинено · до { $time } · потрібен запис
hours-open-appointment = Відчинено · потрібен запис
machine-translated = Машинний переклад
guide-city-own = Опубліковано: { $city }

## First run: network consent
first-run-network-title = Перевіряти оновлену інформацію?
first-run-network-body = Коли ви онлайн, Witaj може завантажувати новішу інформацію, підписану вашим містом. Жодних даних про вас чи ваші пошукові запити не надсилається. Це можна змінити пізніше в розділі «Налаштування».
first-run-network-allow = Так, перевіряти оновлення
first-run-network-deny = Ні, працювати без інтернету

## More feed and content errors
error-feed-app-too-old = Для цього оновлення потрібна новіша версія Witaj. Оновіть застосунок і спробуйте ще раз.
error-feed-not-yet-valid = Це оновлення має дату з майбутнього. Перевірте дату й час на пристрої та спробуйте ще раз.
error-feed-io = Не вдалося прочитати папку. Перевірте флешку або папку й спробуйте ще раз.
error-content-read = Не вдалося прочитати файл каталогу.
error-content-not-found = Файлів каталогу не знайдено.
error-content-invalid = У файлах каталогу є помилки.
error-i18n-invalid = Не вдалося завантажити переклади.

## Notices
notices-title = Оголошення
notice-severity-urgent = Терміново
notice-severity-important = Важливо
notice-severity-info = Інформація
notice-dismiss = Приховати це оголошення
notice-official-page = Офіційна сторінка

## Read aloud
listen = Прослухати
listen-stop = Зупинити
error-speech-unavailable = Для читання вголос на цьому пристрої потрібен синтезатор мовлення (espeak-ng).
error-speech-failed = Не вдалося прочитати текст уголос.

## Keyboard and filters
settings-slash-shortcut = Клавіша / переміщує курсор у поле пошуку
filter-remove-category = Прибрати фільтр категорії

## Help desks and empty searches
service-side-by-side = Поруч із польською
clerk-larger = Більший текст
search-nothing-found = За цими словами нічого не знайдено. Ось що може допомогти:
search-without-filters = Шукати без фільтрів
search-help-point = Пункти допомоги іноземцям у вашому місті
search-helplines = Хочете з кимось поговорити просто зараз?
helpline-116123 = 116 123 – безкоштовна лінія підтримки в емоційній кризі
helpline-112 = 112 – екстрений номер

## My plan, reports of wrong or missing information, spelling suggestions
nav-plan = Мій план
plan-title = Мій план
plan-empty = Тут ще нічого немає. Натисніть «Додати до плану» біля послуги чи інструкції; план зберігається лише на цьому пристрої.
plan-save = Додати до плану
plan-saved = ✓ У плані (прибрати)
plan-progress = Виконано: { $done } з { $total }
plan-checklist-progress = Позначено пунктів списку: { $done } з { $total }
plan-gone = Цього вже немає в каталозі
plan-done = Виконано
plan-kind-guide = Інструкція
plan-kind-service = Послуга
plan-note = Моя нотатка
plan-remove = Прибрати з плану
plan-print = Друк із польською
plan-save-contacts = Зберегти контакти (vCard)
plan-reports = Мої повідомлення
file-saved = Збережено: { $path }
search-did-you-mean = Можливо, ви мали на увазі «{ $query }»?
report-open = Повідомити про помилку в цій інформації
report-title = Що не так?
report-what = Оберіть, що не так
report-problem-closed = Більше не працює
report-problem-moved = Змінилася адреса
report-problem-wrong-phone = Неправильний номер телефону
report-problem-wrong-hours = Неправильні години роботи
report-problem-other = Щось інше
report-problem-missing = Не знайдено
report-text = Напишіть докладніше (необов’язково)
report-missing-open = Повідомити, чого не вдалося знайти
report-missing-title = Чого ви не змогли знайти?
report-missing-text = Що ви шукали?
report-searched = Ви шукали
report-privacy = Повідомлення залишається на цьому пристрої, доки ви самі не вирішите його надіслати. Нічого не надсилається автоматично.
report-keep = Зберегти повідомлення
report-cancel = Скасувати
report-close = Закрити
report-queued = Ваше повідомлення збережено на цьому пристрої. Дякуємо!
report-pass-on-hint = Надішліть повідомлення місту зі своєї електронної пошти або збережіть їх у файл, який пункт допомоги зможе переслати.
report-send-email = Надіслати ел. поштою
report-save-file = Зберегти у файл
report-email-to = Кому:
report-passed-on-email = Відкрито в поштовому застосунку
report-passed-on-file = Збережено у файл
report-waiting = Очікує: ще не надіслано
report-delete = Видалити повідомлення
report-email-subject = Witaj: зауваження до інформації ({ $count })
report-email-intro = Добрий день! Надсилаю зауваження до інформації в застосунку Witaj:
report-email-searched = Шукали: { $query }
report-email-words = Слова автора повідомлення ({ $language }):
error-storage = Не вдалося прочитати або записати ваші дані на цьому пристрої.
error-note-too-long = Нотатка може містити щонайбільше 500 символів.
error-plan-full = Ваш план заповнено (200 пунктів). Приберіть щось, щоб додати нове.
error-too-many-reports = Надсилання очікують 100 повідомлень. Спершу надішліть або видаліть частину з них.
error-not-in-plan = Цього вже немає у вашому плані.
error-no-service = Оберіть послугу, якої стосується повідомлення.
error-nothing-said = Напишіть, що ви шукали.
error-too-long = Текст задовгий (щонайбільше 2000 символів).
error-io = Не вдалося зберегти файл.
