package resolve

import (
	"slices"
	"strings"
)

// spelling maps British spellings (and a few synonyms) to one form.
var spelling = map[string]string{
	"defence": "defense", "offence": "offense", "licence": "license",
	"organisation": "organization", "organisations": "organizations",
	"programme": "program", "programmes": "programs", "centre": "center",
	"centres": "centers", "theatre": "theater", "labour": "labor",
	"honour": "honor", "harbour": "harbor", "neighbourhood": "neighborhood",
	"catalogue": "catalog", "favour": "favor", "colour": "color",
	"interior": "internal", "defences": "defenses", "judgement": "judgment",
	"enrolment": "enrollment", "fulfilment": "fulfillment",
}

// orgStop are folded words that carry no identity in an organisation name.
var orgStop = set(`the of and for in on at to a an de du des la le les der die das affairs`)

// orgGeneric are legal-form and umbrella words dropped from the key when
// other words remain ("Amnesty International" ~ "Amnesty").
var orgGeneric = set(`international inc incorporated corp corporation co company ltd limited llc plc gmbh ag sa nv bv spa`)

// govHeads mark state bodies (and national offices): their country is
// context, not identity
// ("Ukraine's Defense Ministry" ~ "Ministry of Defence of Ukraine" ~
// "Defense Ministry").
var govHeads = set(`ministry ministries department government parliament army navy police forces force embassy cabinet military guard prosecutor office`)

// OrgKey returns the normalised key of an organisation name and, for state
// bodies (ministries, departments, armed forces, police, ...), the country
// the name places it in. The key is the sorted set of the name's folded
// words with British spellings made American, nationality adjectives made
// country names, possessives, "the", "of" and similar words dropped, and
// legal-form and umbrella words ("International", "Inc") dropped when other
// words remain. For a state body the country leaves the key and is returned
// alone, so that
//
//	OrgKey("Ukraine's Defense Ministry")       == ("defense ministry", "ukraine")
//	OrgKey("Ministry of Defence of Ukraine")   == ("defense ministry", "ukraine")
//	OrgKey("the Ukrainian Defence Ministry")   == ("defense ministry", "ukraine")
//	OrgKey("Defence Ministry")                 == ("defense ministry", "")
//
// while for any other organisation a place is part of its identity:
//
//	OrgKey("Amnesty International's")          == ("amnesty", "")
//	OrgKey("Amnesty International Ukraine")    == ("amnesty ukraine", "")
func OrgKey(name string) (key, country string) {
	ws := orgWords(name)
	gov := false
	for _, w := range ws {
		if govHeads[w] {
			gov = true
			break
		}
	}
	kept := ws[:0]
	for _, w := range ws {
		if gov && country == "" {
			if c, ok := countries[w]; ok {
				country = c
				continue
			}
		}
		kept = append(kept, w)
	}
	core := kept[:0:0]
	for _, w := range kept {
		if !orgGeneric[w] {
			core = append(core, w)
		}
	}
	if len(core) == 0 {
		core = kept
	}
	slices.Sort(core)
	core = slices.Compact(core)
	return strings.Join(core, " "), country
}

// orgWords folds an organisation name into its normalised words: possessives
// and stop words removed, spellings unified, multi-word countries and
// nationality adjectives replaced by one country word.
func orgWords(name string) []string {
	raw := strings.Fields(name)
	for i, t := range raw {
		raw[i] = undot(stripPossessive(strings.TrimRight(t, ".,")))
	}
	ws := strings.Fields(Fold(strings.Join(raw, " ")))
	out := make([]string, 0, len(ws))
	for i := 0; i < len(ws); i++ {
		if p := matchPhrase(ws[i:]); p > 0 {
			phrase := strings.Join(ws[i:i+p], " ")
			if c, ok := countries[phrase]; ok {
				out = append(out, c)
			} else if c, ok := demonyms[phrase]; ok {
				out = append(out, c)
			}
			i += p - 1
			continue
		}
		w := ws[i]
		if orgStop[w] {
			continue
		}
		if s, ok := spelling[w]; ok {
			w = s
		} else if strings.HasSuffix(w, "isation") {
			w = strings.TrimSuffix(w, "isation") + "ization"
		}
		if c, ok := demonyms[w]; ok {
			w = c
		} else if c, ok := countries[w]; ok {
			w = c
		}
		out = append(out, w)
	}
	return out
}

// matchPhrase returns the length of the multi-word country phrase that ws
// starts with, or 0.
func matchPhrase(ws []string) int {
	for _, p := range countryPhrases {
		if len(ws) >= len(p) && slices.Equal(ws[:len(p)], p) {
			return len(p)
		}
	}
	return 0
}

// undot joins a dotted abbreviation into one word: "U.N." → "UN",
// "U.S" → "US". Other words are returned unchanged.
func undot(t string) string {
	if len(t) < 3 || strings.Count(t, ".") == 0 {
		return t
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		letter := 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
		if i%2 == 0 && !letter || i%2 == 1 && c != '.' {
			return t
		}
	}
	return strings.ReplaceAll(t, ".", "")
}
