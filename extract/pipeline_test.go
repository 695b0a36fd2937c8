package extract

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract/conllu"
	"github.com/textgraph/textgraph/extract/doc"
)

func pipeline(t testing.TB) *Pipeline {
	t.Helper()
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExtractInputErrors(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		name string
		in   string
		opts []Option
		want error
	}{
		{"empty", "", nil, ErrEmpty},
		{"whitespace only", " \n\t\r\n ", nil, ErrEmpty},
		{"date header only", "date 2022-08-05\n\n", nil, ErrEmpty},
		{"binary", "PK\x03\x04\x00\x00text", nil, ErrBinary},
		{"invalid UTF-8", "Amnesty \xff\xfe said", nil, ErrEncoding},
		{"too large", strings.Repeat("word ", 10), []Option{WithMaxBytes(20)}, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := p.Extract(context.Background(), strings.NewReader(tt.in), "seeds/bad.txt", tt.opts...)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), "seeds/bad.txt") {
				t.Errorf("error %q does not name the source", err)
			}
		})
	}
	if _, _, err := p.Extract(context.Background(), strings.NewReader("Text."), "x.txt", WithDate("5 August")); err == nil || !strings.Contains(err.Error(), "x.txt") {
		t.Errorf("bad date: err = %v, want an error naming x.txt", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := p.Extract(ctx, strings.NewReader("Amnesty International published a report."), "x.txt"); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v, want context.Canceled", err)
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, io.ErrUnexpectedEOF }

func TestExtractReadError(t *testing.T) {
	_, _, err := pipeline(t).Extract(context.Background(), errReader{}, "net/article")
	if !errors.Is(err, io.ErrUnexpectedEOF) || !strings.Contains(err.Error(), "net/article") {
		t.Errorf("err = %v", err)
	}
}

func TestExtractDocument(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		name, in, date, title string
		opts                  []Option
		firstSentence         string
	}{
		{name: "date header on the first line",
			in:   " date 2022-08-05 The director of Amnesty International, Oksana Pokalchuk, resigned on Friday.\n\nShe left.",
			date: "2022-08-05", firstSentence: "The director of Amnesty International, Oksana Pokalchuk, resigned on Friday."},
		{name: "option overrides header",
			in:   "date 2022-08-05\nAmnesty International published a report.",
			opts: []Option{WithDate("2022-08-07")}, date: "2022-08-07", firstSentence: "Amnesty International published a report."},
		{name: "header overrides default",
			in:   "date 2022-08-05\nAmnesty International published a report.",
			opts: []Option{WithDefaultDate("2022-08-07")}, date: "2022-08-05", firstSentence: "Amnesty International published a report."},
		{name: "default date without header",
			in:   "Amnesty International published a report.",
			opts: []Option{WithDefaultDate("2022-08-07")}, date: "2022-08-07", firstSentence: "Amnesty International published a report."},
		{name: "headline",
			in:    "Amnesty head in Ukraine resigns over report\n\nThe head of Amnesty International in Ukraine resigned.",
			title: "Amnesty head in Ukraine resigns over report", firstSentence: "Amnesty head in Ukraine resigns over report"},
		{name: "title option",
			in:   "Amnesty head in Ukraine resigns over report\n\nThe head of Amnesty International in Ukraine resigned.",
			opts: []Option{WithTitle("Amnesty head resigns")}, title: "Amnesty head resigns", firstSentence: "Amnesty head in Ukraine resigns over report"},
		{name: "first line is a sentence",
			in:            "The head of Amnesty International in Ukraine resigned.\nShe left.",
			firstSentence: "The head of Amnesty International in Ukraine resigned."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _, err := p.Extract(context.Background(), strings.NewReader(tt.in), "a.txt", tt.opts...)
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256([]byte(tt.in))
			if d.ID != hex.EncodeToString(sum[:8]) {
				t.Errorf("ID = %q, want the first 16 hex digits of the SHA-256", d.ID)
			}
			if d.Date != tt.date || d.Title != tt.title {
				t.Errorf("date, title = %q, %q; want %q, %q", d.Date, d.Title, tt.date, tt.title)
			}
			if got := d.Sentences[0].Text(d.Text); got != tt.firstSentence {
				t.Errorf("first sentence = %q, want %q", got, tt.firstSentence)
			}
		})
	}
}

// seedFacts extracts the facts of one seed article.
func seedFacts(t testing.TB, p *Pipeline, name string, opts ...Option) (*doc.Doc, []doc.Fact) {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "seeds", name))
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	d, facts, err := p.Extract(context.Background(), f, "seeds/"+name, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return d, facts
}

// The quality targets on the seed articles: facts that must be found
// (prefix match on Fact.String, so long quotations are given by their start) and
// facts that must not.
func TestSeeds(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		file string
		opts []Option
		want []string
		not  []string
	}{
		{file: "000_52cb37805f91e3bf.txt", want: []string{
			"Oksana Pokalchuk | head of | Amnesty International Ukraine",
			"Oksana Pokalchuk | resign from | Amnesty International Ukraine",
			"Oksana Pokalchuk | resign from | Amnesty International @ Oksana Pokalchuk",
			"Oksana Pokalchuk | say | It pains me to admit it",
			"Oksana Pokalchuk | say | Even yesterday I had a naive hope",
			"Oksana Pokalchuk | say | will become weighty evidence",
			"Amnesty International | publish | a report",
			"Amnesty International | publish | the press release @ Oksana Pokalchuk",
		}, not: []string{
			// "About it on facebook informed Head of …": the object of a
			// preposition is no subject
			"facebook | inform",
		}},
		{file: "000_52cb37805f91e3bf.txt", opts: []Option{WithDate("2022-08-06")}, want: []string{
			"Amnesty International | publish | a report 2022-08-04",
			"Amnesty International | publish | the press release @ Oksana Pokalchuk 2022-08-04",
		}},
		{file: "001_4860baec544c5415.txt", want: []string{
			"Oksana Pokalchuk | director of | Amnesty International",
			// "announced on Friday, August 5, that she was resigning"
			"Oksana Pokalchuk | resign from | Amnesty International Ukraine @ Oksana Pokalchuk 2022-08-05",
			"Oksana Pokalchuk | say | I am resigning from Amnesty International in Ukraine. This is another loss",
			"Amnesty International | publish | the press release @ Oksana Pokalchuk 2022-08-04",
		}},
		{file: "002_d9b48ebd6dfbc891.txt", want: []string{
			"Agnes Callamard | secretary general of | Amnesty International",
			"Oksana Pokalchuk | accuse | Amnesty International",
			"Oksana Pokalchuk | say | It is painful to admit",
			"Oksana Pokalchuk | say | I believe that any work done",
			"Oksana Pokalchuk | say | I am convinced that our investigations",
			"Agnes Callamard | say | documented a pattern",
			"Agnes Callamard | say | Being in a defensive position",
			// "Moscow's claims that Russia was only attacking military targets"
			"Russia | attack | military targets @ Moscow",
		}, not: []string{
			// the Russian Foreign Ministry spokesman's claim, not the article's
			"Ukraine | use | civilians",
		}},
		{file: "003_e78210474c3b8885.txt", want: []string{
			"Oksana Pokaltchouk | head of | Amnesty International Ukraine",
			"Oksana Pokaltchouk | resign from | Amnesty International Ukraine",
			"Oksana Pokaltchouk | resign from | Amnesty International Ukraine @ Oksana Pokaltchouk",
			"Agnès Callamard | secretary general of | Amnesty International",
			"Volodymyr Zelensky | accuse | Amnesty International",
			"Oksana Pokaltchouk | say | I am resigning from Amnesty International in Ukraine",
			"Oksana Pokaltchouk | say | If you don’t live in a country",
			"Agnès Callamard | say | sorry",
			"Agnès Callamard | say | Oksana has been a valued member",
			"Oksana Pokaltchouk | say | Consequently, the organization released",
			"Oksana Pokaltchouk | say | Yesterday, I had the naive hope",
			"Agnès Callamard | say | based on evidence",
			"Dmytro Kouleba | be outraged by | Amnesty International @ Dmytro Kouleba",
			"Dmytro Kouleba | say | a false balance",
			"(document) | mentions | Kyiv", // written "kyiv" in this article
		}},
		{file: "004_aca7a04e64de5ab3.txt", want: []string{
			"Oksana Pokalchuk | head of | Amnesty International Ukraine",
			"Oksana Pokalchuk | resign from | Amnesty International Ukraine @ Oksana Pokalchuk",
			"Dmytro Kuleba | foreign minister of | Ukraine",
			"Volodymyr Zelensky | accuse | Amnesty International",
			"Dmytro Kuleba | be outraged by | Amnesty International @ Dmytro Kuleba",
			"Amnesty International | publish | a report",
			"Amnesty International | say | We fully defend our findings",
			"Oksana Pokalchuk | say | He who does not live",
			"Agnes Callamard | say | Oksana (Pokalchuk) was a highly regarded member",
			"Agnes Callamard | say | are based on evidence",
			// "Pokalchuk said Amnesty … for the Defense Ministry to respond, adding, “…”"
			"Oksana Pokalchuk | say | As a result, the organization inadvertently released",
			"Oksana Pokalchuk | say | out of the protection of civilians",
		}, not: []string{
			"Oksana Pokalchuk | say | Oksana (Pokalchuk)",
			"Defense Ministry | say",
		}},
		{file: "004_aca7a04e64de5ab3.txt", opts: []Option{WithDate("2022-08-07")}, want: []string{
			"Amnesty International | publish | a report 2022-08-04",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d, facts := seedFacts(t, p, tt.file, tt.opts...)
			var got []string
			for _, f := range facts {
				got = append(got, f.String())
			}
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					if strings.HasPrefix(g, w) {
						found = true
					}
				}
				if !found {
					t.Errorf("missing %q", w)
				}
			}
			for _, n := range tt.not {
				for _, g := range got {
					if strings.HasPrefix(g, n) {
						t.Errorf("unwanted %q", g)
					}
				}
			}
			checkFacts(t, d, facts)
			if t.Failed() {
				t.Logf("facts:\n  %s", strings.Join(got, "\n  "))
			}
		})
	}
}

// badNames are never entity names: pronouns, titles and bare descriptions.
var badNames = map[string]bool{"she": true, "he": true, "his": true, "her": true,
	"it": true, "its": true, "they": true, "i": true, "we": true, "my": true,
	"ms.": true, "ms": true, "mr.": true, "president": true, "head": true,
	"the organization": true, "the ngo": true, "the ministry": true,
	"the head of the ukrainian office": true, "secretary general": true}

// checkFacts checks the invariants every fact keeps: provenance offsets that
// slice the text, known kinds, confidence in (0, 1], names that are names.
func checkFacts(t *testing.T, d *doc.Doc, facts []doc.Fact) {
	t.Helper()
	runes := []rune(d.Text)
	for _, f := range facts {
		if f.Doc.ID != d.ID || f.Doc.Length != len(runes) || f.Extractor != Version {
			t.Errorf("%s: doc ref %+v, extractor %q", f.String(), f.Doc, f.Extractor)
		}
		if f.Sentence.Text != string(runes[f.Sentence.Begin:f.Sentence.End]) {
			t.Errorf("%s: sentence offsets do not slice its text", f.String())
		}
		args := []doc.Arg{f.Subject, f.Object}
		if f.Attributed != nil {
			args = append(args, *f.Attributed)
		}
		for _, a := range args {
			if a.Begin < 0 || a.End > len(runes) || a.Begin > a.End || string(runes[a.Begin:a.End]) != a.Text {
				t.Errorf("%s: argument %q at %d:%d does not slice the text", f.String(), a.Text, a.Begin, a.End)
			}
			switch a.Kind {
			case doc.KindEntity:
				if a.Name == "" || badNames[strings.ToLower(a.Name)] {
					t.Errorf("%s: bad entity name %q", f.String(), a.Name)
				}
			case doc.KindQuote, doc.KindValue:
			case doc.KindDocument:
				if f.Relation.Name != doc.Mentions || f.Object.Kind != doc.KindEntity {
					t.Errorf("%s: only a mention fact has the document as its subject", f.String())
				}
			default:
				t.Errorf("%s: unknown kind %q", f.String(), a.Kind)
			}
		}
		if f.Subject.Kind != doc.KindEntity && f.Subject.Kind != doc.KindDocument {
			t.Errorf("%s: subject is not an entity", f.String())
		}
		if f.Relation.Name == "" || f.Relation.Text != string(runes[f.Relation.Begin:f.Relation.End]) {
			t.Errorf("%s: relation %+v", f.String(), f.Relation)
		}
		if f.Confidence <= 0 || f.Confidence > 1 {
			t.Errorf("%s: confidence %v", f.String(), f.Confidence)
		}
		if f.Relation.Name == "say" && (f.Object.Kind != doc.KindQuote || f.Attributed == nil || f.Attributed.Name != f.Subject.Name) {
			t.Errorf("%s: a quotation fact needs a quote object attributed to the speaker", f.String())
		}
	}
}

// gumNews returns the raw text of the GUM news documents of the dev split,
// one string per document.
func gumNews(tb testing.TB, split ...string) []string {
	name := "dev"
	if len(split) > 0 {
		name = split[0]
	}
	f, err := os.Open("../../shared/ud/UD_English-GUM/en_gum-ud-" + name + ".conllu")
	if err != nil {
		tb.Skip(err)
	}
	defer f.Close()
	r := conllu.NewReader(f)
	var docs []string
	var cur strings.Builder
	news := false
	for {
		s, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatal(err)
		}
		if r.NewDoc {
			if news && cur.Len() > 0 {
				docs = append(docs, cur.String())
			}
			cur.Reset()
			news = strings.Contains(r.Comments["newdoc id"], "news")
		}
		if cur.Len() > 0 {
			if r.NewPar {
				cur.WriteString("\n\n")
			} else {
				cur.WriteString(" ")
			}
		}
		cur.WriteString(r.Comments["text"])
		_ = s
	}
	if news && cur.Len() > 0 {
		docs = append(docs, cur.String())
	}
	return docs
}

func TestGUMNews(t *testing.T) {
	p := pipeline(t)
	docs := gumNews(t)
	if len(docs) == 0 {
		t.Skip("no GUM news documents")
	}
	n := 0
	for i, text := range docs {
		d, facts, err := p.Extract(context.Background(), strings.NewReader(text), fmt.Sprintf("gum-news-%d", i))
		if err != nil {
			t.Fatal(err)
		}
		checkFacts(t, d, facts)
		checkNameEdges(t, d)
		n += len(facts)
	}
	if n == 0 {
		t.Error("no facts in the GUM news documents")
	}
	// The test split's news too: names only, read for errors of kind.
	for i, text := range gumNews(t, "test") {
		d, _, err := p.Extract(context.Background(), strings.NewReader(text), fmt.Sprintf("gum-test-news-%d", i))
		if err != nil {
			t.Fatal(err)
		}
		checkNameEdges(t, d)
	}
}

// checkNameEdges checks that no entity mention opens with a sentence
// adverb or connective set off by a comma ("Allegedly, Thomas") or ends
// with a lower-case adverb ("Gloria temporarily"), and that no person's
// name holds a place's abbreviation or a comma after a full name ("John
// Cornyn, U.S.").
func checkNameEdges(t *testing.T, d *doc.Doc) {
	t.Helper()
	for _, m := range d.Mentions {
		var in []doc.Token
		for _, s := range d.Sentences {
			for _, tk := range s.Tokens {
				if m.Start <= tk.Start && tk.End <= m.End {
					in = append(in, tk)
				}
			}
		}
		if len(in) < 2 {
			continue
		}
		if m.Type == doc.Person && (strings.Contains(m.Text(d.Text), "U.S.") || strings.Count(m.Text(d.Text), " ") >= 2 && strings.Contains(m.Text(d.Text), ", ") && !strings.Contains(m.Text(d.Text), "Jr")) {
			t.Errorf("person %q: a place or a title after a comma", m.Text(d.Text))
		}
		first, last := in[0], in[len(in)-1]
		setOff := first.UPOS == "ADV" || first.UPOS == "INTJ" || first.UPOS == "CCONJ" || first.UPOS == "SCONJ"
		if setOff && in[1].Form == "," || last.UPOS == "ADV" && strings.ToLower(last.Form) == last.Form {
			t.Errorf("mention %q (%s): an adverb at its edge", m.Text(d.Text), m.Type)
		}
	}
}

func benchmarkDocs(b *testing.B, docs []string) {
	p := pipeline(b)
	sentences, size := 0, 0
	for _, text := range docs {
		d, _, err := p.Extract(context.Background(), strings.NewReader(text), "bench")
		if err != nil {
			b.Fatal(err)
		}
		sentences += len(d.Sentences)
		size += len(text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, text := range docs {
			if _, _, err := p.Extract(context.Background(), strings.NewReader(text), "bench"); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkExtractSeeds(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "seeds", "*.txt"))
	var docs []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(data))
	}
	if len(docs) == 0 {
		b.Skip("no seeds")
	}
	benchmarkDocs(b, docs)
}

func BenchmarkExtractGUMNews(b *testing.B) { benchmarkDocs(b, gumNews(b)) }

// BenchmarkExtractLarge extracts one 1 MB document (the seeds repeated), to
// show that time grows linearly with document size.
func BenchmarkExtractLarge(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "seeds", "*.txt"))
	if len(files) == 0 {
		b.Skip("no seeds")
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(data)
			sb.WriteString("\n\n")
		}
	}
	benchmarkDocs(b, []string{sb.String()})
}

// TestExtractConcurrent runs one Pipeline from several goroutines, as a batch
// with workers does; run it with -race.
func TestExtractConcurrent(t *testing.T) {
	p := pipeline(t)
	files, _ := filepath.Glob(filepath.Join("..", "seeds", "*.txt"))
	want := map[string]int{}
	for _, f := range files {
		_, facts := seedFacts(t, p, filepath.Base(f))
		want[f] = len(facts)
	}
	errs := make(chan error, 4*len(files))
	for range 4 {
		for _, f := range files {
			go func() {
				data, err := os.ReadFile(f)
				if err != nil {
					errs <- err
					return
				}
				_, facts, err := p.Extract(context.Background(), bytes.NewReader(data), f)
				if err == nil && len(facts) != want[f] {
					err = fmt.Errorf("%s: %d facts, want %d", f, len(facts), want[f])
				}
				errs <- err
			}()
		}
	}
	for range 4 * len(files) {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestRelationSynonyms checks, on a sentence of EWT dev, that a verb WordNet
// groups under another is filed under that one while the fact keeps the
// words of the text.
func TestRelationSynonyms(t *testing.T) {
	p := pipeline(t)
	const text = "Cloaking himself in Yasser Arafat's legacy, Abbas pledged to fulfill Palestinian dreams of statehood."
	_, facts, err := p.Extract(context.Background(), strings.NewReader(text), "ewt-dev.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range facts {
		got = append(got, f.String()+" ["+f.Relation.Text+"]")
		if f.Relation.Name == "accomplish" && f.Relation.Text == "fulfill" && f.Subject.Name == "Abbas" {
			return
		}
	}
	t.Errorf("no (Abbas, accomplish, …) fact with the text's \"fulfill\"; got:\n  %s", strings.Join(got, "\n  "))
}

// TestEventDates checks, on GUM news and biography text (CC BY 4.0), that
// a dateline under the headline dates the article, and that a fact takes
// the date of its own clause: a fronted date holds for each conjunct, and a
// date inside a relative clause is not the main clause's.
func TestEventDates(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		name, text, date string
		want, not        []string
	}{
		{"dateline", "NASA celebrates 30th anniversary of first shuttle launch; announces new homes for retired shuttles\n" +
			"Wednesday, April 13, 2011\n" +
			"NASA celebrated the launch of the first space shuttle Tuesday at an event at the Kennedy Space Center (KSC) in Cape Canaveral, Florida.\n" +
			"Finally, Atlantis will go on display at the Kennedy Space Center Visitor Complex following the orbiter's last flight which launches June 28.\n",
			"2011-04-13",
			[]string{"NASA | celebrate | the launch 2011-04-12"},
			[]string{"Atlantis | go on | display 20"}},
		{"fronted date of conjoined clauses", "By 1859, Norton had become completely disgruntled with what he considered the inadequacies of the legal and political structures of the United States.\n" +
			"On September 17, 1859, he took matters into his own hands and distributed letters to the various newspapers in the city.\n",
			"",
			[]string{"Norton | distribute | letters 1859-09-17"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, facts, err := p.Extract(context.Background(), strings.NewReader(tt.text), tt.name)
			if err != nil {
				t.Fatal(err)
			}
			if d.Date != tt.date {
				t.Errorf("article date %q, want %q", d.Date, tt.date)
			}
			var got []string
			for _, f := range facts {
				got = append(got, f.String())
			}
			all := strings.Join(got, "\n")
			for _, w := range tt.want {
				if !strings.Contains(all, w) {
					t.Errorf("missing %q", w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(all, n) {
					t.Errorf("unwanted %q", n)
				}
			}
			if t.Failed() {
				t.Logf("facts:\n  %s", strings.Join(got, "\n  "))
			}
		})
	}
}

// TestLocalNames checks that a person named by a given name alone is marked
// as identified only within the article, and one with a surname is not.
func TestLocalNames(t *testing.T) {
	p := pipeline(t)
	for _, tt := range []struct {
		text, name string
		local      bool
	}{
		{"\"We are working intensely on it,\" Steven said on Monday.", "Steven", true},
		{"\"We are working intensely on it,\" Steven Smith said on Monday.", "Steven Smith", false},
	} {
		_, facts, err := p.Extract(context.Background(), strings.NewReader(tt.text), "local")
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range facts {
			if f.Relation.Name == "say" && f.Subject.Name == tt.name {
				found = true
				if f.Subject.Local != tt.local {
					t.Errorf("%q: Local = %v, want %v", tt.name, f.Subject.Local, tt.local)
				}
			}
		}
		if !found {
			t.Errorf("%q: no quotation of %s", tt.text, tt.name)
		}
	}
}
