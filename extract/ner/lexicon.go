package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The lexicons below are small, hand-made and English-only. They cover the
// news domain of the seed corpus and common international names.

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// orgWords make a capitalised run an organization.
var orgWords = set("International", "Ministry", "Office", "Forces", "Committee",
	"Council", "Union", "Agency", "Party", "Organization", "Organisation",
	"Association", "Institute", "University", "College", "Bank", "Court",
	"Commission", "Department", "Army", "Navy", "Police", "Government",
	"Parliament", "Company", "Corporation", "Corp", "Inc", "Ltd", "Group",
	"Foundation", "Federation", "Front", "Movement", "Service", "Services",
	"Times", "News", "Post", "Press", "Media", "Network", "Watch", "Fund",
	"Congress", "Senate", "Assembly", "Cabinet", "Kremlin", "Bureau", "Board",
	"League", "Alliance", "Coalition", "Authority", "Society", "Club", "Team",
	"Guard", "Brigade", "Battalion", "Command", "Directorate", "Prosecutor's",
	"Tribunal", "Centre", "Center", "Mission", "Secretariat", "Airlines",
	"Program", "Programme", "Project", "Initiative", "Museum", "Gallery",
	"Library", "School", "Church", "Academy", "Laboratory", "Lab", "Studios",
	"Records", "Motors", "Bureau", "Embassy", "Consulate", "Council",
	"Corp.", "Inc.", "Ltd.", "LTD", "LTD.", "LLC", "PLC", "GmbH", "Partners",
	"Orchestra", "Philharmonic", "Futures", "Securities", "Insurance",
	"Enterprises", "Motorsports", "Airways", "Railways", "Roadways",
	"Monthly", "Weekly", "Journal", "Herald", "Tribune", "Gazette",
	"Chronicle", "Magazine")

// ofHeads are organization words that take an "of" complement inside a name.
var ofHeads = set("Ministry", "Forces", "Office", "Department", "Bank", "Court",
	"Council", "Committee", "Commission", "University", "Institute", "Revolution",
	"Union", "Federation", "Republic", "Secretary", "Minister", "Army", "Party",
	"Government", "House", "Kingdom", "States", "Board", "Chamber", "Academy",
	"Museum", "Bureau", "Service", "Agency", "Organization", "Organisation")

var eventWords = set("Revolution", "War", "Olympics", "Summit", "Election",
	"Elections", "Games", "Cup", "Festival", "Crisis", "Uprising", "Referendum",
	"Conference", "Forum", "Massacre", "Siege", "Battle")

var workWords = set("Convention", "Treaty", "Act", "Agreement", "Charter",
	"Declaration", "Accords", "Accord", "Protocol", "Constitution", "Report")

var placeWords = set("Theater", "Theatre", "Street", "Square", "Avenue", "River",
	"Sea", "Ocean", "Mountains", "Island", "Islands", "Region", "Oblast",
	"Province", "City", "Airport", "Station", "Bridge", "Plant", "Port",
	"Peninsula", "Valley", "Lake", "Bay", "Gulf", "District", "County", "Park",
	"Palace", "Cathedral", "Stadium", "Hospital", "Prison")

// orgNames are organizations known by a bare name.
var orgNames = set("Amnesty", "Amnesty International", "Facebook", "Twitter",
	"Telegram", "Google", "Ukrinform", "Reuters", "AFP", "AP", "BBC", "CNN",
	"Kremlin", "NATO", "UN", "EU", "WHO", "AI", "APU", "OSCE", "UNESCO", "UNICEF",
	"IAEA", "ICC", "Interfax", "TASS", "Gazprom", "Pentagon", "Greenpeace",
	"Instagram", "YouTube", "Meta", "Microsoft", "Apple", "Amazon", "Tesla",
	"Rosatom", "Wagner", "Anadolu", "Censor.NET", "Censor.NЕТ")

// companies are well-known companies, news agencies and movements whose
// names are no common word or person's name. They join orgNames for the
// rules and cues (see the last init of this file) but not the labeler's
// lexicon feature, which stays as the model was trained with it.
var companies = set("Walmart", "Wal-Mart", "Costco", "Kmart", "Safeway", "Kroger", "Walgreens",
	"Starbucks", "PepsiCo", "Coca-Cola", "Nestle", "Nestlé", "Ikea", "IKEA",
	"Hyatt", "Marriott", "Sheraton", "Amtrak", "FedEx", "Exxon", "ExxonMobil",
	"Chevron", "Enron", "Halliburton", "Boeing", "Airbus", "Lockheed",
	"Raytheon", "Toyota", "Nissan", "Volkswagen", "Hyundai", "Chrysler",
	"Citigroup", "Citibank", "JPMorgan", "Barclays", "MasterCard", "Mastercard",
	"Yahoo", "Yahoo!", "AOL", "eBay", "PayPal", "Netflix", "Mozilla", "Intel",
	"Cisco", "Samsung", "Nokia", "Motorola", "Toshiba", "Panasonic",
	"Nintendo", "Adobe", "Skype", "LinkedIn", "MySpace", "Craigslist",
	"Verizon", "Comcast", "Qualcomm", "Nvidia", "Siemens", "Hitachi", "Lenovo",
	"Huawei", "Alibaba", "Baidu", "Xinhua", "Newsday", "Al-Jazeera",
	"Aljazeera", "Taliban", "Fatah")

// excludedAcronyms are capitalised abbreviations that are not names.
var excludedAcronyms = map[string]bool{"NGO": true, "NGOs": true, "CEO": true,
	"QC": true, "SC": true, "KC": true, "MP": true, "MPs": true, "MBE": true,
	"OBE": true, "PhD": true, "MD": true, "IQ": true, "DNA": true, "HIV": true,
	"COVID": true, "BC": true, "AD": true, "CCTV": true, "USD": true, "EUR": true,
	"TV": true, "OK": true, "PM": true, "AM": true, "GDP": true, "ID": true,
	"I": true, "A": true, "UTC": true, "GMT": true, "PR": true}

// places maps place names (and their variants) to a canonical place name.
var places = map[string]string{}

// demonyms maps adjectives of nationality to the place they refer to.
var demonyms = map[string]string{}

func init() {
	for _, p := range [][]string{
		{"Ukraine", "Ukrainian", "Ukrainians"}, {"Russia", "Russian", "Russians"},
		{"United States", "American", "Americans"}, {"United Kingdom", "British"},
		{"France", "French"}, {"Germany", "German", "Germans"}, {"Poland", "Polish"},
		{"China", "Chinese"}, {"Belarus", "Belarusian"}, {"Turkey", "Turkish"},
		{"Italy", "Italian"}, {"Spain", "Spanish"}, {"Japan", "Japanese"},
		{"India", "Indian"}, {"Israel", "Israeli"}, {"Iran", "Iranian"},
		{"Syria", "Syrian"}, {"Georgia", "Georgian"}, {"Moldova", "Moldovan"},
		{"Canada", "Canadian"}, {"Australia", "Australian"}, {"Mexico", "Mexican"},
		{"Brazil", "Brazilian"}, {"Egypt", "Egyptian"}, {"Iraq", "Iraqi"},
		{"Afghanistan", "Afghan"}, {"Pakistan", "Pakistani"}, {"Hungary", "Hungarian"},
		{"Romania", "Romanian"}, {"Lithuania", "Lithuanian"}, {"Latvia", "Latvian"},
		{"Estonia", "Estonian"}, {"Finland", "Finnish"}, {"Sweden", "Swedish"},
		{"Norway", "Norwegian"}, {"Denmark", "Danish"}, {"Netherlands", "Dutch"},
		{"Belgium", "Belgian"}, {"Austria", "Austrian"}, {"Switzerland", "Swiss"},
		{"Greece", "Greek"}, {"Portugal", "Portuguese"}, {"Ireland", "Irish"},
		{"Europe", "European", "Europeans"}, {"Africa", "African"}, {"Asia", "Asian"},
		{"Crimea", "Crimean"}, {"Kazakhstan", "Kazakh"}, {"Armenia", "Armenian"},
		{"Azerbaijan", "Azerbaijani"}, {"Serbia", "Serbian"}, {"Croatia", "Croatian"},
		{"Czech Republic", "Czech"}, {"Slovakia", "Slovak"}, {"Bulgaria", "Bulgarian"},
		{"North Korea", "North Korean"}, {"South Korea", "South Korean"},
		{"Saudi Arabia", "Saudi"}, {"Qatar", "Qatari"}, {"Lebanon", "Lebanese"},
		{"Palestine", "Palestinian", "Palestinians"}, {"Scotland", "Scottish"},
		{"England", "English"}, {"Wales", "Welsh"}, {"Cuba", "Cuban"},
		{"Venezuela", "Venezuelan"}, {"Argentina", "Argentine"}, {"Chile", "Chilean"},
		{"Nigeria", "Nigerian"}, {"Kenya", "Kenyan"}, {"Ethiopia", "Ethiopian"},
		{"South Africa", "South African"}, {"Indonesia", "Indonesian"},
		{"Vietnam", "Vietnamese"}, {"Thailand", "Thai"}, {"Taiwan", "Taiwanese"},
		{"Korea", "Korean"}, {"Libya", "Libyan"}, {"Sudan", "Sudanese"},
		{"Yemen", "Yemeni"}, {"Jordan", "Jordanian"}, {"Tunisia", "Tunisian"},
		{"Morocco", "Moroccan"}, {"Algeria", "Algerian"}, {"New Zealand"},
		{"Kyiv", "Kyivan"}, {"Moscow", "Muscovite"}, {"London", "Londoner"},
		{"Paris", "Parisian"}, {"Berlin"}, {"Washington"}, {"Kharkiv"}, {"Kherson"},
		{"Mariupol"}, {"Odesa"}, {"Odessa"}, {"Lviv"}, {"Dnipro"}, {"Donetsk"},
		{"Luhansk"}, {"Zaporizhzhia"}, {"Bucha"}, {"Irpin"}, {"Mykolaiv"},
		{"Donbas"}, {"Donbass"}, {"Minsk"}, {"Warsaw"}, {"Brussels"}, {"Geneva"},
		{"Vienna"}, {"Rome"}, {"Madrid"}, {"Beijing"}, {"Tokyo"}, {"Istanbul"},
		{"Ankara"}, {"New York"}, {"Los Angeles"}, {"Chicago"}, {"Sevastopol"},
		{"St. Petersburg"}, {"Tehran"}, {"Damascus"}, {"Baghdad"}, {"Kabul"},
		{"Jerusalem"}, {"Tel Aviv"}, {"Gaza"}, {"Cairo"}, {"Delhi"}, {"Mumbai"},
		{"Toronto"}, {"Ottawa"}, {"Sydney"}, {"The Hague"}, {"Strasbourg"},
		{"Russian Federation"}, {"Soviet Union", "Soviet"}, {"America"},
		{"United Nations"}, {"US"}, {"USA"}, {"UK"}, {"Britain"}, {"Siberia"},
		{"Chernobyl"}, {"Chernihiv"}, {"Sumy"}, {"Poltava"}, {"Vinnytsia"},
		{"Alabama"}, {"Alaska"}, {"Arizona"}, {"Arkansas"}, {"California"},
		{"Colorado"}, {"Connecticut"}, {"Delaware"}, {"Florida"}, {"Hawaii"},
		{"Idaho"}, {"Illinois"}, {"Indiana"}, {"Iowa"}, {"Kansas"}, {"Kentucky"},
		{"Louisiana"}, {"Maine"}, {"Maryland"}, {"Massachusetts"}, {"Michigan"},
		{"Minnesota"}, {"Mississippi"}, {"Missouri"}, {"Montana"}, {"Nebraska"},
		{"Nevada"}, {"Ohio"}, {"Oklahoma"}, {"Oregon"}, {"Pennsylvania"},
		{"Tennessee"}, {"Texas"}, {"Utah"}, {"Vermont"}, {"Wisconsin"}, {"Wyoming"},
		{"Panama"}, {"Malaysia"}, {"Myanmar"}, {"Albania"}, {"Bangladesh"},
		{"Philippines"}, {"Singapore"}, {"Nepal"}, {"Cambodia"}, {"Laos"},
		{"Mongolia"}, {"Kyrgyzstan"}, {"Uzbekistan"}, {"Tajikistan"},
		{"Turkmenistan"}, {"Peru"}, {"Colombia"}, {"Ecuador"}, {"Bolivia"},
		{"Uruguay"}, {"Paraguay"}, {"Guatemala"}, {"Honduras"}, {"Nicaragua"},
		{"Haiti"}, {"Jamaica"}, {"Ghana"}, {"Senegal"}, {"Mali"}, {"Niger"},
		{"Chad"}, {"Cameroon"}, {"Congo"}, {"Uganda"}, {"Tanzania"}, {"Rwanda"},
		{"Somalia"}, {"Zimbabwe"}, {"Zambia"}, {"Angola"}, {"Mozambique"},
		{"Namibia"}, {"Botswana"}, {"Madagascar"}, {"Iceland"}, {"Luxembourg"},
		{"Malta"}, {"Cyprus"}, {"Slovenia"}, {"Bosnia"}, {"Montenegro"},
		{"Macedonia"}, {"Kosovo"}, {"Oman"}, {"Kuwait"}, {"Bahrain"}, {"Taipei"},
		{"Mecca"}, {"Seoul"}, {"Pyongyang"}, {"Bangkok"}, {"Jakarta"}, {"Manila"},
		{"Hanoi"}, {"Dhaka"}, {"Karachi"}, {"Lahore"}, {"Islamabad"}, {"Riyadh"},
		{"Dubai"}, {"Doha"}, {"Beirut"}, {"Amman"}, {"Baku"}, {"Tbilisi"},
		{"Yerevan"}, {"Bucharest"}, {"Budapest"}, {"Prague"}, {"Sofia"},
		{"Belgrade"}, {"Zagreb"}, {"Athens"}, {"Lisbon"}, {"Dublin"}, {"Edinburgh"},
		{"Manchester"}, {"Liverpool"}, {"Birmingham"}, {"Amsterdam"}, {"Stockholm"},
		{"Oslo"}, {"Copenhagen"}, {"Helsinki"}, {"Riga"}, {"Vilnius"}, {"Tallinn"},
		{"Chisinau"}, {"Munich"}, {"Hamburg"}, {"Frankfurt"}, {"Milan"}, {"Naples"},
		{"Barcelona"}, {"Marseille"}, {"Lyon"}, {"Boston"}, {"Houston"}, {"Seattle"},
		{"Miami"}, {"Atlanta"}, {"Dallas"}, {"Philadelphia"}, {"Detroit"},
		{"Denver"}, {"Vancouver"}, {"Montreal"}, {"Melbourne"}, {"Brisbane"},
		{"Perth"}, {"Auckland"}, {"Wellington"}, {"Nairobi"}, {"Lagos"},
		{"Johannesburg"}, {"Khartoum"}, {"Tripoli"}, {"Tunis"}, {"Algiers"},
		{"Rabat"}, {"Casablanca"}, {"Havana"}, {"Caracas"}, {"Bogota"}, {"Lima"},
		{"Santiago"}, {"Shanghai"}, {"Queensland"}, {"Tasmania"}, {"Lombardy"},
		{"Tuscany"}, {"Bavaria"}, {"Catalonia"}, {"Kosovo"}, {"Chechnya"},
		{"Dagestan"}, {"Belgorod"}, {"Kursk"}, {"Bryansk"}, {"Rostov"},
		{"Kaliningrad"}, {"Crimea"}, {"Kherson"}, {"Kramatorsk"}, {"Sloviansk"},
		{"Bakhmut"}, {"Severodonetsk"}, {"Lysychansk"}, {"Izium"}, {"Melitopol"},
		{"Enerhodar"}, {"Nikopol"}, {"Uman"}, {"Zhytomyr"}, {"Rivne"}, {"Lutsk"},
		{"Ternopil"}, {"Uzhhorod"}, {"Chernivtsi"}, {"Khmelnytskyi"}, {"Cherkasy"},
		{"Kropyvnytskyi"}, {"New Hampshire"}, {"New Jersey"}, {"New Mexico"},
		{"New York"}, {"North Carolina"}, {"North Dakota"}, {"South Carolina"},
		{"South Dakota"}, {"Rhode Island"}, {"West Virginia"}, {"Costa Rica"},
		{"El Salvador"}, {"Sri Lanka"}, {"Hong Kong"}, {"Cape Town"},
		{"Addis Ababa"}, {"Buenos Aires"}, {"Sao Paulo"}, {"Rio de Janeiro"},
		{"Mexico City"}, {"Kuala Lumpur"}, {"San Francisco"},
		{"United Arab Emirates"}, {"New South Wales"}, {"Western Australia"},
		{"South Australia"}, {"Northern Ireland"}, {"Ivory Coast"},
	} {
		if p[0] == "United Nations" {
			continue // an organization
		}
		places[p[0]] = p[0]
		for _, v := range p[1:] {
			demonyms[v] = p[0]
		}
	}
	places["kyiv"] = "Kyiv"
	places["Kiev"] = "Kyiv"
	places["US"] = "United States"
	places["USA"] = "United States"
	places["U.S."] = "United States"
	places["U.S.A."] = "United States"
	places["UK"] = "United Kingdom"
	places["U.K."] = "United Kingdom"
	places["Britain"] = "United Kingdom"
	places["America"] = "United States"
	places["Russian Federation"] = "Russia"
	orgNames["United Nations"] = true
}

// roleHeads are titles and roles; with roleModifiers they are cut out of names.
var roleHeads = set("Ms", "Mr", "Mrs", "Dr", "Prof", "Sir", "Dame", "Head",
	"Director", "President", "Minister", "Secretary", "Secretary-General",
	"Spokesman", "Spokeswoman", "Spokesperson", "Chairman", "Chairwoman", "Chair",
	"Chief", "Ambassador", "Governor", "Mayor", "Chancellor", "King", "Queen",
	"Prince", "Princess", "Pope", "Judge", "Senator", "Representative",
	"Commissioner", "Commander", "Colonel", "Lieutenant", "Sergeant", "Captain",
	"Major", "Officer", "Prosecutor", "Premier", "Founder", "Leader", "Deputy",
	"Envoy", "Adviser", "Advisor", "Coordinator", "Manager", "Editor", "CEO",
	"Gen", "Col", "Sen", "Rep", "Gov", "Lt", "Sgt", "Saint", "Professor", "Doctor",
	"Father", "Rev", "Reverend", "Bishop", "Archbishop", "Cardinal", "Rabbi",
	"Imam", "Sheikh", "Emperor", "Empress", "Lord", "Lady", "Baron", "Count",
	"Madam", "Speaker", "Administrator", "Secretary-of-State", "Justice",
	"Solicitor", "Regent", "Counsel", "Respondent",
	"Congressman", "Congresswoman", "Inspector", "Sheriff", "Tsar", "Czar",
	"Tsarevna", "Tsarina")

var roleModifiers = set("Foreign", "Prime", "Defense", "Defence", "Deputy", "Vice",
	"Executive", "Interior", "Finance", "Justice", "Senior", "Former", "Acting",
	"General", "Attorney", "Managing", "Regional", "Country", "Press", "Health",
	"Economy", "Culture", "Education", "Energy", "Security", "Human", "Rights",
	"Home", "Shadow", "Trade", "Transport", "Environment", "Agriculture",
	"Treasury", "Commerce", "Labor", "Development", "Science")

// stop words are capitalised function words and sentence openers, never names.
var stop = set("The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "As",
	"It", "Its", "This", "That", "These", "Those", "He", "She", "They", "We", "I",
	"You", "His", "Her", "Their", "Our", "My", "Your", "According", "About", "Read",
	"Recall", "Also", "Today", "Yesterday", "Tomorrow", "Even", "Then", "So",
	"Since", "During", "For", "From", "After", "Before", "With", "By", "To", "Over",
	"Under", "Last", "Next", "Here", "There", "What", "Who", "When", "Where",
	"Why", "How", "Which", "While", "Although", "However", "Meanwhile", "Now",
	"Of", "All", "Some", "Many", "Most", "Every", "Each", "No", "Not", "Yes",
	"Everything", "Nothing", "Everyone", "Numerous", "Several", "Consequently",
	"Striving", "Being", "Oh", "Mr.", "Ms.", "Mrs.", "Dr.", "Head", "Western",
	"Eastern", "Northern", "Southern", "Former", "New", "Old", "Please", "Let",
	"Do", "Does", "Did", "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Will",
	"Would", "Can", "Could", "Should", "May", "Might", "Must", "Our", "Us", "Me",
	"Him", "Them", "One", "Two", "Three", "Another", "Other", "Such", "Any")

// calendar words are dates, not entities.
var calendar = set("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday", "Sunday", "January", "February", "March", "April", "June",
	"July", "August", "September", "October", "November", "December", "Jan",
	"Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"Christmas", "Easter")

// givenNames maps common given names to "f", "m" or "" (either).
var givenNames = map[string]string{}

func init() {
	for _, n := range []string{"Oksana", "Agnes", "Agnès", "Olena", "Yulia", "Iryna",
		"Kateryna", "Maria", "Anna", "Mary", "Elizabeth", "Liz", "Ursula", "Angela",
		"Hillary", "Kamala", "Nancy", "Sarah", "Emma", "Olivia", "Sophie", "Marie",
		"Anne", "Catherine", "Natalia", "Natalya", "Tatiana", "Svetlana", "Lyudmila",
		"Victoria", "Viktoria", "Alina", "Daria", "Julia", "Laura", "Linda",
		"Susan", "Karen", "Lisa", "Jennifer", "Jessica", "Rachel", "Rebecca",
		"Helen", "Margaret", "Theresa", "Nicola", "Jacinda", "Kaja", "Annalena",
		"Christine", "Giorgia", "Sanna", "Zuzana", "Maia", "Ingrid", "Martha",
		"Ruth", "Jane", "Emily", "Hannah", "Amy", "Michelle", "Melania", "Ivanka",
		"Gloria", "Lydia", "Patricia", "Barbara", "Elena", "Eva", "Clara", "Lucy",
		"Alice", "Amanda", "Ashley", "Betty", "Brenda", "Carol", "Cynthia", "Deborah",
		"Diana", "Donna", "Dorothy", "Ellen", "Frances", "Grace", "Heather", "Janet",
		"Joan", "Joyce", "Judy", "Julie", "Katherine", "Kathleen", "Kelly", "Lily",
		"Megan", "Melissa", "Nicole", "Pamela", "Rose", "Sandra", "Sharon", "Stephanie",
		"Teresa", "Tina", "Wendy", "Manju", "Priya", "Fatima", "Aisha", "Leila",
		"Nadia", "Olga", "Irina", "Galina", "Marina", "Svitlana", "Halyna", "Liudmyla"} {
		givenNames[n] = "f"
	}
	for _, n := range []string{"Dmytro", "Volodymyr", "Vladimir", "Sergei", "Sergey",
		"Andriy", "Andrii", "Petro", "Viktor", "Antony", "Joe", "Donald", "Emmanuel",
		"Olaf", "Boris", "Rishi", "Jens", "Antonio", "Mykhailo", "Oleksiy", "Oleksii",
		"Denys", "Dmitry", "Dmitri", "Alexei", "Alexey", "Alexander", "Oleksandr",
		"Yuriy", "Yuri", "Vitali", "Vitaliy", "Ihor", "Igor", "Ivan", "Mikhail",
		"Nikolai", "Ramzan", "Yevgeny", "Yevgeniy", "Valery", "Valeriy", "Kyrylo",
		"Arseniy", "Taras", "Bohdan", "Roman", "Pavlo", "Ruslan", "John", "James",
		"Michael", "David", "Robert", "William", "Richard", "Thomas", "Charles",
		"George", "Joseph", "Mark", "Paul", "Peter", "Steven", "Kevin", "Brian",
		"Barack", "Bill", "Mike", "Lloyd", "Jake", "Ned", "Mario", "Pedro",
		"Recep", "Xi", "Narendra", "Justin", "Scott", "Keir", "Tony", "Gordon",
		"Nicolas", "Francois", "François", "Jean", "Pierre", "Frank-Walter",
		"Josep", "Charles", "Jonathan", "Andrew", "Daniel", "Matthew", "Anthony",
		"Christopher", "Martin", "Stephen", "Henry", "Edward", "Benjamin",
		"Abdullah", "Mohammed", "Muhammad", "Ahmed", "Ali", "Hassan", "Bashar",
		"Tom", "Tim", "Sam", "Ben", "Dan", "Chris", "Matt", "Nick", "Alex", "Sean",
		"Ryan", "Adam", "Eric", "Jack", "Luke", "Greg", "Jeff", "Jim", "Bob", "Rob",
		"Andy", "Ken", "Fred", "Ed", "Carl", "Frank", "Gary", "Harry", "Larry", "Leo",
		"Max", "Neil", "Phil", "Ray", "Ron", "Roy", "Stan", "Ted", "Walter", "Will",
		"Alan", "Arthur", "Bruce", "Craig", "Dennis", "Douglas", "Howard", "Jerry",
		"Keith", "Kenneth", "Lawrence", "Louis", "Patrick", "Philip", "Ralph",
		"Russell", "Samuel", "Terry", "Victor", "Wayne", "Hugh", "Ian", "Colin",
		"Graham", "Nigel", "Simon", "Oliver", "Jacob", "Noah", "Ethan", "Liam",
		"Kyle", "Aaron", "Jason", "Justin", "Brandon", "Raj", "Sergiy", "Serhiy",
		"Oleh", "Mykola", "Vasyl", "Yevhen", "Anatoliy", "Volodymyr", "Cres"} {
		givenNames[n] = "m"
	}
}

// WordNet's named places and groups (wordnet_gen.go) extend the lexicons;
// the names above come first.
func init() {
	for _, p := range wordnetPlaces {
		if places[p] == "" && !orgNames[p] && demonyms[p] == "" {
			places[p] = p
		}
	}
	for _, o := range wordnetOrgs {
		if places[o] == "" {
			orgNames[o] = true
		}
	}
}

// A one-word place name is known in lower case too ("france" in web text,
// "kyiv" in translated news) when it has four letters or more and WordNet
// has no common word so written ("china", "turkey").
var commonPlaces = set(wordnetCommonPlaces...)

// personClasses are nouns for kinds of people (see wordnetPersonClasses).
var personClasses = set(wordnetPersonClasses...)

func init() {
	for p, c := range places {
		if r, _ := utf8.DecodeRuneInString(p); unicode.IsUpper(r) && !strings.Contains(p, " ") && utf8.RuneCountInString(p) >= 4 && !commonPlaces[p] {
			if l := strings.ToLower(p); places[l] == "" {
				places[l] = c
			}
		}
	}
}

// addedCompanies are the companies that joined orgNames: those the
// lexicons did not already hold.
var addedCompanies = map[string]bool{}

// The companies join orgNames last, after WordNet's groups.
func init() {
	for c := range companies {
		if !orgNames[c] {
			addedCompanies[c] = true
			orgNames[c] = true
		}
	}
}
