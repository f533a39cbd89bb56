# Witaj user interface, Vietnamese. Every string the app or the CLI shows.
# Message ids are stable; translators change only the text after "=".

locale-native-name = Tiếng Việt
app-name = Witaj
app-tagline = Hỗ trợ người mới đến tại các thành phố Ba Lan, bằng ngôn ngữ của bạn

## First run
first-run-choose-language = Chọn ngôn ngữ của bạn
first-run-language-filter = Tìm ngôn ngữ
first-run-choose-city = Chọn thành phố của bạn
first-run-change-later = Bạn có thể thay đổi sau trong phần Cài đặt.

## Navigation
nav-home = Trang chủ
nav-guides = Hướng dẫn
nav-settings = Cài đặt
nav-back = Quay lại
nav-skip-to-content = Chuyển đến nội dung chính
nav-main = Điều hướng chính

## Search and results
search-label = Tìm dịch vụ
search-placeholder = Bạn cần gì? Ví dụ: bác sĩ, PESEL, việc làm
search-clear = Xóa tìm kiếm
search-results-count = { $count ->
    [0] Không tìm thấy dịch vụ nào
   *[other] Tìm thấy { $count } dịch vụ
}
browse-categories = Danh mục
recently-viewed = Đã xem gần đây
recently-viewed-empty = Các dịch vụ bạn mở sẽ hiện ở đây.

## Filters
filters-label = Bộ lọc
filter-open-now = Đang mở cửa
filter-free = Miễn phí
filter-speaks-my-language = Nói ngôn ngữ của tôi
filter-category = Danh mục
filter-language-spoken = Ngôn ngữ phục vụ
filter-any-language = Mọi ngôn ngữ
filter-remove = Bỏ bộ lọc: { $filter }

## Opening status
hours-open-until = Đang mở cửa · đóng cửa lúc { $time }
hours-open-always = Mở cửa 24 giờ
hours-closed-opens = Đang đóng cửa · mở cửa { $day } lúc { $time }
hours-closed-opens-today = Đang đóng cửa · mở cửa hôm nay lúc { $time }
hours-closed-opens-tomorrow = Đang đóng cửa · mở cửa ngày mai lúc { $time }
hours-closed = Đang đóng cửa
hours-unknown = Chưa rõ giờ mở cửa
hours-week = Giờ mở cửa
hours-today = Hôm nay
hours-day-closed = Đóng cửa
hours-unknown-detail = Giờ mở cửa chưa được công bố. Hãy gọi điện hoặc xem trang web trước khi đến.

## Service detail
service-polish-name = Bằng tiếng Ba Lan
service-what = Hỗ trợ những việc gì
service-how = Cách nhận hỗ trợ
service-documents = Cần mang theo gì
service-address = Địa chỉ
service-open-in-maps = Mở trong bản đồ
service-phones = Điện thoại
service-call = Gọi { $number }
service-website = Trang web
service-email = Email
service-languages = Ngôn ngữ phục vụ
service-languages-unknown = Chưa rõ; luôn có phục vụ bằng tiếng Ba Lan.
service-accessibility = Hỗ trợ tiếp cận
service-cost = Chi phí
service-free = Miễn phí
service-paid = Có thể mất phí
service-cost-unknown = Hãy hỏi về chi phí
service-last-verified = Kiểm tra lần cuối: { $date }
service-stale = Thông tin này được kiểm tra cách đây hơn một năm và có thể đã thay đổi.
service-source = Nguồn
service-organization = Đơn vị phụ trách
service-machine-translated = Bản dịch máy: văn bản bằng ngôn ngữ của bạn được tạo tự động và đang chờ kiểm tra.
service-show-clerk = Đưa cho nhân viên xem
service-print = In giấy giới thiệu
service-share-qr = Mã QR cho điện thoại
service-status-temporarily-closed = Tạm thời đóng cửa
service-status-inactive = Ngừng hoạt động

## Guides
guides-title = Hướng dẫn từng bước
guide-steps = Các bước
guide-checklist = Danh sách: cần mang theo gì
guide-offices = Cơ quan tại { $city }
guide-no-offices = Hiện chưa có cơ quan loại này tại { $city } trong danh bạ.
guide-step-number = Bước { $number }

## Settings
settings-title = Cài đặt
settings-language = Ngôn ngữ
settings-city = Thành phố
settings-text-size = Cỡ chữ
settings-text-size-normal = Bình thường
settings-text-size-large = Lớn
settings-text-size-larger = Lớn hơn
settings-high-contrast = Độ tương phản cao
settings-network = Dùng mạng để cập nhật danh bạ dịch vụ
settings-data-status = Trạng thái danh bạ
settings-wipe = Xóa mọi dữ liệu trên thiết bị này
settings-wipe-done = Lịch sử và cài đặt của bạn đã được xóa khỏi thiết bị này.

## Catalog status and updates
data-updated = Cập nhật ngày { $date }
data-version = Phiên bản { $version }
data-outdated = Thông tin này có thể đã cũ. Hãy cập nhật khi có mạng.
data-update-now = Cập nhật ngay
data-up-to-date = Danh bạ đã được cập nhật mới nhất.

## Errors (codes are stable; see ARCHITECTURE.md)
error-generic = Đã xảy ra lỗi. Bạn vẫn dùng được danh bạ đã lưu.
error-catalog-open = Không mở được danh bạ.
error-catalog-missing = Không tìm thấy danh bạ. Hãy cài lại ứng dụng hoặc nhập dữ liệu của một thành phố.
error-catalog-database = Không đọc được danh bạ.
error-catalog-corrupt = Danh bạ bị hỏng. Hãy cài lại ứng dụng hoặc nhập dữ liệu của một thành phố.
error-not-found = Mục này không còn trong danh bạ.
error-invalid-request = Không hiểu được yêu cầu.

## Catalog updates (signed city feeds)
data-source-bundled = Có sẵn trong ứng dụng
data-applied = Đã cập nhật lên phiên bản { $version }.
data-no-feed = Thành phố này chưa phát hành bản cập nhật.
data-import = Nhập dữ liệu từ thư mục
data-import-hint = Ví dụ: từ USB mà quầy hỗ trợ đưa cho bạn.
data-network-off = Đã tắt sử dụng mạng: không tải xuống gì cả.
sync-stage-checking = Đang kiểm tra bản cập nhật…
sync-stage-applying = Đang lưu dữ liệu mới…
error-feed-not-configured = Thành phố này chưa phát hành bản cập nhật.
error-feed-offline = Không có kết nối — bạn vẫn dùng được danh bạ đã lưu.
error-feed-captive-portal = Mạng này yêu cầu bạn đăng nhập trước (trang đăng nhập Wi-Fi). Hãy đăng nhập rồi thử lại.
error-feed-timeout = Máy chủ đang phản hồi quá chậm. Hãy thử lại sau.
error-feed-http-status = Máy chủ không gửi bản cập nhật. Hãy thử lại sau.
error-feed-bad-signature = Bản cập nhật này không có chữ ký của thành phố nên đã bị từ chối. Danh bạ của bạn không thay đổi.
error-feed-expired = Bản cập nhật này đã hết hạn nên đã bị từ chối. Danh bạ của bạn không thay đổi.
error-feed-rollback = Bản cập nhật này cũ hơn dữ liệu bạn đang có. Danh bạ của bạn không thay đổi.
error-feed-rejected = Bản cập nhật đã bị từ chối vì bị hỏng hoặc không an toàn. Danh bạ của bạn không thay đổi.

## Trust: how an entry was checked, appointments, status
service-verification-drafted = Được soạn từ thông tin công khai — hãy kiểm tra lại trước khi đến.
service-appointment-required = Chỉ tiếp nhận khi có hẹn trước
service-appointment-recommended = Nên đặt lịch hẹn trước
service-appointment-not-needed = Không cần đặt lịch hẹn
service-book = Đặt lịch hẹn
hours-open-appointment-until = Đang mở cửa · đóng cửa lúc { $time } · cần đặt lịch hẹn
hours-open-appointment = Đang mở cửa · cần đặt lịch hẹn
machine-translated = Bản dịch máy
guide-city-own = Do { $city } xuất bản

## First run: network consent
first-run-network-title = Kiểm tra thông tin mới cập nhật?
first-run-network-body = Khi có mạng, Witaj có thể tải về thông tin mới hơn có chữ ký của thành phố bạn. Không có thông tin nào về bạn hay những gì bạn tìm kiếm được gửi đi. Bạn có thể thay đổi sau trong phần Cài đặt.
first-run-network-allow = Có, kiểm tra bản cập nhật
first-run-network-deny = Không, tiếp tục dùng không cần mạng

## More feed and content errors
error-feed-app-too-old = Bản cập nhật này cần phiên bản Witaj mới hơn. Hãy cập nhật ứng dụng rồi thử lại.
error-feed-not-yet-valid = Bản cập nhật này có ngày trong tương lai. Hãy kiểm tra ngày giờ trên thiết bị rồi thử lại.
error-feed-io = Không đọc được thư mục. Hãy kiểm tra USB hoặc thư mục rồi thử lại.
error-content-read = Không đọc được một tệp danh bạ.
error-content-not-found = Không tìm thấy tệp danh bạ nào.
error-content-invalid = Các tệp danh bạ có lỗi.
error-i18n-invalid = Không tải được bản dịch.

## Notices
notices-title = Thông báo
notice-severity-urgent = Khẩn cấp
notice-severity-important = Quan trọng
notice-severity-info = Thông tin
notice-dismiss = Ẩn thông báo này
notice-official-page = Trang chính thức

## Read aloud
listen = Nghe
listen-stop = Dừng
error-speech-unavailable = Để đọc to, thiết bị này cần có công cụ chuyển văn bản thành giọng nói (espeak-ng).
error-speech-failed = Không đọc to được văn bản.

## Keyboard and filters
settings-slash-shortcut = Nhấn phím / để chuyển đến ô tìm kiếm
filter-remove-category = Bỏ bộ lọc danh mục

## Help desks and empty searches
service-side-by-side = Song song với tiếng Ba Lan
clerk-larger = Chữ lớn hơn
search-nothing-found = Không tìm thấy kết quả cho những từ này. Những mục sau có thể giúp bạn:
search-without-filters = Tìm kiếm không dùng bộ lọc
search-help-point = Các quầy hỗ trợ người nước ngoài ở thành phố của bạn
search-helplines = Bạn muốn nói chuyện với ai đó ngay bây giờ?
helpline-116123 = 116 123 – đường dây hỗ trợ miễn phí khi gặp khủng hoảng cảm xúc
helpline-112 = 112 – số khẩn cấp

## My plan, reports of wrong or missing information, spelling suggestions
nav-plan = Kế hoạch
plan-title = Kế hoạch của tôi
plan-empty = Chưa lưu mục nào. Hãy bấm “Lưu vào kế hoạch” ở một dịch vụ hoặc hướng dẫn; kế hoạch chỉ được lưu trên thiết bị này.
plan-save = Lưu vào kế hoạch
plan-saved = ✓ Đã có trong kế hoạch (bỏ)
plan-progress = Đã xong: { $done } trên { $total }
plan-checklist-progress = Đã đánh dấu trong danh sách: { $done } trên { $total }
plan-gone = Không còn trong danh bạ
plan-done = Đã xong
plan-kind-guide = Hướng dẫn
plan-kind-service = Dịch vụ
plan-note = Ghi chú của tôi
plan-remove = Bỏ khỏi kế hoạch
plan-print = In kèm tiếng Ba Lan
plan-save-contacts = Lưu liên hệ (vCard)
plan-reports = Phản ánh của tôi
file-saved = Đã lưu vào { $path }
search-did-you-mean = Có phải bạn muốn tìm “{ $query }”?
report-open = Phản ánh lỗi trong thông tin này
report-title = Có gì sai?
report-what = Chọn điều bị sai
report-problem-closed = Đã ngừng hoạt động
report-problem-moved = Đã chuyển địa chỉ
report-problem-wrong-phone = Sai số điện thoại
report-problem-wrong-hours = Sai giờ mở cửa
report-problem-other = Vấn đề khác
report-problem-missing = Không tìm thấy
report-text = Cho chúng tôi biết thêm (không bắt buộc)
report-missing-open = Phản ánh điều bạn không tìm thấy
report-missing-title = Bạn không tìm thấy gì?
report-missing-text = Bạn đang tìm gì?
report-searched = Bạn đã tìm
report-privacy = Phản ánh được giữ trên thiết bị này cho đến khi bạn quyết định gửi đi. Không có gì được gửi tự động.
report-keep = Giữ phản ánh này
report-cancel = Hủy
report-close = Đóng
report-queued = Phản ánh của bạn đã được giữ trên thiết bị này. Cảm ơn bạn!
report-pass-on-hint = Hãy gửi các phản ánh đến thành phố từ ứng dụng email của bạn, hoặc lưu thành tệp để quầy hỗ trợ chuyển tiếp giúp bạn.
report-send-email = Gửi qua email
report-save-file = Lưu thành tệp
report-email-to = Đến:
report-passed-on-email = Đã mở trong ứng dụng email
report-passed-on-file = Đã lưu vào tệp
report-waiting = Đang chờ: chưa gửi
report-delete = Xóa phản ánh
report-email-subject = Witaj: phản ánh về thông tin ({ $count })
report-email-intro = Xin chào, dưới đây là các phản ánh về thông tin trong ứng dụng Witaj:
report-email-searched = Đã tìm: { $query }
report-email-words = Lời của người phản ánh ({ $language }):
error-storage = Không đọc hoặc ghi được dữ liệu đã lưu của bạn trên thiết bị này.
error-note-too-long = Ghi chú chỉ được dài tối đa 500 ký tự.
error-plan-full = Kế hoạch của bạn đã đầy (200 mục). Hãy bỏ bớt để lưu thêm.
error-too-many-reports = Có 100 phản ánh đang chờ. Hãy gửi hoặc xóa bớt trước.
error-not-in-plan = Mục này không còn trong kế hoạch của bạn.
error-no-service = Hãy chọn dịch vụ mà phản ánh nói đến.
error-nothing-said = Hãy viết điều bạn đang tìm.
error-too-long = Văn bản quá dài (tối đa 2000 ký tự).
error-io = Không lưu được tệp.
