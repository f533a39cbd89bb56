## Cities
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
city-warszawa = Warszawa
city-wroclaw = Wrocław

## Categories
category-residence = Pobyt i zezwolenia na pracę
category-civil-registration = PESEL i meldunek
category-employment = Praca i urzędy pracy
category-tax-insurance = Podatki, ZUS i NFZ
category-health = Zdrowie
category-education = Szkoła i edukacja
category-language-courses = Kursy języka polskiego
category-housing = Mieszkanie
category-legal-aid = Bezpłatna pomoc prawna
category-social-welfare = Pomoc społeczna
category-crisis-support = Pomoc kryzysowa i psychologiczna
category-integration = Pomoc dla cudzoziemców
category-emergency = Nagłe wypadki

## Search terms
search-terms-residence = karta pobytu, zezwolenie na pobyt, zezwolenie na pracę, wiza, ochrona czasowa, urząd wojewódzki, cudzoziemcy, legalizacja pobytu
search-terms-civil-registration = PESEL, meldunek, zameldowanie, urząd miasta, profil zaufany, dowód
search-terms-employment = praca, urząd pracy, bezrobotny, oferty pracy, zatrudnienie
search-terms-tax-insurance = podatek, urząd skarbowy, NIP, ZUS, ubezpieczenie, NFZ, ubezpieczenie zdrowotne, emerytura
search-terms-health = lekarz, przychodnia, szpital, lekarz rodzinny, POZ, apteka, SOR, zdrowie, choroba, pielęgniarka
search-terms-education = szkoła, przedszkole, edukacja, kuratorium, nostryfikacja, dyplom, uczeń
search-terms-language-courses = kurs polskiego, język polski, lekcje polskiego, nauka polskiego
search-terms-housing = mieszkanie, schronisko, noclegownia, najem, zakwaterowanie, bezdomność
search-terms-legal-aid = prawnik, porada prawna, pomoc prawna, adwokat, radca prawny
search-terms-social-welfare = pomoc społeczna, MOPS, MOPR, zasiłek, świadczenia, pomoc finansowa
search-terms-crisis-support = kryzys, psycholog, pomoc psychologiczna, przemoc, przemoc domowa, trauma, telefon zaufania
search-terms-integration = cudzoziemcy, migranci, uchodźcy, integracja, punkt informacyjny, fundacja, pomoc
search-terms-emergency = pogotowie, karetka, policja, straż pożarna, nagły wypadek, 112

## Public holidays
holiday-new-year = Nowy Rok
holiday-epiphany = Trzech Króli
holiday-easter-sunday = Wielkanoc
holiday-easter-monday = Poniedziałek Wielkanocny
holiday-labour-day = Święto Pracy
holiday-constitution-day = Święto Konstytucji 3 Maja
holiday-pentecost = Zielone Świątki
holiday-corpus-christi = Boże Ciało
holiday-assumption = Wniebowzięcie NMP
holiday-all-saints = Wszystkich Świętych
holiday-independence-day = Święto Niepodległości
holiday-christmas-eve = Wigilia
holiday-christmas = Boże Narodzenie
holiday-second-day-of-christmas = Drugi dzień Bożego Narodzenia

## Weekdays
weekday-mon = poniedziałek
weekday-tue = wtorek
weekday-wed = środa
weekday-thu = czwartek
weekday-fri = piątek
weekday-sat = sobota
weekday-sun = niedziela

## Languages
language-pl = polski
language-en = angielski
language-uk = ukraiński
language-ru = rosyjski
language-be = białoruski
language-ka = gruziński
language-ar = arabski
language-hi = hindi
language-vi = wietnamski
language-tr = turecki
language-de = niemiecki
language-fr = francuski
language-es = hiszpański
language-it = włoski
