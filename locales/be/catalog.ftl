## Cities (names as newcomers know them)
city-bialystok = Беласток
city-bydgoszcz = Быдгашч
city-gdansk = Гданьск
city-katowice = Катавіцэ
city-krakow = Кракаў
city-lublin = Люблін
city-lodz = Лодзь
city-poznan = Познань
city-rzeszow = Жэшаў
city-szczecin = Шчэцін
city-warszawa = Варшава
city-wroclaw = Вроцлаў

## Categories
category-residence = Дазволы на пражыванне і працу
category-civil-registration = PESEL і рэгістрацыя па месцы жыхарства
category-employment = Праца і цэнтры занятасці
category-tax-insurance = Падаткі, сацыяльнае і медыцынскае страхаванне
category-health = Медыцынская дапамога
category-education = Школы і адукацыя
category-language-courses = Курсы польскай мовы
category-housing = Жыллё
category-legal-aid = Бясплатная юрыдычная дапамога
category-social-welfare = Сацыяльная дапамога
category-crisis-support = Крызісная і псіхалагічная дапамога
category-integration = Дапамога замежнікам
category-emergency = Экстраная дапамога

## Words people search for, per category: comma-separated, any number.
## They are indexed in every language, so a word typed in one language
## finds services written in another.
search-terms-residence = карта побыту, від на жыхарства, дазвол на пражыванне, дазвол на працу, віза, гуманітарная віза, часовая абарона, міжнародная абарона, ужонд ваяводскі, легалізацыя
search-terms-civil-registration = PESEL, ПЕСЕЛЬ, песель, мельдунак, прапіска, рэгістрацыя, гміна, гарадское ўпраўленне, профіль заўфаны, давераны профіль
search-terms-employment = праца, работа, вакансія, цэнтр занятасці, ужонд працы, беспрацоўны, працаўладкаванне, кар’ера
search-terms-tax-insurance = падатак, падатковая, NIP, ZUS, ЗУС, NFZ, НФЗ, страхоўка, медыцынская страхоўка, пенсія
search-terms-health = урач, доктар, бальніца, паліклініка, сямейны ўрач, аптэка, хуткая, SOR, хвароба, медсястра
search-terms-education = школа, дзіцячы сад, садок, адукацыя, нострыфікацыя, прызнанне дыплома, дыплом, вучань
search-terms-language-courses = курсы польскай, польская мова, урокі польскай, вывучэнне польскай, курс мовы, польская
search-terms-housing = жыллё, кватэра, арэнда, інтэрнат, прытулак, начлежка, пражыванне, бяздомны
search-terms-legal-aid = юрыст, адвакат, юрыдычная кансультацыя, юрыдычная дапамога, бясплатны юрыст, правы
search-terms-social-welfare = сацыяльная дапамога, МОПС, MOPS, МОПР, MOPR, дапамога, выплаты, матэрыяльная дапамога, ільготы
search-terms-crisis-support = крызіс, псіхолаг, псіхалагічная дапамога, гвалт, хатні гвалт, траўма, суіцыд, тэлефон даверу, гарачая лінія, дэпрэсія
search-terms-integration = замежнікі, іншаземцы, мігранты, уцекачы, інтэграцыя, інфармацыйны пункт, фонд, грамадская арганізацыя, дапамога
search-terms-emergency = 112, хуткая, хуткая дапамога, паліцыя, пажарныя, выратавальнікі, экстраны выклік

## Public holidays
holiday-new-year = Новы год
holiday-epiphany = Богаяўленне
holiday-easter-sunday = Вялікдзень
holiday-easter-monday = Велікодны панядзелак
holiday-labour-day = Свята працы
holiday-constitution-day = Дзень Канстытуцыі 3 мая
holiday-pentecost = Сёмуха (Пяцідзясятніца)
holiday-corpus-christi = Божае Цела
holiday-assumption = Успенне Багародзіцы
holiday-all-saints = Дзень усіх святых
holiday-independence-day = Дзень незалежнасці
holiday-christmas-eve = Куцця (Вігілія)
holiday-christmas = Каляды
holiday-second-day-of-christmas = Другі дзень Каляд

## Weekdays
weekday-mon = панядзелак
weekday-tue = аўторак
weekday-wed = серада
weekday-thu = чацвер
weekday-fri = пятніца
weekday-sat = субота
weekday-sun = нядзеля

## Languages spoken at services (ISO 639-1)
language-pl = польская
language-en = англійская
language-uk = украінская
language-ru = руская
language-be = беларуская
language-ka = грузінская
language-ar = арабская
language-hi = хіндзі
language-vi = в’етнамская
language-tr = турэцкая
language-de = нямецкая
language-fr = французская
language-es = іспанская
language-it = італьянская
