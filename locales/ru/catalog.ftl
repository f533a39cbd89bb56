## Cities (names as newcomers know them)
city-bialystok = Белосток
city-bydgoszcz = Быдгощ
city-gdansk = Гданьск
city-katowice = Катовице
city-krakow = Краков
city-lublin = Люблин
city-lodz = Лодзь
city-poznan = Познань
city-rzeszow = Жешув
city-szczecin = Щецин
city-warszawa = Варшава
city-wroclaw = Вроцлав

## Categories
category-residence = Пребывание и разрешения на работу
category-civil-registration = PESEL и регистрация по месту жительства
category-employment = Работа и центры занятости
category-tax-insurance = Налоги, социальное и медицинское страхование
category-health = Медицинская помощь
category-education = Школы и образование
category-language-courses = Курсы польского языка
category-housing = Жильё
category-legal-aid = Бесплатная юридическая помощь
category-social-welfare = Социальная помощь
category-crisis-support = Кризисная и психологическая помощь
category-integration = Помощь иностранцам
category-emergency = Экстренная помощь

## Words people search for, per category: comma-separated, any number.
## They are indexed in every language, so a word typed in one language
## finds services written in another.
search-terms-residence = карта побыту, вид на жительство, разрешение на пребывание, разрешение на работу, виза, временная защита, гуманитарная виза, ужонд воеводски, воеводство, легализация, побыт
search-terms-civil-registration = PESEL, ПЕСЕЛЬ, песель, мельдунек, прописка, регистрация, гмина, городское управление, профиль зауфаны, доверенный профиль, идентификационный номер
search-terms-employment = работа, вакансия, биржа труда, центр занятости, ужонд працы, безработный, трудоустройство, карьера
search-terms-tax-insurance = налог, налоговая, ужонд скарбовы, NIP, ЗУС, ZUS, НФЗ, NFZ, страховка, медицинская страховка, пенсия
search-terms-health = врач, больница, поликлиника, пшиходня, семейный врач, терапевт, аптека, скорая, SOR, болезнь, медсестра
search-terms-education = школа, детский сад, садик, образование, нострификация, признание диплома, диплом, ученик
search-terms-language-courses = курсы польского, польский язык, уроки польского, изучение польского, курс языка, польский
search-terms-housing = жильё, квартира, аренда, общежитие, приют, ночлежка, проживание, бездомный
search-terms-legal-aid = юрист, адвокат, юридическая консультация, юридическая помощь, бесплатный юрист, права
search-terms-social-welfare = социальная помощь, соцпомощь, МОПС, MOPS, МОПР, MOPR, пособие, выплаты, материальная помощь, льготы
search-terms-crisis-support = кризис, психолог, психологическая помощь, насилие, домашнее насилие, травма, суицид, телефон доверия, горячая линия, депрессия
search-terms-integration = иностранцы, мигранты, беженцы, интеграция, информационный пункт, фонд, общественная организация, помощь
search-terms-emergency = 112, скорая, скорая помощь, полиция, пожарные, спасатели, экстренный вызов, неотложная помощь

## Public holidays
holiday-new-year = Новый год
holiday-epiphany = Богоявление
holiday-easter-sunday = Пасха
holiday-easter-monday = Пасхальный понедельник
holiday-labour-day = День труда
holiday-constitution-day = День Конституции 3 мая
holiday-pentecost = Пятидесятница (Троица)
holiday-corpus-christi = Праздник Тела Христова
holiday-assumption = Успение Богородицы
holiday-all-saints = День всех святых
holiday-independence-day = День независимости
holiday-christmas-eve = Сочельник
holiday-christmas = Рождество
holiday-second-day-of-christmas = Второй день Рождества

## Weekdays
weekday-mon = понедельник
weekday-tue = вторник
weekday-wed = среда
weekday-thu = четверг
weekday-fri = пятница
weekday-sat = суббота
weekday-sun = воскресенье

## Languages spoken at services (ISO 639-1)
language-pl = польский
language-en = английский
language-uk = украинский
language-ru = русский
language-be = белорусский
language-ka = грузинский
language-ar = арабский
language-hi = хинди
language-vi = вьетнамский
language-tr = турецкий
language-de = немецкий
language-fr = французский
language-es = испанский
language-it = итальянский
