// Package openie reads and writes open information extraction tuples in the
// tab-separated format of the CaRB benchmark and scores predictions against
// gold tuples with CaRB's matcher.
//
// Format, one tuple per line:
//
//	gold:       sentence TAB relation TAB arg1 TAB arg2 [TAB arg3 ...]
//	predicted:  sentence TAB confidence TAB relation TAB arg1 TAB arg2 [...]
//
// Scoring follows Bhardwaj, Aggarwal and Mausam, "CaRB: A Crowdsourced
// Benchmark for Open IE" (EMNLP 2019) and its reference implementation:
// tuples are compared word by word (whitespace tokens, a word matched at most
// once) part by part, the relation and the first two arguments each needing
// at least one shared word; arguments after the second are joined into the
// second; for "said"-type gold relations the arguments may also match in
// reverse order. As CaRB's readers do, every line is trimmed (so a trailing
// empty argument is no argument, and a one-argument gold tuple matches on
// relation and subject alone) and gold context arguments ("C: ...") are
// dropped. Recall credits each gold tuple with its best recall against any
// prediction (a prediction may serve several gold tuples); precision matches
// predictions to gold tuples one to one, greedily by precision (CaRB's
// "optimised global match"), so that near-duplicate predictions cannot all
// take credit for one gold tuple. Both are accumulated over all sentences at every
// confidence threshold, giving a precision–recall curve, its best F1 and the
// area under it (with the point recall 0, precision 1 added).
package openie

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/textgraph/textgraph/extract/doc"
)

// Tuple is one extraction.
type Tuple struct {
	Sentence   string
	Confidence float64 // predictions only
	Relation   string
	Args       []string
}

// ParseError reports a malformed line.
type ParseError struct {
	Name string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("openie: %s:%d: %v", e.Name, e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// Read reads tuples from r (named name in errors). predicted says whether
// lines carry a confidence column.
func Read(r io.Reader, name string, predicted bool) ([]Tuple, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []Tuple
	line := 0
	for sc.Scan() {
		line++
		// As CaRB's readers do, white space (tabs too) around the line
		// goes: a trailing empty argument is no argument.
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		f := strings.Split(text, "\t")
		min := 3
		if predicted {
			min = 4
		}
		if len(f) < min {
			return nil, &ParseError{name, line, fmt.Errorf("want at least %d tab-separated fields, have %d", min, len(f))}
		}
		t := Tuple{Sentence: f[0]}
		if predicted {
			c, err := strconv.ParseFloat(f[1], 64)
			if err != nil || math.IsNaN(c) {
				return nil, &ParseError{name, line, fmt.Errorf("bad confidence %q", f[1])}
			}
			t.Confidence = c
			f = f[1:]
		}
		t.Relation = f[1]
		t.Args = f[2:]
		if !predicted {
			// CaRB's gold reader trims the parts and drops context
			// arguments ("C: First Security said").
			t.Relation = strings.TrimSpace(t.Relation)
			t.Args = t.Args[:0:0]
			for _, a := range f[2:] {
				if !strings.Contains(a, "C: ") {
					t.Args = append(t.Args, strings.TrimSpace(a))
				}
			}
		}
		out = append(out, t)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("openie: %s: %w", name, err)
	}
	return out, nil
}

// Write writes a predicted tuple in CaRB's tabbed format. Tabs and newlines
// inside fields become spaces.
func Write(w io.Writer, t Tuple) error {
	clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	parts := []string{clean.Replace(t.Sentence), strconv.FormatFloat(t.Confidence, 'f', 3, 64), clean.Replace(t.Relation)}
	for _, a := range t.Args {
		parts = append(parts, clean.Replace(a))
	}
	_, err := io.WriteString(w, strings.Join(parts, "\t")+"\n")
	return err
}

// Result is the outcome of scoring.
type Result struct {
	Precision, Recall, F1 float64 // at the best-F1 threshold
	Threshold             float64 // the confidence threshold of the best F1
	AUC                   float64 // area under the precision–recall curve
	Gold, Predicted       int     // tuples compared
	Sentences             int     // gold sentences
	Curve                 []Point // one point per distinct confidence, ascending
}

// Point is one point of the precision–recall curve.
type Point struct {
	Threshold, Precision, Recall float64
}

func (r Result) String() string {
	return fmt.Sprintf("F1 %.3f (P %.3f, R %.3f at confidence ≥ %.3f)  AUC %.3f  [%d gold tuples in %d sentences, %d predicted]",
		r.F1, r.Precision, r.Recall, r.Threshold, r.AUC, r.Gold, r.Sentences, r.Predicted)
}

// score is a (precision, recall) pair of one gold–predicted comparison.
type score struct{ p, r float64 }

func less(a, b score) bool { return a.p < b.p || (a.p == b.p && a.r < b.r) }

// key identifies a sentence by its words: gold files carry stray spaces at
// the end of some sentences that the sentence files do not.
func key(sentence string) string { return strings.Join(strings.Fields(sentence), " ") }

// Score compares predicted tuples with gold ones. Sentences are identified
// by their words (white space is normalized). Predictions for sentences
// absent from gold are ignored, as CaRB does.
func Score(gold, predicted []Tuple) Result {
	goldBy := map[string][]Tuple{}
	var sentences []string
	for _, t := range gold {
		k := key(t.Sentence)
		if _, ok := goldBy[k]; !ok {
			sentences = append(sentences, k)
		}
		goldBy[k] = append(goldBy[k], t)
	}
	predBy := map[string][]Tuple{}
	confSet := map[float64]bool{}
	res := Result{Gold: len(gold), Sentences: len(sentences)}
	for _, t := range predicted {
		k := key(t.Sentence)
		if _, ok := goldBy[k]; !ok {
			continue
		}
		predBy[k] = append(predBy[k], t)
		confSet[t.Confidence] = true
		res.Predicted++
	}
	var thresholds []float64
	for c := range confSet {
		thresholds = append(thresholds, c)
	}
	sort.Float64s(thresholds)
	n := len(thresholds)
	p, pl, r, rl := make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)
	for _, sent := range sentences {
		gs, ps := goldBy[sent], predBy[sent]
		scores := make([][]score, len(gs))
		for i := range gs {
			scores[i] = make([]score, len(ps))
			for j := range ps {
				scores[i][j] = match(gs[i], ps[j])
			}
		}
		for k, c := range thresholds {
			var sel []int
			for j := range ps {
				if ps[j].Confidence >= c {
					sel = append(sel, j)
				}
			}
			rl[k] += float64(len(gs))
			if len(sel) == 0 {
				continue
			}
			for i := range gs {
				best := 0.0
				for _, j := range sel {
					best = math.Max(best, scores[i][j].r)
				}
				r[k] += best
			}
			// Greedy one-to-one matching by precision.
			usedRow := make([]bool, len(gs))
			usedCol := make([]bool, len(ps))
			m := min(len(gs), len(sel))
			for t := 0; t < m; t++ {
				bi, bj, bp := -1, -1, -1.0
				for i := range gs {
					if usedRow[i] {
						continue
					}
					for _, j := range sel {
						if !usedCol[j] && scores[i][j].p > bp {
							bi, bj, bp = i, j, scores[i][j].p
						}
					}
				}
				usedRow[bi], usedCol[bj] = true, true
				p[k] += bp
			}
			pl[k] += float64(len(sel))
		}
	}
	best := -1.0
	var recs, precs []float64
	for k := range thresholds {
		prec := 1.0
		if pl[k] > 0 {
			prec = p[k] / pl[k]
		}
		rec := 0.0
		if rl[k] > 0 {
			rec = r[k] / rl[k]
		}
		f1 := 0.0
		if prec+rec > 0 {
			f1 = 2 * prec * rec / (prec + rec)
		}
		res.Curve = append(res.Curve, Point{thresholds[k], prec, rec})
		recs, precs = append(recs, rec), append(precs, prec)
		if f1 > best {
			best = f1
			res.F1, res.Precision, res.Recall, res.Threshold = f1, prec, rec, thresholds[k]
		}
	}
	recs, precs = append(recs, 0), append(precs, 1)
	res.AUC = trapezoid(recs, precs)
	return res
}

// trapezoid integrates y over x with the trapezoidal rule; x must be
// monotonic in either direction (as sklearn.metrics.auc requires).
func trapezoid(x, y []float64) float64 {
	a := 0.0
	for i := 1; i < len(x); i++ {
		a += (x[i] - x[i-1]) * (y[i] + y[i-1]) / 2
	}
	return math.Abs(a)
}

// match is CaRB's binary lenient tuple match.
func match(gold, pred Tuple) score {
	g := Tuple{Relation: gold.Relation, Args: binary(gold.Args)}
	pr := binary(pred.Args)
	straight := lenient(g, Tuple{Relation: pred.Relation, Args: pr})
	said := false
	for _, v := range []string{"said", "told", "added", "adds", "says"} {
		if strings.Contains(gold.Relation, v) {
			said = true
			break
		}
	}
	if !said {
		return straight
	}
	var rev []string
	if len(pred.Args) >= 2 {
		rev = []string{strings.Join(pred.Args[1:], " "), pred.Args[0]}
	} else {
		rev = pred.Args
	}
	reverse := lenient(g, Tuple{Relation: pred.Relation, Args: rev})
	if less(straight, reverse) {
		return reverse
	}
	return straight
}

// binary joins arguments after the first into the second.
func binary(args []string) []string {
	if len(args) >= 2 {
		return []string{args[0], strings.Join(args[1:], " ")}
	}
	return args
}

// overlap counts gold words found among the predicted words, each predicted
// word used at most once.
func overlap(gold, pred []string) int {
	left := append([]string(nil), pred...)
	n := 0
	for _, w := range gold {
		for i, p := range left {
			if p == w {
				n++
				left = append(left[:i], left[i+1:]...)
				break
			}
		}
	}
	return n
}

func lenient(ref, ex Tuple) score {
	var pNum, pDen, rNum, rDen float64
	pw, gw := strings.Fields(ex.Relation), strings.Fields(ref.Relation)
	pDen += float64(len(pw))
	rDen += float64(len(gw))
	m := overlap(gw, pw)
	if m == 0 {
		return score{}
	}
	pNum += float64(m)
	rNum += float64(m)
	for i, a := range ref.Args {
		gw := strings.Fields(a)
		rDen += float64(len(gw))
		if len(ex.Args) <= i {
			if i < 2 {
				return score{}
			}
			continue
		}
		pw := strings.Fields(ex.Args[i])
		pDen += float64(len(pw))
		m := overlap(gw, pw)
		if m == 0 && i < 2 {
			return score{}
		}
		pNum += float64(m)
		rNum += float64(m)
	}
	var s score
	if pDen > 0 {
		s.p = pNum / pDen
	}
	if rDen > 0 {
		s.r = rNum / rDen
	}
	return s
}

// FromFacts turns the facts extracted from one sentence into tuples:
// relation and arguments as their surface text, as CaRB expects.
func FromFacts(sentence string, facts []doc.Fact) []Tuple {
	out := make([]Tuple, 0, len(facts))
	for _, f := range facts {
		rel := f.Relation.Text
		if rel == "" {
			rel = f.Relation.Name
		}
		out = append(out, Tuple{
			Sentence:   sentence,
			Confidence: f.Confidence,
			Relation:   rel,
			Args:       []string{f.Subject.Text, f.Object.Text},
		})
	}
	return out
}

// PlainQuotes returns sentence with the Penn Treebank quotes of benchmark
// files (two backquotes to open, two apostrophes to close) replaced by a
// straight double quote and a space, the space on the outer side, so that
// every byte keeps its offset: the tokens of the result index sentence too,
// and a phrase from an opening to a closing quote token spans both original
// characters of each. Taggers and parsers trained on Universal
// Dependencies treebanks know the straight quote, not the doubled
// backquote.
func PlainQuotes(sentence string) string {
	if !strings.Contains(sentence, "``") && !strings.Contains(sentence, "''") {
		return sentence
	}
	b := []byte(sentence)
	for i := 0; i+1 < len(b); i++ {
		switch {
		case b[i] == '`' && b[i+1] == '`':
			b[i], b[i+1] = '"', ' '
			i++
		case b[i] == '\'' && b[i+1] == '\'':
			b[i], b[i+1] = ' ', '"'
			i++
		}
	}
	return string(b)
}
