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

## My plan, reports of wrong or missing information, spelling suggestions
nav-plan = Planım
plan-title = Planım
plan-empty = Henüz kayıtlı bir şey yok. Bir hizmette veya rehberde “Planıma kaydet” düğmesini kullanın; planınız yalnızca bu cihazda kalır.
plan-save = Planıma kaydet
plan-saved = ✓ Planımda (kaldır)
plan-progress = Tamamlanan: { $done } / { $total }
plan-checklist-progress = İşaretlenen liste maddesi: { $done } / { $total }
plan-gone = Artık katalogda yok
plan-done = Tamamlandı
plan-kind-guide = Rehber
plan-kind-service = Hizmet
plan-note = Notum
plan-remove = Planımdan kaldır
plan-print = Lehçe ile yazdır
plan-save-contacts = Kişileri kaydet (vCard)
plan-reports = Bildirdiğim sorunlar
file-saved = Kaydedildi: { $path }
search-did-you-mean = Şunu mu demek istediniz: “{ $query }”?
report-open = Bu bilgideki bir sorunu bildirin
report-title = Yanlış olan ne?
report-what = Neyin yanlış olduğunu seçin
report-problem-closed = Kapandı
report-problem-moved = Taşındı
report-problem-wrong-phone = Telefon numarası yanlış
report-problem-wrong-hours = Çalışma saatleri yanlış
report-problem-other = Başka bir şey
report-problem-missing = Bulunamadı
report-text = Biraz daha anlatın (isteğe bağlı)
report-missing-open = Bulamadığınız şeyi bildirin
report-missing-title = Neyi bulamadınız?
report-missing-text = Ne arıyordunuz?
report-searched = Aradığınız
report-privacy = Bildirim, siz göndermeye karar verene kadar bu cihazda kalır. Hiçbir şey otomatik olarak gönderilmez.
report-keep = Bu bildirimi sakla
report-cancel = İptal
report-close = Kapat
report-queued = Bildiriminiz bu cihazda saklanıyor. Teşekkürler!
report-pass-on-hint = Bildirimlerinizi kendi e-posta uygulamanızdan şehre gönderin ya da bir yardım masasının iletebileceği bir dosya olarak kaydedin.
report-send-email = E-postayla gönder
report-save-file = Dosya olarak kaydet
report-email-to = Kime:
report-passed-on-email = E-posta uygulamanızda açıldı
report-passed-on-file = Dosyaya kaydedildi
report-waiting = Bekliyor: henüz gönderilmedi
report-delete = Bildirimi sil
report-email-subject = Witaj: bilgilerle ilgili bildirimler ({ $count })
report-email-intro = Merhaba, Witaj uygulamasındaki bilgilerle ilgili bildirimler aşağıdadır:
report-email-searched = Aranan: { $query }
report-email-words = Bildirimi yapanın kendi sözleri ({ $language }):
error-storage = Kayıtlı verileriniz bu cihazda okunamadı veya yazılamadı.
error-note-too-long = Not en fazla 500 karakter olabilir.
error-plan-full = Planınız dolu (200 öğe). Daha fazlasını kaydetmek için bazılarını kaldırın.
error-too-many-reports = 100 bildirim bekliyor. Önce bazılarını gönderin veya silin.
error-not-in-plan = Bu artık planınızda değil.
error-no-service = Bildirimin ilgili olduğu hizmeti seçin.
error-nothing-said = Ne aradığınızı yazın.
error-too-long = Metin çok uzun (en fazla 2000 karakter).
error-io = Dosya kaydedilemedi.
