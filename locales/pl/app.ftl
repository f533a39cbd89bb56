# Interfejs Witaj, polski.

locale-native-name = Polski
app-name = Witaj
app-tagline = Pomoc dla nowo przybyłych w polskich miastach, w Twoim języku

## First run
first-run-choose-language = Wybierz język
first-run-language-filter = Znajdź język
first-run-choose-city = Wybierz miasto
first-run-change-later = Możesz to później zmienić w Ustawieniach.

## Navigation
nav-home = Start
nav-guides = Poradniki
nav-settings = Ustawienia
nav-back = Wstecz
nav-skip-to-content = Przejdź do treści
nav-main = Nawigacja główna

## Search and results
search-label = Szukaj usług
search-placeholder = Czego potrzebujesz? Na przykład: lekarz, PESEL, praca
search-clear = Wyczyść wyszukiwanie
search-results-count = { $count ->
    [0] Nie znaleziono usług
    [one] Znaleziono jedną usługę
    [few] Znaleziono { $count } usługi
   *[other] Znaleziono { $count } usług
}
browse-categories = Kategorie
recently-viewed = Ostatnio oglądane
recently-viewed-empty = Tu pojawią się usługi, które otworzysz.

## Filters
filters-label = Filtry
filter-open-now = Otwarte teraz
filter-free = Bezpłatne
filter-speaks-my-language = Mówią w moim języku
filter-category = Kategoria
filter-language-spoken = Język obsługi
filter-any-language = Dowolny język
filter-remove = Usuń filtr: { $filter }

## Opening status
hours-open-until = Otwarte · do { $time }
hours-open-always = Otwarte całą dobę
hours-closed-opens = Zamknięte · otwarcie { $day } { $time }
hours-closed-opens-today = Zamknięte · otwarcie dziś { $time }
hours-closed-opens-tomorrow = Zamknięte · otwarcie jutro { $time }
hours-closed = Zamknięte
hours-unknown = Godziny nieznane
hours-week = Godziny otwarcia
hours-today = Dziś
hours-day-closed = Nieczynne
hours-unknown-detail = Godziny nie zostały opublikowane. Zadzwoń lub sprawdź stronę przed wizytą.

## Service detail
service-polish-name = Po polsku
service-what = W czym pomagają
service-how = Jak uzyskać pomoc
service-documents = Co zabrać
service-address = Adres
service-open-in-maps = Otwórz w mapach
service-phones = Telefon
service-call = Zadzwoń: { $number }
service-website = Strona internetowa
service-email = E-mail
service-languages = Języki obsługi
service-languages-unknown = Nieznane; obsługa zawsze po polsku.
service-accessibility = Dostępność
service-cost = Koszt
service-free = Bezpłatne
service-paid = Mogą obowiązywać opłaty
service-cost-unknown = Zapytaj o opłaty
service-last-verified = Sprawdzono { $date }
service-stale = Te dane sprawdzono ponad rok temu i mogły się zmienić.
service-source = Źródło
service-organization = Prowadzi
service-machine-translated = Tłumaczenie maszynowe: tekst w Twoim języku przygotowano automatycznie i czeka na weryfikację.
service-show-clerk = Pokaż urzędnikowi
service-print = Drukuj skierowanie
service-share-qr = Kod QR na telefon
service-status-temporarily-closed = Tymczasowo zamknięte
service-status-inactive = Nieczynne

## Guides
guides-title = Poradniki krok po kroku
guide-steps = Kroki
guide-checklist = Lista: co zabrać
guide-offices = Urzędy w mieście { $city }
guide-no-offices = Dla miasta { $city } nie ma jeszcze takiego urzędu w katalogu.
guide-step-number = Krok { $number }

## Settings
settings-title = Ustawienia
settings-language = Język
settings-city = Miasto
settings-text-size = Wielkość tekstu
settings-text-size-normal = Normalna
settings-text-size-large = Duża
settings-text-size-larger = Większa
settings-high-contrast = Wysoki kontrast
settings-network = Używaj internetu do aktualizacji katalogu
settings-data-status = Stan katalogu
settings-wipe = Usuń wszystko z tego urządzenia
settings-wipe-done = Historia i ustawienia zostały usunięte z tego urządzenia.

## Catalog status and updates
data-updated = Zaktualizowano { $date }
data-version = Wersja { $version }
data-outdated = Te informacje mogą być nieaktualne. Zaktualizuj, gdy będziesz online.
data-update-now = Aktualizuj teraz
data-up-to-date = Katalog jest aktualny.

## Errors
error-generic = Coś poszło nie tak. Zapisany katalog nadal działa.
error-catalog-open = Nie udało się otworzyć katalogu.
error-catalog-missing = Brakuje katalogu. Zainstaluj aplikację ponownie lub zaimportuj dane miasta.
error-catalog-database = Nie udało się odczytać katalogu.
error-catalog-corrupt = Katalog jest uszkodzony. Zainstaluj aplikację ponownie lub zaimportuj dane miasta.
error-not-found = Tego wpisu nie ma już w katalogu.
error-invalid-request = Nie zrozumiano żądania.

## Catalog updates (signed city feeds)
data-source-bundled = Dołączone do aplikacji
data-applied = Zaktualizowano do wersji { $version }.
data-no-feed = To miasto nie publikuje jeszcze aktualizacji.
data-import = Importuj dane z folderu
data-import-hint = Na przykład z pendrive'a otrzymanego w punkcie pomocy.
data-network-off = Korzystanie z internetu jest wyłączone: nic nie jest pobierane.
sync-stage-checking = Sprawdzanie aktualizacji…
sync-stage-applying = Zapisywanie nowych danych…
error-feed-not-configured = To miasto nie publikuje jeszcze aktualizacji.
error-feed-offline = Brak połączenia — zapisany katalog nadal działa.
error-feed-captive-portal = Ta sieć wymaga najpierw zalogowania (strona logowania Wi-Fi). Zaloguj się i spróbuj ponownie.
error-feed-timeout = Serwer odpowiada zbyt wolno. Spróbuj później.
error-feed-http-status = Serwer nie wysłał aktualizacji. Spróbuj później.
error-feed-bad-signature = Ta aktualizacja nie jest podpisana przez miasto, więc została odrzucona. Katalog się nie zmienił.
error-feed-expired = Ta aktualizacja wygasła, więc została odrzucona. Katalog się nie zmienił.
error-feed-rollback = Ta aktualizacja jest starsza niż posiadane dane. Katalog się nie zmienił.
error-feed-rejected = Aktualizacja została odrzucona, bo jest uszkodzona lub niebezpieczna. Katalog się nie zmienił.

## Trust: how an entry was checked, appointments, status
service-verification-drafted = Opracowano na podstawie informacji publicznych — sprawdź przed wizytą.
service-appointment-required = Tylko po umówieniu wizyty
service-appointment-recommended = Zalecane umówienie wizyty
service-appointment-not-needed = Bez umawiania wizyty
service-book = Umów wizytę
hours-open-appointment-until = Otwarte · do { $time } · trzeba umówić wizytę
hours-open-appointment = Otwarte · trzeba umówić wizytę
machine-translated = Tłumaczenie maszynowe
guide-city-own = Opublikował: { $city }

## First run: network consent
first-run-network-title = Sprawdzać aktualne informacje?
first-run-network-body = Gdy masz internet, Witaj może pobierać nowsze informacje podpisane przez twoje miasto. Nic o tobie ani o twoich wyszukiwaniach nie jest wysyłane. Możesz to później zmienić w Ustawieniach.
first-run-network-allow = Tak, sprawdzaj aktualizacje
first-run-network-deny = Nie, działaj bez internetu

## More feed and content errors
error-feed-app-too-old = Ta aktualizacja wymaga nowszej wersji Witaj. Zaktualizuj aplikację i spróbuj ponownie.
error-feed-not-yet-valid = Ta aktualizacja ma datę z przyszłości. Sprawdź datę i godzinę w urządzeniu i spróbuj ponownie.
error-feed-io = Nie udało się odczytać folderu. Sprawdź pendrive lub folder i spróbuj ponownie.
error-content-read = Nie udało się odczytać pliku katalogu.
error-content-not-found = Nie znaleziono plików katalogu.
error-content-invalid = Pliki katalogu zawierają błędy.
error-i18n-invalid = Nie udało się wczytać tłumaczeń.

## Notices
notices-title = Komunikaty
notice-severity-urgent = Pilne
notice-severity-important = Ważne
notice-severity-info = Informacja
notice-dismiss = Ukryj ten komunikat
notice-official-page = Strona urzędowa

## Read aloud
listen = Posłuchaj
listen-stop = Zatrzymaj
error-speech-unavailable = Czytanie na głos wymaga na tym urządzeniu syntezatora mowy (espeak-ng).
error-speech-failed = Nie udało się przeczytać tekstu na głos.

## Keyboard and filters
settings-slash-shortcut = Klawisz / przenosi do pola wyszukiwania
filter-remove-category = Usuń filtr kategorii

## Help desks and empty searches
service-side-by-side = Obok po polsku
clerk-larger = Większy tekst
search-nothing-found = Nic nie znaleziono dla tych słów. To może pomóc:
search-without-filters = Szukaj bez filtrów
search-help-point = Punkty pomocy dla cudzoziemców w twoim mieście
search-helplines = Chcesz teraz z kimś porozmawiać?
helpline-116123 = 116 123 – bezpłatny telefon wsparcia w kryzysie emocjonalnym
helpline-112 = 112 – numer alarmowy

## My plan, reports of wrong or missing information, spelling suggestions
nav-plan = Mój plan
plan-title = Mój plan
plan-empty = Nic jeszcze nie zapisano. Użyj „Zapisz w moim planie” przy usłudze lub poradniku; plan zostaje tylko na tym urządzeniu.
plan-save = Zapisz w moim planie
plan-saved = ✓ W moim planie (usuń)
plan-progress = Zrobione: { $done } z { $total }
plan-checklist-progress = Zaznaczone punkty listy: { $done } z { $total }
plan-gone = Już nie ma tego w katalogu
plan-done = Zrobione
plan-kind-guide = Poradnik
plan-kind-service = Usługa
plan-note = Moja notatka
plan-remove = Usuń z mojego planu
plan-print = Drukuj z polskim
plan-save-contacts = Zapisz kontakty (vCard)
plan-reports = Moje zgłoszenia
file-saved = Zapisano w { $path }
search-did-you-mean = Czy chodziło o „{ $query }”?
report-open = Zgłoś błąd w tych informacjach
report-title = Co jest nie tak?
report-what = Wybierz, co jest nie tak
report-problem-closed = Zostało zamknięte
report-problem-moved = Zmieniło adres
report-problem-wrong-phone = Błędny numer telefonu
report-problem-wrong-hours = Błędne godziny otwarcia
report-problem-other = Coś innego
report-problem-missing = Nie znaleziono
report-text = Napisz więcej (nieobowiązkowe)
report-missing-open = Zgłoś, czego nie udało się znaleźć
report-missing-title = Czego nie udało się znaleźć?
report-missing-text = Czego szukasz?
report-searched = Szukano
report-privacy = Zgłoszenie zostaje na tym urządzeniu, dopóki nie zdecydujesz się go wysłać. Nic nie jest wysyłane automatycznie.
report-keep = Zachowaj zgłoszenie
report-cancel = Anuluj
report-close = Zamknij
report-queued = Zgłoszenie jest zapisane na tym urządzeniu. Dziękujemy!
report-pass-on-hint = Wyślij zgłoszenia do miasta ze swojej poczty e-mail albo zapisz je w pliku, który punkt pomocy może przekazać dalej.
report-send-email = Wyślij e-mailem
report-save-file = Zapisz w pliku
report-email-to = Do:
report-passed-on-email = Otwarto w programie pocztowym
report-passed-on-file = Zapisano w pliku
report-waiting = Czeka: jeszcze niewysłane
report-delete = Usuń zgłoszenie
report-email-subject = Witaj: zgłoszenia dotyczące informacji ({ $count })
report-email-intro = Dzień dobry, przesyłam zgłoszenia dotyczące informacji w aplikacji Witaj:
report-email-searched = Szukano: { $query }
report-email-words = Słowa zgłaszającego ({ $language }):
error-storage = Nie udało się odczytać ani zapisać Twoich danych na tym urządzeniu.
error-note-too-long = Notatka może mieć najwyżej 500 znaków.
error-plan-full = Plan jest pełny (200 pozycji). Usuń część, aby zapisać więcej.
error-too-many-reports = Czeka 100 zgłoszeń. Najpierw wyślij lub usuń część z nich.
error-not-in-plan = Tego już nie ma w Twoim planie.
error-no-service = Wybierz usługę, której dotyczy zgłoszenie.
error-nothing-said = Napisz, czego szukasz.
error-too-long = Tekst jest za długi (najwyżej 2000 znaków).
error-io = Nie udało się zapisać pliku.
