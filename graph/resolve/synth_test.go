package resolve

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/textgraph/textgraph/extract/doc"
)

// A synthetic corpus with known truth: persons and organisations, each
// named in several mentions through spelling variants (diacritics,
// transliteration, titles, case, given name present or not, possessives,
// US/UK spelling, word order of state bodies), plus distractors that share
// words with them (persons with the same surname and another given name,
// national branches of international organisations, the same ministry of
// another country).

type synthMention struct {
	m     Mention
	truth int
}

var (
	consonants = []string{"b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z"}
	vowels     = []string{"a", "e", "i", "o", "u"}
	surEnds    = []string{"chuk", "lenko", "sky", "rov", "shyn", "niak"}
	givenEnds  = []string{"", "n", "r", "lo", "na"}
	titles     = []string{"Ms.", "Mr.", "Dr.", "President", "Minister", "Foreign Minister", "Secretary-General", "Ukrainian Foreign Minister", "Mr"}
	pronounsEN = []string{"she", "he", "her", "him", "his", "they"}
	orgSuffix  = []string{"International", "Foundation", "Institute", "Centre", "Organisation", "Group", "Bank", "Council", "Agency", "Party"}
	ministries = [][2]string{{"Defence", "Defense"}, {"Foreign Affairs", "Foreign"}, {"Internal Affairs", "Interior"}, {"Health", "Health"}, {"Justice", "Justice"}, {"Finance", "Finance"}}
	nations    = [][2]string{
		{"Ukraine", "Ukrainian"}, {"Russia", "Russian"}, {"Poland", "Polish"}, {"Germany", "German"},
		{"France", "French"}, {"Italy", "Italian"}, {"Spain", "Spanish"}, {"Japan", "Japanese"},
		{"China", "Chinese"}, {"India", "Indian"}, {"Turkey", "Turkish"}, {"Israel", "Israeli"},
		{"Georgia", "Georgian"}, {"Moldova", "Moldovan"}, {"Romania", "Romanian"}, {"Hungary", "Hungarian"},
		{"Canada", "Canadian"}, {"Sweden", "Swedish"}, {"Finland", "Finnish"}, {"Norway", "Norwegian"},
		{"Estonia", "Estonian"}, {"Latvia", "Latvian"}, {"Lithuania", "Lithuanian"}, {"Austria", "Austrian"},
		{"Greece", "Greek"}, {"United Kingdom", "British"}, {"United States", "American"},
	}
	accents = map[byte][]string{'a': {"à", "á", "ä"}, 'e': {"è", "é", "ë"}, 'i': {"í", "ï"}, 'o': {"ô", "ö", "ó"}, 'u': {"ú", "ü"}, 's': {"š", "ś"}, 'z': {"ž", "ż"}, 'n': {"ń", "ñ"}}
)

type synth struct {
	r    *rand.Rand
	used map[string]bool
	out  []synthMention
	n    int // truth entities so far
}

func (g *synth) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

func (g *synth) chance(p float64) bool { return g.r.Float64() < p }

// word returns a new capitalised word of syllables syl..syl+1 and ending end,
// distinct from every word returned before.
func (g *synth) word(syl int, ends []string) string {
	for {
		var b strings.Builder
		for i := syl + g.r.IntN(2); i > 0; i-- {
			b.WriteString(g.pick(consonants))
			b.WriteString(g.pick(vowels))
		}
		b.WriteString(g.pick(ends))
		w := b.String()
		if !g.used[w] {
			g.used[w] = true
			return strings.ToUpper(w[:1]) + w[1:]
		}
	}
}

// accent puts a diacritic on one letter of w, if it has one that takes one.
func (g *synth) accent(w string) string {
	for range 4 {
		i := 1 + g.r.IntN(len(w)-1)
		if a, ok := accents[w[i]]; ok {
			return w[:i] + g.pick(a) + w[i+1:]
		}
	}
	return w
}

// transliterate respells a surname the way another scheme would.
func (g *synth) transliterate(s string) string {
	switch {
	case strings.HasSuffix(s, "chuk"):
		return strings.TrimSuffix(s, "chuk") + "tchouk"
	case strings.HasSuffix(s, "sky"):
		return strings.TrimSuffix(s, "y") + g.pick([]string{"yy", "iy", "yi", "ij"})
	case strings.HasSuffix(s, "shyn"):
		return strings.TrimSuffix(s, "shyn") + "schin"
	case strings.Contains(s[1:], "u"):
		return s[:1] + strings.Replace(s[1:], "u", "ou", 1)
	case strings.Contains(s[1:], "v"):
		return s[:1] + strings.Replace(s[1:], "v", "w", 1)
	}
	return s
}

func (g *synth) add(m Mention) { g.out = append(g.out, synthMention{m, g.n}) }

// person emits the mentions of one person.
func (g *synth) person(given []string, sur string) {
	surForm := func() string {
		s := sur
		if g.chance(0.3) {
			s = g.transliterate(s)
		}
		if g.chance(0.15) {
			s = g.accent(s)
		}
		return s
	}
	for k := 1 + g.r.IntN(5); k > 0; k-- {
		gv := g.pick(given)
		if g.chance(0.1) {
			gv = g.accent(gv)
		}
		var name string
		switch p := g.r.Float64(); {
		case p < 0.05:
			name = surForm()
		case p < 0.07:
			name = gv[:1] + ". " + surForm()
		case p < 0.10:
			name = cyrillicName(gv + " " + sur)
		default:
			name = gv + " " + surForm()
		}
		if g.chance(0.2) {
			name = g.pick(titles) + " " + name
		}
		switch p := g.r.Float64(); {
		case p < 0.04:
			name = strings.ToUpper(name)
		case p < 0.06:
			name = strings.ToLower(name)
		}
		var forms []string
		for j := g.r.IntN(4); j > 0; j-- {
			switch g.r.IntN(4) {
			case 0:
				forms = append(forms, surForm())
			case 1:
				forms = append(forms, g.pick(titles[:3])+" "+surForm()+g.pick([]string{"", "'s", "’s"}))
			case 2:
				forms = append(forms, g.pick(pronounsEN))
			case 3:
				forms = append(forms, "the head of the "+nations[g.r.IntN(len(nations))][1]+" office")
			}
		}
		g.add(Mention{Name: name, Type: doc.Person, Forms: forms})
	}
	g.n++
}

// org emits the mentions of one organisation named by its words; short, if
// set, is a shorter name for it.
func (g *synth) org(variants []string) {
	for k := 1 + g.r.IntN(5); k > 0; k-- {
		name := g.pick(variants)
		switch p := g.r.Float64(); {
		case p < 0.15:
			name = "the " + name
		case p < 0.3:
			name += g.pick([]string{"'s", "’s"})
		case p < 0.33:
			name = strings.ToUpper(name)
		}
		var forms []string
		if g.chance(0.3) {
			forms = append(forms, g.pick(variants), "the organization", "it")
		}
		g.add(Mention{Name: name, Type: doc.Organization, Forms: forms})
	}
	g.n++
}

// cyrillicName writes a synthetic "Given Surname" in Ukrainian Cyrillic.
func cyrillicName(name string) string {
	name = strings.NewReplacer("sky", "ський", "shyn", "шин", "chuk", "чук", "niak", "няк",
		"oleksii", "олексій", "ii", "ій", "y", "и", "kh", "х", "ch", "ч", "sh", "ш", "zh", "ж", "yu", "ю", "ya", "я", "ts", "ц").Replace(strings.ToLower(name))
	letters := map[rune]rune{'a': 'а', 'b': 'б', 'd': 'д', 'e': 'е', 'f': 'ф', 'g': 'ґ', 'h': 'г', 'i': 'і', 'k': 'к', 'l': 'л',
		'm': 'м', 'n': 'н', 'o': 'о', 'p': 'п', 'r': 'р', 's': 'с', 't': 'т', 'u': 'у', 'v': 'в', 'z': 'з'}
	var b strings.Builder
	up := true
	for _, r := range name {
		if c, ok := letters[r]; ok {
			r = c
		}
		if up {
			r = unicode.ToUpper(r)
		}
		up = r == ' '
		b.WriteRune(r)
	}
	return b.String()
}

// us respells British words of an organisation name.
func us(s string) string {
	return strings.NewReplacer("Centre", "Center", "Organisation", "Organization", "Defence", "Defense").Replace(s)
}

// genSynth generates mentions of about persons persons and orgs
// organisations, shuffled. A quarter of the persons share a surname with
// another person; a tenth of the organisations have a sibling with the same
// root word and another suffix; a fifth of the "International" organisations
// have a national branch; state bodies are every ministry of every nation, up to
// orgs/10 of them.
func genSynth(persons, orgs int, seed uint64) []synthMention {
	g := &synth{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), used: map[string]bool{}}
	// Given names: random ones with one spelling, and the East Slavic
	// names of givenGroups with their Ukrainian and Russian-derived spellings.
	var givens [][]string
	for range 400 {
		givens = append(givens, []string{g.word(2, givenEnds)})
	}
	for line := range strings.Lines(givenGroups) {
		var vs []string
		for _, w := range strings.Fields(line) {
			vs = append(vs, strings.ToUpper(w[:1])+w[1:])
		}
		if len(vs) > 0 {
			givens = append(givens, vs)
		}
	}
	initials := func(vs []string) string {
		var b []byte
		for _, v := range vs {
			b = append(b, v[0])
		}
		return string(b)
	}
	for i := 0; i < persons; {
		sur := g.word(2, surEnds)
		gv := givens[g.r.IntN(len(givens))]
		g.person(gv, sur)
		i++
		if i < persons && g.chance(0.25) { // a distractor with the same surname
			other := givens[g.r.IntN(len(givens))]
			for strings.ContainsAny(initials(other), initials(gv)) {
				other = givens[g.r.IntN(len(givens))]
			}
			g.person(other, sur)
			i++
		}
	}
	gov := 0
	for _, n := range nations {
		for _, m := range ministries {
			if gov >= orgs/10 {
				break
			}
			g.org([]string{
				"Ministry of " + m[0] + " of " + n[0],
				n[0] + "'s " + m[1] + " Ministry",
				n[1] + " " + m[1] + " Ministry",
				n[1] + " Ministry of " + us(m[0]),
			})
			gov++
		}
	}
	for i := gov; i < orgs; {
		root := g.word(2, []string{"", "r", "n", "t"})
		if g.chance(0.3) {
			root += " " + g.word(1, []string{"", "s", "m"})
		}
		suf := g.pick(orgSuffix)
		name := root + " " + suf
		variants := []string{name, us(name)}
		if suf == "International" {
			variants = append(variants, root)
		}
		g.org(variants)
		i++
		if i < orgs && g.chance(0.1) { // a sibling sharing the root
			other := g.pick(orgSuffix)
			for other == suf || other == "International" {
				other = g.pick(orgSuffix)
			}
			sib := root + " " + other
			g.org([]string{sib, us(sib)})
			i++
		}
		if suf == "International" && i < orgs && g.chance(0.2) {
			n := nations[g.r.IntN(len(nations))][0]
			g.org([]string{name + " " + n, name + " in " + n, root + " " + n})
			i++
		}
	}
	g.r.Shuffle(len(g.out), func(i, j int) { g.out[i], g.out[j] = g.out[j], g.out[i] })
	return g.out
}

// pairwise returns the pairwise precision and recall of a clustering of
// mentions (pred) against the truth: over all pairs of mentions, the share
// of pairs put together that belong together, and the share of pairs that
// belong together that were put together.
func pairwise(truth []int, pred []string) (precision, recall float64) {
	type cell struct {
		t int
		p string
	}
	cells, ts, ps := map[cell]int{}, map[int]int{}, map[string]int{}
	for i := range truth {
		cells[cell{truth[i], pred[i]}]++
		ts[truth[i]]++
		ps[pred[i]]++
	}
	pairs := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	var tp, tPairs, pPairs float64
	for _, n := range cells {
		tp += pairs(n)
	}
	for _, n := range ts {
		tPairs += pairs(n)
	}
	for _, n := range ps {
		pPairs += pairs(n)
	}
	return tp / pPairs, tp / tPairs
}

// TestSyntheticAccuracy resolves the synthetic corpus and holds pairwise
// precision and recall to floors.
func TestSyntheticAccuracy(t *testing.T) {
	for _, tc := range []struct {
		name                    string
		persons, orgs           int
		seed                    uint64
		minPrecision, minRecall float64
	}{
		{"seed 1", 3000, 2000, 1, 0.99, 0.97},
		{"seed 2", 3000, 2000, 2, 0.99, 0.97},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms := genSynth(tc.persons, tc.orgs, tc.seed)
			ix := NewIndex()
			truth := make([]int, len(ms))
			pred := make([]string, len(ms))
			for i, sm := range ms {
				e, _ := ix.Resolve(sm.m)
				if e == nil {
					t.Fatalf("Resolve(%+v) = nil", sm.m)
				}
				truth[i], pred[i] = sm.truth, e.ID
			}
			p, r := pairwise(truth, pred)
			entities := map[int]bool{}
			for _, x := range truth {
				entities[x] = true
			}
			t.Logf("%d mentions of %d entities → %d entities; pairwise precision %.4f, recall %.4f",
				len(ms), len(entities), ix.Len(), p, r)
			for _, typ := range []string{doc.Person, doc.Organization} {
				var tt []int
				var pp []string
				for i, sm := range ms {
					if sm.m.Type == typ {
						tt, pp = append(tt, truth[i]), append(pp, pred[i])
					}
				}
				tp, tr := pairwise(tt, pp)
				t.Logf("  %s: %d mentions, precision %.4f, recall %.4f", typ, len(tt), tp, tr)
				// Persons lose precision only where a surname alone meets
				// one person before its namesake appears (the documented
				// surname rule); organisations have no such case.
				floor := map[string][2]float64{doc.Person: {0.98, 0.96}, doc.Organization: {0.999, 0.999}}[typ]
				if tp < floor[0] || tr < floor[1] {
					t.Errorf("%s: precision %.4f, recall %.4f; floors %.3f, %.3f", typ, tp, tr, floor[0], floor[1])
				}
			}
			if p < tc.minPrecision {
				t.Errorf("precision %.4f < %.4f", p, tc.minPrecision)
			}
			if r < tc.minRecall {
				t.Errorf("recall %.4f < %.4f", r, tc.minRecall)
			}
		})
	}
}

// BenchmarkResolve100k resolves 100,000 synthetic name variants into an
// empty index per iteration; ns/op is the time for all of them.
func BenchmarkResolve100k(b *testing.B) {
	ms := genSynth(24000, 10000, 7)
	if len(ms) < 100000 {
		b.Fatalf("generated %d mentions, want 100000", len(ms))
	}
	ms = ms[:100000]
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		ix := NewIndex()
		for _, sm := range ms {
			ix.Resolve(sm.m)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(ms)), "ns/mention")
}

func BenchmarkFold(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Fold("WHO Secretary-General Agnès Callamard")
	}
}

func BenchmarkKey(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Key("Oksana Pokaltchouk")
	}
}

func BenchmarkOrgKey(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		OrgKey("the Ukrainian Ministry of Defence")
	}
}

// BenchmarkCommonSurname resolves 20,000 persons who all share one surname
// (10,000 given names, each seen twice); per-mention cost stays flat because
// given names sub-block the surname.
func BenchmarkCommonSurname(b *testing.B) {
	g := &synth{r: rand.New(rand.NewPCG(3, 4)), used: map[string]bool{}}
	ms := make([]Mention, 0, 20000)
	for range 10000 {
		gv := g.word(3, givenEnds)
		ms = append(ms, per(gv+" Smith"), per(gv+" Smith"))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		ix := NewIndex()
		for _, m := range ms {
			ix.Resolve(m)
		}
		if ix.Len() != 10000 {
			b.Fatalf("%d entities, want 10000", ix.Len())
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(ms)), "ns/mention")
}

// TestCyrillicName checks that the generator's Cyrillic spellings fold back
// to the same keys, so the accuracy test measures resolution, not the
// generator.
func TestCyrillicName(t *testing.T) {
	for _, n := range []string{"Serhii Bakochuk", "Dmytro Zelensky", "Oksana Pokalchuk", "Yevgeny Tomashyn", "Kiro Lamaniak", "Oleksii Rovirov"} {
		c := cyrillicName(n)
		if Key(c) != Key(n) || c == n {
			t.Errorf("cyrillicName(%q) = %q, key %q, want key %q", n, c, Key(c), Key(n))
		}
	}
}
