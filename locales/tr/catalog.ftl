## Cities (names as newcomers know them)
city-bialystok = Białystok
city-bydgoszcz = Bydgoszcz
city-gdansk = Gdańsk
city-katowice = Katowice
city-krakow = Krakov
city-lublin = Lublin
city-lodz = Łódź
city-poznan = Poznań
city-rzeszow = Rzeszów
city-szczecin = Szczecin
city-warszawa = Varşova
city-wroclaw = Wrocław

## Categories
category-residence = Oturma ve çalışma izinleri
category-civil-registration = PESEL ve adres kaydı
category-employment = İş ve iş bulma kurumları
category-tax-insurance = Vergi, sosyal ve sağlık sigortası
category-health = Sağlık hizmetleri
category-education = Okullar ve eğitim
category-language-courses = Lehçe kursları
category-housing = Konut
category-legal-aid = Ücretsiz hukuki yardım
category-social-welfare = Sosyal yardım
category-crisis-support = Kriz ve psikolojik destek
category-integration = Yabancılara yardım
category-emergency = Acil durum

## Words people search for, per category: comma-separated, any number.
## They are indexed in every language, so a word typed in one language
## finds services written in another.
search-terms-residence = oturma izni, ikamet izni, ikamet kartı, oturum kartı, çalışma izni, vize, geçici koruma, yabancılar şubesi, göç idaresi, oturum
search-terms-civil-registration = PESEL, adres kaydı, ikametgah, ikamet kaydı, belediye, kimlik numarası, meldunek, güvenilir profil, nüfus kaydı
search-terms-employment = iş, iş ilanı, iş arama, işsiz, işsizlik, iş bulma kurumu, İŞKUR, eleman, kariyer
search-terms-tax-insurance = vergi, vergi dairesi, NIP, ZUS, NFZ, sigorta, SGK, sağlık sigortası, sosyal sigorta, emeklilik
search-terms-health = doktor, hekim, hastane, poliklinik, aile hekimi, eczane, acil servis, hastalık, hemşire, sağlık ocağı
search-terms-education = okul, anaokulu, kreş, eğitim, diploma, denklik, diploma denkliği, öğrenci
search-terms-language-courses = Lehçe kursu, Lehçe, Lehçe dersi, Lehçe öğrenmek, dil kursu, Polonyaca
search-terms-housing = konut, ev, daire, kira, kiralık ev, barınak, sığınma evi, konaklama, evsiz
search-terms-legal-aid = avukat, hukuki danışmanlık, hukuki yardım, hukuk, haklar, ücretsiz avukat
search-terms-social-welfare = sosyal yardım, yardım, ödenek, maddi yardım, MOPS, MOPR, sosyal hizmetler, destek
search-terms-crisis-support = kriz, psikolog, psikolojik destek, şiddet, aile içi şiddet, ev içi şiddet, travma, intihar, yardım hattı, depresyon
search-terms-integration = yabancılar, göçmenler, mülteciler, uyum, entegrasyon, bilgi noktası, dernek, vakıf, STK, yardım
search-terms-emergency = acil, ambulans, polis, itfaiye, acil durum, 112

## Public holidays
holiday-new-year = Yılbaşı
holiday-epiphany = Üç Kral Günü (Epifani)
holiday-easter-sunday = Paskalya Pazarı
holiday-easter-monday = Paskalya Pazartesisi
holiday-labour-day = Emek ve Dayanışma Günü
holiday-constitution-day = Anayasa Günü
holiday-pentecost = Pentekost
holiday-corpus-christi = Kutsal Beden Bayramı
holiday-assumption = Meryem'in Göğe Kabulü
holiday-all-saints = Tüm Azizler Günü
holiday-independence-day = Bağımsızlık Günü
holiday-christmas-eve = Noel Arifesi
holiday-christmas = Noel
holiday-second-day-of-christmas = Noel'in İkinci Günü

## Weekdays
weekday-mon = Pazartesi
weekday-tue = Salı
weekday-wed = Çarşamba
weekday-thu = Perşembe
weekday-fri = Cuma
weekday-sat = Cumartesi
weekday-sun = Pazar

## Languages spoken at services (ISO 639-1)
language-pl = Lehçe
language-en = İngilizce
language-uk = Ukraynaca
language-ru = Rusça
language-be = Belarusça
language-ka = Gürcüce
language-ar = Arapça
language-hi = Hintçe
language-vi = Vietnamca
language-tr = Türkçe
language-de = Almanca
language-fr = Fransızca
language-es = İspanyolca
language-it = İtalyanca
