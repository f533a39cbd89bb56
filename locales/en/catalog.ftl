## Cities (names as newcomers know them)
city-bialystok = Białystok
city-bydgoszcz = Bydgoszcz
city-gdansk = Gdańsk
city-katowice = Katowice
city-krakow = Kraków
city-lublin = Lublin
city-lodz = Łódź
city-poznan = Poznań
city-rzeszow = Rzeszów
city-szczecin = Szczecin
city-warszawa = Warsaw
city-wroclaw = Wrocław

## Categories
category-residence = Residence and work permits
category-civil-registration = PESEL and address registration
category-employment = Jobs and employment offices
category-tax-insurance = Tax, social and health insurance
category-health = Health care
category-education = Schools and education
category-language-courses = Polish language courses
category-housing = Housing
category-legal-aid = Free legal aid
category-social-welfare = Social welfare
category-crisis-support = Crisis and psychological help
category-integration = Help for foreigners
category-emergency = Emergency

## Words people search for, per category: comma-separated, any number.
## They are indexed in every language, so a word typed in one language
## finds services written in another.
search-terms-residence = residence permit, residence card, work permit, visa, temporary protection, foreigners office, legalisation, stay
search-terms-civil-registration = PESEL, registration, address registration, city hall, trusted profile, ID number, check-in
search-terms-employment = job, work, employment office, unemployed, vacancy, career
search-terms-tax-insurance = tax, tax office, NIP, social insurance, ZUS, NFZ, health insurance, pension
search-terms-health = doctor, clinic, hospital, GP, family doctor, pharmacy, emergency room, medical, illness, nurse
search-terms-education = school, kindergarten, preschool, education, diploma, certificate recognition, pupil
search-terms-language-courses = Polish course, Polish language, language lessons, learn Polish
search-terms-housing = housing, flat, apartment, shelter, rent, accommodation, homeless
search-terms-legal-aid = lawyer, legal advice, legal aid, attorney, rights
search-terms-social-welfare = social welfare, social assistance, benefits, allowance, financial help
search-terms-crisis-support = crisis, psychologist, psychological help, violence, domestic violence, trauma, suicide, helpline
search-terms-integration = foreigners, migrants, refugees, integration, information point, NGO, help
search-terms-emergency = emergency, ambulance, police, fire brigade, 112

## Public holidays
holiday-new-year = New Year's Day
holiday-epiphany = Epiphany
holiday-easter-sunday = Easter Sunday
holiday-easter-monday = Easter Monday
holiday-labour-day = Labour Day
holiday-constitution-day = Constitution Day
holiday-pentecost = Pentecost
holiday-corpus-christi = Corpus Christi
holiday-assumption = Assumption Day
holiday-all-saints = All Saints' Day
holiday-independence-day = Independence Day
holiday-christmas-eve = Christmas Eve
holiday-christmas = Christmas Day
holiday-second-day-of-christmas = Second Day of Christmas

## Weekdays
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday

## Languages spoken at services (ISO 639-1)
language-pl = Polish
language-en = English
language-uk = Ukrainian
language-ru = Russian
language-be = Belarusian
language-ka = Georgian
language-ar = Arabic
language-hi = Hindi
language-vi = Vietnamese
language-tr = Turkish
language-de = German
language-fr = French
language-es = Spanish
language-it = Italian
