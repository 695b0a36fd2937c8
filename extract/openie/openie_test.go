package openie

import (
	"bytes"
	"math"
	"os"
	"strings"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestMatch(t *testing.T) {
	cases := []struct {
		name       string
		gold, pred Tuple
		p, r       float64
	}{
		{"exact", Tuple{Relation: "resigned from", Args: []string{"Pokalchuk", "Amnesty"}},
			Tuple{Relation: "resigned from", Args: []string{"Pokalchuk", "Amnesty"}}, 1, 1},
		// relation 1/1 of pred, 1 of 2 gold; arg1 1/1; arg2 1 of pred's 2, 1 of gold's 3.
		{"partial", Tuple{Relation: "resigned from", Args: []string{"Pokalchuk", "Amnesty International Ukraine"}},
			Tuple{Relation: "resigned", Args: []string{"Pokalchuk", "from Amnesty"}}, 3.0 / 4, 3.0 / 6},
		{"arg1 must share a word", Tuple{Relation: "resigned", Args: []string{"Pokalchuk", "Amnesty"}},
			Tuple{Relation: "resigned", Args: []string{"She", "Amnesty"}}, 0, 0},
		{"relation must share a word", Tuple{Relation: "resigned", Args: []string{"Pokalchuk", "Amnesty"}},
			Tuple{Relation: "left", Args: []string{"Pokalchuk", "Amnesty"}}, 0, 0},
		{"missing second argument", Tuple{Relation: "resigned", Args: []string{"Pokalchuk", "Amnesty"}},
			Tuple{Relation: "resigned", Args: []string{"Pokalchuk"}}, 0, 0},
		// gold has 3 args: the third joins the second.
		{"extra arguments joined", Tuple{Relation: "resigned", Args: []string{"Pokalchuk", "Amnesty", "on Friday"}},
			Tuple{Relation: "resigned", Args: []string{"Pokalchuk", "Amnesty on Friday"}}, 1, 1},
		{"said may match reversed", Tuple{Relation: "said", Args: []string{"Callamard", "we stand by it"}},
			Tuple{Relation: "said", Args: []string{"we stand by it", "Callamard"}}, 1, 1},
		{"a word counts once", Tuple{Relation: "is", Args: []string{"the the", "x"}},
			Tuple{Relation: "is", Args: []string{"the", "x"}}, 1, 3.0 / 4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := match(c.gold, c.pred)
			if !near(s.p, c.p) || !near(s.r, c.r) {
				t.Errorf("match = (P %.3f, R %.3f), want (%.3f, %.3f)", s.p, s.r, c.p, c.r)
			}
		})
	}
}

func TestScoreCurve(t *testing.T) {
	gold := []Tuple{
		{Sentence: "s1", Relation: "resigned from", Args: []string{"Pokalchuk", "Amnesty"}},
		{Sentence: "s1", Relation: "heads", Args: []string{"Pokalchuk", "the office"}},
		{Sentence: "s2", Relation: "said", Args: []string{"Callamard", "it"}},
	}
	pred := []Tuple{
		{Sentence: "s1", Confidence: 0.9, Relation: "resigned from", Args: []string{"Pokalchuk", "Amnesty"}}, // perfect
		{Sentence: "s1", Confidence: 0.5, Relation: "likes", Args: []string{"Pokalchuk", "tea"}},             // wrong
		{Sentence: "s2", Confidence: 0.5, Relation: "said", Args: []string{"Callamard", "it"}},               // perfect
		{Sentence: "elsewhere", Confidence: 0.7, Relation: "x", Args: []string{"a", "b"}},                    // ignored
	}
	res := Score(gold, pred)
	// At ≥ 0.9: P 1/1, R 1/3. At ≥ 0.5: P 2/3 (greedy: two perfect, one zero), R 2/3.
	if len(res.Curve) != 2 {
		t.Fatalf("curve %+v, want 2 points", res.Curve)
	}
	if p := res.Curve[1]; !near(p.Precision, 1) || !near(p.Recall, 1.0/3) {
		t.Errorf("at 0.9: %+v", p)
	}
	if p := res.Curve[0]; !near(p.Precision, 2.0/3) || !near(p.Recall, 2.0/3) {
		t.Errorf("at 0.5: %+v", p)
	}
	if !near(res.F1, 2.0/3) || res.Threshold != 0.5 {
		t.Errorf("best F1 %.3f at %.2f, want 0.667 at 0.5", res.F1, res.Threshold)
	}
	// Trapezoids over recall 2/3 → 1/3 → 0 with precision 2/3, 1, 1.
	want := (1.0/3)*(2.0/3+1)/2 + (1.0/3)*1
	if !near(res.AUC, want) {
		t.Errorf("AUC %.4f, want %.4f", res.AUC, want)
	}
	if res.Predicted != 3 {
		t.Errorf("Predicted = %d, want 3 (the sentence outside gold is ignored)", res.Predicted)
	}
}

// TestScoreSentenceSpaces checks that a sentence is the same sentence
// whatever white space surrounds its words (gold files end some sentences
// with a space that sentence files do not have).
func TestScoreSentenceSpaces(t *testing.T) {
	gold := []Tuple{{Sentence: "Pokalchuk resigned . ", Relation: "resigned", Args: []string{"Pokalchuk", "x"}}}
	pred := []Tuple{{Sentence: "Pokalchuk  resigned .", Confidence: 1, Relation: "resigned", Args: []string{"Pokalchuk", "x"}}}
	if res := Score(gold, pred); !near(res.F1, 1) || res.Predicted != 1 {
		t.Errorf("Score = %v, want F1 1 with 1 prediction", res)
	}
}

// TestGoldScoresPerfectly scores the tuning set's gold tuples as predictions.
func TestGoldScoresPerfectly(t *testing.T) {
	f, err := os.Open("../../../shared/openie/tuning-gold.tsv")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	defer f.Close()
	gold, err := Read(f, "tuning-gold.tsv", false)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 1883 {
		t.Fatalf("read %d gold tuples, want 1883", len(gold))
	}
	var buf bytes.Buffer
	for _, g := range gold {
		g.Confidence = 1
		Write(&buf, g)
	}
	pred, err := Read(&buf, "pred", true)
	if err != nil {
		t.Fatal(err)
	}
	// CaRB trims each line, so 44 gold tuples whose second argument is
	// empty have one argument and match on relation and subject alone; a
	// tuple with an empty relation or an empty argument before a filled one
	// matches nothing, not even itself.
	ok := 0
	for _, g := range gold {
		a := binary(g.Args) // later arguments join the second
		good := strings.TrimSpace(g.Relation) != ""
		for _, x := range a {
			good = good && strings.TrimSpace(x) != ""
		}
		if good {
			ok++
		}
	}
	if ok < 1880 {
		t.Errorf("%d gold tuples can match themselves, want nearly all 1883", ok)
	}
	want := float64(ok) / float64(len(gold))
	res := Score(gold, pred)
	if !near(res.Recall, want) || !near(res.Precision, want) {
		t.Errorf("gold against itself: %v; want P = R = %.4f", res, want)
	}
}

// TestReadAsCaRB checks what CaRB's readers do to a line: trim it (a
// trailing empty argument is none) and, in gold, drop context arguments.
func TestReadAsCaRB(t *testing.T) {
	gold, err := Read(strings.NewReader("s\tis heating up\tCompetition\t\ns\thopes\tit\tto win\tC: Kim said\n"), "g.tsv", false)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 2 || len(gold[0].Args) != 1 || strings.Join(gold[1].Args, "|") != "it|to win" {
		t.Fatalf("gold read as %+v", gold)
	}
	pred := []Tuple{{Sentence: "s", Confidence: 1, Relation: "is heating up", Args: []string{"Competition", "anything"}}}
	if r := Score(gold[:1], pred); !near(r.Precision, 1) || !near(r.Recall, 1) {
		t.Errorf("one-argument gold: %v, want P = R = 1 (the prediction's second argument is not weighed)", r)
	}
}

func TestReadErrors(t *testing.T) {
	_, err := Read(strings.NewReader("s\t0.5\trel\n"), "p.tsv", true)
	if err == nil || !strings.Contains(err.Error(), "p.tsv:1") {
		t.Errorf("err = %v, want a complaint about p.tsv:1", err)
	}
	_, err = Read(strings.NewReader("s\tx\trel\ta\n"), "p.tsv", true)
	if err == nil || !strings.Contains(err.Error(), "confidence") {
		t.Errorf("err = %v, want a bad confidence", err)
	}
}

func TestPlainQuotes(t *testing.T) {
	cases := []struct{ in, want string }{
		{"no quotes here", "no quotes here"},
		{"the `` Five Lucky Stars '' ,", "the \"  Five Lucky Stars  \" ,"},
		{"Yaromir 's bride", "Yaromir 's bride"},
		{"``a''", "\" a \""},
	}
	for _, c := range cases {
		got := PlainQuotes(c.in)
		if got != c.want || len(got) != len(c.in) {
			t.Errorf("PlainQuotes(%q) = %q, want %q (same length)", c.in, got, c.want)
		}
	}
}
