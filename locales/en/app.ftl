# Witaj user interface, English. Every string the app or the CLI shows.
# Message ids are stable; translators change only the text after "=".

locale-native-name = English
app-name = Witaj
app-tagline = Help for newcomers in Polish cities, in your language

## First run
first-run-choose-language = Choose your language
first-run-language-filter = Find a language
first-run-choose-city = Choose your city
first-run-change-later = You can change this later in Settings.

## Navigation
nav-home = Home
nav-guides = Guides
nav-settings = Settings
nav-back = Back
nav-skip-to-content = Skip to main content
nav-main = Main navigation

## Search and results
search-label = Search services
search-placeholder = What do you need? For example: doctor, PESEL, work
search-clear = Clear search
search-results-count = { $count ->
    [0] No services found
    [one] One service found
   *[other] { $count } services found
}
browse-categories = Categories
recently-viewed = Recently viewed
recently-viewed-empty = Services you open will appear here.

## Filters
filters-label = Filters
filter-open-now = Open now
filter-free = Free of charge
filter-speaks-my-language = Speaks my language
filter-category = Category
filter-language-spoken = Language spoken
filter-any-language = Any language
filter-remove = Remove filter: { $filter }

## Opening status
hours-open-until = Open · closes { $time }
hours-open-always = Open 24 hours
hours-closed-opens = Closed · opens { $day } { $time }
hours-closed-opens-today = Closed · opens today { $time }
hours-closed-opens-tomorrow = Closed · opens tomorrow { $time }
hours-closed = Closed
hours-unknown = Hours unknown
hours-week = Opening hours
hours-today = Today
hours-day-closed = Closed
hours-unknown-detail = The hours were not published. Call or check the website before you go.

## Service detail
service-polish-name = In Polish
service-what = What they help with
service-how = How to get help
service-documents = What to bring
service-address = Address
service-open-in-maps = Open in maps
service-phones = Phone
service-call = Call { $number }
service-website = Website
service-email = Email
service-languages = Languages spoken
service-languages-unknown = Not known; Polish is always spoken.
service-accessibility = Accessibility
service-cost = Cost
service-free = Free of charge
service-paid = There may be fees
service-cost-unknown = Ask about fees
service-last-verified = Last checked { $date }
service-stale = These details were checked more than a year ago and may have changed.
service-source = Source
service-organization = Run by
service-machine-translated = Machine translation: the text in your language was drafted automatically and awaits review.
service-show-clerk = Show to the clerk
service-print = Print referral
service-share-qr = QR code for a phone
service-status-temporarily-closed = Temporarily closed
service-status-inactive = Not active

## Guides
guides-title = Step-by-step guides
guide-steps = Steps
guide-checklist = Checklist: what to bring
guide-offices = Offices in { $city }
guide-no-offices = No office of this kind is listed for { $city } yet.
guide-step-number = Step { $number }

## Settings
settings-title = Settings
settings-language = Language
settings-city = City
settings-text-size = Text size
settings-text-size-normal = Normal
settings-text-size-large = Large
settings-text-size-larger = Larger
settings-high-contrast = High contrast
settings-network = Use the network to update the catalog
settings-data-status = Catalog status
settings-wipe = Forget everything on this device
settings-wipe-done = Your history and settings were removed from this device.

## Catalog status and updates
data-updated = Updated { $date }
data-version = Version { $version }
data-outdated = This information may be outdated. Update when you are online.
data-update-now = Update now
data-up-to-date = The catalog is up to date.

## Errors (codes are stable; see ARCHITECTURE.md)
error-generic = Something went wrong. The saved catalog is still available.
error-catalog-open = The catalog could not be opened.
error-catalog-missing = The catalog is missing. Reinstall the app or import a city feed.
error-catalog-database = The catalog could not be read.
error-catalog-corrupt = The catalog is damaged. Reinstall the app or import a city feed.
error-not-found = This entry no longer exists in the catalog.
error-invalid-request = The request was not understood.

## Catalog updates (signed city feeds)
data-source-bundled = Included with the app
data-applied = Updated to version { $version }.
data-no-feed = This city does not publish updates yet.
data-import = Import a feed from a folder
data-import-hint = For example from a USB stick given by a help desk.
data-network-off = Network use is off: nothing is downloaded.
sync-stage-checking = Checking for updates…
sync-stage-applying = Saving the new data…
error-feed-not-configured = This city does not publish updates yet.
error-feed-offline = No connection — the saved catalog is still available.
error-feed-captive-portal = This network wants you to log in first (a Wi-Fi login page). Log in, then try again.
error-feed-timeout = The server is too slow right now. Try again later.
error-feed-http-status = The server did not send the update. Try again later.
error-feed-bad-signature = This update is not signed by the city, so it was refused. Your catalog is unchanged.
error-feed-expired = This update has expired, so it was refused. Your catalog is unchanged.
error-feed-rollback = This update is older than the data you have. Your catalog is unchanged.
error-feed-rejected = The update was refused because it is damaged or unsafe. Your catalog is unchanged.

## Trust: how an entry was checked, appointments, status
service-verification-drafted = Drafted from public information — check before you go.
service-appointment-required = By appointment only
service-appointment-recommended = An appointment is recommended
service-appointment-not-needed = No appointment needed
service-book = Book a visit
hours-open-appointment-until = Open · closes { $time } · appointment needed
hours-open-appointment = Open · appointment needed
machine-translated = Machine translation
guide-city-own = Published by { $city }

## First run: network consent
first-run-network-title = Check for updated information?
first-run-network-body = When you are online, Witaj can download newer information signed by your city. Nothing about you or your searches is sent. You can change this later in Settings.
first-run-network-allow = Yes, check for updates
first-run-network-deny = No, stay offline

## More feed and content errors
error-feed-app-too-old = This update needs a newer version of Witaj. Update the app, then try again.
error-feed-not-yet-valid = This update is dated in the future. Check your device's date and time, then try again.
error-feed-io = The folder could not be read. Check the USB stick or folder and try again.
error-content-read = A catalog file could not be read.
error-content-not-found = No catalog files were found.
error-content-invalid = The catalog files have errors.
error-i18n-invalid = The translations could not be loaded.

## Notices
notices-title = Notices
notice-severity-urgent = Urgent
notice-severity-important = Important
notice-severity-info = Information
notice-dismiss = Hide this notice
notice-official-page = Official page

## Read aloud
listen = Listen
listen-stop = Stop
error-speech-unavailable = Reading aloud needs a speech engine on this device (espeak-ng).
error-speech-failed = The text could not be read aloud.

## Keyboard and filters
settings-slash-shortcut = Press / to jump to the search field
filter-remove-category = Remove the category filter

## Help desks and empty searches
service-side-by-side = Side by side with Polish
clerk-larger = Larger text
search-nothing-found = Nothing found for these words. These may help:
search-without-filters = Search without filters
search-help-point = Help points for foreigners in your city
search-helplines = Need to talk to someone now?
helpline-116123 = 116 123 – free support line in emotional crisis
helpline-112 = 112 – emergency number

## My plan, reports of wrong or missing information, spelling suggestions
nav-plan = My plan
plan-title = My plan
plan-empty = Nothing saved yet. Use “Save to my plan” on a service or a guide; it stays only on this device.
plan-save = Save to my plan
plan-saved = ✓ In my plan (remove)
plan-progress = { $done } of { $total } done
plan-checklist-progress = { $done } of { $total } checklist items ticked
plan-gone = No longer in the catalog
plan-done = Done
plan-kind-guide = Guide
plan-kind-service = Service
plan-note = My note
plan-remove = Remove from my plan
plan-print = Print with Polish
plan-save-contacts = Save contacts (vCard)
plan-reports = My reports
file-saved = Saved to { $path }
search-did-you-mean = Did you mean “{ $query }”?
report-open = Report a problem with this information
report-title = What is wrong?
report-what = Choose what is wrong
report-problem-closed = It has closed
report-problem-moved = It has moved
report-problem-wrong-phone = Wrong phone number
report-problem-wrong-hours = Wrong opening hours
report-problem-other = Something else
report-problem-missing = Could not find
report-text = Tell us more (optional)
report-missing-open = Report what you could not find
report-missing-title = What could you not find?
report-missing-text = What were you looking for?
report-searched = You searched for
report-privacy = The report stays on this device until you choose to send it. Nothing is sent automatically.
report-keep = Keep this report
report-cancel = Cancel
report-close = Close
report-queued = Your report is kept on this device. Thank you!
report-pass-on-hint = Send your reports to the city from your own e-mail app, or save them as a file that a help desk can forward.
report-send-email = Send by e-mail
report-save-file = Save as a file
report-email-to = To:
report-passed-on-email = Opened in your e-mail app
report-passed-on-file = Saved to a file
report-waiting = Waiting: not sent yet
report-delete = Delete report
report-email-subject = Witaj: reports about the information ({ $count })
report-email-intro = Hello, here are reports about information in the Witaj app:
report-email-searched = Searched for: { $query }
report-email-words = The reader's own words ({ $language }):
error-storage = Your saved data could not be read or written on this device.
error-note-too-long = A note can be at most 500 characters.
error-plan-full = Your plan is full (200 items). Remove some to save more.
error-too-many-reports = 100 reports are waiting. Send or delete some first.
error-not-in-plan = This is no longer in your plan.
error-no-service = Choose the service the report is about.
error-nothing-said = Write what you were looking for.
error-too-long = The text is too long (at most 2000 characters).
error-io = The file could not be saved.
