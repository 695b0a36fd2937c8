// Package conllu reads and writes CoNLL-U (Universal Dependencies) files as
// doc.Sentence values.
//
// The reader streams: one sentence per Read call, io.EOF at the end. Token
// spans are computed by aligning the words against the sentence's
// "# text =" comment when there is one (multiword tokens share the span of
// their surface token); otherwise they are synthesised from SpaceAfter.
// Sentence spans are offsets into the concatenation of sentence texts that
// Reader.Text accumulates, each sentence separated by one space (or a
// newline at "# newpar" and "# newdoc"), so a file's raw text can be
// re-tokenized and scored against its gold tokens.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/textgraph/textgraph/extract/doc"
)

// ParseError reports a malformed line.
type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("conllu: line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// Reader reads sentences from CoNLL-U input.
type Reader struct {
	sc   *bufio.Scanner
	line int
	text strings.Builder
	// Comments of the last sentence read, keyed by name ("text", "sent_id", "newdoc id", ...).
	Comments map[string]string
	// NewDoc and NewPar report whether the last sentence began a document or paragraph.
	NewDoc, NewPar bool
}

// NewReader returns a Reader reading from r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	return &Reader{sc: sc}
}

// Text returns the raw text of all sentences read so far, in the layout the
// returned sentence spans refer to.
func (r *Reader) Text() string { return r.text.String() }

type word struct {
	form, lemma, upos, xpos, feats, rel, misc string
	head                                      int
	mwtEnd                                    int // >0 for the first word of a multiword token: id of the token's last word
	mwtForm                                   string
	mwtMisc                                   string
}

// Read returns the next sentence, or io.EOF.
func (r *Reader) Read() (*doc.Sentence, error) {
	r.Comments = map[string]string{}
	r.NewDoc, r.NewPar = false, false
	var words []word
	var pendingMWT struct {
		end        int
		form, misc string
	}
	started := false
	for r.sc.Scan() {
		r.line++
		line := r.sc.Text()
		if line == "" {
			if started {
				return r.build(words)
			}
			continue
		}
		started = true
		if line[0] == '#' {
			c := strings.TrimSpace(line[1:])
			if k, v, ok := strings.Cut(c, "="); ok {
				r.Comments[strings.TrimSpace(k)] = strings.TrimSpace(v)
			} else {
				r.Comments[c] = ""
			}
			if strings.HasPrefix(c, "newdoc") {
				r.NewDoc = true
			}
			if strings.HasPrefix(c, "newpar") {
				r.NewPar = true
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, &ParseError{r.line, fmt.Errorf("want 10 tab-separated fields, have %d", len(f))}
		}
		id := f[0]
		if strings.Contains(id, ".") { // empty node (enhanced graphs only)
			continue
		}
		if a, b, ok := strings.Cut(id, "-"); ok {
			_, err1 := strconv.Atoi(a)
			e, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil {
				return nil, &ParseError{r.line, fmt.Errorf("bad multiword token id %q", id)}
			}
			pendingMWT.end, pendingMWT.form, pendingMWT.misc = e, f[1], f[9]
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil || n != len(words)+1 {
			return nil, &ParseError{r.line, fmt.Errorf("bad word id %q", id)}
		}
		head := -1
		if f[6] != "_" {
			head, err = strconv.Atoi(f[6])
			if err != nil {
				return nil, &ParseError{r.line, fmt.Errorf("bad head %q", f[6])}
			}
		}
		w := word{form: f[1], lemma: f[2], upos: f[3], xpos: f[4], feats: f[5], head: head, rel: f[7], misc: f[9]}
		if pendingMWT.end > 0 {
			w.mwtEnd, w.mwtForm, w.mwtMisc = pendingMWT.end, pendingMWT.form, pendingMWT.misc
			pendingMWT.end = 0
		}
		words = append(words, w)
	}
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu: line %d: %w", r.line, err)
	}
	if started && len(words) > 0 {
		return r.build(words)
	}
	return nil, io.EOF
}

func clean(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

func spaceAfter(misc string) bool {
	for _, m := range strings.Split(misc, "|") {
		if m == "SpaceAfter=No" {
			return false
		}
	}
	return true
}

// build turns words into a Sentence whose spans point into r.text.
func (r *Reader) build(words []word) (*doc.Sentence, error) {
	if r.text.Len() > 0 {
		if r.NewDoc || r.NewPar {
			r.text.WriteString("\n\n")
		} else {
			r.text.WriteByte(' ')
		}
	}
	base := r.text.Len()
	text, hasText := r.Comments["text"]
	if !hasText {
		var b strings.Builder
		for i := 0; i < len(words); i++ {
			w := words[i]
			form, misc := w.form, w.misc
			if w.mwtEnd > 0 {
				form, misc = w.mwtForm, w.mwtMisc
				i = w.mwtEnd - 1
			}
			b.WriteString(form)
			if spaceAfter(misc) && i < len(words)-1 {
				b.WriteByte(' ')
			}
		}
		text = b.String()
	}
	r.text.WriteString(text)
	s := &doc.Sentence{Span: doc.Span{Start: base, End: base + len(text)}, ID: r.Comments["sent_id"]}
	pos := 0
	for i := 0; i < len(words); i++ {
		w := words[i]
		surface, misc, nw := w.form, w.misc, 1
		if w.mwtEnd > 0 {
			surface, misc, nw = w.mwtForm, w.mwtMisc, w.mwtEnd-i
		}
		for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n') {
			pos++
		}
		start := pos
		if strings.HasPrefix(text[pos:], surface) {
			pos += len(surface)
		} else {
			// The text comment and the forms disagree (rare; e.g. normalised
			// quotes). Consume the same number of non-space bytes.
			end := pos
			for end < len(text) && text[end] != ' ' && end-start < len(surface) {
				end++
			}
			pos = end
		}
		for j := 0; j < nw; j++ {
			ww := words[i+j]
			t := doc.Token{
				Span:  doc.Span{Start: base + start, End: base + pos},
				Form:  ww.form,
				Lemma: clean(ww.lemma),
				UPOS:  clean(ww.upos),
				XPOS:  clean(ww.xpos),
				Feats: clean(ww.feats),
				Head:  ww.head,
				Rel:   clean(ww.rel),
			}
			if nw > 1 {
				if j == 0 {
					t.MWT = nw
				} else {
					t.MWT = -1
				}
			}
			t.SpaceAfter = spaceAfter(misc)
			s.Tokens = append(s.Tokens, t)
		}
		i += nw - 1
	}
	return s, nil
}

// Write writes s in CoNLL-U to w, using text for the "# text" comment and
// recording each token's byte offsets as TokenRange=start:end in MISC.
// Multiword tokens (MWT > 0) get their surface line.
func Write(w io.Writer, s *doc.Sentence, text string, sentID string) error {
	bw := bufio.NewWriter(w)
	if sentID != "" {
		fmt.Fprintf(bw, "# sent_id = %s\n", sentID)
	}
	fmt.Fprintf(bw, "# text = %s\n", strings.ReplaceAll(s.Text(text), "\n", " "))
	dash := func(v string) string {
		if v == "" {
			return "_"
		}
		return v
	}
	for i, t := range s.Tokens {
		misc := fmt.Sprintf("TokenRange=%d:%d", t.Start, t.End)
		if !t.SpaceAfter {
			misc = "SpaceAfter=No|" + misc
		}
		if t.MWT > 1 {
			fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", i+1, i+t.MWT, t.Span.Text(text), misc)
			misc = "_"
		} else if t.MWT < 0 {
			misc = "_"
		}
		head := "_"
		if t.Head >= 0 {
			head = strconv.Itoa(t.Head)
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t_\t%s\n", i+1, t.Form, dash(t.Lemma), dash(t.UPOS), dash(t.XPOS), dash(t.Feats), head, dash(t.Rel), misc)
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

// ReadFiles reads every sentence of the given CoNLL-U files, in order.
func ReadFiles(paths ...string) ([]*doc.Sentence, error) {
	var out []*doc.Sentence
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("conllu: %w", err)
		}
		r := NewReader(f)
		for {
			s, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				f.Close()
				return nil, fmt.Errorf("conllu: %s: %w", p, err)
			}
			out = append(out, s)
		}
		f.Close()
	}
	return out, nil
}
