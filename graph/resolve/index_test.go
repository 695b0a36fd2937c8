package resolve

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/textgraph/textgraph/extract/doc"
)

func per(name string, forms ...string) Mention {
	return Mention{Name: name, Type: doc.Person, Forms: forms}
}

func org(name string, forms ...string) Mention {
	return Mention{Name: name, Type: doc.Organization, Forms: forms}
}

func loc(name string, forms ...string) Mention {
	return Mention{Name: name, Type: doc.Place, Forms: forms}
}

// resolveAll resolves ms in order into ix and returns the IDs.
func resolveAll(t *testing.T, ix *Index, ms ...Mention) []string {
	t.Helper()
	ids := make([]string, len(ms))
	for i, m := range ms {
		e, _ := ix.Resolve(m)
		if e == nil {
			t.Fatalf("Resolve(%+v) = nil", m)
		}
		ids[i] = e.ID
	}
	return ids
}

func TestResolveMerges(t *testing.T) {
	for _, tc := range []struct {
		name    string
		in      []Mention
		id      string
		label   string
		aliases []string
	}{
		{
			name: "transliteration, titles, possessive, pronouns",
			in: []Mention{
				per("Oksana Pokalchuk", "Pokalchuk", "she"),
				per("Oksana Pokaltchouk", "Ms. Pokaltchouk", "Pokaltchouk’s", "her"),
				per("Pokalchuk"),
			},
			id:      "person-oksana-pokalchuk",
			label:   "Oksana Pokalchuk",
			aliases: []string{"Oksana Pokaltchouk", "Pokalchuk", "Pokaltchouk"},
		},
		{
			name: "diacritics and office",
			in: []Mention{
				per("Agnès Callamard", "Callamard"),
				per("WHO Secretary-General Agnes Callamard"),
				per("Callamard"),
			},
			id:      "person-agnes-callamard",
			label:   "Agnès Callamard",
			aliases: []string{"Agnes Callamard", "Callamard"},
		},
		{
			name: "zelensky spellings",
			in: []Mention{
				per("President Volodymyr Zelensky"),
				per("Zelenskyy"),
				per("Volodymyr Zelenskiy"),
				per("Zelenskyi"),
				per("Volodymyr Zelensky", "President Zelensky"),
				per("Володимир Зеленський"),
			},
			id:      "person-volodymyr-zelensky",
			label:   "Volodymyr Zelensky",
			aliases: []string{"Volodymyr Zelenskiy", "Zelensky", "Zelenskyi", "Zelenskyy", "Володимир Зеленський"},
		},
		{
			name: "kuleba french",
			in: []Mention{
				per("Ukrainian Foreign Minister Dmytro Kuleba"),
				per("Dmytro Kouleba", "M. Kouleba"),
				per("Kuleba"),
			},
			id:      "person-dmytro-kuleba",
			label:   "Dmytro Kuleba",
			aliases: []string{"Dmytro Kouleba", "Kuleba"},
		},
		{
			name: "acronym from a form",
			in: []Mention{
				org("United Nations", "UN"),
				org("UN"),
				org("U.N."),
				org("the United Nations"),
			},
			id:      "org-united-nations",
			label:   "United Nations",
			aliases: []string{"U.N.", "UN"},
		},
		{
			name: "russian-derived given name",
			in: []Mention{
				per("Volodymyr Zelensky"),
				per("Vladimir Zelensky"),
				per("V. Zelenskiy"),
			},
			id:      "person-volodymyr-zelensky",
			label:   "Volodymyr Zelensky",
			aliases: []string{"V. Zelenskiy", "Vladimir Zelensky"},
		},
		{
			name: "initial of another spelling",
			in: []Mention{
				per("Oleksandr Kovalenko"),
				per("A. Kovalenko"),
				per("Aleksandr Kovalenko"),
			},
			id:      "person-oleksandr-kovalenko",
			label:   "Oleksandr Kovalenko",
			aliases: []string{"A. Kovalenko", "Aleksandr Kovalenko"},
		},
		{
			name: "surname first then full name",
			in: []Mention{
				per("Pokalchuk"),
				per("Oksana Pokalchuk"),
			},
			id:      "person-pokalchuk",
			label:   "Oksana Pokalchuk",
			aliases: []string{"Pokalchuk"},
		},
		{
			name: "initial then full name",
			in: []Mention{
				per("O. Pokalchuk"),
				per("Oksana Pokalchuk"),
			},
			id:      "person-o-pokalchuk",
			label:   "Oksana Pokalchuk",
			aliases: []string{"O. Pokalchuk"},
		},
		{
			name: "place case and exonym",
			in: []Mention{
				loc("kyiv"),
				loc("Kyiv"),
				loc("KYIV"),
				loc("Kiev"),
			},
			id:      "place-kyiv",
			label:   "Kyiv",
			aliases: []string{"Kiev"},
		},
		{
			name: "amnesty short, possessive and the",
			in: []Mention{
				org("Amnesty International", "Amnesty", "the organization"),
				org("Amnesty International's"),
				org("the Amnesty International"),
				org("Amnesty"),
				org("Amnesty International’s"),
			},
			id:      "org-amnesty-international",
			label:   "Amnesty International",
			aliases: []string{"Amnesty"},
		},
		{
			name: "defense ministry variants",
			in: []Mention{
				org("Ministry of Defense"),
				org("Defence Ministry"),
				org("Ukraine's Defense Ministry"),
				org("Ministry of Defence of Ukraine"),
				org("the Ukrainian Defence Ministry"),
				org("Ukrainian Ministry of Defense"),
			},
			id:    "org-ministry-of-defense",
			label: "Ministry of Defence of Ukraine",
			aliases: []string{"Defence Ministry", "Ministry of Defense", "Ukraine's Defense Ministry",
				"Ukrainian Defence Ministry", "Ukrainian Ministry of Defense"},
		},
		{
			name: "region",
			in:   []Mention{loc("Kyiv Oblast"), loc("Kyiv region"), loc("Kiev Region")},
			id:   "place-kyiv-oblast", label: "Kyiv Oblast", aliases: []string{"Kiev Region", "Kyiv region"},
		},
		{
			name: "branch spellings",
			in: []Mention{
				org("Amnesty International Ukraine"),
				org("Amnesty International in Ukraine"),
				org("Amnesty Ukraine"),
			},
			id:      "org-amnesty-international-ukraine",
			label:   "Amnesty International Ukraine",
			aliases: []string{"Amnesty International in Ukraine", "Amnesty Ukraine"},
		},
		{
			name: "descriptions and titles never become aliases",
			in: []Mention{
				per("Oksana Pokalchuk", "she", "her", "the head of the Ukrainian office",
					"The director", "Ms.", "Ms. Pokalchuk", "head of Amnesty International Ukraine"),
			},
			id:      "person-oksana-pokalchuk",
			label:   "Oksana Pokalchuk",
			aliases: []string{"Pokalchuk"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix := NewIndex()
			ids := resolveAll(t, ix, tc.in...)
			for i, id := range ids {
				if id != tc.id {
					t.Errorf("mention %d %q resolved to %q, want %q", i, tc.in[i].Name, id, tc.id)
				}
			}
			e, ok := ix.Get(tc.id)
			if !ok {
				t.Fatalf("Get(%q) not found; have %v", tc.id, ix.Entities())
			}
			if e.Label != tc.label {
				t.Errorf("label = %q, want %q", e.Label, tc.label)
			}
			if !slices.Equal(e.Aliases, tc.aliases) {
				t.Errorf("aliases = %q, want %q", e.Aliases, tc.aliases)
			}
			if n := ix.Len(); n != 1 {
				t.Errorf("%d entities, want 1: %v", n, ix.Entities())
			}
		})
	}
}

// TestCoreferenceSlip checks that forms which cannot name the mention's
// entity are ignored instead of joining two entities.
func TestCoreferenceSlip(t *testing.T) {
	ix := NewIndex()
	a, _ := ix.Resolve(per("Oksana Pokalchuk", "Agnès Callamard", "Ms. Pokalchuk", "Oksana", "M. Pokalchuk"))
	b, _ := ix.Resolve(per("Łukasz Nowak"))
	c, _ := ix.Resolve(org("Amnesty International", "NGO", "Amnesty International Ukraine", "Amnesty", "AI"))
	d, _ := ix.Resolve(org("Amnesty International Ukraine"))
	if a.ID == b.ID {
		t.Errorf("Pokalchuk and Callamard merged into %s", a.ID)
	}
	if want := []string{"Oksana", "Pokalchuk"}; !slices.Equal(a.Aliases, want) {
		t.Errorf("person aliases = %q, want %q", a.Aliases, want)
	}
	if c.ID == d.ID {
		t.Errorf("Amnesty International and its branch merged into %s", c.ID)
	}
	if want := []string{"AI", "Amnesty"}; !slices.Equal(c.Aliases, want) {
		t.Errorf("org aliases = %q, want %q", c.Aliases, want)
	}
}

// TestGivenNameAlone checks that a given name kept as an alias does not pull
// another article's bare given name into the entity.
func TestGivenNameAlone(t *testing.T) {
	ix := NewIndex()
	a, _ := ix.Resolve(per("Oksana Pokalchuk", "Oksana"))
	b, _ := ix.Resolve(per("Oksana"))
	if !slices.Contains(a.Aliases, "Oksana") {
		t.Errorf("aliases %q lack the given name", a.Aliases)
	}
	if a.ID == b.ID {
		t.Errorf("a bare given name from another article joined %s", a.ID)
	}
	ix = NewIndex()
	a, _ = ix.Resolve(per("Oksana", "Oksana Pokalchuk"))
	b, _ = ix.Resolve(per("Oksana"))
	if a.ID == b.ID {
		t.Errorf("given name first: a bare given name from another article joined %s", a.ID)
	}
}

// TestLocalGivenName checks that a person known only by a given name is
// one entity within its document and another in each other document.
func TestLocalGivenName(t *testing.T) {
	ix := NewIndex()
	steven := func(d string) string {
		e, _ := ix.Resolve(Mention{Name: "Steven", Type: "PER", Doc: d, Local: true})
		return e.ID
	}
	a1, a2, b := steven("a"), steven("a"), steven("b")
	if a1 != a2 {
		t.Errorf("one document's Steven is two entities: %s, %s", a1, a2)
	}
	if a1 == b {
		t.Errorf("two documents' Steven merged into %s", a1)
	}
	if c, _ := ix.Resolve(Mention{Name: "Steven Smith", Type: "PER", Doc: "c"}); c.ID == a1 || c.ID == b {
		t.Errorf("a full name from a third document joined a bare given name: %s", c.ID)
	}
	if g, _ := ix.Resolve(Mention{Name: "God", Type: "PER", Doc: "a"}); g.ID == a1 {
		t.Errorf("God joined Steven")
	}
}

func TestInvalidUTF8(t *testing.T) {
	ix := NewIndex()
	e, _ := ix.Resolve(per("Oksana Pok\xffalchuk"))
	if e == nil || !utf8.ValidString(e.Label) || !utf8.ValidString(e.ID) {
		t.Errorf("Resolve(invalid UTF-8) = %+v", e)
	}
}

func TestResolveKeepsApart(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []Mention
	}{
		{"org plus place", []Mention{org("Amnesty International"), org("Amnesty International Ukraine")}},
		{"org plus place reversed", []Mention{org("Amnesty International Ukraine"), org("Amnesty"), org("Amnesty International")}},
		{"different given names", []Mention{per("Oksana Pokalchuk"), per("Ivan Pokalchuk")}},
		{"different given names, transliterated", []Mention{per("Oksana Pokalchuk"), per("Ivan Pokaltchouk")}},
		{"person and place", []Mention{per("Jordan"), loc("Jordan")}},
		{"person and org", []Mention{per("Ford"), org("Ford")}},
		{"ministries of two countries", []Mention{org("Russian Foreign Ministry"), org("Ukraine's Foreign Ministry")}},
		{"two ministries", []Mention{org("Ukrainian Defence Ministry"), org("Ukrainian Foreign Ministry")}},
		{"feminine surname", []Mention{per("Volodymyr Zelensky"), per("Olena Zelenska")}},
		{"similar surnames", []Mention{per("Oksana Pokalchuk"), per("Oksana Pokalchak")}},
		{"middle names", []Mention{per("Oksana Ivanivna Pokalchuk"), per("Oksana Petrivna Pokalchuk")}},
		{"places sharing a word", []Mention{loc("North Korea"), loc("South Korea")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix := NewIndex()
			ids := resolveAll(t, ix, tc.in...)
			seen := map[string]int{}
			for i, id := range ids {
				if j, ok := seen[id]; ok && tc.in[i].Name != tc.in[j].Name {
					// Short forms of one entity may repeat an ID; the
					// long names must not.
					if fullness(tc.in[i].Name) > 2 && fullness(tc.in[j].Name) > 2 {
						t.Errorf("%q and %q merged into %q", tc.in[j].Name, tc.in[i].Name, id)
					}
				}
				seen[id] = i
			}
			if tc.name == "org plus place reversed" {
				if ids[0] == ids[2] {
					t.Errorf("Amnesty International merged with Amnesty International Ukraine")
				}
				if ids[1] != ids[2] {
					t.Errorf("Amnesty (%s) and Amnesty International (%s) apart", ids[1], ids[2])
				}
			}
		})
	}
}

// TestMiscJoinsTyped checks that an untyped mention joins a typed entity
// only when exactly one type matches.
func TestMiscJoinsTyped(t *testing.T) {
	misc := func(name string) Mention { return Mention{Name: name, Type: doc.Misc} }
	ix := NewIndex()
	for i, s := range []struct {
		m  Mention
		id string
	}{
		{org("Amnesty International"), "org-amnesty-international"},
		{misc("Amnesty International's"), "org-amnesty-international"},
		{per("Jordan"), "person-jordan"},
		{loc("Jordan"), "place-jordan"},
		{misc("Jordan"), "thing-jordan"},
		{misc("Jordan"), "thing-jordan"},
		{per("Oksana Pokalchuk"), "person-oksana-pokalchuk"},
		{misc("Pokalchuk"), "thing-pokalchuk"},
		{misc("Oksana Pokaltchouk"), "person-oksana-pokalchuk"},
		{Mention{Name: "Revolution of Dignity"}, "thing-revolution-of-dignity"},
	} {
		e, _ := ix.Resolve(s.m)
		if e == nil || e.ID != s.id {
			t.Errorf("step %d: Resolve(%+v) = %+v, want ID %q", i, s.m, e, s.id)
		}
	}
}

// TestSurnameRule checks that a surname alone joins a person only while one
// known person carries it.
func TestSurnameRule(t *testing.T) {
	ix := NewIndex()
	steps := []struct {
		m  Mention
		id string
	}{
		{per("Oksana Pokalchuk"), "person-oksana-pokalchuk"},
		{per("Pokalchuk"), "person-oksana-pokalchuk"},
		{per("Ivan Pokalchuk"), "person-ivan-pokalchuk"},
		{per("Pokalchuk"), "person-pokalchuk"},
		{per("Ms. Pokaltchouk"), "person-pokalchuk"},
		{per("Oksana Pokaltchouk"), "person-oksana-pokalchuk"},
		{per("I. Pokalchuk"), "person-ivan-pokalchuk"},
		{per("Olha Pokalchuk"), "person-olha-pokalchuk"},
		{per("O. Pokalchuk"), "person-o-pokalchuk"},
	}
	for i, s := range steps {
		e, _ := ix.Resolve(s.m)
		if e == nil || e.ID != s.id {
			t.Fatalf("step %d: Resolve(%q) = %+v, want ID %q", i, s.m.Name, e, s.id)
		}
	}
}

// TestRemove checks that removing an entity leaves an index that resolves
// like one seeded afresh with the entities that remain, which is what the
// loader relies on when a replaced article takes entities with it.
func TestRemove(t *testing.T) {
	build := func() *Index {
		ix := NewIndex()
		for _, m := range []Mention{
			per("Oksana Pokalchuk"), per("Ivan Pokalchuk"), per("Pokalchuk"),
			org("Amnesty International"), org("Amnesty International Ukraine"),
			org("Defence Ministry"), org("Russian Ministry of Defence"),
			loc("Kyiv"),
		} {
			ix.Resolve(m)
		}
		return ix
	}
	probes := []Mention{
		per("Pokalchuk"), per("Ms. Pokaltchouk"), per("I. Pokalchuk"), per("Ivan Pokalchuk"),
		per("Oksana Pokaltchouk"), org("Amnesty"), org("Defense Ministry"),
		org("Ukraine's Defense Ministry"), loc("kyiv"), loc("Kiev"),
	}
	for _, gone := range []string{"person-ivan-pokalchuk", "person-pokalchuk", "org-defence-ministry", "place-kyiv", "org-amnesty-international"} {
		t.Run(gone, func(t *testing.T) {
			ix := build()
			if !ix.Remove(gone) {
				t.Fatalf("Remove(%q) = false, want true", gone)
			}
			if ix.Remove(gone) {
				t.Fatalf("second Remove(%q) = true", gone)
			}
			if _, ok := ix.Get(gone); ok {
				t.Fatalf("Get(%q) finds the removed entity", gone)
			}
			fresh := NewIndex()
			for _, e := range ix.Entities() {
				if err := fresh.Add(e); err != nil {
					t.Fatal(err)
				}
			}
			for _, m := range probes {
				a, _ := ix.Resolve(m)
				b, _ := fresh.Resolve(m)
				if (a == nil) != (b == nil) || a != nil && a.ID != b.ID {
					t.Fatalf("Resolve(%q) after Remove = %v, on a fresh index = %v", m.Name, a, b)
				}
			}
		})
	}
}

// TestStateBodyCountry checks that a state body without a country joins the
// only one known and stays apart once two countries are known.
func TestStateBodyCountry(t *testing.T) {
	ix := NewIndex()
	steps := []struct {
		m  Mention
		id string
	}{
		{org("Defence Ministry"), "org-defence-ministry"},
		{org("Ukrainian Defence Ministry"), "org-defence-ministry"},
		{org("Defense Ministry"), "org-defence-ministry"},
		{org("Russian Ministry of Defence"), "org-russian-ministry-of-defence"},
		{org("Ministry of Defence of the Russian Federation"), "org-russian-ministry-of-defence"},
		{org("Defense Ministry"), "org-defense-ministry"},
		{org("Ukraine's Defense Ministry"), "org-defence-ministry"},
	}
	for i, s := range steps {
		e, _ := ix.Resolve(s.m)
		if e == nil || e.ID != s.id {
			t.Fatalf("step %d: Resolve(%q) = %+v, want ID %q", i, s.m.Name, e, s.id)
		}
	}
}

func TestSeeded(t *testing.T) {
	ix := NewIndex()
	seed := []Entity{
		{ID: "person-pokalchuk", Type: doc.Person, Label: "Oksana Pokalchuk", Aliases: []string{"Pokalchuk"}},
		{ID: "person-ivan-pokalchuk", Type: doc.Person, Label: "Ivan Pokalchuk"},
		{ID: "org-amnesty-international", Type: doc.Organization, Label: "Amnesty International", Aliases: []string{"Amnesty", "Amnesty"}},
		{ID: "place-kyiv", Type: doc.Place, Label: "Kyiv"},
	}
	for _, e := range seed {
		if err := ix.Add(e); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name string
		e    Entity
	}{
		{"duplicate ID", Entity{ID: "place-kyiv", Type: doc.Place, Label: "Kiev"}},
		{"empty ID", Entity{Type: doc.Place, Label: "Kiev"}},
		{"empty label", Entity{ID: "place-x", Type: doc.Place}},
	} {
		if err := ix.Add(tc.e); err == nil || !strings.HasPrefix(err.Error(), "resolve: ") {
			t.Errorf("%s: Add(%+v) error = %v, want a resolve: error", tc.name, tc.e, err)
		}
	}
	if e, _ := ix.Get("org-amnesty-international"); !slices.Equal(e.Aliases, []string{"Amnesty"}) {
		t.Errorf("seeded aliases = %q, want deduplicated [Amnesty]", e.Aliases)
	}
	for _, tc := range []struct {
		name    string
		m       Mention
		id      string
		changed bool
	}{
		{"known full name", per("Oksana Pokalchuk"), "person-pokalchuk", false},
		{"new transliteration", per("Ms. Pokaltchouk", "Oksana Pokaltchouk"), "person-pokalchuk", true},
		{"known initial", per("I. Pokalchuk"), "person-ivan-pokalchuk", true},
		{"ambiguous surname mints around seeded ID", per("Pokalchuk"), "person-pokalchuk-2", true},
		{"known org", org("Amnesty International’s"), "org-amnesty-international", false},
		{"exonym", loc("Kiev"), "place-kyiv", true},
		{"new entity", per("Agnès Callamard"), "person-agnes-callamard", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, changed := ix.Resolve(tc.m)
			if e == nil || e.ID != tc.id || changed != tc.changed {
				t.Errorf("Resolve(%q) = %+v, %v; want ID %q, changed %v", tc.m.Name, e, changed, tc.id, tc.changed)
			}
		})
	}
	for range 3 { // more frequent, but not fuller: the stored label stays
		ix.Resolve(per("Oksana Pokaltchouk"))
	}
	if e, _ := ix.Get("person-pokalchuk"); e.Label != "Oksana Pokalchuk" {
		t.Errorf("seeded label changed to %q", e.Label)
	}
	if err := ix.Add(Entity{ID: "person-lukasz-nowak", Type: doc.Person, Label: "Lukasz Nowak"}); err != nil {
		t.Fatal(err)
	}
	e, changed := ix.Resolve(per("Łukasz Nowak"))
	if e.ID != "person-lukasz-nowak" || e.Label != "Łukasz Nowak" || !slices.Equal(e.Aliases, []string{"Lukasz Nowak"}) || !changed {
		t.Errorf("Resolve(Łukasz Nowak) = %+v, %v; want person-lukasz-nowak relabelled (kept diacritics outrank a stored label)", e, changed)
	}
}

func TestResolveChanged(t *testing.T) {
	ix := NewIndex()
	for i, tc := range []struct {
		m       Mention
		changed bool
		label   string
	}{
		{per("Pokalchuk"), true, "Pokalchuk"},
		{per("Pokalchuk"), false, "Pokalchuk"},
		{per("Pokalchuk", "she"), false, "Pokalchuk"},
		{per("Oksana Pokalchuk"), true, "Oksana Pokalchuk"},
		{per("Oksana Pokalchuk", "Pokalchuk"), false, "Oksana Pokalchuk"},
		{per("Oksana Pokaltchouk"), true, "Oksana Pokalchuk"},
	} {
		e, changed := ix.Resolve(tc.m)
		if changed != tc.changed || e.Label != tc.label {
			t.Errorf("step %d: Resolve(%q) = %q, changed %v; want %q, %v", i, tc.m.Name, e.Label, changed, tc.label, tc.changed)
		}
	}
	for _, m := range []Mention{per("she"), per("", "he", "the president"), org("  "), per("President")} {
		if e, changed := ix.Resolve(m); e != nil || changed {
			t.Errorf("Resolve(%+v) = %+v, %v; want nil, false", m, e, changed)
		}
	}
}

// TestLabelOrderIndependent resolves every permutation of a set of mentions
// and expects the same label each time.
func TestLabelOrderIndependent(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    []Mention
		label string
	}{
		{"pokalchuk", []Mention{per("Pokalchuk"), per("Oksana Pokaltchouk"), per("Oksana Pokalchuk"), per("Ms. Pokalchuk"), per("Oksana Pokalchuk")}, "Oksana Pokalchuk"},
		{"callamard", []Mention{per("Agnes Callamard"), per("Callamard"), per("Agnès Callamard"), per("AGNES CALLAMARD")}, "Agnès Callamard"},
		{"kyiv", []Mention{loc("kyiv"), loc("KYIV"), loc("Kyiv"), loc("Kiev")}, "Kyiv"},
		{"ministry", []Mention{org("Defence Ministry"), org("Ministry of Defence of Ukraine"), org("Ukraine's Defense Ministry")}, "Ministry of Defence of Ukraine"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			permute(tc.in, func(p []Mention) {
				ix := NewIndex()
				resolveAll(t, ix, p...)
				es := ix.Entities()
				if len(es) != 1 || es[0].Label != tc.label {
					t.Errorf("order %v: entities %+v, want one labelled %q", names(p), es, tc.label)
				}
			})
		})
	}
}

func names(ms []Mention) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Name
	}
	return out
}

// permute calls f with every permutation of ms (Heap's algorithm).
func permute(ms []Mention, f func([]Mention)) {
	a := slices.Clone(ms)
	var gen func(k int)
	gen = func(k int) {
		if k <= 1 {
			f(a)
			return
		}
		for i := 0; i < k; i++ {
			gen(k - 1)
			if k%2 == 0 {
				a[i], a[k-1] = a[k-1], a[i]
			} else {
				a[0], a[k-1] = a[k-1], a[0]
			}
		}
	}
	gen(len(a))
}

// TestSeedCorpus resolves the entities of the five seed articles as
// extraction reports them, one mention per entity per document.
func TestSeedCorpus(t *testing.T) {
	docs := [][]Mention{
		{ // 000
			per("Oksana Pokalchuk", "Pokalchuk", "She", "The head of the Ukrainian office"),
			org("Amnesty International", "Amnesty International's"),
			org("Amnesty International in Ukraine"),
			org("Armed Forces of Ukraine"),
			loc("Ukraine"), loc("Russia"),
			org("Ukrinform"),
		},
		{ // 001
			per("Oksana Pokalchuk", "she"),
			org("Amnesty International"),
			org("Amnesty International in Ukraine"),
			loc("Ukraine"),
		},
		{ // 002
			per("Oksana Pokalchuk", "Pokalchuk", "her"),
			org("Amnesty International", "Amnesty International’s"),
			org("Ukraine’s Defense Ministry", "Defense Ministry"),
			org("Facebook"),
			loc("Ukraine"), loc("Russia"),
		},
		{ // 003
			per("Oksana Pokaltchouk", "Ms. Pokaltchouk", "Pokaltchouk’s", "Oksana"),
			per("Volodymyr Zelensky", "President Volodymyr Zelensky"),
			per("Agnès Callamard", "Amnesty International’s secretary general"),
			org("Amnesty International", "Amnesty"),
			org("Amnesty Ukraine"),
			loc("kyiv"),
		},
		{ // 004
			per("Oksana Pokalchuk", "Pokalchuk's"),
			per("Volodymyr Zelensky", "President Volodymyr Zelensky"),
			per("Dmytro Kuleba", "Ukrainian Foreign Minister Dmytro Kuleba"),
			per("Agnes Callamard", "WHO Secretary-General Agnes Callamard"),
			org("Amnesty International", "Amnesty International's"),
			org("Amnesty International Ukraine"),
			org("Ukrainian Ministry of Defence", "Ministry of Defense"),
			org("Russian Foreign Ministry", "The Russian Foreign Ministry"),
			loc("Kyiv"), loc("London"),
		},
	}
	ix := NewIndex()
	for _, ms := range docs {
		resolveAll(t, ix, ms...)
	}
	got := map[string]Entity{}
	for _, e := range ix.Entities() {
		got[e.ID] = e
	}
	want := []Entity{
		{ID: "person-oksana-pokalchuk", Type: doc.Person, Label: "Oksana Pokalchuk", Aliases: []string{"Oksana", "Oksana Pokaltchouk", "Pokalchuk", "Pokaltchouk"}},
		{ID: "person-volodymyr-zelensky", Type: doc.Person, Label: "Volodymyr Zelensky"},
		{ID: "person-agnes-callamard", Type: doc.Person, Label: "Agnès Callamard", Aliases: []string{"Agnes Callamard"}},
		{ID: "person-dmytro-kuleba", Type: doc.Person, Label: "Dmytro Kuleba"},
		{ID: "org-amnesty-international", Type: doc.Organization, Label: "Amnesty International", Aliases: []string{"Amnesty"}},
		{ID: "org-amnesty-international-in-ukraine", Type: doc.Organization, Label: "Amnesty International in Ukraine", Aliases: []string{"Amnesty International Ukraine", "Amnesty Ukraine"}},
		{ID: "org-ukraine-defense-ministry", Type: doc.Organization},
		{ID: "org-russian-foreign-ministry", Type: doc.Organization, Label: "Russian Foreign Ministry"},
		{ID: "place-kyiv", Type: doc.Place, Label: "Kyiv"},
	}
	for _, w := range want {
		e, ok := got[w.ID]
		if !ok {
			t.Errorf("missing %s; have %v", w.ID, ix.Entities())
			continue
		}
		if w.Label != "" && (e.Label != w.Label || !reflect.DeepEqual(e.Aliases, w.Aliases) && !(len(e.Aliases) == 0 && len(w.Aliases) == 0)) {
			t.Errorf("%s = %q %q, want %q %q", w.ID, e.Label, e.Aliases, w.Label, w.Aliases)
		}
	}
	if n := len(got); n != 15 {
		t.Errorf("%d entities, want 15: %v", n, ix.Entities())
	}
}

// FuzzResolve checks the invariants of any resolution: IDs are ASCII slugs
// with a type word, the label is never an alias, aliases are sorted and
// unique, and resolving the same mention again finds the same entity and
// changes nothing.
func FuzzResolve(f *testing.F) {
	f.Add("Oksana Pokalchuk", "Ms. Pokaltchouk", uint8(0))
	f.Add("Ukraine's Defense Ministry", "Ministry of Defence", uint8(1))
	f.Add("KYIV", "kyiv", uint8(2))
	f.Add("Зеленський", "\xff", uint8(5))
	types := []string{doc.Person, doc.Organization, doc.Place, doc.Event, doc.Work, doc.Misc, ""}
	f.Fuzz(func(t *testing.T, name, form string, ty uint8) {
		m := Mention{Name: name, Type: types[int(ty)%len(types)], Forms: []string{form}}
		ix := NewIndex()
		e, changed := ix.Resolve(m)
		if e == nil {
			if changed || ix.Len() != 0 {
				t.Fatalf("nil entity but changed %v, %d entities", changed, ix.Len())
			}
			return
		}
		word, slug, ok := strings.Cut(e.ID, "-")
		if !ok || slug == "" || !slices.Contains([]string{"person", "org", "place", "event", "work", "thing"}, word) {
			t.Fatalf("bad ID %q", e.ID)
		}
		for _, c := range []byte(slug) {
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
				t.Fatalf("bad ID %q", e.ID)
			}
		}
		if e.Label == "" || !utf8.ValidString(e.Label) || slices.Contains(e.Aliases, e.Label) ||
			!slices.IsSorted(e.Aliases) || len(slices.Compact(slices.Clone(e.Aliases))) != len(e.Aliases) {
			t.Fatalf("bad entity %+v", e)
		}
		again, changed := ix.Resolve(m)
		if again == nil || again.ID != e.ID || changed {
			t.Fatalf("second Resolve = %+v, %v; first %+v", again, changed, e)
		}
	})
}

// TestConcurrent resolves from several goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	ix := NewIndex()
	ms := []Mention{
		per("Oksana Pokalchuk"), per("Oksana Pokaltchouk", "Ms. Pokaltchouk"),
		per("Agnès Callamard"), per("Agnes Callamard"), org("Amnesty International"),
		org("Amnesty International's"), loc("Kyiv"), loc("KYIV"),
	}
	done := make(chan bool)
	for g := range 4 {
		go func() {
			for i := range 50 {
				ix.Resolve(ms[(g+i)%len(ms)])
				ix.Entities()
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
	if n := ix.Len(); n != 4 {
		t.Errorf("%d entities, want 4: %v", n, ix.Entities())
	}
}
