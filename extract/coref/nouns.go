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
