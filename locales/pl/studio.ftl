# Witaj Studio, edytor dla pracowników miasta: polski. Studio jest dostępne
# po polsku i po angielsku, więc te komunikaty są wymagane w pl i en.

studio-title = Witaj Studio
studio-language = Język
studio-folder = Folder

## Otwieranie folderu
studio-open-heading = Otwórz folder z treściami
studio-open-label = Folder z plikami twojego miasta (na przykład content/krakow)
studio-open-hint = Studio edytuje pliki w tym folderze. Nic nie jest zapisywane, dopóki nie naciśniesz Zapisz, i nic nie jest nigdzie wysyłane.
studio-open-button = Otwórz

## Nawigacja
studio-nav-entries = Wpisy
studio-nav-publish = Publikacja
studio-back = Wróć do listy

## Tabela
studio-table-caption = Usługi i poradniki
studio-col-name = Nazwa
studio-col-kind = Rodzaj
studio-col-category = Kategoria
studio-col-status = Stan
studio-col-verification = Weryfikacja
studio-col-last-verified = Ostatnio sprawdzono
studio-col-translations = Tłumaczenia
studio-col-problems = Problemy
studio-kind-service = Usługa
studio-kind-guide = Poradnik
studio-kind-notice = Komunikat
studio-problems-none = Brak
studio-errors = Błędy
studio-warnings = Ostrzeżenia
studio-unsaved = Niezapisane
studio-unsaved-count = Pliki z niezapisanymi zmianami
studio-coverage-heading = Pokrycie tłumaczeń
studio-coverage-explain = Odsetek usług, których wszystkie teksty są w danym języku; MT liczy teksty przetłumaczone maszynowo i jeszcze nie sprawdzone.
studio-coverage-mt = tłumaczenie maszynowe
studio-translations-unknown = najpierw popraw błędy

## Wartości
studio-status-active = Działa
studio-status-inactive = Nieaktywna
studio-status-temporarily-closed = Tymczasowo zamknięta
studio-status-defunct = Zamknięta na stałe
studio-verification-drafted = Szkic (ze stron publicznych)
studio-verification-confirmed = Potwierdzone (przez instytucję lub miasto)
studio-appointment-unset = Nie podano
studio-appointment-required = Wymagana wizyta umówiona
studio-appointment-recommended = Zalecane umówienie wizyty
studio-appointment-not-needed = Bez umawiania
studio-free-unset = Nie wiadomo
studio-free-yes = Bezpłatnie
studio-free-no = Płatnie

## Edytor
studio-edit-heading = Edycja
studio-tab-fields = Pola
studio-tab-translations = Tłumaczenia
studio-tab-preview = Podgląd
studio-save = Zapisz
studio-saved = Zapisano
studio-nothing-to-save = Nie ma nic do zapisania.
studio-generic-explain = Wszystkie pola pliku, pod nazwami z formatu treści (content/README.md). Elementy list oddzielaj przecinkami.
studio-section-basics = Podstawowe
studio-section-source = Źródło i weryfikacja
studio-section-contact = Kontakt
studio-section-hours = Godziny otwarcia
studio-section-texts = Teksty po polsku
studio-section-location = Adres
studio-section-phones = Telefony
studio-section-documents = Dokumenty do zabrania
studio-field-id = Identyfikator
studio-field-category = Kategoria
studio-field-status = Stan
studio-field-source_url = Strona źródłowa (własna strona instytucji)
studio-field-last_verified = Ostatnio sprawdzono (RRRR-MM-DD)
studio-field-verification = Weryfikacja
studio-field-appointment = Umawianie wizyt
studio-field-booking_url = Strona rezerwacji
studio-field-allow_http = Zezwól na linki http:// (tylko gdy strona nie ma https)
studio-field-website = Strona internetowa
studio-field-email = E-mail
studio-field-free = Koszt
studio-field-opening_hours = Godziny otwarcia (składnia OpenStreetMap)
studio-field-languages = Języki, w których obsługuje placówka
studio-field-organization-name = Instytucja
studio-field-organization-website = Strona instytucji
studio-field-name = Nazwa
studio-field-description = W czym pomaga
studio-field-application_process = Jak uzyskać pomoc
studio-field-fees = Opłaty
studio-field-keywords = Słowa do wyszukiwania (oddzielone przecinkami)
studio-field-location-address = Ulica i numer
studio-field-location-postal_code = Kod pocztowy
studio-field-location-latitude = Szerokość geograficzna
studio-field-location-longitude = Długość geograficzna
studio-field-location-accessibility = Dostępność
studio-field-phone-number = Numer
studio-field-phone-description = Opis
studio-field-phone-languages = Języki na tej linii
studio-field-document = Dokument
studio-phone-heading = Telefon
studio-document-heading = Dokument
studio-add-phone = Dodaj telefon
studio-add-document = Dodaj dokument
studio-remove = Usuń

## Godziny otwarcia
studio-hours-preview = Tydzień od dziś, tak jak pokaże go aplikacja
studio-hours-empty = Nie podano godzin: aplikacja pokaże „godziny nieznane”.
studio-hours-closed = zamknięte
studio-hours-invalid = Tych godzin otwarcia nie da się odczytać.
studio-hours-hint-polish-days = Użyj angielskich skrótów dni: Mo Tu We Th Fr Sa Su (Pn to Mo, Nd to Su).
studio-hours-hint-day-case = Pisz dni wielką literą: Mo Tu We Th Fr Sa Su.
studio-hours-hint-time-dot = Pisz godziny z dwukropkiem: 08:00, a nie 8.00.
studio-hours-hint-dash = Między dniami lub godzinami wstaw zwykły łącznik (-), a nie długą kreskę.
studio-hours-hint-two-digits = Pisz godziny dwiema cyframi: 08:00, a nie 8:00.
studio-hours-hint-example = Na przykład: Mo-Fr 08:00-16:00; Sa 09:00-13:00; PH off (PH to święta).
studio-hours-detail = Szczegóły

## Tłumaczenia
studio-translate-into = Tłumacz na
studio-translations-field = Pole
studio-polish = Polski
studio-mt-badge = MT
studio-mt-explain = Przetłumaczone maszynowo: przeczytaj, popraw, a potem oznacz jako sprawdzone.
studio-mt-reviewed = Sprawdzone
studio-missing = Brak

## Podgląd
studio-preview-locale = Język podglądu
studio-preview-explain = Dokładnie to, co zobaczy w aplikacji nowo przybyła osoba, na ekranie telefonu.
studio-preview-phone = Szerokość telefonu
studio-preview-invalid = Popraw błędy, aby zobaczyć podgląd.

## Problemy
studio-problems-heading = Problemy
studio-problem-line = wiersz
studio-severity-error = Błąd
studio-severity-warning = Ostrzeżenie
studio-no-problems = Nie znaleziono problemów.

## Publikacja
studio-publish-heading = Opublikuj feed miasta
studio-publish-explain = Studio buduje feed z zapisanych plików, sprawdza go, pokazuje zmiany od feedu w folderze docelowym i podpisuje go twoim kluczem.
studio-publish-out = Folder docelowy feedu
studio-publish-key = Plik klucza prywatnego (feed.key)
studio-publish-password = Hasło klucza
studio-publish-password-note = Hasło jest użyte raz do podpisu i nigdzie nie jest zapisywane.
studio-publish-expires = Ważny przez (dni, od 1 do 400)
studio-publish-check = Pokaż zmiany
studio-publish-sign = Podpisz i zapisz feed
studio-changes-first = W tym folderze nie ma jeszcze feedu: wszystkie usługi są nowe.
studio-changes-since = Zmiany od feedu w tym folderze, wersja
studio-changes-added = Dodane
studio-changes-removed = Usunięte
studio-changes-changed = Zmienione
studio-changes-unchanged = Usługi bez zmian
studio-changes-none = Żadna usługa się nie zmieniła.
studio-published = Zapisano podpisany feed.
studio-published-next = Sprawdź go poleceniem witaj feed verify, a potem wgraj pliki z folderu na serwer.
studio-feed-version = Wersja
studio-feed-services = Usługi
studio-feed-expires = Ważny do
studio-feed-folder = Folder

## HSDS
studio-nav-hsds = HSDS
studio-hsds-heading = Open Referral HSDS
studio-hsds-explain = Wymiana danych z innymi systemami w standardzie Human Services Data Specification 3.0. Wszystkie tłumaczenia i pola Witaj są przenoszone, więc eksport wczytuje się z powrotem bez zmian.
studio-hsds-import-heading = Import do tego folderu
studio-hsds-import-explain = Usługi są zapisywane jako pliki tego miasta (plik o tej samej nazwie jest zastępowany). Czego brakuje w danych, pokazuje lista poniżej – uzupełnij to.
studio-hsds-input = Plik JSON w HSDS albo folder z tabelami HSDS
studio-hsds-export-heading = Eksport tego miasta
studio-hsds-export-explain = Zapisane usługi bez błędów, tak jak trafiłyby do feedu.
studio-hsds-out = Plik (JSON) lub folder (tabele) do zapisania
studio-hsds-format = Postać
studio-hsds-format-json = JSON, jeden plik
studio-hsds-format-tabular = Tabele: pliki CSV z datapackage.json
studio-hsds-language = Język tekstów w HSDS
studio-hsds-exported = Zapisane usługi
studio-hsds-imported = Zapisane pliki
studio-hsds-import = Importuj HSDS…
studio-hsds-export = Eksportuj HSDS…

## Zgłoszenia
studio-nav-reports = Zgłoszenia
studio-reports-heading = Zgłoszenia od mieszkańców
studio-reports-explain = Otwórz plik ze zgłoszeniami, który czytelnik zapisał w aplikacji, a punkt pomocy przekazał dalej. Każde zgłoszenie prowadzi do wpisu, którego dotyczy.
studio-reports-file = Plik ze zgłoszeniami
studio-reports-open = Otwórz
studio-reports-none = W tym pliku nie ma zgłoszeń.
studio-report-when = Napisane
studio-report-problem = Problem
studio-report-service = Usługa
studio-report-text = Słowa czytelnika
studio-report-searched = Szukano
studio-report-open-entry = Otwórz wpis
studio-report-not-here = Nie ma go w tym folderze
studio-report-other-city = Dotyczy innego miasta

## Błędy
error-studio-not-content = To nie jest folder z treściami miasta. Otwórz folder jednego miasta, na przykład content/krakow.
error-studio-several-cities = Ten folder zawiera kilka miast. Otwórz folder jednego miasta, na przykład content/krakow.
error-studio-io = Nie udało się odczytać lub zapisać pliku albo folderu. Sprawdź ścieżkę i spróbuj ponownie.
error-studio-syntax = Plik nie jest poprawnym TOML i nie da się go otworzyć w Studio. Najpierw popraw go w edytorze tekstu.
error-studio-field = Tego pola nie można tu zmienić.
error-studio-invalid = Najpierw popraw błędy w tym wpisie.
error-studio-unsaved = Najpierw zapisz zmiany.
error-studio-key = Nie udało się otworzyć klucza. Sprawdź hasło i plik klucza.
error-studio-feed = Nie udało się zbudować feedu.
error-studio-no-folder = Najpierw otwórz folder.
error-studio-hsds = Nie udało się odczytać lub zapisać danych HSDS.
error-studio-report = To nie jest plik ze zgłoszeniami, który Studio potrafi odczytać.
