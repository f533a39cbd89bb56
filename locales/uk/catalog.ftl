## Cities (names as newcomers know them)
city-bialystok = Білосток
city-bydgoszcz = Бидгощ
city-gdansk = Гданськ
city-katowice = Катовіце
city-krakow = Краків
city-lublin = Люблін
city-lodz = Лодзь
city-poznan = Познань
city-rzeszow = Жешув
city-szczecin = Щецин
city-warszawa = Варшава
city-wroclaw = Вроцлав

## Categories
category-residence = Перебування та дозволи на роботу
category-civil-registration = PESEL і реєстрація місця проживання
category-employment = Робота та центри зайнятості
category-tax-insurance = Податки, соціальне та медичне страхування
category-health = Медична допомога
category-education = Школи та освіта
category-language-courses = Курси польської мови
category-housing = Житло
category-legal-aid = Безкоштовна правова допомога
category-social-welfare = Соціальна допомога
category-crisis-support = Кризова та психологічна допомога
category-integration = Допомога іноземцям
category-emergency = Екстрена допомога

## Words people search for, per category: comma-separated, any number.
## They are indexed in every language, so a word typed in one language
## finds services written in another.
search-terms-residence = карта побиту, посвідка на проживання, дозвіл на проживання, дозвіл на роботу, віза, тимчасовий захист, статус UKR, ужонд воєвудзкі, воєводство, легалізація, побит
search-terms-civil-registration = PESEL, ПЕСЕЛЬ, песель, мельдунек, прописка, реєстрація адреси, гміна, міська рада, профіль зауфани, довірений профіль, ідентифікаційний номер
search-terms-employment = робота, праця, вакансія, ужонд праці, центр зайнятості, біржа праці, безробітний, працевлаштування, кар’єра
search-terms-tax-insurance = податок, податкова, ужонд скарбовий, NIP, ЗУС, ZUS, НФЗ, NFZ, страховка, медичне страхування, пенсія
search-terms-health = лікар, лікарня, поліклініка, пшиходня, сімейний лікар, аптека, швидка, SOR, хвороба, медсестра
search-terms-education = школа, дитсадок, дитячий садок, садочок, освіта, нострифікація, визнання диплома, диплом, учень
search-terms-language-courses = курси польської, польська мова, уроки польської, вивчення польської, курс мови, польська
search-terms-housing = житло, квартира, оренда, гуртожиток, притулок, нічліжка, проживання, бездомність
search-terms-legal-aid = юрист, адвокат, юридична консультація, правова допомога, безкоштовний юрист, права
search-terms-social-welfare = соціальна допомога, соцдопомога, МОПС, MOPS, МОПР, MOPR, виплати, допомога, фінансова допомога, пільги
search-terms-crisis-support = криза, психолог, психологічна допомога, насильство, домашнє насильство, травма, суїцид, телефон довіри, гаряча лінія, депресія
search-terms-integration = іноземці, мігранти, біженці, інтеграція, інформаційний пункт, фонд, громадська організація, допомога українцям, допомога
search-terms-emergency = 112, швидка, швидка допомога, поліція, пожежна, рятувальники, невідкладна допомога, екстрений виклик

## Public holidays
holiday-new-year = Новий рік
holiday-epiphany = Богоявлення
holiday-easter-sunday = Великдень
holiday-easter-monday = Великодній понеділок
holiday-labour-day = День праці
holiday-constitution-day = День Конституції 3 травня
holiday-pentecost = Зелені свята (П’ятидесятниця)
holiday-corpus-christi = Боже Тіло
holiday-assumption = Успіння Богородиці
holiday-all-saints = День усіх святих
holiday-independence-day = День незалежності
holiday-christmas-eve = Святвечір
holiday-christmas = Різдво
holiday-second-day-of-christmas = Другий день Різдва

## Weekdays
weekday-mon = понеділок
weekday-tue = вівторок
weekday-wed = середа
weekday-thu = четвер
weekday-fri = п’ятниця
weekday-sat = субота
weekday-sun = неділя

## Languages spoken at services (ISO 639-1)
language-pl = польська
language-en = англійська
language-uk = українська
language-ru = російська
language-be = білоруська
language-ka = грузинська
language-ar = арабська
language-hi = гінді
language-vi = в’єтнамська
language-tr = турецька
language-de = німецька
language-fr = французька
language-es = іспанська
language-it = італійська
