## Cities (names as newcomers know them)
city-bialystok = बियालिस्तोक
city-bydgoszcz = बिडगोश्च
city-gdansk = ग्दान्स्क
city-katowice = काटोवित्से
city-krakow = क्राकोव
city-lublin = लुब्लिन
city-lodz = लॉड्ज़
city-poznan = पोज़नान
city-rzeszow = ज़ेशुव
city-szczecin = श्चेचिन
city-warszawa = वारसॉ
city-wroclaw = व्रोत्सवाफ़

## Categories
category-residence = निवास और वर्क परमिट
category-civil-registration = PESEL और पते का पंजीकरण
category-employment = नौकरी और रोज़गार कार्यालय
category-tax-insurance = टैक्स, सामाजिक और स्वास्थ्य बीमा
category-health = स्वास्थ्य सेवा
category-education = स्कूल और शिक्षा
category-language-courses = पोलिश भाषा के कोर्स
category-housing = आवास
category-legal-aid = मुफ़्त क़ानूनी सहायता
category-social-welfare = सामाजिक सहायता
category-crisis-support = संकट और मनोवैज्ञानिक सहायता
category-integration = विदेशियों के लिए मदद
category-emergency = आपातकाल

## Words people search for, per category: comma-separated, any number.
## They are indexed in every language, so a word typed in one language
## finds services written in another.
search-terms-residence = TRC, रेज़िडेंस कार्ड, रेजिडेंस परमिट, निवास परमिट, वर्क परमिट, वीज़ा, वीजा, कार्ता पोबितु, विदेशी कार्यालय, अस्थायी सुरक्षा, वोइवोडशिप ऑफ़िस
search-terms-civil-registration = PESEL, पेसेल, पंजीकरण, रजिस्ट्रेशन, पता पंजीकरण, मेल्डुनेक, नगर कार्यालय, ट्रस्टेड प्रोफ़ाइल, पहचान संख्या
search-terms-employment = नौकरी, काम, जॉब, रोज़गार, रोजगार, बेरोज़गार, रोज़गार कार्यालय, वैकेंसी
search-terms-tax-insurance = टैक्स, कर, आयकर, कर कार्यालय, NIP, ZUS, NFZ, बीमा, स्वास्थ्य बीमा, पेंशन
search-terms-health = डॉक्टर, अस्पताल, क्लिनिक, फ़ैमिली डॉक्टर, दवाखाना, दवा की दुकान, फ़ार्मेसी, इमरजेंसी, बीमारी, नर्स
search-terms-education = स्कूल, किंडरगार्टन, प्ले स्कूल, शिक्षा, पढ़ाई, डिग्री, डिप्लोमा मान्यता, छात्र
search-terms-language-courses = पोलिश कोर्स, पोलिश भाषा, पोलिश क्लास, पोलिश सीखें, भाषा कोर्स, पोलिश
search-terms-housing = घर, मकान, फ़्लैट, किराया, किराये का घर, आश्रय, रहने की जगह, बेघर
search-terms-legal-aid = वकील, क़ानूनी सलाह, कानूनी सलाह, क़ानूनी सहायता, अधिवक्ता, अधिकार
search-terms-social-welfare = सामाजिक सहायता, MOPS, MOPR, भत्ता, लाभ, आर्थिक मदद, वित्तीय सहायता, सरकारी मदद
search-terms-crisis-support = संकट, मनोवैज्ञानिक, मनोचिकित्सक, मानसिक स्वास्थ्य, हिंसा, घरेलू हिंसा, सदमा, आत्महत्या, हेल्पलाइन, डिप्रेशन
search-terms-integration = विदेशी, प्रवासी, शरणार्थी, एकीकरण, सूचना केंद्र, एनजीओ, NGO, सहायता
search-terms-emergency = आपातकाल, इमरजेंसी, एम्बुलेंस, पुलिस, फ़ायर ब्रिगेड, दमकल, 112

## Public holidays
holiday-new-year = नव वर्ष दिवस
holiday-epiphany = एपिफ़नी
holiday-easter-sunday = ईस्टर रविवार
holiday-easter-monday = ईस्टर सोमवार
holiday-labour-day = मज़दूर दिवस
holiday-constitution-day = संविधान दिवस
holiday-pentecost = पेंटेकोस्ट
holiday-corpus-christi = कॉर्पस क्रिस्टी
holiday-assumption = मरियम का स्वर्गारोहण
holiday-all-saints = सर्व संत दिवस
holiday-independence-day = स्वतंत्रता दिवस
holiday-christmas-eve = क्रिसमस की पूर्व संध्या
holiday-christmas = क्रिसमस
holiday-second-day-of-christmas = क्रिसमस का दूसरा दिन

## Weekdays
weekday-mon = सोमवार
weekday-tue = मंगलवार
weekday-wed = बुधवार
weekday-thu = गुरुवार
weekday-fri = शुक्रवार
weekday-sat = शनिवार
weekday-sun = रविवार

## Languages spoken at services (ISO 639-1)
language-pl = पोलिश
language-en = अंग्रेज़ी
language-uk = यूक्रेनी
language-ru = रूसी
language-be = बेलारूसी
language-ka = जॉर्जियाई
language-ar = अरबी
language-hi = हिन्दी
language-vi = वियतनामी
language-tr = तुर्की
language-de = जर्मन
language-fr = फ़्रेंच
language-es = स्पेनिश
language-it = इतालवी
