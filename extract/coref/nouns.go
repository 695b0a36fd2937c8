package coref

// trainPersonNouns are the common nouns that head person mentions in the
// GUM training split (en_gum-ud-train.conllu): lemmas that head at least two
// mentions of entity type person, at least 80% of their mentions. Phrases
// headed by them are animate, so "he", "she" and "they" may take them as
// antecedents and "it" may not.
var trainPersonNouns = set(
	"actor", "actress", "adult", "advertiser", "advisor", "agent", "ancestor", "angel", "appellant", "appellee",
	"architect", "artist", "athlete", "attendee", "attorney", "audience", "author", "babe", "baseman", "biologist",
	"boy", "boyfriend", "broadcaster", "brother", "bunch", "candidate", "captain", "carpenter", "celebrity", "chairman",
	"child", "citizen", "classmate", "client", "co-founder", "co-star", "coach", "colleague", "commander", "companion",
	"consumer", "cosplayer", "councillor", "creator", "critic", "crowd", "curator", "customer", "dad", "daughter",
	"defector", "defendant", "defender", "deity", "delegate", "descendant", "detective", "dignitary", "director", "disciple",
	"doctor", "driver", "editor", "elite", "empiricist", "employee", "engineer", "expert", "faculty", "family",
	"fan", "farrier", "father", "fellow", "fisherman", "folk", "foreigner", "founder", "friend", "gamer",
	"general", "gentlemen", "geologist", "girl", "god", "governor", "guest", "guy", "hacker", "hero",
	"holder", "human", "husband", "independent", "individual", "industrialist", "inhabitant", "instructor", "judge", "kid",
	"lady", "lawyer", "leader", "learner", "linguist", "local", "magician", "man", "manager", "mathematician",
	"mayor", "member", "mermaid", "migrant", "minister", "mom", "monk", "mother", "motorist", "mum",
	"musician", "national", "native", "neighbor", "nephew", "observer", "officer", "official", "opponent", "owner",
	"painter", "pan-democrat", "parent", "participant", "passenger", "pastor", "patient", "patron", "peacekeeper", "pediatrician",
	"people", "person", "philosopher", "photographer", "physician", "pilgrim", "plaintiff", "player", "poet", "politician",
	"population", "poster", "president", "priest", "professional", "professor", "proponent", "protégé", "psychologist", "public",
	"pupil", "reader", "realist", "referee", "refugee", "reporter", "representative", "researcher", "resident", "rider",
	"righty", "roommate", "santorum", "scholar", "scientist", "seeker", "settler", "sir", "sister", "slave",
	"sociologist", "soldier", "son", "speaker", "staff", "student", "subscriber", "successor", "superhero", "survivor",
	"teacher", "terrorist", "tourist", "translator", "traveler", "trimmer", "troop", "uncle", "user", "vendor",
	"veteran", "victim", "viewer", "visitor", "vlogger", "volunteer", "voter", "wife", "woman", "worker",
	"workforce", "worshipper", "writer",
)

// closedPronouns are the words tagged PRON at least twice in the GUM
// training split, the few forms of the same paradigms seen there once or
// not at all, and the quantifiers that stand alone as pronouns. A word
// tagged PRON outside this list is taken for a noun.
var closedPronouns = set(
	"i", "it", "you", "that", "we", "he", "they", "his", "what", "this", "my", "which", "there", "our", "their", "she",
	"your", "who", "her", "me", "its", "them", "us", "him", "something", "those", "these", "'s", "’s", "everything",
	"one", "anything", "itself", "someone", "em", "'em", "’em", "nothing", "whose", "whatever", "himself", "everyone",
	"myself", "themselves", "somebody", "anyone", "yourself", "whom", "everybody", "anybody", "nobody", "ye", "herself",
	"theirs", "ourselves", "yours", "whoever", "mine", "ours", "hers", "yourselves", "ya", "whosoever", "whichever",
	"oneself", "ones", "y'all", "thee", "thou", "thy", "thine", "none", "all", "both", "each", "either", "neither",
	"some", "any", "many", "much", "few", "several", "others", "another", "such", "most", "more", "less", "little",
	"enough")
