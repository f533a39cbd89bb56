# Witaj user interface, Russian. Every string the app or the CLI shows.
# Message ids are stable; translators change only the text after "=".

locale-native-name = Русский
app-name = Witaj
app-tagline = Помощь для новоприбывших в польских городах — на вашем языке

## First run
first-run-choose-language = Выберите язык
first-run-language-filter = Найти язык
first-run-choose-city = Выберите город
first-run-change-later = Это можно изменить позже в разделе «Настройки».

## Navigation
nav-home = Главная
nav-guides = Инструкции
nav-settings = Настройки
nav-back = Назад
nav-skip-to-content = Перейти к основному содержимому
nav-main = Основная навигация

## Search and results
search-label = Поиск услуг
search-placeholder = Что вам нужно? Например: врач, PESEL, работа
search-clear = Очистить поиск
search-results-count = { $count ->
    [0] Услуги не найдены
    [one] Найдена { $count } услуга
    [few] Найдено { $count } услуги
    [many] Найдено { $count } услуг
   *[other] Найдено { $count } услуги
}
browse-categories = Категории
recently-viewed = Недавно просмотренные
recently-viewed-empty = Здесь появятся услуги, которые вы откроете.

## Filters
filters-label = Фильтры
filter-open-now = Открыто сейчас
filter-free = Бесплатно
filter-speaks-my-language = Говорят на моём языке
filter-category = Категория
filter-language-spoken = Язык обслуживания
filter-any-language = Любой язык
filter-remove = Убрать фильтр: { $filter }

## Opening status
hours-open-until = Открыто · до { $time }
hours-open-always = Открыто круглосуточно
hours-closed-opens = Закрыто · откроется: { $day }, { $time }
hours-closed-opens-today = Закрыто · откроется сегодня в { $time }
hours-closed-opens-tomorrow = Закрыто · откроется завтра в { $time }
hours-closed = Закрыто
hours-unknown = Часы работы неизвестны
hours-week = Часы работы
hours-today = Сегодня
hours-day-closed = Закрыто
hours-unknown-detail = Часы работы не опубликованы. Перед визитом позвоните или проверьте сайт.

## Service detail
service-polish-name = По-польски
service-what = С чем помогают
service-how = Как получить помощь
service-documents = Что взять с собой
service-address = Адрес
service-open-in-maps = Открыть на карте
service-phones = Телефон
service-call = Позвонить: { $number }
service-website = Сайт
service-email = Эл. почта
service-languages = Языки обслуживания
service-languages-unknown = Неизвестно; по-польски обслуживают всегда.
service-accessibility = Доступность
service-cost = Стоимость
service-free = Бесплатно
service-paid = Возможна оплата
service-cost-unknown = Уточните стоимость
service-last-verified = Последняя проверка: { $date }
service-stale = Эти данные проверяли больше года назад, поэтому они могли измениться.
service-source = Источник
service-organization = Организация
service-machine-translated = Машинный перевод: текст на вашем языке создан автоматически и ждёт проверки.
service-show-clerk = Показать сотруднику
service-print = Распечатать направление
service-share-qr = QR-код для телефона
service-status-temporarily-closed = Временно закрыто
service-status-inactive = Не работает

## Guides
guides-title = Пошаговые инструкции
guide-steps = Шаги
guide-checklist = Список: что взять с собой
guide-offices = Учреждения в городе { $city }
guide-no-offices = Для города { $city } такого учреждения в каталоге пока нет.
guide-step-number = Шаг { $number }

## Settings
settings-title = Настройки
settings-language = Язык
settings-city = Город
settings-text-size = Размер текста
settings-text-size-normal = Обычный
settings-text-size-large = Крупный
settings-text-size-larger = Ещё крупнее
settings-high-contrast = Высокий контраст
settings-network = Обновлять каталог через интернет
settings-data-status = Состояние каталога
settings-wipe = Удалить всё с этого устройства
settings-wipe-done = Ваша история и настройки удалены с этого устройства.

## Catalog status and updates
data-updated = Обновлено { $date }
data-version = Версия { $version }
data-outdated = Эта информация может быть устаревшей. Обновите её, когда будете онлайн.
data-update-now = Обновить сейчас
data-up-to-date = Каталог актуален.

## Errors (codes are stable; see ARCHITECTURE.md)
error-generic = Что-то пошло не так. Сохранённый каталог по-прежнему доступен.
error-catalog-open = Не удалось открыть каталог.
error-catalog-missing = Каталог отсутствует. Переустановите приложение или импортируйте данные города.
error-catalog-database = Не удалось прочитать каталог.
error-catalog-corrupt = Каталог повреждён. Переустановите приложение или импортируйте данные города.
error-not-found = Этой записи больше нет в каталоге.
error-invalid-request = Не удалось понять запрос.

## Catalog updates (signed city feeds)
data-source-bundled = Встроено в приложение
data-applied = Обновлено до версии { $version }.
data-no-feed = Этот город пока не публикует обновления.
data-import = Импортировать данные из папки
data-import-hint = Например, с флешки, которую вам дали в пункте помощи.
data-network-off = Обновление через интернет выключено: ничего не загружается.
sync-stage-checking = Проверка обновлений…
sync-stage-applying = Сохранение новых данных…
error-feed-not-configured = Этот город пока не публикует обновления.
error-feed-offline = Нет соединения — сохранённый каталог по-прежнему доступен.
error-feed-captive-portal = Эта сеть сначала просит войти (страница входа Wi-Fi). Войдите и попробуйте ещё раз.
error-feed-timeout = Сервер сейчас отвечает слишком медленно. Попробуйте позже.
error-feed-http-status = Сервер не прислал обновление. Попробуйте позже.
error-feed-bad-signature = Это обновление не подписано городом, поэтому оно отклонено. Ваш каталог не изменился.
error-feed-expired = Срок действия этого обновления истёк, поэтому оно отклонено. Ваш каталог не изменился.
error-feed-rollback = Это обновление старше данных, которые у вас уже есть. Ваш каталог не изменился.
error-feed-rejected = Обновление отклонено, так как оно повреждено или небезопасно. Ваш каталог не изменился.

## Trust: how an entry was checked, appointments, status
service-verification-drafted = Составлено на основе общедоступной информации — проверьте перед визитом.
service-appointment-required = Только по предварительной записи
service-appointment-recommended = Рекомендуем записаться заранее
service-appointment-not-needed = Запись не нужна
service-book = Записаться на приём
hours-open-appointment-until = Открыто · до { $time } · нужна запись
hours-open-appointment = Открыто · нужна запись
machine-translated = Машинный перевод
guide-city-own = Опубликовано: { $city }

## First run: network consent
first-run-network-title = Проверять обновлённую информацию?
first-run-network-body = Когда вы онлайн, Witaj может загружать более новую информацию, подписанную вашим городом. Никакие данные о вас и ваших поисковых запросах не отправляются. Это можно изменить позже в разделе «Настройки».
first-run-network-allow = Да, проверять обновления
first-run-network-deny = Нет, работать без интернета

## More feed and content errors
error-feed-app-too-old = Для этого обновления нужна более новая версия Witaj. Обновите приложение и попробуйте ещё раз.
error-feed-not-yet-valid = Это обновление датировано будущим числом. Проверьте дату и время на устройстве и попробуйте ещё раз.
error-feed-io = Не удалось прочитать папку. Проверьте флешку или папку и попробуйте ещё раз.
error-content-read = Не удалось прочитать файл каталога.
error-content-not-found = Файлы каталога не найдены.
error-content-invalid = В файлах каталога есть ошибки.
error-i18n-invalid = Не удалось загрузить переводы.

## Notices
notices-title = Объявления
notice-severity-urgent = Срочно
notice-severity-important = Важно
notice-severity-info = Информация
notice-dismiss = Скрыть это объявление
notice-official-page = Официальная страница

## Read aloud
listen = Прослушать
listen-stop = Остановить
error-speech-unavailable = Для чтения вслух на этом устройстве нужен синтезатор речи (espeak-ng).
error-speech-failed = Не удалось прочитать текст вслух.

## Keyboard and filters
settings-slash-shortcut = Клавиша / перемещает курсор в поле поиска
filter-remove-category = Убрать фильтр категории

## Help desks and empty searches
service-side-by-side = Рядом с польским
clerk-larger = Текст крупнее
search-nothing-found = По этим словам ничего не найдено. Вот что может помочь:
search-without-filters = Искать без фильтров
search-help-point = Пункты помощи иностранцам в вашем городе
search-helplines = Хотите с кем-нибудь поговорить прямо сейчас?
helpline-116123 = 116 123 – бесплатная линия поддержки в эмоциональном кризисе
helpline-112 = 112 – экстренный номер

## My plan, reports of wrong or missing information, spelling suggestions
nav-plan = Мой план
plan-title = Мой план
plan-empty = Здесь пока ничего нет. Нажмите «Добавить в план» у услуги или инструкции; план хранится только на этом устройстве.
plan-save = Добавить в план
plan-saved = ✓ В плане (убрать)
plan-progress = Выполнено: { $done } из { $total }
plan-checklist-progress = Отмечено пунктов списка: { $done } из { $total }
plan-gone = Этого больше нет в каталоге
plan-done = Выполнено
plan-kind-guide = Инструкция
plan-kind-service = Услуга
plan-note = Моя заметка
plan-remove = Убрать из плана
plan-print = Печать с польским
plan-save-contacts = Сохранить контакты (vCard)
plan-reports = Мои сообщения
file-saved = Сохранено: { $path }
search-did-you-mean = Возможно, вы имели в виду «{ $query }»?
report-open = Сообщить об ошибке в этой информации
report-title = Что не так?
report-what = Выберите, что не так
report-problem-closed = Больше не работает
report-problem-moved = Сменился адрес
report-problem-wrong-phone = Неверный номер телефона
report-problem-wrong-hours = Неверные часы работы
report-problem-other = Другое
report-problem-missing = Не найдено
report-text = Расскажите подробнее (необязательно)
report-missing-open = Сообщить, что не удалось найти
report-missing-title = Что вы не смогли найти?
report-missing-text = Что вы искали?
report-searched = Вы искали
report-privacy = Сообщение остаётся на этом устройстве, пока вы сами не решите его отправить. Ничего не отправляется автоматически.
report-keep = Сохранить сообщение
report-cancel = Отмена
report-close = Закрыть
report-queued = Ваше сообщение сохранено на этом устройстве. Спасибо!
report-pass-on-hint = Отправьте сообщения городу из своей электронной почты или сохраните их в файл, который пункт помощи сможет переслать.
report-send-email = Отправить по эл. почте
report-save-file = Сохранить в файл
report-email-to = Кому:
report-passed-on-email = Открыто в почтовом приложении
report-passed-on-file = Сохранено в файл
report-waiting = Ждёт: ещё не отправлено
report-delete = Удалить сообщение
report-email-subject = Witaj: замечания к информации ({ $count })
report-email-intro = Здравствуйте! Пересылаю замечания к информации в приложении Witaj:
report-email-searched = Искали: { $query }
report-email-words = Слова автора сообщения ({ $language }):
error-storage = Не удалось прочитать или записать ваши данные на этом устройстве.
error-note-too-long = Заметка может содержать не более 500 символов.
error-plan-full = Ваш план заполнен (200 пунктов). Уберите что-нибудь, чтобы добавить новое.
error-too-many-reports = Отправки ждут 100 сообщений. Сначала отправьте или удалите часть из них.
error-not-in-plan = Этого уже нет в вашем плане.
error-no-service = Выберите услугу, к которой относится сообщение.
error-nothing-said = Напишите, что вы искали.
error-too-long = Текст слишком длинный (не более 2000 символов).
error-io = Не удалось сохранить файл.
