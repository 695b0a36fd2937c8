package token

// Hand-kept tables. The tables learned from the treebanks are in
// tables_gen.go.

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// emoticons stay one token.
var emoticons = set(
	":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", ":-p",
	":/", ":-/", ":|", ":-|", ":O", ":o", ":-O", ":'(", ":*", ";P", ";p", ";D",
	"=)", "=(", "=D", "(:", "):", "<3", "</3", "XD", "xD", "^_^", "^^", "-_-",
	":))", ":)))", ":((", ":]", ":[", "8)", "B)", "o_O", "O_o", "T_T", ">:(",
)

// units split from a number written against them ("5pm", "35mm").
var units = set(
	"am", "pm", "AM", "PM", "a.m.", "p.m.", "k", "K", "m", "mm", "cm", "km", "kg",
	"g", "mg", "ml", "lb", "lbs", "oz", "ft", "mph", "kph", "Hz", "kHz", "MHz",
	"GHz", "KB", "MB", "GB", "TB", "kb", "mb", "gb", "p", "f", "F", "C", "watt",
	"watts", "W", "kW", "MW", "V", "x", "M", "B", "bn", "yr", "yrs", "hrs", "hr",
	"min", "mins", "sec", "secs", "ms", "px", "in",
)

// apostropheWords keep a leading apostrophe: 'em, 'cause.
var apostropheWords = set("em", "cause", "cos", "til", "till", "n", "bout", "round", "tis", "twas", "s")

// titles are abbreviations that precede a name and never end a sentence.
var titles = set(
	"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Gen.", "Sen.", "Rep.", "Gov.",
	"Lt.", "Col.", "Sgt.", "Capt.", "Rev.", "Hon.", "Fr.", "Pres.", "Adm.",
	"Maj.", "Cpl.", "Pvt.", "Supt.", "Messrs.", "Mme.", "Mlle.", "Sr.", "Gov",
	"Mr", "Mrs", "Ms", "Dr", "MR.", "MRS.", "MS.", "DR.",
	"vs.", "v.", "cf.", "e.g.", "i.e.", "approx.", "ca.", "Ph.", "Mt.", "Ft.",
)

// numberTitles keep their period before a number: "No. 5", "p. 12".
var numberTitles = set("No", "Nos", "no", "p", "pp", "Vol", "vol", "Fig", "fig", "Art", "Ch", "Sec", "c", "ca", "Op", "op", "Nr", "nr")

// speechVerbs introduce the speaker after a quotation.
var speechVerbs = set(
	"said", "says", "say", "wrote", "writes", "write", "told", "tells", "added", "adds",
	"asked", "asks", "replied", "replies", "explained", "explains", "noted", "notes",
	"stated", "states", "continued", "continues", "argued", "argues", "insisted",
	"insists", "recalled", "recalls", "warned", "warns", "claimed", "claims",
	"declared", "declares", "posted", "posts", "tweeted", "tweets", "answered",
	"answers", "shouted", "shouts", "cried", "remarked", "whispered", "responded",
	"responds", "admitted", "admits", "suggested", "suggests", "concluded",
	"concludes", "agreed", "agrees", "acknowledged", "acknowledges", "observed",
	"observes", "announced", "announces", "commented", "comments", "joked",
	"jokes", "laughed", "sighed", "exclaimed", "added:", "according",
)

// glued are words written together that UD splits into two tokens, and
// where: "alot" is "a" + "lot".
var glued = map[string]int{"alot": 1, "Alot": 1, "kinda": 4, "Kinda": 4, "lotta": 3, "sorta": 4}

// newsAbbreviations keep their period like the learned abbreviations:
// months, US states and company and address words common in news but rare
// in the treebanks.
var newsAbbreviations = set(
	"Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
	"Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
	"Kan.", "Ky.", "La.", "Md.", "Mich.", "Minn.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.",
	"Ore.", "Pa.", "Penn.", "Tenn.", "Tex.", "Va.", "Vt.", "Wis.", "Wyo.",
	"Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "Assn.", "Dept.", "Univ.", "Ave.", "Blvd.", "Rd.",
	"Gov.", "Sen.", "Rep.", "Lt.", "Gen.", "Col.", "Sgt.", "Capt.", "Adm.", "Cmdr.", "Supt.",
	"Jr.", "Sr.", "est.", "approx.", "dept.", "govt.",
)
