package token

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/textgraph/textgraph/extract/doc"
)

// parseMarked turns a marked-up input into the plain text and the expected
// spans: ⟨ and ⟩ enclose each surface token and ‖ separates sentences
// (sentence spans run from their first token to their last).
func parseMarked(tb testing.TB, marked string) (text string, toks, sents []doc.Span) {
	tb.Helper()
	var b strings.Builder
	start, sentStart := -1, -1
	last := -1
	for _, r := range marked {
		switch r {
		case '⟨':
			start = b.Len()
			if sentStart < 0 {
				sentStart = start
			}
		case '⟩':
			toks = append(toks, doc.Span{Start: start, End: b.Len()})
			last = b.Len()
		case '‖':
			sents = append(sents, doc.Span{Start: sentStart, End: last})
			sentStart = -1
		default:
			b.WriteRune(r)
		}
	}
	if sentStart >= 0 {
		sents = append(sents, doc.Span{Start: sentStart, End: last})
	}
	return b.String(), toks, sents
}

// surfaceSpans returns the spans of the surface tokens of sentences (one per
// multiword token) and the sentence spans.
func surfaceSpans(ss []doc.Sentence) (toks, sents []doc.Span) {
	for _, s := range ss {
		sents = append(sents, s.Span)
		for _, t := range s.Tokens {
			if t.MWT >= 0 {
				toks = append(toks, t.Span)
			}
		}
	}
	return toks, sents
}

func show(text string, spans []doc.Span) string {
	var parts []string
	for _, s := range spans {
		parts = append(parts, "⟨"+s.Text(text)+"⟩")
	}
	return strings.Join(parts, " ")
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name   string
		marked string
	}{
		{"words and period", "⟨The⟩ ⟨cat⟩ ⟨sat⟩⟨.⟩"},
		{"comma and clitic", "⟨Well⟩⟨,⟩ ⟨don't⟩ ⟨go⟩⟨!⟩"},
		{"curly quotes", "⟨“⟩⟨It's⟩ ⟨over⟩⟨,⟩⟨”⟩ ⟨she⟩ ⟨said⟩⟨.⟩"},
		{"straight quotes", "⟨\"⟩⟨Yes⟩⟨\"⟩ ⟨he⟩ ⟨said⟩⟨.⟩"},
		{"titles", "⟨Ms.⟩ ⟨Pokaltchouk⟩ ⟨met⟩ ⟨Dr.⟩ ⟨Smith⟩ ⟨and⟩ ⟨Mr.⟩ ⟨Jones⟩⟨.⟩"},
		{"dotted acronyms", "⟨U.S.⟩ ⟨officials⟩ ⟨said⟩ ⟨so⟩⟨,⟩ ⟨e.g.⟩ ⟨at⟩ ⟨5⟩ ⟨a.m.⟩"},
		{"abbreviations", "⟨Acme⟩ ⟨Corp.⟩ ⟨and⟩ ⟨Foo⟩ ⟨Inc.⟩ ⟨on⟩ ⟨Jan.⟩ ⟨9⟩⟨,⟩ ⟨No.⟩ ⟨5⟩"},
		{"numbers", "⟨$⟩⟨1,000.50⟩ ⟨or⟩ ⟨3.5⟩⟨%⟩ ⟨at⟩ ⟨10:30⟩"},
		{"number units", "⟨5⟩⟨pm⟩ ⟨35⟩⟨mm⟩ ⟨1980s⟩ ⟨3rd⟩"},
		{"ranges and phones", "⟨1969⟩⟨-⟩⟨1970⟩ ⟨call⟩ ⟨555-1234⟩"},
		{"brackets", "⟨(⟩⟨see⟩ ⟨above⟩⟨)⟩⟨.⟩ ⟨[⟩⟨1⟩⟨]⟩"},
		{"hyphens split", "⟨long⟩⟨-⟩⟨term⟩ ⟨well⟩⟨-⟩⟨known⟩"},
		{"hyphen after an acronym", "⟨the⟩ ⟨U.S.⟩⟨-⟩⟨led⟩ ⟨effort⟩"},
		{"hyphen prefixes kept", "⟨non-profit⟩ ⟨e-mail⟩ ⟨co-founder⟩"},
		{"dashes", "⟨wait⟩⟨—⟩⟨no⟩ ⟨this⟩ ⟨--⟩ ⟨that⟩"},
		{"ellipsis", "⟨and⟩⟨...⟩ ⟨then⟩⟨…⟩"},
		{"slash", "⟨and⟩⟨/⟩⟨or⟩ ⟨he⟩⟨/⟩⟨she⟩ ⟨w/o⟩"},
		{"url and email", "⟨see⟩ ⟨http://example.com/a-b?c=1⟩⟨.⟩ ⟨Mail⟩ ⟨jo@example.org⟩⟨.⟩"},
		{"email in brackets", "⟨<⟩⟨jo@example.org⟩⟨>⟩"},
		{"emoticons", "⟨great⟩ ⟨:)⟩ ⟨bad⟩ ⟨:-(⟩"},
		{"possessive plural", "⟨Galois'⟩ ⟨theory⟩"},
		{"quoted word", "⟨'⟩⟨word⟩⟨'⟩"},
		{"leading apostrophe", "⟨'90s⟩ ⟨'em⟩"},
		{"symbol runs", "⟨*****⟩ ⟨==----⟩ ⟨>>⟩"},
		{"glued", "⟨a⟩⟨lot⟩"},
		{"multiple marks", "⟨What⟩⟨?!⟩"},
		{"cut-off word", "⟨th-⟩ ⟨the⟩ ⟨end⟩"},
		{"non-ASCII", "⟨Agnès⟩ ⟨Callamard’s⟩ ⟨résumé⟩⟨.⟩"},
		{"crlf", "⟨One⟩\r\n⟨two⟩"},
		{"NUL and controls", "⟨a⟩\x00⟨b⟩\x01\x02⟨c⟩"},
		{"invalid UTF-8", "⟨a\xffb⟩ ⟨\xfe⟩"},
		{"no-break space", "⟨a⟩\u00a0⟨b⟩"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, want, _ := parseMarked(t, tc.marked)
			d := &doc.Doc{Text: text}
			if err := New().Tokenize(d); err != nil {
				t.Fatal(err)
			}
			got, _ := surfaceSpans(d.Sentences)
			if !slices.Equal(got, want) {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", text, show(text, got), show(text, want))
			}
		})
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		surface string
		words   []string
	}{
		{"don't", []string{"do", "n't"}},
		{"Don’t", []string{"Do", "n’t"}},
		{"can't", []string{"ca", "n't"}},
		{"won't", []string{"wo", "n't"}},
		{"cannot", []string{"can", "not"}},
		{"gonna", []string{"gon", "na"}},
		{"wanna", []string{"wan", "na"}},
		{"gotta", []string{"got", "ta"}},
		{"I'm", []string{"I", "'m"}},
		{"it's", []string{"it", "'s"}},
		{"they're", []string{"they", "'re"}},
		{"we'll", []string{"we", "'ll"}},
		{"I'd've", []string{"I", "'d", "'ve"}},
		{"Bush's", []string{"Bush", "'s"}},
		{"Amnesty’s", []string{"Amnesty", "’s"}},
		{"Galois'", []string{"Galois", "'"}},
		{"U.N.’s", []string{"U.N.", "’s"}},
		{"dont", []string{"do", "nt"}},
		{"havent", []string{"have", "nt"}},
		{"O'Brien", []string{"O'Brien"}},
		{"its", []string{"its"}},
		{"rock'n'roll", []string{"rock'n'roll"}},
	}
	for _, tc := range tests {
		t.Run(tc.surface, func(t *testing.T) {
			d := &doc.Doc{Text: tc.surface}
			New().Tokenize(d)
			if len(d.Sentences) != 1 {
				t.Fatalf("%d sentences, want 1", len(d.Sentences))
			}
			toks := d.Sentences[0].Tokens
			var got []string
			for i, tk := range toks {
				got = append(got, tk.Form)
				if tk.Span != (doc.Span{Start: 0, End: len(tc.surface)}) {
					t.Errorf("word %d span %v, want the whole token", i, tk.Span)
				}
				wantMWT := 0
				if len(tc.words) > 1 {
					wantMWT = -1
					if i == 0 {
						wantMWT = len(tc.words)
					}
				}
				if tk.MWT != wantMWT || tk.Head != -1 {
					t.Errorf("word %d MWT %d Head %d, want MWT %d Head -1", i, tk.MWT, tk.Head, wantMWT)
				}
			}
			if !slices.Equal(got, tc.words) {
				t.Errorf("words %q, want %q", got, tc.words)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name   string
		marked string
	}{
		{"two sentences", "⟨It⟩ ⟨rained⟩⟨.⟩‖ ⟨We⟩ ⟨stayed⟩⟨.⟩"},
		{"question and exclamation", "⟨Why⟩⟨?⟩‖ ⟨No⟩⟨!⟩‖ ⟨Fine⟩⟨.⟩"},
		{"title keeps the name", "⟨I⟩ ⟨met⟩ ⟨Ms.⟩ ⟨Pokaltchouk⟩ ⟨today⟩⟨.⟩‖ ⟨She⟩ ⟨left⟩⟨.⟩"},
		{"acronym before lower case", "⟨The⟩ ⟨U.S.⟩ ⟨officials⟩ ⟨agreed⟩⟨.⟩"},
		{"acronym ends a sentence", "⟨He⟩ ⟨moved⟩ ⟨to⟩ ⟨the⟩ ⟨U.S.⟩‖ ⟨The⟩ ⟨rest⟩ ⟨stayed⟩⟨.⟩"},
		{"state abbreviation", "⟨In⟩ ⟨Orlando⟩⟨,⟩ ⟨Fla.⟩ ⟨officials⟩ ⟨met⟩⟨.⟩‖ ⟨He⟩ ⟨lives⟩ ⟨in⟩ ⟨Fresno⟩⟨,⟩ ⟨Calif.⟩‖ ⟨The⟩ ⟨end⟩⟨.⟩"},
		{"date abbreviation", "⟨On⟩ ⟨Jan.⟩ ⟨9⟩ ⟨we⟩ ⟨voted⟩⟨.⟩"},
		{"quote ends a sentence", "⟨“⟩⟨It⟩ ⟨is⟩ ⟨done⟩⟨.⟩⟨”⟩‖ ⟨Next⟩ ⟨came⟩ ⟨more⟩⟨.⟩"},
		{"speaker stays with the quote", "⟨“⟩⟨We⟩ ⟨disagreed⟩⟨.⟩‖ ⟨I⟩ ⟨decided⟩ ⟨to⟩ ⟨leave⟩⟨.⟩⟨”⟩ ⟨Pokalchuk⟩ ⟨wrote⟩⟨.⟩‖ ⟨She⟩ ⟨left⟩⟨.⟩"},
		{"speech verb starting a clause", "⟨“⟩⟨It⟩ ⟨is⟩ ⟨done⟩⟨.⟩⟨”⟩‖ ⟨Officials⟩ ⟨said⟩ ⟨the⟩ ⟨report⟩ ⟨was⟩ ⟨bad⟩⟨.⟩"},
		{"verb before the speaker", "⟨“⟩⟨Go⟩⟨.⟩⟨”⟩ ⟨said⟩ ⟨Mr.⟩ ⟨Smith⟩⟨.⟩"},
		{"speaker and place", "⟨“⟩⟨We⟩ ⟨left⟩⟨.⟩⟨”⟩ ⟨Pokalchuk⟩ ⟨wrote⟩ ⟨on⟩ ⟨Facebook⟩⟨.⟩"},
		{"news abbreviations", "⟨He⟩ ⟨moved⟩ ⟨to⟩ ⟨the⟩ ⟨U.S.⟩‖ ⟨He⟩ ⟨met⟩ ⟨Martin⟩ ⟨Luther⟩ ⟨King⟩ ⟨Jr.⟩ ⟨there⟩ ⟨born⟩ ⟨at⟩ ⟨5⟩ ⟨p.m.⟩ ⟨Friday⟩⟨.⟩"},
		{"number abbreviation", "⟨It⟩ ⟨is⟩ ⟨No.⟩ ⟨1⟩⟨.⟩‖ ⟨No⟩⟨.⟩‖ ⟨No⟩⟨.⟩"},
		{"spaced closing quote", "⟨“⟩⟨It⟩ ⟨will⟩ ⟨not⟩ ⟨happen⟩⟨.⟩ ⟨”⟩‖ ⟨She⟩ ⟨left⟩⟨.⟩"},
		{"comma inside the quote", "⟨“⟩⟨I⟩ ⟨resign⟩⟨,⟩⟨”⟩ ⟨said⟩ ⟨Ms.⟩ ⟨Pokaltchouk⟩⟨.⟩"},
		{"headline line", "⟨Ukrainian⟩ ⟨condemnation⟩‖\n⟨The⟩ ⟨report⟩ ⟨angered⟩ ⟨Kyiv⟩⟨.⟩"},
		{"blank line", "⟨one⟩ ⟨line⟩‖\n\n⟨another⟩ ⟨line⟩"},
		{"list items", "⟨Items⟩⟨:⟩‖\n⟨1.⟩ ⟨Bread⟩‖\n⟨2.⟩ ⟨Milk⟩"},
		{"lower-case web text", "⟨it⟩ ⟨was⟩ ⟨great⟩⟨.⟩‖ ⟨i⟩ ⟨loved⟩ ⟨it⟩⟨!⟩"},
		{"ellipsis inside", "⟨well⟩⟨...⟩ ⟨maybe⟩ ⟨not⟩⟨.⟩"},
		{"emoticon ends", "⟨Loved⟩ ⟨it⟩⟨.⟩ ⟨:)⟩‖ ⟨Next⟩ ⟨time⟩⟨.⟩"},
		{"citation stays", "⟨It⟩ ⟨is⟩ ⟨known⟩⟨.⟩ ⟨[⟩⟨1⟩⟨]⟩"},
		{"hard-wrapped line runs on", "⟨This⟩ ⟨line⟩ ⟨is⟩\n⟨wrapped⟩ ⟨here⟩⟨.⟩"},
		{"line ending in a function word", "⟨He⟩ ⟨met⟩ ⟨the⟩\n⟨President⟩ ⟨of⟩\n⟨Ukraine⟩⟨,⟩\n⟨Volodymyr⟩ ⟨Zelensky⟩⟨.⟩"},
		// Pre-tokenized news (the CaRB sentences) and spaced-out web text
		// (EWT dev).
		{"abbreviation before a spaced comma", "⟨in⟩ ⟨Cambridge⟩ ⟨,⟩ ⟨Mass.⟩ ⟨,⟩ ⟨are⟩ ⟨working⟩ ⟨.⟩"},
		{"abbreviation before a comma", "⟨The⟩ ⟨Wellesley⟩⟨,⟩ ⟨Mass.⟩⟨,⟩ ⟨maker⟩ ⟨said⟩ ⟨so⟩⟨.⟩"},
		{"capitals abbreviation", "⟨FEDERAL⟩ ⟨HOME⟩ ⟨LOAN⟩ ⟨MORTGAGE⟩ ⟨CORP.⟩ ⟨(⟩ ⟨Freddie⟩ ⟨Mac⟩ ⟨)⟩ ⟨:⟩ ⟨Posted⟩ ⟨yields⟩ ⟨.⟩"},
		{"spaced period after an ellipsis", "⟨under⟩ ⟨$⟩ ⟨10⟩ ⟨million⟩ ⟨in⟩ ⟨assets⟩ ⟨...⟩ ⟨.⟩"},
		{"spaced dots", "⟨endeavors⟩ ⟨in⟩ ⟨the⟩ ⟨region⟩ ⟨.⟩ ⟨.⟩ ⟨.⟩‖ ⟨This⟩ ⟨operation⟩ ⟨would⟩ ⟨only⟩ ⟨continue⟩"},
		{"spaced straight closing quote", "⟨admits⟩ ⟨\"⟩  ⟨they⟩ ⟨are⟩ ⟨piggybacking⟩ ⟨on⟩ ⟨our⟩ ⟨reputation⟩ ⟨.⟩  ⟨\"⟩"},
		{"spaced quotes between sentences", "⟨\"⟩ ⟨Go⟩ ⟨.⟩ ⟨\"⟩‖ ⟨\"⟩ ⟨Why⟩ ⟨?⟩ ⟨\"⟩"},
		{"quote opening the next sentence", "⟨me⟩ ⟨WHY⟩ ⟨that⟩ ⟨would⟩ ⟨be⟩ ⟨a⟩ ⟨tragedy⟩⟨?⟩⟨\"⟩‖ ⟨\"⟩⟨Well⟩⟨,⟩⟨\"⟩ ⟨says⟩ ⟨the⟩ ⟨boy⟩"},
		{"spaced closing bracket", "⟨and⟩ ⟨we⟩ ⟨fly⟩ ⟨next⟩ ⟨day⟩⟨.⟩ ⟨)⟩‖ ⟨Hop⟩ ⟨onto⟩ ⟨a⟩ ⟨bus⟩⟨.⟩"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, wantToks, want := parseMarked(t, tc.marked)
			d := &doc.Doc{Text: text}
			if err := New().Tokenize(d); err != nil {
				t.Fatal(err)
			}
			gotToks, got := surfaceSpans(d.Sentences)
			if !slices.Equal(gotToks, wantToks) {
				t.Errorf("tokens\n got %s\nwant %s", show(text, gotToks), show(text, wantToks))
			}
			if !slices.Equal(got, want) {
				t.Errorf("sentences of %q\n got %s\nwant %s", text, show(text, got), show(text, want))
			}
		})
	}
}

func TestNoLineBreaks(t *testing.T) {
	text := "A headline\nThe body.\n\nNext part"
	d := &doc.Doc{Text: text}
	(&Tokenizer{NoLineBreaks: true}).Tokenize(d)
	_, got := surfaceSpans(d.Sentences)
	want := []doc.Span{{Start: 0, End: 20}, {Start: 22, End: 31}}
	if !slices.Equal(got, want) {
		t.Errorf("got %s, want %s", show(text, got), show(text, want))
	}
}

// TestSeeds checks the sentence splits of the sample articles that the
// rest of the pipeline depends on.
func TestSeeds(t *testing.T) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("no seed articles in ../../seeds")
		}
		t.Skip("no seed articles")
	}
	sentences := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := &doc.Doc{Text: string(b)}
		if err := New().Tokenize(d); err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, d)
		for _, s := range d.Sentences {
			sentences[s.Span.Text(d.Text)] = true
		}
	}
	for _, want := range []string{
		// A title does not end the sentence.
		"“I am resigning from Amnesty International in Ukraine,” said Ms. Pokaltchouk in a press release on her Facebook page overnight from Friday to Saturday, accusing the report published on August 4 of having unwittingly served “Russian propaganda”.",
		// The speaker stays with the quotation.
		"Striving to protect civilians, this report has become a tool of Russian propaganda,” she laments.",
		"“It is painful to admit, but I and Amnesty International leaders are divided on values,” Pokalchuk wrote.",
		// Headlines and lines without final punctuation.
		"Ukrainian condemnation",
		"Pokalchuk's resignation",
		"Read also: Ukrainian office Amnesty International denies his participation in preparing report on APU",
	} {
		if !sentences[want] {
			t.Errorf("no sentence %q", want)
		}
	}
}

// checkInvariants fails unless d's sentences and tokens are ordered,
// non-overlapping spans that slice d.Text on rune boundaries.
func checkInvariants(t *testing.T, d *doc.Doc) {
	t.Helper()
	text := d.Text
	boundary := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		boundary[i] = true
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	boundary[len(text)] = true
	prevEnd := 0
	for si, s := range d.Sentences {
		if s.Start < prevEnd || s.Start > s.End || s.End > len(text) {
			t.Fatalf("sentence %d span %v out of order (previous end %d, len %d)", si, s.Span, prevEnd, len(text))
		}
		if len(s.Tokens) == 0 {
			t.Fatalf("sentence %d has no tokens", si)
		}
		prevEnd = s.End
		tokEnd := s.Start
		for i, tk := range s.Tokens {
			if tk.MWT < 0 {
				if i == 0 || tk.Span != s.Tokens[i-1].Span {
					t.Fatalf("sentence %d word %d continues no multiword token", si, i)
				}
				continue
			}
			if tk.Start < tokEnd || tk.Start >= tk.End || tk.End > s.End {
				t.Fatalf("sentence %d token %d span %v bad (previous end %d, sentence %v)", si, i, tk.Span, tokEnd, s.Span)
			}
			if !boundary[tk.Start] || !boundary[tk.End] {
				t.Fatalf("token %v splits a rune", tk.Span)
			}
			if tk.Head != -1 {
				t.Fatalf("token %d Head = %d, want -1", i, tk.Head)
			}
			if tk.End < len(text) && text[tk.End] < utf8.RuneSelf {
				if want := isSpace(rune(text[tk.End])); tk.SpaceAfter != want {
					t.Fatalf("token %q SpaceAfter %v, want %v", tk.Span.Text(text), tk.SpaceAfter, want)
				}
			}
			if tk.MWT == 0 && tk.Form != tk.Span.Text(text) {
				t.Fatalf("token %d form %q does not slice the text %q", i, tk.Form, tk.Span.Text(text))
			}
			for _, r := range tk.Span.Text(text) {
				if isSpace(r) {
					t.Fatalf("token %q contains white space", tk.Span.Text(text))
				}
			}
			tokEnd = tk.End
		}
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Fatalf("sentence %d span %v does not run from its first to its last token", si, s.Span)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"", " ", "\x00", "a", "Mr. Smith's dog can't go.", "“Done.” Pokalchuk wrote.\n\nNext",
		"\xff\xfe", "e-mail me at jo@example.org :)", "$1,000.50 (3.5%) ...", "a\r\nb\r\n\r\nc",
		"don't’s''' `` -- —— ***", "http://x.y/z.", "1.\n2)", "U.S.A.)\"", "'90s' ’em", "\u00a0\u2028\u2029",
		// Once made the splitter read the first rune of an empty word.
		strings.Repeat("0", 86) + "ЕТ" + strings.Repeat("0", 41) + "!\" sAid",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := &doc.Doc{Text: s}
		if err := New().Tokenize(d); err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, d)
		// Every non-space character is covered by a token.
		covered := 0
		for _, sent := range d.Sentences {
			for _, tk := range sent.Tokens {
				if tk.MWT >= 0 {
					covered += tk.Len()
				}
			}
		}
		nonSpace := 0
		for i := 0; i < len(s); {
			r, n := decode(s, i)
			if !isSpace(r) {
				nonSpace += n
			}
			i += n
		}
		if covered != nonSpace {
			t.Fatalf("tokens cover %d bytes, the text has %d non-space bytes", covered, nonSpace)
		}
	})
}

func TestScore(t *testing.T) {
	text := "I can't go. Me too"
	gold := []doc.Sentence{
		{Span: doc.Span{Start: 0, End: 11}, Tokens: []doc.Token{
			{Span: doc.Span{Start: 0, End: 1}, Form: "I"},
			{Span: doc.Span{Start: 2, End: 7}, Form: "ca", MWT: 2},
			{Span: doc.Span{Start: 2, End: 7}, Form: "n't", MWT: -1},
			{Span: doc.Span{Start: 8, End: 10}, Form: "go"},
			{Span: doc.Span{Start: 10, End: 11}, Form: "."},
		}},
		{Span: doc.Span{Start: 12, End: 18}, Tokens: []doc.Token{
			{Span: doc.Span{Start: 12, End: 14}, Form: "Me"},
			{Span: doc.Span{Start: 15, End: 18}, Form: "too"},
		}},
	}
	d := &doc.Doc{Text: text}
	New().Tokenize(d)
	if sc := Score(text, gold, d.Sentences); sc.Tokens.F1() != 1 || sc.Sentences.F1() != 1 || sc.Words.F1() != 1 {
		t.Errorf("Score(gold, tokenized) = %+v, want all 1", sc)
	}
	// One sentence instead of two, "go." as one token, "can't" as one word.
	pred := []doc.Sentence{{Span: doc.Span{Start: 0, End: 18}, Tokens: []doc.Token{
		{Span: doc.Span{Start: 0, End: 1}, Form: "I"},
		{Span: doc.Span{Start: 2, End: 7}, Form: "can't"},
		{Span: doc.Span{Start: 8, End: 11}, Form: "go."},
		{Span: doc.Span{Start: 12, End: 14}, Form: "Me"},
		{Span: doc.Span{Start: 15, End: 18}, Form: "too"},
	}}}
	sc := Score(text, gold, pred)
	want := Scores{
		Tokens:    PRF{Gold: 6, Pred: 5, Correct: 4},
		Sentences: PRF{Gold: 2, Pred: 1, Correct: 0},
		Words:     PRF{Gold: 7, Pred: 5, Correct: 3},
	}
	if sc != want {
		t.Errorf("Score = %+v, want %+v", sc, want)
	}
}

func TestEvaluate(t *testing.T) {
	const treebank = `# newdoc id = d1
# text = I can't go.
1	I	I	PRON	PRP	_	3	nsubj	_	_
2-3	can't	_	_	_	_	_	_	_	_
2	ca	can	AUX	MD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	go	go	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# text = Me too
1	Me	I	PRON	PRP	_	0	root	_	_
2	too	too	ADV	RB	_	1	advmod	_	_

`
	sc, err := Evaluate(strings.NewReader(treebank), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := Scores{
		Tokens:    PRF{Gold: 6, Pred: 6, Correct: 6},
		Sentences: PRF{Gold: 2, Pred: 2, Correct: 2},
		Words:     PRF{Gold: 7, Pred: 7, Correct: 7},
	}
	if sc != want {
		t.Errorf("Evaluate = %+v, want %+v", sc, want)
	}
	if _, err := Evaluate(strings.NewReader("1\tbad\n"), nil); err == nil || !strings.HasPrefix(err.Error(), "token: ") {
		t.Errorf("Evaluate(malformed) error = %v, want a token: error", err)
	}
}
