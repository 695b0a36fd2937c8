package ner_test

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/ner"
	"github.com/textgraph/textgraph/extract/tag"
	"github.com/textgraph/textgraph/extract/token"
)

// unmark turns "[PER Oksana Pokalchuk] said" into the plain text and the
// marked mentions, as "PER 0:16 Oksana Pokalchuk".
func unmark(s string) (string, []string) {
	text, ms := ner.UnmarkSpans(s)
	want := make([]string, len(ms))
	for i, m := range ms {
		want[i] = fmt.Sprintf("%s %d:%d %s", m.Type, m.Start, m.End, m.Text(text))
	}
	return text, want
}

// recognize runs the recognizer over text, tokenized and, when tagged,
// tagged (the model then labels it; untagged text gets the rules).
func recognize(t *testing.T, text string, tagged bool) []string {
	t.Helper()
	d := &doc.Doc{Text: text}
	if err := token.New().Tokenize(d); err != nil {
		t.Fatal(err)
	}
	if tagged {
		if _, err := ner.Default(); errors.Is(err, fs.ErrNotExist) {
			t.Skipf("no model embedded: %v", err)
		}
		tg, err := tag.Default()
		if err != nil {
			t.Fatal(err)
		}
		if err := tg.Tag(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := ner.New().Recognize(d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range d.Mentions {
		got = append(got, fmt.Sprintf("%s %d:%d %s", m.Type, m.Start, m.End, m.Text(text)))
	}
	return got
}

// marked is a recognition case: in is marked as the rules read it (untagged
// text), tagged as the model reads it when that differs ("-": the case is
// the rules' own).
type marked struct{ name, in, tagged string }

// runMarked runs each case untagged (rules) and tagged (model and rules).
func runMarked(t *testing.T, tests []marked) {
	for _, tagged := range []bool{false, true} {
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s/tagged=%v", tt.name, tagged), func(t *testing.T) {
				in := tt.in
				if tagged && tt.tagged == "-" {
					t.Skip("a case for the rules")
				}
				if tagged && tt.tagged != "" {
					in = tt.tagged
				}
				text, want := unmark(in)
				got := recognize(t, text, tagged)
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Errorf("%s\ngot:\n  %s\nwant:\n  %s", text, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
				}
			})
		}
	}
}

func TestRecognize(t *testing.T) {
	tests := []marked{
		{"title stripped", "“I am resigning,” said Ms. [PER Pokaltchouk] on Friday.", ""},
		{"role before name", "[ORG Amnesty International] Secretary General [PER Agnes Callamard] said the organization was right.", ""},
		{"demonym and role", "Ukrainian Foreign Minister [PER Dmytro Kuleba] said he was outraged.", ""},
		{"head of org in place", "About it on facebook informed Head of [ORG Amnesty International] in [LOC Ukraine] [PER Oksana Pokalchuk], [ORG Ukrinform] reports.",
			// (a company in lower case is the model's call either way)
			"Head of [ORG Amnesty International] in [LOC Ukraine] [PER Oksana Pokalchuk], [ORG Ukrinform] reports."},
		{"apposition", "The head of [ORG Amnesty International] in [LOC Ukraine], [PER Oksana Pokalchuk], has decided to step down.", ""},
		{"of inside org name", "[ORG Amnesty International] approached the [ORG Ministry of Defense] for a response.", ""},
		{"sentence-initial common word", "Numerous experts took to social media. Everything crashed.", ""},
		{"sentence-initial known name", "[PER Oksana Pokalchuk] wrote this. [PER Pokalchuk] said more.", ""},
		{"event and place", "We documented crimes committed during the [EVENT Revolution of Dignity] and the attack on the [LOC Drama Theater] in [LOC Mariupol].", ""},
		{"lower-case city", "The report angered [LOC kyiv].", ""},
		{"lower-case country", "We spent two weeks in [LOC france] last summer.", ""},
		{"lower-case common word", "We bought new china and a turkey.", ""},
		{"calendar words", "On Thursday, August 4, the report was published.", ""},
		{"president", "President [PER Volodymyr Zelensky] accused [ORG Amnesty International] of trying to whitewash the state.", ""},
		{"all-caps headline", "AMNESTY HEAD IN UKRAINE QUITS OVER REPORT\nThe head of [ORG Amnesty International] in [LOC Ukraine] resigned.",
			// the model reads the place in capitals
			"AMNESTY HEAD IN [LOC UKRAINE] QUITS OVER REPORT\nThe head of [ORG Amnesty International] in [LOC Ukraine] resigned."},
		{"acronym org, NGO not a name", "The [ORG WHO] and the NGO disagreed with [ORG Amnesty].", ""},
		{"known org and place, a branch", "“You probably don’t understand,” added the head of [ORG Amnesty Ukraine].", ""},
		// Names WordNet knows (wordnet_gen.go), in sentences of EWT train.
		{"WordNet group", "They vehemently protested the Israeli assassination of Sheikh [PER Ahmed Yassin], the leader of [ORG Hamas], last March.", ""},
		{"WordNet place", "He will be in [LOC Calgary] in a couple of weeks and will interview you then.", ""},
		{"people of a kind are no person", "The overwhelming majority of Muslims in [LOC Kashmir] would be happy with such an outcome.", ""},
		{"... nor an organization", "Rumsfeld and Feith staffed the authority with Neoconservatives, and the Zionists have left only one choice for the Arabs.",
			"[PER Rumsfeld] and [PER Feith] staffed the authority with Neoconservatives, and the Zionists have left only one choice for the Arabs."},
		{"company suffix with its period", "The gas was supplied by [ORG Enron Corp.] last year.", ""},
		{"a place and a treaty word are one name", "Our team conducted campaigns on ratification of the [WORK Istanbul Convention] by [LOC Ukraine].", ""},
		{"a single letter names nothing", "There is a classical logical fallacy, post hoc ergo propter hoc (Z happens after X, therefore Z is caused by X).", ""},
		{"... nor does a phone number's letter", "[PER Kevin A. Boone] -- [LOC Houston] Consultant -- 713.837.1638 (Client) 281.848.1619 (C) 713.306.7940 (H)", ""},
		{"clause preposition ends a name", "She noted that the Ukrainian office was trying to convey to the leadership of the organization information about the war unleashed by [LOC Russia] against [LOC Ukraine].", ""},
	}
	runMarked(t, tests)
}

func TestWordSpanMultiword(t *testing.T) {
	text := "Amnesty International’s report"
	d := &doc.Doc{Text: text}
	if err := token.New().Tokenize(d); err != nil {
		t.Fatal(err)
	}
	if err := ner.New().Recognize(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Mentions) != 1 || d.Mentions[0].Text(text) != "Amnesty International" {
		t.Fatalf("mentions = %+v, want one for Amnesty International without the possessive", d.Mentions)
	}
}

func TestPlaceAndGender(t *testing.T) {
	for _, tt := range []struct{ in, want string }{{"Ukrainian", "Ukraine"}, {"Kyiv", "Kyiv"}, {"kyiv", "Kyiv"}, {"Russian", "Russia"}, {"table", ""}, {"U.S.", "United States"}, {"U.K.", "United Kingdom"}} {
		if got := ner.Place(tt.in); got != tt.want {
			t.Errorf("Place(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if ner.Gender("Oksana") != "f" || ner.Gender("Dmytro") != "m" || ner.Gender("Xyz") != "" {
		t.Error("Gender: wrong")
	}
}

func TestRecognizeNews(t *testing.T) {
	// Sentences of GUM news documents (CC BY 4.0), with the names they hold.
	tests := []marked{
		{"age marks a person", "[PER Thomas Sam], 42, and his wife [PER Manju Sam], 36, from [LOC Sydney], [LOC Australia], are undergoing trial.", ""},
		{"title Professor", "Professor [PER Eastman] says manufacturers could easily remedy the situation.", ""},
		{"org with for and of", "He is Chairman of the Australian [ORG Centre for Control of Iodine Deficiency Disorders].", ""},
		{"compass place", "It was carried out in [LOC South Australia] and [LOC Sydney].", ""},
		{"unknown capitalised pair is not a person", "Articles in journals including Social Science & Medicine have characterized homeopathy.",
			"-"},
		{"role noun before a name", "Senior researcher [PER Mu Li], of the [ORG University of NSW], said it is reasonable.", ""},
		{"a head word of place names alone is no name", "The unlikely mixture of warehouses and very expensive restaurants and posh atmosphere alongside some of the landmarks of the city's waterfront makes the Square an interesting place to visit and explore, even for locals. " +
			"For many visitors, the first place they are likely to visit is Downtown, especially if they are in town on business.", ""},
		{"post-nominal titles", "The Crown prosecutor, [PER Mark Tedeschi], QC, said so.",
			"The prosecutor, [PER Mark Tedeschi], QC, said so."},
	}
	runMarked(t, tests)
}

// TestNameBoundaries checks where names begin and end, on sentences of EWT
// (CC BY-SA 4.0) whose Universal NER names the recognizer cut short.
func TestNameBoundaries(t *testing.T) {
	tests := []marked{
		{"hyphen inside a name", "\"Let ([ORG Hamas]) consider me their striking arm in [LOC Iraq] because the fate of [LOC Iraq] and [LOC Palestine] is the same,\" [PER al-Sadr] said during a Friday prayer sermon in Kufa, his home base south of [LOC Baghdad].",
			"\"Let ([ORG Hamas]) consider me their striking arm in [LOC Iraq] because the fate of [LOC Iraq] and [LOC Palestine] is the same,\" [PER al-Sadr] said during a Friday prayer sermon in [LOC Kufa], his home base south of [LOC Baghdad]."},
		{"demonym opens a party's name", "He reports that the [ORG Iraqi Islamic Party], which had earlier been absolutely committed to getting out the Sunni vote, is now wavering.", ""},
		{"demonym opens an army's name", "It looks as if [ORG Hamas] has thrown in the towel for this round, unable to take the beating the [ORG Israeli Defense Forces] have unleashed upon this terrorist group.", ""},
		{"name adjective inside a name, acronym defined in brackets",
			"The [ORG Greater New Orleans Fair Housing Action Center] ([ORG GNOFHAC]) filed a housing discrimination complaint against the [ORG Housing Authority of New Orleans] ([ORG HANO]) last week.",
			"The [ORG Greater New Orleans Fair Housing Action Center] ([ORG GNOFHAC]) filed a housing discrimination complaint against the [ORG Housing Authority of New Orleans] ([ORG HANO]) last week. " +
				"The current complaints allege that [ORG HANO] has not provided qualified former St. Thomas residents a preference with respect to available public housing units at [LOC River Garden] per the 2003 agreement."},
		{"place opens a body's name", "The [ORG US National Hurricane Center] said Rita was \"extremely dangerous\".", "-"},
	}
	runMarked(t, tests)
}

// TestModelNames checks names in tagged text, where the model labels them,
// on sentences of EWT (CC BY-SA 4.0).
func TestModelNames(t *testing.T) {
	for _, tt := range []struct{ name, in string }{
		{"a proper-noun chain ending in a company word", "I will start in a new position in the development group at [ORG El Paso Energy]."},
		{"a legal suffix ends the name", "Please forward a copy of the [ORG J.M. Huber Corporation] Guaranty to my attention."},
		{"a minister's portfolio is part of the title; a surname found again is the person",
			"Guerrillas threatened to assassinate Prime Minister [PER Iyad Allawi] and Minister of Defense [PER Hazem Shaalan] in retaliation for the attack. " +
				"[PER Allawi] 's aged cousin and the man 's wife and daughter-in-law were abducted and guerrillas threaten to behead them if the [LOC Fallujah] compaign is not stopped. " +
				"In Iraqi society, PM [PER Allawi] is responsible for protecting his clan, including especially his first cousins, so this kidnapping makes him look weak and brings substantial shame on him."},
		{"no lower-case word in a person's name", "Shuttle veteran and longtime [ORG NASA] executive [PER Fred Gregory] is temporarily at the helm of the 18,000-person agency. " +
			"Although some may praise this as an opportunity for the private sector to finally serve the public good, [ORG NASA] seems hesitant about turning over the reigns to the corporate world."},
		// (wikigold, CC BY 4.0)
		{"a particle inside a person's name", "[PER Diego Silang y Andaya] (December 16, 1730 - May 28, 1763) was raised as an Ilocano."},
		{"an epithet inside a person's name", "[PER Friedrich the Great] was [PER Lessing]'s patron, and he extended royal protection and sponsorship to [PER Mendelssohn], as well."},
		{"a storm is no person", "Crude-oil prices rose Wednesday as strengthening [EVENT Hurricane Rita], now a Category 5 storm, threatened to disrupt oil production in the [LOC Gulf of Mexico]. " +
			"The [ORG US National Hurricane Center] said [EVENT Rita] was \"extremely dangerous\" and could become a top-level category five storm on the Saffir-Simpson scale."},
		{"a part of a place", "Normally this author is semi-objective but Palestinian Leader [PER Mahmoud Abbas] has demanded that [LOC Israel] leave all the land that it occupies before the 1967 border (which includes [LOC East Jerusalem] by the way)."},
		{"and inside an organization's complement", "The [ORG Greater New Orleans Fair Housing Action Center] ([ORG GNOFHAC]) filed a housing discrimination complaint against the [ORG Housing Authority of New Orleans] ([ORG HANO]) last week. " +
			"The complaint, filed with the [ORG United States Department of Housing and Urban Development], accuses [ORG HANO] of violating a 2003 enforcement agreement."},
		// (GUM news, CC BY 4.0)
		{"a given name and a surname the model misses", "After news of the police response was reported, [PER Mohamed] received support online ranging from [LOC US] President [PER Barack Obama] to [ORG Facebook] creator [PER Mark Zuckerberg]."},
		{"the body a role is of is no part of the name", "After the leak, CEO of the [ORG Refugee Council] [PER Enver Solomon] told [ORG Sky News] any process \"must be well thought out\"."},
		{"a place's abbreviation in a person's title stays a place; a comma ends a full name", "[LOC U.S.] Senator [PER John Cornyn], Republican from [LOC Texas], issued a statement regarding the rejection of [ORG Johnson Space Center] ([ORG JSC]) in [LOC Houston], [LOC Texas] as a location.\n[PER John Cornyn], [LOC U.S.] Senator"},
		{"the place a role is of is no part of the name", "In a statement, Governor of [LOC Washington] [PER Chris Gregoire] said, \"The [ORG Museum of Flight] put a tremendous amount of effort into landing a retired shuttle in the [LOC Pacific Northwest].\""},
		{"a suffix after a comma joins a known name", "As of January 10, 2005, my source of income changed from The [ORG Mozilla Foundation] to [ORG Google, Inc.] of [LOC Mountain View], [LOC California]."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text, want := unmark(tt.in)
			got := recognize(t, text, true)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s\ngot:\n  %s\nwant:\n  %s", text, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
			}
		})
	}
}

// TestNameEdges checks where the model's names begin and end, whatever
// their types, on sentences of GUM news (CC BY 4.0).
func TestNameEdges(t *testing.T) {
	for _, tt := range []struct{ name, in string }{
		{"a lower-case adverb ends a name", "[X Gloria] temporarily improved during the rare times they used conventional treatments, but they soon dropped them in favour of homeopathy, and she consistently worsened."},
		{"an intensifying pronoun ends a name", "[X Galois] himself famously exclaimed: \"I am the victim of an infamous coquette and her two dupes.\""},
		{"a person's name ends before 'of' the body", "Also, an independent who does not claim to belong to either camp, [X Edward Yiu] of the Architectural, Surveying, Planning and Landscape constituency, defeated his opponents and was elected."},
		{"a party's name in the possessive is no part of a person's", "The rest of the candidates elected in this constituency were young and relatively new activists from the localist camp, [X Lau Siu-lai] and Youngspiration's [X Yau Wai-ching]."},
		{"a common noun ends what comes before an organization's name", "Volunteer organization [X Comic Corps of Canada] collects donations of comics, to distribute to children and youth in the hospital."},
		{"an e-mail address is no part of a name", "[X Thierry Poibeau]\nthierry.poibeau@ens.fr\n[X Lattice Lab], [X CNRS], [X France]"},
		{"a title after a name on a letter's address lines", "8-May-2006\n[X Robert Pangborn] Vice President\nDr. [X Pangborn],\nI hope all is well."},
		{"a given name that is also a modal opens a name", "[X U.S. Army] veteran and captain of the [X U.S.] Invictus team, [X Will Reynolds], races to the finish line."},
		// (wikigold, CC BY 4.0)
		{"a name after an honorific is a person's", "Undersecretary for Education Mr. [X Toccafondi] says \"many schools will increase their fees or they will quit.\""},
		{"a title word after a name is a surname", "His victory came after placing second (narrowly being defeated by [X Damian King]) in the 2006 Pipeline final."},
		{"a sentence adverb set off by a comma opens no name", "Allegedly, [X Thomas]' sister pleaded with him to send [X Gloria] to a conventional medical doctor, but he replied \"I am not able to do that\"."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text, want := unmark(tt.in)
			got := recognize(t, text, true)
			for i := range got {
				_, got[i], _ = strings.Cut(got[i], " ")
			}
			for i := range want {
				_, want[i], _ = strings.Cut(want[i], " ")
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s\ngot:\n  %s\nwant:\n  %s", text, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
			}
		})
	}
}

// TestTitlesAreNoNames checks that a title made of a portfolio and a role
// is no mention of its own, on sentences of GUM news (CC BY 4.0).
func TestTitlesAreNoNames(t *testing.T) {
	for _, tt := range []struct{ in, title, name string }{
		{"Labour's Shadow Home Secretary Yvette Cooper said her party has supported the idea \"for months\", and said it was \"damning that the Home Office isn't doing this already [...] including for safe countries like Albania\" after the United Nations High Commissioner for Refugees \"recommended it two years ago.\" " +
			"During Prime Minister's Questions Wednesday, Sunak defended the government's record whilst promising a \"formal update\" from Braverman is forthcoming: \"The Home Secretary and I are working intensely and as quickly as possible to bring forward that legislation [...] in the meantime our deals with Albania and France are already yielding benefits [...] we want a system whereby if someone arrives in our country illegally they will not be able to stay.\"", "Home Secretary", "Yvette Cooper"},
		{"NASA Administrator Charles Bolden announces where four space shuttle orbiters will be permanently displayed at the conclusion of the Space Shuttle Program. " +
			"Charles Bolden, NASA Administrator\nFile image of Space Shuttle Atlantis.", "Administrator", "Charles Bolden"},
		{"But, in an opinion we had a few years ago by Justice Scalia, he talked about what the word \"modify\" means.", "Justice", "Scalia"},
		{"I salute Congresswoman Karen Bass who has been relentless, persistent and absolutely courageous.", "Congresswoman", "Karen Bass"},
	} {
		t.Run(tt.title, func(t *testing.T) {
			got := recognize(t, tt.in, true)
			found := false
			for _, g := range got {
				_, rest, _ := strings.Cut(g, " ")
				_, text, _ := strings.Cut(rest, " ")
				if strings.Contains(text, tt.title) {
					t.Errorf("%s: title in a mention: %s", tt.in, g)
				}
				found = found || g[:4] == "PER " && text == tt.name
			}
			if !found {
				t.Errorf("%s: no person %q in %v", tt.in, tt.name, got)
			}
		})
	}
}

// TestRolesAlone checks that a title or a party to a case, capitalised
// alone, is no name (GUM court transcripts, CC BY 4.0), nor people of a
// kind in the plural.
func TestRolesAlone(t *testing.T) {
	text := "Mr. Chief Justice, may it please the Court:\nCounsel, are you, arguing that the, um, that the, the specific mechanism of the harm matters?\n" +
		// and people of a kind (GUM voyage, CC BY 4.0)
		"The Salt and Verde Rivers of central Arizona were exploited for large-scale agriculture by Native Americans as early as the 11th century."
	for _, g := range recognize(t, text, true) {
		if strings.HasPrefix(g, "PER ") {
			t.Errorf("%q: a person %s", text, g)
		}
	}
}

// TestRankBeforeOrgWord checks that a rank that is also a title opens an
// organization's name when an organization word follows it (GUM, CC BY 4.0).
func TestRankBeforeOrgWord(t *testing.T) {
	text := "Brock Wyatt Holt (born June 11, 1988) is an American professional baseball second baseman, shortstop and outfielder for the Boston Red Sox of Major League Baseball (MLB)."
	for _, tagged := range []bool{false, true} {
		got := recognize(t, text, tagged)
		if !slices.Contains(got, "ORG 142:163 Major League Baseball") {
			t.Errorf("tagged=%v: no Major League Baseball in %v", tagged, got)
		}
	}
}

// TestWebConventions checks the model's names against the conventions of
// names in web text and e-mail.
func TestWebConventions(t *testing.T) {
	for _, tt := range []struct{ name, in string }{
		{"greeting", "Dear [PER Mary Smith], thanks for the note."},
		{"possessive business", "We are going to [LOC Del Frisco 's] for dinner."},
		{"... and its branch in a town", "What is the dress code at [LOC Del Frisco 's] [LOC Philadelphia]?"},
		{"a name in the possessive and the nouns after it name a business", "[ORG Ray 's Pizza] is just too good."},
		{"... the possessive written without its apostrophe", "Thank You [ORG Barry s Auto Tech]!"},
		{"company suffix", "He moved to [ORG Google, Inc.] last year."},
		{"a person and a degree are no address", "Currently, I am writing a book on natural supplements to aid weight loss, with [PER Harry Preuss], MD, a Professor of Medicine at [ORG Georgetown University]."},
		{"a surname fused with a mail domain", "[PER John Griffith@ENRON]"},
		{"town and state", "I live in [LOC Chillicothe], [LOC OH] with my family."},
		{"dash after a name", "Coach: [PER John Smith] - Analyst"},
		{"surname first on a header line", "\"[PER Lenhart, Matthew]\" <mlenhart@example.com>"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text, want := unmark(tt.in)
			got := recognize(t, text, true)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s\ngot:\n  %s\nwant:\n  %s", text, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
			}
		})
	}
}

// TestOrganizationWords checks names that end in a word only the names of
// organizations end in (an orchestra, a paper, a kind of company), on
// sentences of EWT (CC BY-SA 4.0).
func TestOrganizationWords(t *testing.T) {
	runMarked(t, []marked{
		{"an orchestra", "For a field trip with my orchestra, we are going to the [ORG Chicago Symphony Orchestra].", ""},
		{"a paper", "The [ORG Washington Monthly] 's Who 's Who of Neocons in [LOC Iraq] helps explain the extreme incompetence and possibly double-dealing of many.", ""},
		{"a trading house", "They may differ in material respects from those published on behalf of [ORG Carr Futures] or its officers.", ""},
		{"a bus company", "[ORG UP Roadways] buses ply frequently between Noida and Greater Noida.", "-"},
		{"a dealer named after its founder", "Calls are now forwarded to [ORG Malcolm Smith Motorsports] down the road.", ""},
	})
}

// TestDomainNames checks that a name a document's web or mail domain
// spells is an organization, on sentences of EWT (CC BY-SA 4.0).
func TestDomainNames(t *testing.T) {
	runMarked(t, []marked{
		{"a web address", "Either option should take you directly to [ORG Enron] 's United Way 2000 Campaign site. " +
			"Simply type in the following United Way link, http://unitedway.enron.com or go directly to Internet Explorer.", ""},
		{"a mail address", "Today is my last day in the office here at [ORG Azurix], and I wish you all of the best. Write to me at jdoe@azurix.com.", ""},
		{"a product keeps its maker's name", "Get your download of MSN Explorer at http://explorer.msn.com/intl.asp", ""},
	})
}
