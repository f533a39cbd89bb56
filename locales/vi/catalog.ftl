## Cities (names as newcomers know them)
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
category-residence = Cư trú và giấy phép lao động
category-civil-registration = PESEL và đăng ký địa chỉ
category-employment = Việc làm và văn phòng lao động
category-tax-insurance = Thuế, bảo hiểm xã hội và bảo hiểm y tế
category-health = Y tế
category-education = Trường học và giáo dục
category-language-courses = Khóa học tiếng Ba Lan
category-housing = Nhà ở
category-legal-aid = Trợ giúp pháp lý miễn phí
category-social-welfare = Trợ giúp xã hội
category-crisis-support = Hỗ trợ khủng hoảng và tâm lý
category-integration = Hỗ trợ người nước ngoài
category-emergency = Cấp cứu

## Words people search for, per category: comma-separated, any number.
## They are indexed in every language, so a word typed in one language
## finds services written in another.
search-terms-residence = thẻ cư trú, thẻ tạm trú, giấy phép cư trú, giấy phép lao động, visa, thị thực, gia hạn visa, bảo hộ tạm thời, karta pobytu, cư trú
search-terms-civil-registration = PESEL, số PESEL, đăng ký địa chỉ, đăng ký tạm trú, meldunek, hộ khẩu, ủy ban thành phố, profil zaufany, mã số cá nhân
search-terms-employment = việc làm, tìm việc, công việc, văn phòng lao động, thất nghiệp, tuyển dụng, đi làm, nghề nghiệp
search-terms-tax-insurance = thuế, cục thuế, sở thuế, NIP, ZUS, NFZ, bảo hiểm, bảo hiểm y tế, bảo hiểm xã hội, lương hưu
search-terms-health = bác sĩ, bệnh viện, phòng khám, bác sĩ gia đình, hiệu thuốc, nhà thuốc, cấp cứu, khám bệnh, ốm, y tá
search-terms-education = trường học, nhà trẻ, mẫu giáo, giáo dục, bằng cấp, công nhận bằng, học sinh, đi học
search-terms-language-courses = học tiếng Ba Lan, tiếng Ba Lan, tiếng Balan, khóa học tiếng, lớp tiếng Ba Lan, lớp học tiếng
search-terms-housing = nhà ở, thuê nhà, căn hộ, phòng trọ, chỗ ở, nhà tạm lánh, vô gia cư, tiền nhà
search-terms-legal-aid = luật sư, tư vấn pháp lý, trợ giúp pháp lý, pháp luật, luật, quyền lợi
search-terms-social-welfare = trợ cấp, trợ cấp xã hội, trợ giúp xã hội, MOPS, MOPR, hỗ trợ tài chính, phúc lợi, trợ giúp
search-terms-crisis-support = khủng hoảng, nhà tâm lý, hỗ trợ tâm lý, tâm lý, bạo lực, bạo lực gia đình, sang chấn, tự tử, đường dây nóng, trầm cảm
search-terms-integration = người nước ngoài, người nhập cư, di dân, người tị nạn, hội nhập, điểm thông tin, tổ chức phi chính phủ, hỗ trợ
search-terms-emergency = cấp cứu, xe cứu thương, cảnh sát, công an, cứu hỏa, khẩn cấp, 112

## Public holidays
holiday-new-year = Tết Dương lịch
holiday-epiphany = Lễ Hiển linh
holiday-easter-sunday = Chủ nhật Phục sinh
holiday-easter-monday = Thứ Hai Phục sinh
holiday-labour-day = Ngày Quốc tế Lao động
holiday-constitution-day = Ngày Hiến pháp
holiday-pentecost = Lễ Chúa Thánh Thần Hiện xuống
holiday-corpus-christi = Lễ Mình Máu Thánh Chúa
holiday-assumption = Lễ Đức Mẹ Lên Trời
holiday-all-saints = Lễ Các Thánh
holiday-independence-day = Ngày Độc lập
holiday-christmas-eve = Đêm Giáng sinh
holiday-christmas = Lễ Giáng sinh
holiday-second-day-of-christmas = Ngày thứ hai Giáng sinh

## Weekdays
weekday-mon = Thứ Hai
weekday-tue = Thứ Ba
weekday-wed = Thứ Tư
weekday-thu = Thứ Năm
weekday-fri = Thứ Sáu
weekday-sat = Thứ Bảy
weekday-sun = Chủ Nhật

## Languages spoken at services (ISO 639-1)
language-pl = Tiếng Ba Lan
language-en = Tiếng Anh
language-uk = Tiếng Ukraina
language-ru = Tiếng Nga
language-be = Tiếng Belarus
language-ka = Tiếng Gruzia
language-ar = Tiếng Ả Rập
language-hi = Tiếng Hindi
language-vi = Tiếng Việt
language-tr = Tiếng Thổ Nhĩ Kỳ
language-de = Tiếng Đức
language-fr = Tiếng Pháp
language-es = Tiếng Tây Ban Nha
language-it = Tiếng Ý
