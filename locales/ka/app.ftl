# Witaj user interface, Georgian. Every string the app or the CLI shows.
# Message ids are stable; translators change only the text after "=".

locale-native-name = ქართული
app-name = Witaj
app-tagline = დახმარება ახლად ჩამოსულებისთვის პოლონეთის ქალაქებში — თქვენს ენაზე

## First run
first-run-choose-language = აირჩიეთ ენა
first-run-language-filter = ენის ძებნა
first-run-choose-city = აირჩიეთ ქალაქი
first-run-change-later = ამის შეცვლა მოგვიანებით შეგიძლიათ პარამეტრებში.

## Navigation
nav-home = მთავარი
nav-guides = გზამკვლევები
nav-settings = პარამეტრები
nav-back = უკან
nav-skip-to-content = მთავარ შინაარსზე გადასვლა
nav-main = მთავარი ნავიგაცია

## Search and results
search-label = სერვისების ძებნა
search-placeholder = რა გჭირდებათ? მაგალითად: ექიმი, PESEL, სამსახური
search-clear = ძებნის გასუფთავება
search-results-count = { $count ->
    [0] სერვისები ვერ მოიძებნა
    [one] მოიძებნა { $count } სერვისი
   *[other] მოიძებნა { $count } სერვისი
}
browse-categories = კატეგორიები
recently-viewed = ბოლოს ნანახი
recently-viewed-empty = აქ გამოჩნდება სერვისები, რომლებსაც გახსნით.

## Filters
filters-label = ფილტრები
filter-open-now = ახლა ღიაა
filter-free = უფასო
filter-speaks-my-language = საუბრობენ ჩემს ენაზე
filter-category = კატეგორია
filter-language-spoken = მომსახურების ენა
filter-any-language = ნებისმიერი ენა
filter-remove = ფილტრის მოხსნა: { $filter }

## Opening status
hours-open-until = ღიაა · იკეტება { $time }-ზე
hours-open-always = ღიაა 24 საათის განმავლობაში
hours-closed-opens = დაკეტილია · გაიხსნება: { $day }, { $time }
hours-closed-opens-today = დაკეტილია · გაიხსნება დღეს, { $time }
hours-closed-opens-tomorrow = დაკეტილია · გაიხსნება ხვალ, { $time }
hours-closed = დაკეტილია
hours-unknown = სამუშაო საათები უცნობია
hours-week = სამუშაო საათები
hours-today = დღეს
hours-day-closed = დაკეტილია
hours-unknown-detail = სამუშაო საათები გამოქვეყნებული არ არის. მისვლამდე დარეკეთ ან შეამოწმეთ ვებგვერდი.

## Service detail
service-polish-name = პოლონურად
service-what = რაში გეხმარებიან
service-how = როგორ მიიღოთ დახმარება
service-documents = რა უნდა წაიღოთ
service-address = მისამართი
service-open-in-maps = რუკაზე გახსნა
service-phones = ტელეფონი
service-call = დარეკვა: { $number }
service-website = ვებგვერდი
service-email = ელფოსტა
service-languages = მომსახურების ენები
service-languages-unknown = უცნობია; პოლონურად ყოველთვის გემსახურებიან.
service-accessibility = ხელმისაწვდომობა
service-cost = ღირებულება
service-free = უფასო
service-paid = შესაძლოა ფასიანი იყოს
service-cost-unknown = იკითხეთ საფასურის შესახებ
service-last-verified = ბოლოს შემოწმდა: { $date }
service-stale = ეს მონაცემები ერთ წელზე მეტი ხნის წინ შემოწმდა და შესაძლოა შეიცვალა.
service-source = წყარო
service-organization = ორგანიზაცია
service-machine-translated = მანქანური თარგმანი: ტექსტი თქვენს ენაზე ავტომატურად მომზადდა და შემოწმებას ელოდება.
service-show-clerk = თანამშრომლისთვის ჩვენება
service-print = მიმართვის დაბეჭდვა
service-share-qr = QR კოდი ტელეფონისთვის
service-status-temporarily-closed = დროებით დაკეტილია
service-status-inactive = არ მუშაობს

## Guides
guides-title = ნაბიჯ-ნაბიჯ გზამკვლევები
guide-steps = ნაბიჯები
guide-checklist = სია: რა უნდა წაიღოთ
guide-offices = დაწესებულებები — { $city }
guide-no-offices = ქალაქი { $city }: ასეთი დაწესებულება კატალოგში ჯერ არ არის.
guide-step-number = ნაბიჯი { $number }

## Settings
settings-title = პარამეტრები
settings-language = ენა
settings-city = ქალაქი
settings-text-size = ტექსტის ზომა
settings-text-size-normal = ჩვეულებრივი
settings-text-size-large = დიდი
settings-text-size-larger = უფრო დიდი
settings-high-contrast = მაღალი კონტრასტი
settings-network = კატალოგის განახლება ინტერნეტით
settings-data-status = კატალოგის მდგომარეობა
settings-wipe = ყველაფრის წაშლა ამ მოწყობილობიდან
settings-wipe-done = თქვენი ისტორია და პარამეტრები ამ მოწყობილობიდან წაიშალა.

## Catalog status and updates
data-updated = განახლდა: { $date }
data-version = ვერსია { $version }
data-outdated = ეს ინფორმაცია შესაძლოა მოძველებული იყოს. განაახლეთ, როცა ინტერნეტთან იქნებით დაკავშირებული.
data-update-now = ახლავე განახლება
data-up-to-date = კატალოგი განახლებულია.

## Errors (codes are stable; see ARCHITECTURE.md)
error-generic = რაღაც შეცდომა მოხდა. შენახული კატალოგი კვლავ ხელმისაწვდომია.
error-catalog-open = კატალოგის გახსნა ვერ მოხერხდა.
error-catalog-missing = კატალოგი არ არის. ხელახლა დააინსტალირეთ აპლიკაცია ან შემოიტანეთ ქალაქის მონაცემები.
error-catalog-database = კატალოგის წაკითხვა ვერ მოხერხდა.
error-catalog-corrupt = კატალოგი დაზიანებულია. ხელახლა დააინსტალირეთ აპლიკაცია ან შემოიტანეთ ქალაქის მონაცემები.
error-not-found = ეს ჩანაწერი კატალოგში აღარ არის.
error-invalid-request = მოთხოვნის გაგება ვერ მოხერხდა.

## Catalog updates (signed city feeds)
data-source-bundled = აპლიკაციაში ჩაშენებული
data-applied = განახლდა ვერსიამდე { $version }.
data-no-feed = ეს ქალაქი ჯერ განახლებებს არ აქვეყნებს.
data-import = მონაცემების შემოტანა საქაღალდიდან
data-import-hint = მაგალითად, USB ფლეშკიდან, რომელიც დახმარების პუნქტში მოგცეს.
data-network-off = ინტერნეტის გამოყენება გამორთულია: არაფერი ჩამოიტვირთება.
sync-stage-checking = განახლებების შემოწმება…
sync-stage-applying = ახალი მონაცემების შენახვა…
error-feed-not-configured = ეს ქალაქი ჯერ განახლებებს არ აქვეყნებს.
error-feed-offline = კავშირი არ არის — შენახული კატალოგი კვლავ ხელმისაწვდომია.
error-feed-captive-portal = ეს ქსელი ჯერ შესვლას ითხოვს (Wi-Fi-ის შესვლის გვერდი). შედით და სცადეთ ხელახლა.
error-feed-timeout = სერვერი ახლა ძალიან ნელა პასუხობს. სცადეთ მოგვიანებით.
error-feed-http-status = სერვერმა განახლება არ გამოგზავნა. სცადეთ მოგვიანებით.
error-feed-bad-signature = ეს განახლება ქალაქის მიერ ხელმოწერილი არ არის, ამიტომ უარყოფილია. თქვენი კატალოგი არ შეცვლილა.
error-feed-expired = ამ განახლებას ვადა გაუვიდა, ამიტომ უარყოფილია. თქვენი კატალოგი არ შეცვლილა.
error-feed-rollback = ეს განახლება თქვენს მონაცემებზე ძველია. თქვენი კატალოგი არ შეცვლილა.
error-feed-rejected = განახლება უარყოფილია, რადგან დაზიანებული ან არაუსაფრთხოა. თქვენი კატალოგი არ შეცვლილა.

## Trust: how an entry was checked, appointments, status
service-verification-drafted = მომზადებულია საჯარო ინფორმაციის საფუძველზე — მისვლამდე გადაამოწმეთ.
service-appointment-required = მხოლოდ წინასწარი ჩაწერით
service-appointment-recommended = სასურველია წინასწარ ჩაეწეროთ
service-appointment-not-needed = წინასწარი ჩაწერა საჭირო არ არის
service-book = ვიზიტზე ჩაწერა
hours-open-appointment-until = ღიაა · იკეტება { $time }-ზე · საჭიროა წინასწარი ჩაწერა
hours-open-appointment = ღიაა · საჭიროა წინასწარი ჩაწერა
machine-translated = მანქანური თარგმანი
guide-city-own = გამოაქვეყნა: { $city }

## First run: network consent
first-run-network-title = შევამოწმოთ განახლებული ინფორმაცია?
first-run-network-body = როცა ინტერნეტთან ხართ დაკავშირებული, Witaj-ს შეუძლია ჩამოტვირთოს უფრო ახალი ინფორმაცია, რომელიც თქვენი ქალაქის მიერაა ხელმოწერილი. თქვენს შესახებ ან თქვენი ძიებების შესახებ არაფერი იგზავნება. ამის შეცვლა მოგვიანებით შეგიძლიათ პარამეტრებში.
first-run-network-allow = დიახ, განახლებების შემოწმება
first-run-network-deny = არა, ინტერნეტის გარეშე

## More feed and content errors
error-feed-app-too-old = ამ განახლებას Witaj-ის უფრო ახალი ვერსია სჭირდება. განაახლეთ აპლიკაცია და სცადეთ ხელახლა.
error-feed-not-yet-valid = ამ განახლებას მომავალი თარიღი აქვს. შეამოწმეთ თარიღი და დრო თქვენს მოწყობილობაზე და სცადეთ ხელახლა.
error-feed-io = საქაღალდის წაკითხვა ვერ მოხერხდა. შეამოწმეთ USB ფლეშკა ან საქაღალდე და სცადეთ ხელახლა.
error-content-read = კატალოგის ფაილის წაკითხვა ვერ მოხერხდა.
error-content-not-found = კატალოგის ფაილები ვერ მოიძებნა.
error-content-invalid = კატალოგის ფაილებში შეცდომებია.
error-i18n-invalid = თარგმანების ჩატვირთვა ვერ მოხერხდა.

## Notices
notices-title = განცხადებები
notice-severity-urgent = სასწრაფო
notice-severity-important = მნიშვნელოვანი
notice-severity-info = ინფორმაცია
notice-dismiss = ამ განცხადების დამალვა
notice-official-page = ოფიციალური გვერდი

## Read aloud
listen = მოსმენა
listen-stop = შეჩერება
error-speech-unavailable = ხმამაღლა წასაკითხად ამ მოწყობილობაზე საჭიროა მეტყველების სინთეზატორი (espeak-ng).
error-speech-failed = ტექსტის ხმამაღლა წაკითხვა ვერ მოხერხდა.

## Keyboard and filters
settings-slash-shortcut = ძებნის ველზე გადასვლა / კლავიშით
filter-remove-category = კატეგორიის ფილტრის მოხსნა

## Help desks and empty searches
service-side-by-side = გვერდიგვერდ პოლონურთან
clerk-larger = უფრო დიდი ტექსტი
search-nothing-found = ამ სიტყვებით ვერაფერი მოიძებნა. შეიძლება ეს დაგეხმაროთ:
search-without-filters = ძებნა ფილტრების გარეშე
search-help-point = უცხოელთა დახმარების პუნქტები თქვენს ქალაქში
search-helplines = გსურთ, ახლავე ვინმეს ესაუბროთ?
helpline-116123 = 116 123 – უფასო დახმარების ხაზი ემოციური კრიზისის დროს
helpline-112 = 112 – გადაუდებელი დახმარების ნომერი

## My plan, reports of wrong or missing information, spelling suggestions
nav-plan = ჩემი გეგმა
plan-title = ჩემი გეგმა
plan-empty = აქ ჯერ არაფერია შენახული. სერვისის ან გზამკვლევის გვერდზე დააჭირეთ „გეგმაში შენახვა“; გეგმა მხოლოდ ამ მოწყობილობაზე ინახება.
plan-save = გეგმაში შენახვა
plan-saved = ✓ გეგმაშია (ამოღება)
plan-progress = შესრულებულია: { $total }-დან { $done }
plan-checklist-progress = სიაში მონიშნულია: { $total }-დან { $done }
plan-gone = კატალოგში აღარ არის
plan-done = შესრულებულია
plan-kind-guide = გზამკვლევი
plan-kind-service = სერვისი
plan-note = ჩემი შენიშვნა
plan-remove = გეგმიდან ამოღება
plan-print = ბეჭდვა პოლონურთან ერთად
plan-save-contacts = კონტაქტების შენახვა (vCard)
plan-reports = ჩემი შეტყობინებები
file-saved = შენახულია: { $path }
search-did-you-mean = ხომ არ გულისხმობდით „{ $query }“?
report-open = შეგვატყობინეთ, თუ ეს ინფორმაცია არასწორია
report-title = რა არის არასწორად?
report-what = აირჩიეთ, რა არის არასწორად
report-problem-closed = აღარ მუშაობს
report-problem-moved = მისამართი შეიცვალა
report-problem-wrong-phone = ტელეფონის ნომერი არასწორია
report-problem-wrong-hours = სამუშაო საათები არასწორია
report-problem-other = სხვა რამ
report-problem-missing = ვერ მოიძებნა
report-text = მოგვიყევით მეტი (არასავალდებულო)
report-missing-open = შეგვატყობინეთ, რა ვერ იპოვეთ
report-missing-title = რა ვერ იპოვეთ?
report-missing-text = რას ეძებდით?
report-searched = თქვენ ეძებდით
report-privacy = შეტყობინება ამ მოწყობილობაზე რჩება, სანამ თავად არ გადაწყვეტთ მის გაგზავნას. ავტომატურად არაფერი იგზავნება.
report-keep = შეტყობინების შენახვა
report-cancel = გაუქმება
report-close = დახურვა
report-queued = თქვენი შეტყობინება ამ მოწყობილობაზე შეინახა. გმადლობთ!
report-pass-on-hint = გაუგზავნეთ შეტყობინებები ქალაქს თქვენი ელფოსტიდან, ან შეინახეთ ისინი ფაილში, რომლის გადაგზავნაც დახმარების პუნქტს შეეძლება.
report-send-email = ელფოსტით გაგზავნა
report-save-file = ფაილში შენახვა
report-email-to = ვის:
report-passed-on-email = გაიხსნა ელფოსტის აპლიკაციაში
report-passed-on-file = შეინახა ფაილში
report-waiting = ელოდება: ჯერ არ გაგზავნილა
report-delete = შეტყობინების წაშლა
report-email-subject = Witaj: შეტყობინებები ინფორმაციის შესახებ ({ $count })
report-email-intro = გამარჯობა, გიგზავნით შეტყობინებებს Witaj აპლიკაციაში არსებული ინფორმაციის შესახებ:
report-email-searched = საძიებო ფრაზა: { $query }
report-email-words = შეტყობინების ავტორის სიტყვები ({ $language }):
error-storage = თქვენი შენახული მონაცემების წაკითხვა ან ჩაწერა ამ მოწყობილობაზე ვერ მოხერხდა.
error-note-too-long = შენიშვნა არ უნდა აღემატებოდეს 500 სიმბოლოს.
error-plan-full = თქვენი გეგმა სავსეა (200 ჩანაწერი). მეტის შესანახად ზოგი ამოიღეთ.
error-too-many-reports = გაგზავნას 100 შეტყობინება ელოდება. ჯერ ზოგი გაგზავნეთ ან წაშალეთ.
error-not-in-plan = ეს უკვე აღარ არის თქვენს გეგმაში.
error-no-service = აირჩიეთ სერვისი, რომელსაც შეტყობინება ეხება.
error-nothing-said = დაწერეთ, რას ეძებდით.
error-too-long = ტექსტი ძალიან გრძელია (მაქსიმუმ 2000 სიმბოლო).
error-io = ფაილის შენახვა ვერ მოხერხდა.
