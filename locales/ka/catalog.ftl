## Cities (names as newcomers know them)
city-bialystok = ბელოსტოკი
city-bydgoszcz = ბიდგოშჩი
city-gdansk = გდანსკი
city-katowice = კატოვიცე
city-krakow = კრაკოვი
city-lublin = ლუბლინი
city-lodz = ლოძი
city-poznan = პოზნანი
city-rzeszow = ჟეშუვი
city-szczecin = შჩეცინი
city-warszawa = ვარშავა
city-wroclaw = ვროცლავი

## Categories
category-residence = ბინადრობის და მუშაობის ნებართვები
category-civil-registration = PESEL და მისამართზე რეგისტრაცია
category-employment = სამუშაო და დასაქმების სამსახურები
category-tax-insurance = გადასახადები, სოციალური და ჯანმრთელობის დაზღვევა
category-health = ჯანდაცვა
category-education = სკოლები და განათლება
category-language-courses = პოლონური ენის კურსები
category-housing = საცხოვრებელი
category-legal-aid = უფასო იურიდიული დახმარება
category-social-welfare = სოციალური დახმარება
category-crisis-support = კრიზისული და ფსიქოლოგიური დახმარება
category-integration = დახმარება უცხოელებს
category-emergency = გადაუდებელი დახმარება

## Words people search for, per category: comma-separated, any number.
## They are indexed in every language, so a word typed in one language
## finds services written in another.
search-terms-residence = ბინადრობის ნებართვა, ბინადრობის ბარათი, კარტა პობიტუ, მუშაობის ნებართვა, სამუშაო ნებართვა, ვიზა, დროებითი დაცვა, უცხოელთა სამსახური, ლეგალიზაცია, ბინადრობა
search-terms-civil-registration = PESEL, პესელი, რეგისტრაცია, მისამართზე რეგისტრაცია, მელდუნეკი, ჩაწერა, მერია, სანდო პროფილი, პირადი ნომერი
search-terms-employment = სამუშაო, სამსახური, მუშაობა, ვაკანსია, დასაქმება, უმუშევარი, დასაქმების სამსახური, კარიერა
search-terms-tax-insurance = გადასახადი, საგადასახადო, NIP, ZUS, NFZ, დაზღვევა, ჯანმრთელობის დაზღვევა, სოციალური დაზღვევა, პენსია
search-terms-health = ექიმი, საავადმყოფო, კლინიკა, პოლიკლინიკა, ოჯახის ექიმი, აფთიაქი, სასწრაფო, SOR, ავადმყოფობა, ექთანი
search-terms-education = სკოლა, საბავშვო ბაღი, ბაღი, განათლება, დიპლომი, დიპლომის აღიარება, ნოსტრიფიკაცია, მოსწავლე
search-terms-language-courses = პოლონური ენის კურსი, პოლონური ენა, პოლონურის გაკვეთილები, პოლონურის სწავლა, ენის კურსი, პოლონური
search-terms-housing = საცხოვრებელი, ბინა, ქირა, ბინის ქირა, თავშესაფარი, საერთო საცხოვრებელი, ღამის თავშესაფარი, უსახლკარო
search-terms-legal-aid = იურისტი, ადვოკატი, იურიდიული კონსულტაცია, იურიდიული დახმარება, უფასო იურისტი, უფლებები
search-terms-social-welfare = სოციალური დახმარება, MOPS, MOPR, შემწეობა, დახმარება, ფინანსური დახმარება, სოციალური სამსახური, შეღავათები
search-terms-crisis-support = კრიზისი, ფსიქოლოგი, ფსიქოლოგიური დახმარება, ძალადობა, ოჯახში ძალადობა, ტრავმა, სუიციდი, ცხელი ხაზი, ნდობის ტელეფონი, დეპრესია
search-terms-integration = უცხოელები, მიგრანტები, ემიგრანტები, ლტოლვილები, ინტეგრაცია, საინფორმაციო პუნქტი, ფონდი, არასამთავრობო ორგანიზაცია, დახმარება
search-terms-emergency = 112, სასწრაფო, სასწრაფო დახმარება, პოლიცია, სახანძრო, მეხანძრეები, გადაუდებელი დახმარება, საგანგებო

## Public holidays
holiday-new-year = ახალი წელი
holiday-epiphany = ნათლისღება
holiday-easter-sunday = აღდგომა
holiday-easter-monday = აღდგომის ორშაბათი
holiday-labour-day = შრომის დღე
holiday-constitution-day = კონსტიტუციის დღე
holiday-pentecost = სულთმოფენობა
holiday-corpus-christi = ქრისტეს სხეულის დღესასწაული
holiday-assumption = ღვთისმშობლის მიძინება
holiday-all-saints = ყველა წმინდანის დღე
holiday-independence-day = დამოუკიდებლობის დღე
holiday-christmas-eve = შობის წინა დღე
holiday-christmas = შობა
holiday-second-day-of-christmas = შობის მეორე დღე

## Weekdays
weekday-mon = ორშაბათი
weekday-tue = სამშაბათი
weekday-wed = ოთხშაბათი
weekday-thu = ხუთშაბათი
weekday-fri = პარასკევი
weekday-sat = შაბათი
weekday-sun = კვირა

## Languages spoken at services (ISO 639-1)
language-pl = პოლონური
language-en = ინგლისური
language-uk = უკრაინული
language-ru = რუსული
language-be = ბელარუსული
language-ka = ქართული
language-ar = არაბული
language-hi = ჰინდი
language-vi = ვიეტნამური
language-tr = თურქული
language-de = გერმანული
language-fr = ფრანგული
language-es = ესპანური
language-it = იტალიური
