// Package extract turns one news article into a document annotated with
// sentences, tokens, entity mentions and coreference chains, and the facts
// it supports: (subject, relation, object) triples, each tied to the
// sentence and code-point offsets it comes from (doc.Fact).
//
// A Pipeline composes stages, each a one-method interface over *doc.Doc:
// Tokenizer, Tagger, Lemmatizer, Parser, Recognizer (entity mentions),
// Resolver (coreference) and Relaters (facts). A nil stage is skipped and the
// later stages degrade gracefully: without a tagger names come from
// capitalisation, without a parser relations come from surface patterns.
//
// Input contract: one article per call, UTF-8 text of at most MaxBytes
// bytes. An optional header line "date YYYY-MM-DD" gives the article's
// date, or else a dateline: a full date alone on one of the first lines
// ("Wednesday, April 13, 2011" under a headline); the first line is its
// title when it looks like a headline.
package extract

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/textgraph/textgraph/extract/coref"
	"github.com/textgraph/textgraph/extract/date"
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/lemma"
	"github.com/textgraph/textgraph/extract/ner"
	"github.com/textgraph/textgraph/extract/parse"
	"github.com/textgraph/textgraph/extract/relate"
	"github.com/textgraph/textgraph/extract/tag"
	"github.com/textgraph/textgraph/extract/token"
)

// Version names the extractor in every fact it produces.
const Version = "textgraph-rules/0.1"

// DefaultMaxBytes is the largest article Extract accepts unless WithMaxBytes
// says otherwise.
const DefaultMaxBytes = 10 << 20

// Errors returned for unusable input; Extract wraps them with the source.
var (
	ErrEmpty    = errors.New("extract: empty document")
	ErrBinary   = errors.New("extract: binary content (NUL bytes)")
	ErrEncoding = errors.New("extract: invalid UTF-8")
	ErrTooLarge = errors.New("extract: document too large")
)

// Tokenizer fills d.Sentences with sentences and tokens.
type Tokenizer interface{ Tokenize(d *doc.Doc) error }

// Tagger fills the UPOS and XPOS of every token.
type Tagger interface{ Tag(d *doc.Doc) error }

// Lemmatizer fills the Lemma of every token.
type Lemmatizer interface{ Lemmatize(d *doc.Doc) error }

// Parser fills the Head and Rel of every token (UD relations).
type Parser interface{ Parse(d *doc.Doc) error }

// Recognizer fills d.Mentions with entity mentions.
type Recognizer interface{ Recognize(d *doc.Doc) error }

// Resolver links mentions into coreference chains (Mention.Chain, Name) and
// may add pronoun and description mentions.
type Resolver interface{ Resolve(d *doc.Doc) error }

// Relater reads an annotated document and returns facts. It fills every
// field of a fact except Doc and Extractor, which the Pipeline sets.
type Relater interface {
	Relate(d *doc.Doc) ([]doc.Fact, error)
}

// Pipeline runs the stages in order over one document (package corpus runs
// it over a corpus with parallel workers). Nil stages are skipped; a nil
// Tokenizer falls back to a built-in rule-based splitter.
type Pipeline struct {
	Tokenizer  Tokenizer
	Tagger     Tagger
	Lemmatizer Lemmatizer
	Parser     Parser
	Recognizer Recognizer
	Resolver   Resolver
	Relaters   []Relater
}

// Default returns the pipeline with every available stage wired: the
// tokenizer, the tagger, the lemmatizer and the parser (each left out while
// its model is not embedded in the binary; the last two also need the
// tagger), the entity recognizer, coreference and the fact extractor. Other
// errors loading a model are returned.
func Default() (*Pipeline, error) {
	p := &Pipeline{
		Tokenizer:  token.New(),
		Recognizer: ner.New(),
		Resolver:   coref.New(),
		Relaters:   []Relater{relate.New(), relate.Mentions{}},
	}
	tg, err := tag.Default()
	switch {
	case err == nil:
		p.Tagger = tg
	case !errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("extract: %w", err)
	}
	if p.Tagger != nil {
		lm, err := lemma.Default()
		switch {
		case err == nil:
			p.Lemmatizer = lm
		case !errors.Is(err, fs.ErrNotExist):
			return nil, fmt.Errorf("extract: %w", err)
		}
		ps, err := parse.Default()
		switch {
		case err == nil:
			p.Parser = ps
		case !errors.Is(err, fs.ErrNotExist):
			return nil, fmt.Errorf("extract: %w", err)
		}
	}
	return p, nil
}

type options struct {
	date     string
	fallback string // date when the text has no date header
	title    string
	id       string
	source   string
	maxBytes int
}

// Option changes how Extract reads one document.
type Option func(*options)

// WithDate sets the article's publication date (YYYY-MM-DD), used to
// resolve relative dates; it overrides a date header in the text.
func WithDate(date string) Option { return func(o *options) { o.date = date } }

// WithDefaultDate sets the publication date of an article whose text has no
// date header and no dateline; WithDate, a header and a dateline take
// precedence.
func WithDefaultDate(date string) Option { return func(o *options) { o.fallback = date } }

// WithTitle sets the article's title.
func WithTitle(title string) Option { return func(o *options) { o.title = title } }

// WithID sets the document's identity instead of the hash of its text; the
// corpus runner mixes an article's metadata file into it, so that editing the
// metadata makes a new version of the document.
func WithID(id string) Option { return func(o *options) { o.id = id } }

// WithSource records source (a URL, say) as the document's origin instead of
// the name it was read under, which error messages keep using.
func WithSource(source string) Option { return func(o *options) { o.source = source } }

// WithMaxBytes sets the size limit of one document (default DefaultMaxBytes).
func WithMaxBytes(n int) Option { return func(o *options) { o.maxBytes = n } }

var dateHeader = regexp.MustCompile(`(?m)^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*`)

// Extract reads one article from r and returns the annotated document and
// the facts found in it. source names the article in errors and in facts.
func (p *Pipeline) Extract(ctx context.Context, r io.Reader, source string, opts ...Option) (*doc.Doc, []doc.Fact, error) {
	o := options{maxBytes: DefaultMaxBytes}
	for _, opt := range opts {
		opt(&o)
	}
	data, err := io.ReadAll(io.LimitReader(r, int64(o.maxBytes)+1))
	if err != nil {
		return nil, nil, fmt.Errorf("extract: %s: read: %w", source, err)
	}
	if len(data) > o.maxBytes {
		return nil, nil, fmt.Errorf("%w: %s: more than %d bytes", ErrTooLarge, source, o.maxBytes)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, nil, fmt.Errorf("%w: %s", ErrBinary, source)
	}
	if !utf8.Valid(data) {
		off := validPrefix(data)
		return nil, nil, fmt.Errorf("%w: %s: at byte %d", ErrEncoding, source, off)
	}
	text := string(data)
	if strings.TrimFunc(text, unicode.IsSpace) == "" {
		return nil, nil, fmt.Errorf("%w: %s", ErrEmpty, source)
	}
	sum := sha256.Sum256(data)
	d := &doc.Doc{ID: hex.EncodeToString(sum[:])[:16], Source: source, Text: text}
	var header doc.Span
	if m := dateHeader.FindStringSubmatchIndex(text); m != nil && strings.TrimSpace(text[:m[0]]) == "" {
		header = doc.Span{Start: m[0], End: m[1]}
		d.Date = text[m[2]:m[3]]
	}
	if strings.TrimFunc(text[header.End:], unicode.IsSpace) == "" {
		return nil, nil, fmt.Errorf("%w: %s: only a date header", ErrEmpty, source)
	}
	if o.date != "" {
		d.Date = o.date
	}
	if d.Date == "" {
		// A dateline under the headline ("Wednesday, April 13, 2011").
		if t, ok := date.Dateline(text[header.End:]); ok {
			d.Date = t.Format("2006-01-02")
		}
	}
	if d.Date == "" {
		d.Date = o.fallback
	}
	if d.Date != "" {
		if _, err := time.Parse("2006-01-02", d.Date); err != nil {
			return nil, nil, fmt.Errorf("extract: %s: bad date %q: want YYYY-MM-DD", source, d.Date)
		}
	}
	d.Title = o.title
	if o.id != "" {
		d.ID = o.id
	}
	if o.source != "" {
		d.Source = o.source
	}
	if d.Title == "" {
		d.Title = headline(text[header.End:])
	}
	if err := p.annotate(ctx, d, header); err != nil {
		return nil, nil, fmt.Errorf("extract: %s: %w", source, err)
	}
	var facts []doc.Fact
	for _, rel := range p.Relaters {
		if err := ctx.Err(); err != nil {
			return nil, nil, fmt.Errorf("extract: %s: %w", source, err)
		}
		err := safely("relate", d, func(d *doc.Doc) error {
			fs, err := rel.Relate(d)
			facts = append(facts, fs...)
			return err
		})
		if err != nil {
			return nil, nil, fmt.Errorf("extract: %s: %w", source, err)
		}
	}
	ref := d.Ref()
	for i := range facts {
		facts[i].Doc = ref
		if facts[i].Extractor == "" {
			facts[i].Extractor = Version
		}
	}
	sort.SliceStable(facts, func(i, j int) bool {
		if facts[i].Sentence.Index != facts[j].Sentence.Index {
			return facts[i].Sentence.Index < facts[j].Sentence.Index
		}
		return facts[i].Relation.Begin < facts[j].Relation.Begin
	})
	return d, facts, nil
}

type step struct {
	name string
	run  func(*doc.Doc) error
}

// annotate runs the annotation stages over d.
func (p *Pipeline) annotate(ctx context.Context, d *doc.Doc, header doc.Span) error {
	var tok Tokenizer = segmenter{}
	if p.Tokenizer != nil {
		tok = p.Tokenizer
	}
	steps := []step{
		{"tokenize", tok.Tokenize},
		{"header", func(d *doc.Doc) error { dropHeader(d, header); return nil }},
	}
	if p.Tagger != nil {
		steps = append(steps, step{"tag", p.Tagger.Tag})
	}
	if p.Lemmatizer != nil {
		steps = append(steps, step{"lemmatize", p.Lemmatizer.Lemmatize})
	}
	if p.Parser != nil {
		steps = append(steps, step{"parse", p.Parser.Parse})
	}
	if p.Recognizer != nil {
		steps = append(steps, step{"recognize", p.Recognizer.Recognize})
	}
	if p.Resolver != nil {
		steps = append(steps, step{"resolve", p.Resolver.Resolve})
	}
	for _, s := range steps {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := safely(s.name, d, s.run); err != nil {
			return err
		}
	}
	return nil
}

// safely runs one stage, turning a panic into an error so that one bad
// document does not bring down a batch.
func safely(name string, d *doc.Doc, run func(*doc.Doc) error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: internal error: %v", name, r)
		}
	}()
	if err := run(d); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// dropHeader removes the tokens of a "date YYYY-MM-DD" header line from the
// sentences, so the header is neither a name nor part of a fact.
func dropHeader(d *doc.Doc, header doc.Span) {
	if header.End == 0 {
		return
	}
	out := d.Sentences[:0]
	for _, s := range d.Sentences {
		k := 0
		for k < len(s.Tokens) && s.Tokens[k].End <= header.End {
			k++
		}
		if k == len(s.Tokens) {
			continue
		}
		if k > 0 {
			s.Tokens = s.Tokens[k:]
			s.Start = s.Tokens[0].Start
		}
		out = append(out, s)
	}
	d.Sentences = out
}

// headline returns the first line of text when it looks like a headline: a
// short line followed by more text, without final sentence punctuation.
func headline(text string) string {
	text = strings.TrimLeft(text, " \t\r\n")
	line, rest, ok := strings.Cut(text, "\n")
	line = strings.TrimSpace(line)
	if !ok || strings.TrimSpace(rest) == "" || line == "" || utf8.RuneCountInString(line) > 160 {
		return ""
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?:;,\"”»", last) {
		return ""
	}
	return line
}

func validPrefix(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}
