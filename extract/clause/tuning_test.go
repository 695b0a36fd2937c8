package clause

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/lemma"
	"github.com/textgraph/textgraph/extract/openie"
	"github.com/textgraph/textgraph/extract/parse"
	"github.com/textgraph/textgraph/extract/tag"
	"github.com/textgraph/textgraph/extract/token"
)

// openieDir holds the CaRB tuning sentences and gold tuples, relative to
// this package.
var openieDir = filepath.Join("..", "..", "..", "shared", "openie")

// tuningSet is the tuning sentences, tagged, lemmatized and parsed with the
// embedded models (once per test binary), and their gold tuples.
type tuningSet struct {
	lines []string   // the sentences as given
	docs  []*doc.Doc // one document per line
	gold  []openie.Tuple
}

var (
	tuningOnce sync.Once
	tuning     *tuningSet
	tuningErr  error
)

func loadTuning(t testing.TB) *tuningSet {
	t.Helper()
	tuningOnce.Do(func() { tuning, tuningErr = readTuning() })
	if tuningErr != nil {
		if os.IsNotExist(tuningErr) && os.Getenv("CI") != "true" {
			t.Skip(tuningErr)
		}
		t.Fatal(tuningErr)
	}
	return tuning
}

func readTuning() (*tuningSet, error) {
	gf, err := os.Open(filepath.Join(openieDir, "tuning-gold.tsv"))
	if err != nil {
		return nil, err
	}
	defer gf.Close()
	gold, err := openie.Read(gf, "tuning-gold.tsv", false)
	if err != nil {
		return nil, err
	}
	sf, err := os.Open(filepath.Join(openieDir, "tuning-sentences.txt"))
	if err != nil {
		return nil, err
	}
	defer sf.Close()
	tg, err := tag.Default()
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	lm, err := lemma.Default()
	if err != nil {
		return nil, fmt.Errorf("lemmatizer: %w", err)
	}
	ps, err := parse.Default()
	if err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	tk := token.New()
	set := &tuningSet{gold: gold}
	sc := bufio.NewScanner(sf)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		d := &doc.Doc{Text: openie.PlainQuotes(line)}
		if err := tk.Tokenize(d); err != nil {
			return nil, err
		}
		for i := range d.Sentences {
			s := &d.Sentences[i]
			tg.TagSentence(s)
			lm.LemmatizeSentence(s)
			ps.ParseSentence(s)
		}
		set.lines = append(set.lines, line)
		set.docs = append(set.docs, d)
	}
	return set, sc.Err()
}

// predict runs the extractor over the sentences whose index keep accepts.
func (ts *tuningSet) predict(keep func(i int) bool) []openie.Tuple {
	var out []openie.Tuple
	for i, d := range ts.docs {
		if !keep(i) {
			continue
		}
		for j := range d.Sentences {
			for _, e := range Extract(&d.Sentences[j], ts.lines[i]) {
				out = append(out, openie.Tuple{Sentence: ts.lines[i], Confidence: e.Confidence, Relation: e.Relation, Args: e.Args()})
			}
		}
	}
	return out
}

// goldOf keeps the gold tuples of the sentences whose index keep accepts.
func (ts *tuningSet) goldOf(keep func(i int) bool) []openie.Tuple {
	want := map[string]bool{}
	for i, l := range ts.lines {
		if keep(i) {
			want[strings.Join(strings.Fields(l), " ")] = true
		}
	}
	var out []openie.Tuple
	for _, g := range ts.gold {
		if want[strings.Join(strings.Fields(g.Sentence), " ")] {
			out = append(out, g)
		}
	}
	return out
}

// TestTuningScore scores the extractor with CaRB's matcher on the tuning
// sentences, as a whole and in two halves (even and odd lines), against
// floors a little under the measured figures.
func TestTuningScore(t *testing.T) {
	ts := loadTuning(t)
	halves := []struct {
		name    string
		keep    func(int) bool
		f1, auc float64
	}{
		{"all", func(int) bool { return true }, 0.559, 0.451},
		{"even", func(i int) bool { return i%2 == 0 }, 0.557, 0.444},
		{"odd", func(i int) bool { return i%2 == 1 }, 0.563, 0.457},
	}
	for _, h := range halves {
		r := openie.Score(ts.goldOf(h.keep), ts.predict(h.keep))
		t.Logf("%-4s %v (F1 %.4f, AUC %.4f)", h.name, r, r.F1, r.AUC)
		if r.F1 < h.f1 || r.AUC < h.auc {
			t.Errorf("%s: F1 %.3f, AUC %.3f; want at least %.3f, %.3f", h.name, r.F1, r.AUC, h.f1, h.auc)
		}
	}
	if path := os.Getenv("CLAUSE_TUNING_DUMP"); path != "" {
		if err := ts.dump(path); err != nil {
			t.Fatal(err)
		}
	}
}

// dump writes, per sentence, the gold tuples and the predictions with the
// best match of each, for reading the extractor's errors.
func (ts *tuningSet) dump(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	pred := ts.predict(func(int) bool { return true })
	kinds := map[string]string{} // rendered tuple → pattern
	for i, d := range ts.docs {
		for j := range d.Sentences {
			for _, e := range Extract(&d.Sentences[j], ts.lines[i]) {
				kinds[ts.lines[i]+"\t"+e.Relation+"\t"+strings.Join(e.Args(), "\t")] = e.Kind
			}
		}
	}
	by := map[string][]openie.Tuple{}
	for _, p := range pred {
		by[p.Sentence] = append(by[p.Sentence], p)
	}
	gby := map[string][]openie.Tuple{}
	for _, g := range ts.gold {
		k := strings.Join(strings.Fields(g.Sentence), " ")
		gby[k] = append(gby[k], g)
	}
	for i, l := range ts.lines {
		fmt.Fprintf(w, "## %d %s\n", i, l)
		l0 := l
		l = strings.Join(strings.Fields(l), " ")
		ps := by[l0]
		for _, g := range gby[l] {
			r := openie.Score([]openie.Tuple{g}, ps)
			fmt.Fprintf(w, "  G  r%.2f  %s | %s\n", r.Recall, g.Relation, strings.Join(g.Args, " | "))
		}
		sort.SliceStable(ps, func(a, b int) bool { return ps[a].Confidence > ps[b].Confidence })
		for _, p := range ps {
			r := openie.Score(gby[l], []openie.Tuple{p})
			kind := kinds[p.Sentence+"\t"+p.Relation+"\t"+strings.Join(p.Args, "\t")]
			fmt.Fprintf(w, "  P  %.2f p%.2f r%.2f %s  %s | %s\n", p.Confidence, r.Precision, r.Recall, kind, p.Relation, strings.Join(p.Args, " | "))
		}
		if len(gby[l]) > 0 {
			r := openie.Score(gby[l], ps)
			fmt.Fprintf(w, "  =  P %.2f R %.2f\n", r.Precision, r.Recall)
		}
	}
	return w.Flush()
}

// TestFitConfidence fits the confidence weights on the even tuning
// sentences when CLAUSE_FIT is set, printing them for the weights table:
// logistic regression of each extraction's best word precision against
// the gold tuples of its sentence.
func TestFitConfidence(t *testing.T) {
	if os.Getenv("CLAUSE_FIT") == "" {
		t.Skip("set CLAUSE_FIT=1 to fit the confidence weights")
	}
	ts := loadTuning(t)
	gby := map[string][]openie.Tuple{}
	for _, g := range ts.gold {
		k := strings.Join(strings.Fields(g.Sentence), " ")
		gby[k] = append(gby[k], g)
	}
	var xs [][]float64
	var ys []float64
	for i, d := range ts.docs {
		if i%2 != 0 {
			continue
		}
		gold := gby[strings.Join(strings.Fields(ts.lines[i]), " ")]
		for j := range d.Sentences {
			s := &d.Sentences[j]
			for _, e := range Extract(s, ts.lines[i]) {
				if e.weak {
					continue // fixed confidences, not the model's
				}
				p := openie.Tuple{Sentence: ts.lines[i], Confidence: 1, Relation: e.Relation, Args: e.Args()}
				xs = append(xs, features(&e, s))
				ys = append(ys, openie.Score(gold, []openie.Tuple{p}).Precision)
			}
		}
	}
	w := make([]float64, len(featureNames))
	const rate, l2 = 0.5, 0.002
	for epoch := 0; epoch < 3000; epoch++ {
		g := make([]float64, len(w))
		for n, x := range xs {
			z := 0.0
			for i := range w {
				z += w[i] * x[i]
			}
			d := 1/(1+math.Exp(-z)) - ys[n]
			for i := range w {
				g[i] += d * x[i]
			}
		}
		for i := range w {
			w[i] -= rate * (g[i]/float64(len(xs)) + l2*w[i])
		}
	}
	var b strings.Builder
	for i, v := range w {
		fmt.Fprintf(&b, "%.2f, // %s\n", v, featureNames[i])
	}
	t.Logf("%d extractions; weights:\n%s", len(xs), b.String())
	base, ts2 := fitTrees(xs, ys, 50, 3, 15, 0.1)
	b.Reset()
	fmt.Fprintf(&b, "// Code generated by TestFitConfidence (CLAUSE_FIT=1); DO NOT EDIT.\n\npackage clause\n\n")
	fmt.Fprintf(&b, "// treeBase and trees are the boosted regression trees of confidence,\n// fitted on the even CaRB tuning sentences.\n")
	fmt.Fprintf(&b, "var treeBase = %.4f\n\nvar trees = [][]split{\n", base)
	for _, tr := range ts2 {
		b.WriteString("\t{")
		for k, n := range tr {
			if k > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "{%d, %d, %d, %.4f}", n.Feature, n.No, n.Yes, n.Value)
		}
		b.WriteString("},\n")
	}
	b.WriteString("}\n")
	if path := os.Getenv("CLAUSE_FIT_TREES"); path != "" {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// fitTrees fits boosted regression trees to ys over the binary features
// xs: rounds trees of the given depth, each fitted by least squares to the
// residuals left by the others, with at least minLeaf examples per leaf,
// their values scaled by rate. Splits are chosen deterministically (the
// lowest feature index among equal gains).
func fitTrees(xs [][]float64, ys []float64, rounds, depth, minLeaf int, rate float64) (float64, [][]split) {
	base := 0.0
	for _, y := range ys {
		base += y
	}
	base /= float64(len(ys))
	f := make([]float64, len(ys))
	for i := range f {
		f[i] = base
	}
	all := make([]int, len(ys))
	for i := range all {
		all[i] = i
	}
	var out [][]split
	for r := 0; r < rounds; r++ {
		res := make([]float64, len(ys))
		for i := range ys {
			res[i] = ys[i] - f[i]
		}
		var tr []split
		var grow func(idx []int, depth int) int
		grow = func(idx []int, depth int) int {
			mean := 0.0
			for _, i := range idx {
				mean += res[i]
			}
			mean /= float64(len(idx))
			at := len(tr)
			tr = append(tr, split{Feature: -1, Value: rate * mean})
			if depth == 0 || len(idx) < 2*minLeaf {
				return at
			}
			best, gain := -1, 1e-9
			for j := range xs[0] {
				var s0, s1, n0, n1 float64
				for _, i := range idx {
					if xs[i][j] > 0.5 {
						s1, n1 = s1+res[i], n1+1
					} else {
						s0, n0 = s0+res[i], n0+1
					}
				}
				if n0 < float64(minLeaf) || n1 < float64(minLeaf) {
					continue
				}
				if g := s1*s1/n1 + s0*s0/n0 - (s0+s1)*(s0+s1)/(n0+n1); g > gain {
					best, gain = j, g
				}
			}
			if best < 0 {
				return at
			}
			var no, yes []int
			for _, i := range idx {
				if xs[i][best] > 0.5 {
					yes = append(yes, i)
				} else {
					no = append(no, i)
				}
			}
			n := grow(no, depth-1)
			y := grow(yes, depth-1)
			tr[at] = split{Feature: best, No: n, Yes: y}
			return at
		}
		grow(all, depth)
		out = append(out, tr)
		for i := range ys {
			n := 0
			for tr[n].Feature >= 0 {
				if xs[i][tr[n].Feature] > 0.5 {
					n = tr[n].Yes
				} else {
					n = tr[n].No
				}
			}
			f[i] += tr[n].Value
		}
	}
	return base, out
}

// BenchmarkExtract measures the extractor alone on the parsed tuning
// sentences; sentences/s is reported.
func BenchmarkExtract(b *testing.B) {
	ts := loadTuning(b)
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range ts.docs {
			for j := range d.Sentences {
				Extract(&d.Sentences[j], d.Text)
				n++
			}
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkPipeline measures what textgraph extract --format openie does
// per sentence: tokenize, tag, lemmatize, parse and extract.
func BenchmarkPipeline(b *testing.B) {
	ts := loadTuning(b)
	tg, err := tag.Default()
	if err != nil {
		b.Fatal(err)
	}
	lm, err := lemma.Default()
	if err != nil {
		b.Fatal(err)
	}
	ps, err := parse.Default()
	if err != nil {
		b.Fatal(err)
	}
	tk := token.New()
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		for _, line := range ts.lines {
			d := &doc.Doc{Text: openie.PlainQuotes(line)}
			if err := tk.Tokenize(d); err != nil {
				b.Fatal(err)
			}
			for j := range d.Sentences {
				s := &d.Sentences[j]
				tg.TagSentence(s)
				lm.LemmatizeSentence(s)
				ps.ParseSentence(s)
				Extract(s, line)
				n++
			}
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}
