package ner

import (
	"testing"

	"github.com/textgraph/textgraph/extract/doc"
)

// runParsed checks the recognizer on marked texts that are tokenized,
// tagged, lemmatized and parsed, as the pipeline does: the cues of this
// file read the parse.
func runParsed(t *testing.T, tests []struct{ name, in string }) {
	t.Helper()
	embedded(t)
	analyse := analyser(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, want := markedDoc(t, tt.in)
			analyse(d)
			if err := New().Recognize(d); err != nil {
				t.Fatal(err)
			}
			var got []doc.Mention
			for _, m := range d.Mentions {
				if m.Type == doc.Person || m.Type == doc.Organization || m.Type == doc.Place {
					got = append(got, m)
				}
			}
			if g, w := mentionStrings(d.Text, got), mentionStrings(d.Text, want); g != w {
				t.Errorf("%s\ngot:\n%s\nwant:\n%s", d.Text, g, w)
			}
		})
	}
}

func TestPersonCues(t *testing.T) {
	runParsed(t, []struct{ name, in string }{
		{"a noun for people before the name", "The owner [PER Karla] is welcoming and fun."},
		{"... tagged a noun", "The lesson was donated by the teacher [PER Adz]."},
		{"a copula with a noun for people", "[PER Natasha] is the best photographer we have ever worked with."},
		{"... and another", "[PER Cécile] is a hairdresser and has just moved into the neighbourhood."},
		{"no person among other cities", "If [LOC Samarra] and other cities are any guide, the pockets will fall."},
		{"coordinated with a full name", "The committee is suing [PER Condoleeza Rice] and [PER Donald Rumsfeld]."},
		{"coordinated with the first person", "In fact [PER Peder] and I were remarking on how agreeable they all are."},
		{"a known place is no person", "[LOC Kyiv] is a beautiful city, and [LOC Paris] and I get along."},
		{"a role is no person", "The lesson was given by [PER Harry Preuss], MD, a Professor of Medicine."},
	})
}

func TestItsCues(t *testing.T) {
	runParsed(t, []struct{ name, in string }{
		{"the subject of a clause with its", "In [LOC Texas], [ORG BP] shut its refinery and [ORG Marathon] shut its plant."},
		{"... and of a clause with it", "[ORG Coca-Cola] calmed the concerns of the people by giving them free fertilizer, saying it would grow bountiful crops."},
		{"the it of a quotation", "“It is painful to admit, but I and [ORG Amnesty International] leaders are divided on values,” [PER Pokalchuk] wrote."},
		{"a person is he or she", "[PER Marathon] shut his door and said he was tired of its noise."},
	})
}

func TestVocatives(t *testing.T) {
	runParsed(t, []struct{ name, in string }{
		{"thanks", "Thanks [PER Josh]! I got the package."},
		{"thanks again", "Thanks again [PER Nina]."},
		{"welcome", "Welcome [PER Darin]! We are glad to have you."},
		{"good morning", "Good Morning [PER Debra] - here is the file."},
		{"a word for people", "Dear Friends, here is the file."},
		{"a common word", "Hello World! Welcome Home! Hi Team, here is the file."},
		{"a known place", "Hello [LOC Kyiv]!"},
	})
}

func TestMailNames(t *testing.T) {
	runParsed(t, []struct{ name, in string }{
		{"quoted", "\"[PER Les Spahnn]\" <spahnn@hnks.com>"},
		{"after a label", "Email: \"[PER Andre]\"<webmas...@globelingerie.com>"},
		{"unquoted", "Email: [PER Adelia Smith] <adorabledelia6...@gmail.com>"},
		{"the domain's own name", "Email: [ORG BBC Breaking News Alert] <dailyem...@ebs.bbc.co.uk>"},
		{"a common word", "Email: \"The Cat Album\"<thecatal...@hotmail.com>"},
	})
}

func TestKindCues(t *testing.T) {
	runParsed(t, []struct{ name, in string }{
		{"companies like", "Chocolate is good here, with companies like [ORG Scharffen Berger], [ORG TCHO], and smaller artisan makers in the area."},
		{"people like", "They are issuing arrest warrants and taking in people like [PER Yaqubi]."},
		{"a company named", "They have acquired [ORG Blogger], and satellite imaging company [ORG Keyhole], so why not this one?"},
		{"a known place keeps its type", "We visited countries like [LOC Malaysia] and [LOC Ukraine]."},
		{"a modifier before a capitalised word", "She is a high school English teacher."},
	})
}

func TestAddressees(t *testing.T) {
	runParsed(t, []struct{ name, in string }{
		{"contact", "Plz contact [PER Shirley Crenshaw] (X 3-5290) regarding a copy of an article."},
		{"forward to", "Go ahead and forward to [PER Brant] if you are ready."},
		{"a salutation line", "[PER Jill]:\nThe file is attached."},
		{"... with a comma", "[PER Constance],\n\nThe file is attached."},
		{"a common word", "Subject:\nThe file is attached."},
		{"a known place", "Please forward to [LOC Houston] if you are ready."},
	})
}

func TestFacilities(t *testing.T) {
	runParsed(t, []struct{ name, in string }{
		{"a hall", "Cheap restaurants close to [LOC Orchestra Hall] in [LOC Chicago]?"},
		{"a station", "They hope to launch supplies and astronauts to the [LOC International Space Station] this year."},
		{"an organization", "He works for [ORG Amnesty International] in [LOC Kyiv]."},
	})
}

func TestDates(t *testing.T) {
	runParsed(t, []struct{ name, in string }{
		{"the plural of a day", "Give it three days barring Sundays and holidays."},
		{"a short day in a list of days", "The games will have to take place on Fri, Sat, or Sun."},
	})
}

func TestOrgCues(t *testing.T) {
	runParsed(t, []struct{ name, in string }{
		{"the object of acquire", "There has been random speculation about [ORG Google] developing a new browser and/or acquiring [ORG Firefox]."},
		{"... and the names listed after it", "They have acquired [ORG Urchin], [ORG Zipdash], [ORG Applied Semantics], [ORG Picasa], and others."},
		{"a subject with staff for object", "[ORG Exxon Mobil] released nonessential staff from two giant [LOC Texas] plants."},
		{"a subject with employees for object", "[ORG Pets Discount] has lovely employees, a wonderful grooming service, and everything I need."},
		{"a job at", "I 'm supposed to start a job at [ORG Cracker Barrel], but I have two visible tattoos."},
		{"a person is she", "[PER Barb] has loyal employees, and she is always learning new things."},
		{"a known given name", "[PER Mary] has two employees."},
		{"a post at a body", "[PER Ben Goodger] is the lead engineer for [ORG Mozilla Firefox]."},
		{"... and another", "I 'm [PER Lauren], news editor at [ORG Global Voices]."},
		{"a professor of a field", "He works with [PER Harry Preuss], MD, a Professor of Medicine."},
	})
}

func TestLowerPlaces(t *testing.T) {
	runParsed(t, []struct{ name, in string }{
		{"in, tagged a proper noun", "Privacy in [LOC kerala],help pls..?"},
		{"... and another", "Somone could tell me about a great restaurant in [LOC sf] or other nearby cities."},
		{"not after another name", "How can I watch the show in [LOC England] lols?"},
		{"a common word", "I am loathe to quote other writers at legnth in this space."},
	})
}

func TestPersonPredicates(t *testing.T) {
	runParsed(t, []struct{ name, in string }{
		{"a state only people are in", "[PER Suzanne] is pregnant."},
		{"a verb with herself", "[PER Catriona] is well and has landed herself a pretty cool job in PR."},
		{"a known place", "[LOC Kyiv] is tired of the war."},
		{"a company's name", "[ORG Enron Corp.] is sick."},
	})
}

func TestCelestial(t *testing.T) {
	runParsed(t, []struct{ name, in string }{
		{"planets", "Currently, Mercury and Venus is conjunct and the conjunction is being closely aspected."},
		{"the Moon", "It is not cost-effective while at the same time focusing on getting back to the Moon."},
		{"a person's surname", "The singer [PER Freddie Mercury] was born in [LOC Zanzibar]."},
	})
}

func TestSenders(t *testing.T) {
	runParsed(t, []struct{ name, in string }{
		{"quotes from", "Let me know when you get the quotes from [PER Pauline]."},
		{"a tip from", "I took a tip from [PER Carri] and looked up Rat ASCII's on [ORG Google]."},
		{"a known place", "We got a letter from [LOC Kyiv] yesterday."},
	})
}

func TestCompanies(t *testing.T) {
	runParsed(t, []struct{ name, in string }{
		{"a news agency", "[ORG Xinhua] alleged that many of the Iraqis relate their case with that of the Palestinian people."},
		{"a retailer", "It is just inside [LOC Barling], next to [ORG Walmart]."},
		{"a known company in the possessive", "Either option should take you directly to [ORG Enron] 's United Way 2000 Campaign site."},
	})
}

func TestHeadlineWords(t *testing.T) {
	runParsed(t, []struct{ name, in string }{
		{"a title-cased review", "Thanks For The Prompt Service And Great Job You And Your Boys Have Done On Our New Solar System"},
		{"in capitals", "GREAT Store GREAT Service!"},
		{"a known place", "Best Pizzas and Calzones in [LOC Chicago]!"},
	})
}

func TestStreetAddresses(t *testing.T) {
	runParsed(t, []struct{ name, in string }{
		{"after a house number", "HAS MOVED TO 4783 Bay Rd, [LOC Saginaw], [LOC Michigan] 48604."},
		{"after on", "There is a happy hour tonight at [LOC Scudeiros] on Dallas Street beginning around 5:00."},
		{"a street as a place", "What a joy to stroll off historic [LOC Canyon Road] in [LOC Santa Fe] into a gallery."},
	})
}

func TestOwnedThings(t *testing.T) {
	runParsed(t, []struct{ name, in string }{
		{"one's car", "I took my Mustang here and it looked amazing after they were done."},
		{"a person with a noun for people", "I took my friend [PER Karla] here and she loved it."},
	})
}
