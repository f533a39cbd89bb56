# Witaj Studio, the editor for city staff: English. Studio is offered in
# Polish and English only, so these messages are required in pl and en.

studio-title = Witaj Studio
studio-language = Language
studio-folder = Folder

## Opening a folder
studio-open-heading = Open a content folder
studio-open-label = Folder of your city's files (for example content/krakow)
studio-open-hint = Studio edits the files in this folder. Nothing is written until you press Save, and nothing is sent anywhere.
studio-open-button = Open

## Navigation
studio-nav-entries = Entries
studio-nav-publish = Publish
studio-back = Back to the list

## The table
studio-table-caption = Services and guides
studio-col-name = Name
studio-col-kind = Kind
studio-col-category = Category
studio-col-status = Status
studio-col-verification = Verification
studio-col-last-verified = Last verified
studio-col-translations = Translations
studio-col-problems = Problems
studio-kind-service = Service
studio-kind-guide = Guide
studio-kind-notice = Notice
studio-problems-none = None
studio-errors = Errors
studio-warnings = Warnings
studio-unsaved = Unsaved
studio-unsaved-count = Files with unsaved changes
studio-coverage-heading = Translation coverage
studio-coverage-explain = Share of services with every text written in the language; MT counts texts drafted by machine and not yet reviewed.
studio-coverage-mt = drafted by machine
studio-translations-unknown = fix errors first

## Values
studio-status-active = Active
studio-status-inactive = Not active
studio-status-temporarily-closed = Temporarily closed
studio-status-defunct = Closed for good
studio-verification-drafted = Drafted (from public pages)
studio-verification-confirmed = Confirmed (by the institution or city staff)
studio-appointment-unset = Not stated
studio-appointment-required = Appointment required
studio-appointment-recommended = Appointment recommended
studio-appointment-not-needed = No appointment needed
studio-free-unset = Not known
studio-free-yes = Free of charge
studio-free-no = Paid

## The editor
studio-edit-heading = Edit
studio-tab-fields = Fields
studio-tab-translations = Translations
studio-tab-preview = Preview
studio-save = Save
studio-saved = Saved
studio-nothing-to-save = Nothing to save.
studio-generic-explain = Every field of the file, by its name in the content format (content/README.md). Lists are separated by commas.
studio-section-basics = Basics
studio-section-source = Source and checking
studio-section-contact = Contact
studio-section-hours = Opening hours
studio-section-texts = Texts in Polish
studio-section-location = Location
studio-section-phones = Phones
studio-section-documents = Documents to bring
studio-field-id = Id
studio-field-category = Category
studio-field-status = Status
studio-field-source_url = Source page (the institution's own)
studio-field-last_verified = Last verified (YYYY-MM-DD)
studio-field-verification = Verification
studio-field-appointment = Appointment
studio-field-booking_url = Booking page
studio-field-allow_http = Allow http:// links (only when the site has no https)
studio-field-website = Website
studio-field-email = E-mail
studio-field-free = Cost
studio-field-opening_hours = Opening hours (OpenStreetMap syntax)
studio-field-languages = Languages spoken at the service
studio-field-organization-name = Organization
studio-field-organization-website = Organization's website
studio-field-name = Name
studio-field-description = What it helps with
studio-field-application_process = How to get help
studio-field-fees = Fees
studio-field-keywords = Search words (separated by commas)
studio-field-location-address = Street and number
studio-field-location-postal_code = Postal code
studio-field-location-latitude = Latitude
studio-field-location-longitude = Longitude
studio-field-location-accessibility = Accessibility
studio-field-phone-number = Number
studio-field-phone-description = Description
studio-field-phone-languages = Languages on this line
studio-field-document = Document
studio-phone-heading = Phone
studio-document-heading = Document
studio-add-phone = Add a phone
studio-add-document = Add a document
studio-remove = Remove

## Opening hours
studio-hours-preview = The week from today, as the app shows it
studio-hours-empty = No hours given: the app shows "hours unknown".
studio-hours-closed = closed
studio-hours-invalid = These opening hours cannot be read.
studio-hours-hint-polish-days = Use the English day abbreviations: Mo Tu We Th Fr Sa Su (Pn is Mo, Nd is Su).
studio-hours-hint-day-case = Write days with a capital first letter: Mo Tu We Th Fr Sa Su.
studio-hours-hint-time-dot = Write times with a colon: 08:00, not 8.00.
studio-hours-hint-dash = Use a plain hyphen (-) between days or times, not a long dash.
studio-hours-hint-two-digits = Write hours with two digits: 08:00, not 8:00.
studio-hours-hint-example = For example: Mo-Fr 08:00-16:00; Sa 09:00-13:00; PH off (PH means public holidays).
studio-hours-detail = Details

## Translations
studio-translate-into = Translate into
studio-translations-field = Field
studio-polish = Polish
studio-mt-badge = MT
studio-mt-explain = Drafted by machine: read it, correct it, then mark it reviewed.
studio-mt-reviewed = Reviewed
studio-missing = Missing

## Preview
studio-preview-locale = Language of the preview
studio-preview-explain = Exactly what a newcomer sees in the app, at phone width.
studio-preview-phone = Phone width
studio-preview-invalid = Fix the errors to see the preview.

## Problems
studio-problems-heading = Problems
studio-problem-line = line
studio-severity-error = Error
studio-severity-warning = Warning
studio-no-problems = No problems found.

## Publishing
studio-publish-heading = Publish the city's feed
studio-publish-explain = Studio builds the feed from the saved files, checks it, shows what changed since the feed in the output folder, and signs it with your key.
studio-publish-out = Output folder for the feed
studio-publish-key = Secret key file (feed.key)
studio-publish-password = Password of the key
studio-publish-password-note = The password is used once to sign and is never stored.
studio-publish-expires = Valid for (days, 1 to 400)
studio-publish-check = Show changes
studio-publish-sign = Sign and write the feed
studio-changes-first = There is no feed in this folder yet: every service is new.
studio-changes-since = Changes since the feed in this folder, version
studio-changes-added = Added
studio-changes-removed = Removed
studio-changes-changed = Changed
studio-changes-unchanged = Unchanged services
studio-changes-none = No services changed.
studio-published = Signed feed written.
studio-published-next = Check it with witaj feed verify, then upload the folder's files.
studio-feed-version = Version
studio-feed-services = Services
studio-feed-expires = Valid until
studio-feed-folder = Folder

## HSDS
studio-nav-hsds = HSDS
studio-hsds-heading = Open Referral HSDS
studio-hsds-explain = Exchange data with other systems in the Human Services Data Specification 3.0. Every translation and every Witaj field travels along, so an export imports back unchanged.
studio-hsds-import-heading = Import into this folder
studio-hsds-import-explain = Services are written as files of this city (a file of the same name is replaced). What the data lacks is listed below for you to fill in.
studio-hsds-input = HSDS JSON file, or a folder of HSDS tables
studio-hsds-export-heading = Export this city
studio-hsds-export-explain = The saved services without errors, as a feed would carry them.
studio-hsds-out = File (JSON) or folder (tables) to write
studio-hsds-format = Form
studio-hsds-format-json = JSON, one file
studio-hsds-format-tabular = Tables: CSV files with datapackage.json
studio-hsds-language = Language of the HSDS text
studio-hsds-exported = Services written
studio-hsds-imported = Files written
studio-hsds-import = Import HSDS…
studio-hsds-export = Export HSDS…

## Reports
studio-nav-reports = Reports
studio-reports-heading = Reports from newcomers
studio-reports-explain = Open a report file that a reader saved in the app and a help desk passed on. Each report links to the entry it is about.
studio-reports-file = Report file
studio-reports-open = Open
studio-reports-none = There are no reports in this file.
studio-report-when = Written
studio-report-problem = Problem
studio-report-service = Service
studio-report-text = The reader's words
studio-report-searched = Searched for
studio-report-open-entry = Open the entry
studio-report-not-here = Not in this folder
studio-report-other-city = About another city

## Errors
error-studio-not-content = This is not a city's content folder. Open the folder of one city, for example content/krakow.
error-studio-several-cities = This folder holds several cities. Open the folder of one city, for example content/krakow.
error-studio-io = A file or folder could not be read or written. Check the path and try again.
error-studio-syntax = A file is not valid TOML and cannot be opened in Studio. Fix it in a text editor first.
error-studio-field = This field cannot be changed here.
error-studio-invalid = Fix the errors in this entry first.
error-studio-unsaved = Save your changes first.
error-studio-key = The key could not be opened. Check the password and the key file.
error-studio-feed = The feed could not be built.
error-studio-no-folder = Open a folder first.
error-studio-hsds = The HSDS data could not be read or written.
error-studio-report = This is not a report file Studio can read.
