# Witaj user interface, Turkish. Every string the app or the CLI shows.
# Message ids are stable; translators change only the text after "=".

locale-native-name = Türkçe
app-name = Witaj
app-tagline = Polonya şehirlerine yeni gelenler için yardım, kendi dilinizde

## First run
first-run-choose-language = Dilinizi seçin
first-run-language-filter = Dil arayın
first-run-choose-city = Şehrinizi seçin
first-run-change-later = Bunu daha sonra Ayarlar bölümünden değiştirebilirsiniz.

## Navigation
nav-home = Ana sayfa
nav-guides = Rehberler
nav-settings = Ayarlar
nav-back = Geri
nav-skip-to-content = Ana içeriğe geç
nav-main = Ana menü

## Search and results
search-label = Hizmet arayın
search-placeholder = Neye ihtiyacınız var? Örneğin: doktor, PESEL, iş
search-clear = Aramayı temizle
search-results-count = { $count ->
    [0] Hizmet bulunamadı
    [one] Bir hizmet bulundu
   *[other] { $count } hizmet bulundu
}
browse-categories = Kategoriler
recently-viewed = Son görüntülenenler
recently-viewed-empty = Açtığınız hizmetler burada görünecek.

## Filters
filters-label = Filtreler
filter-open-now = Şu an açık
filter-free = Ücretsiz
filter-speaks-my-language = Benim dilimi konuşuyor
filter-category = Kategori
filter-language-spoken = Hizmet dili
filter-any-language = Tüm diller
filter-remove = Filtreyi kaldır: { $filter }

## Opening status
hours-open-until = Açık · kapanış { $time }
hours-open-always = 24 saat açık
hours-closed-opens = Kapalı · açılış { $day } { $time }
hours-closed-opens-today = Kapalı · açılış bugün { $time }
hours-closed-opens-tomorrow = Kapalı · açılış yarın { $time }
hours-closed = Kapalı
hours-unknown = Çalışma saatleri bilinmiyor
hours-week = Çalışma saatleri
hours-today = Bugün
hours-day-closed = Kapalı
hours-unknown-detail = Çalışma saatleri yayımlanmamış. Gitmeden önce arayın veya web sitesine bakın.

## Service detail
service-polish-name = Lehçe
service-what = Hangi konularda yardım ediyorlar
service-how = Nasıl yardım alabilirsiniz
service-documents = Yanınızda getirmeniz gerekenler
service-address = Adres
service-open-in-maps = Haritada aç
service-phones = Telefon
service-call = Ara: { $number }
service-website = Web sitesi
service-email = E-posta
service-languages = Hizmet verilen diller
service-languages-unknown = Bilinmiyor; Lehçe her zaman konuşulur.
service-accessibility = Erişilebilirlik
service-cost = Ücret
service-free = Ücretsiz
service-paid = Ücretli olabilir
service-cost-unknown = Ücreti sorun
service-last-verified = Son kontrol: { $date }
service-stale = Bu bilgiler bir yıldan uzun süre önce kontrol edildi ve değişmiş olabilir.
service-source = Kaynak
service-organization = Yürüten kurum
service-machine-translated = Makine çevirisi: Sizin dilinizdeki metin otomatik olarak hazırlandı ve kontrol edilmeyi bekliyor.
service-show-clerk = Görevliye gösterin
service-print = Sevk yazısını yazdır
service-share-qr = Telefon için QR kodu
service-status-temporarily-closed = Geçici olarak kapalı
service-status-inactive = Faaliyette değil

## Guides
guides-title = Adım adım rehberler
guide-steps = Adımlar
guide-checklist = Kontrol listesi: yanınızda getirmeniz gerekenler
guide-offices = { $city } şehrindeki kurumlar
guide-no-offices = { $city } şehri için bu türde bir kurum henüz listede yok.
guide-step-number = Adım { $number }

## Settings
settings-title = Ayarlar
settings-language = Dil
settings-city = Şehir
settings-text-size = Yazı boyutu
settings-text-size-normal = Normal
settings-text-size-large = Büyük
settings-text-size-larger = Daha büyük
settings-high-contrast = Yüksek kontrast
settings-network = Kataloğu güncellemek için interneti kullan
settings-data-status = Katalog durumu
settings-wipe = Bu cihazdaki her şeyi sil
settings-wipe-done = Geçmişiniz ve ayarlarınız bu cihazdan silindi.

## Catalog status and updates
data-updated = Güncelleme: { $date }
data-version = Sürüm { $version }
data-outdated = Bu bilgiler güncel olmayabilir. İnternete bağlandığınızda güncelleyin.
data-update-now = Şimdi güncelle
data-up-to-date = Katalog güncel.

## Errors (codes are stable; see ARCHITECTURE.md)
error-generic = Bir sorun oluştu. Kayıtlı katalog hâlâ kullanılabilir.
error-catalog-open = Katalog açılamadı.
error-catalog-missing = Katalog bulunamadı. Uygulamayı yeniden yükleyin veya bir şehrin verilerini içe aktarın.
error-catalog-database = Katalog okunamadı.
error-catalog-corrupt = Katalog bozuk. Uygulamayı yeniden yükleyin veya bir şehrin verilerini içe aktarın.
error-not-found = Bu kayıt artık katalogda yok.
error-invalid-request = İstek anlaşılamadı.

## Catalog updates (signed city feeds)
data-source-bundled = Uygulamaya dahil
data-applied = { $version } sürümüne güncellendi.
data-no-feed = Bu şehir henüz güncelleme yayımlamıyor.
data-import = Bir klasörden veri içe aktar
data-import-hint = Örneğin bir yardım masasından aldığınız USB bellekten.
data-network-off = İnternet kullanımı kapalı: hiçbir şey indirilmiyor.
sync-stage-checking = Güncellemeler kontrol ediliyor…
sync-stage-applying = Yeni veriler kaydediliyor…
error-feed-not-configured = Bu şehir henüz güncelleme yayımlamıyor.
error-feed-offline = Bağlantı yok — kayıtlı katalog hâlâ kullanılabilir.
error-feed-captive-portal = Bu ağ önce giriş yapmanızı istiyor (Wi-Fi giriş sayfası). Giriş yapın, sonra tekrar deneyin.
error-feed-timeout = Sunucu şu anda çok yavaş yanıt veriyor. Daha sonra tekrar deneyin.
error-feed-http-status = Sunucu güncellemeyi göndermedi. Daha sonra tekrar deneyin.
error-feed-bad-signature = Bu güncelleme şehir tarafından imzalanmamış, bu yüzden reddedildi. Kataloğunuz değişmedi.
error-feed-expired = Bu güncellemenin süresi dolmuş, bu yüzden reddedildi. Kataloğunuz değişmedi.
error-feed-rollback = Bu güncelleme sizdeki verilerden daha eski. Kataloğunuz değişmedi.
error-feed-rejected = Güncelleme hasarlı veya güvenli olmadığı için reddedildi. Kataloğunuz değişmedi.

## Trust: how an entry was checked, appointments, status
service-verification-drafted = Herkese açık bilgilerden hazırlandı — gitmeden önce kontrol edin.
service-appointment-required = Yalnızca randevuyla
service-appointment-recommended = Randevu almanız önerilir
service-appointment-not-needed = Randevu gerekmez
service-book = Randevu al
hours-open-appointment-until = Açık · kapanış { $time } · randevu gerekli
hours-open-appointment = Açık · randevu gerekli
machine-translated = Makine çevirisi
guide-city-own = Yayımlayan: { $city }

## First run: network consent
first-run-network-title = Güncel bilgiler kontrol edilsin mi?
first-run-network-body = İnternete bağlı olduğunuzda Witaj, şehrinizin imzaladığı daha yeni bilgileri indirebilir. Sizinle veya aramalarınızla ilgili hiçbir şey gönderilmez. Bunu daha sonra Ayarlar bölümünden değiştirebilirsiniz.
first-run-network-allow = Evet, güncellemeleri kontrol et
first-run-network-deny = Hayır, çevrimdışı kal

## More feed and content errors
error-feed-app-too-old = Bu güncelleme için Witaj'ın daha yeni bir sürümü gerekiyor. Uygulamayı güncelleyin, sonra tekrar deneyin.
error-feed-not-yet-valid = Bu güncellemenin tarihi ileride görünüyor. Cihazınızın tarih ve saatini kontrol edin, sonra tekrar deneyin.
error-feed-io = Klasör okunamadı. USB belleği veya klasörü kontrol edin, sonra tekrar deneyin.
error-content-read = Bir katalog dosyası okunamadı.
error-content-not-found = Hiç katalog dosyası bulunamadı.
error-content-invalid = Katalog dosyalarında hatalar var.
error-i18n-invalid = Çeviriler yüklenemedi.

## Notices
notices-title = Duyurular
notice-severity-urgent = Acil
notice-severity-important = Önemli
notice-severity-info = Bilgi
notice-dismiss = Bu duyuruyu gizle
notice-official-page = Resmî sayfa

## Read aloud
listen = Dinle
listen-stop = Durdur
error-speech-unavailable = Sesli okuma için bu cihazda bir konuşma motoru gerekir (espeak-ng).
error-speech-failed = Metin sesli okunamadı.

## Keyboard and filters
settings-slash-shortcut = Arama alanına gitmek için / tuşuna bas
filter-remove-category = Kategori filtresini kaldır

## Help desks and empty searches
service-side-by-side = Lehçe ile yan yana
clerk-larger = Daha büyük yazı
search-nothing-found = Bu kelimelerle bir şey bulunamadı. Bunlar yardımcı olabilir:
search-without-filters = Filtresiz ara
search-help-point = Şehrinizde yabancılar için yardım masaları
search-helplines = Şu an biriyle konuşmak ister misiniz?
helpline-116123 = 116 123 – duygusal kriz anında ücretsiz destek hattı
helpline-112 = 112 – acil çağrı numarası
