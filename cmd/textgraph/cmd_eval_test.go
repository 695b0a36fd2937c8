package main

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const corefSample = `# newdoc id = sample
# sent_id = sample-1
# text = Maria Lopez visited the museum.
1	Maria	Maria	PROPN	NNP	_	3	nsubj	_	Entity=(1-person-new-sssss-cf1-2-coref
2	Lopez	Lopez	PROPN	NNP	_	1	flat	_	Entity=1)
3	visited	visit	VERB	VBD	_	0	root	_	_
4	the	the	DET	DT	_	5	det	_	Entity=(2-place-new-nnnnn-cf2-2-sgl
5	museum	museum	NOUN	NN	_	3	obj	_	Entity=2)|SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = sample-2
# text = She liked it.
1	She	she	PRON	PRP	_	2	nsubj	_	Entity=(1-person-giv:act-sssss-cf1-1-ana)
2	liked	like	VERB	VBD	_	0	root	_	_
3	it	it	PRON	PRP	_	2	obj	_	Entity=(2-place-giv:act-sssss-cf2-1-ana)|SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_

`

func TestEvalCoref(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sample.conllu")
	if err := os.WriteFile(path, []byte(corefSample), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "", "eval", "coref", path)
	if code != 0 {
		t.Fatalf("eval coref: exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{"1 documents", "singletons removed", "with singletons", "MUC", "B3", "CEAF-e", "CoNLL"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Maria Lopez and She are one entity, and the resolver finds it.
	if !strings.Contains(out, "MUC     R 100.0  P 100.0") {
		t.Errorf("the sample's two entities are not resolved:\n%s", out)
	}
	if code, _, _ := runCmd(t, "", "eval", "coref"); code != 2 {
		t.Errorf("eval coref without a file: exit %d, want 2", code)
	}
}

// TestExtractOpenIE runs extract --format openie on sentences of the seeds
// and checks CaRB's line format and that --min-confidence leaves out the
// tuples below it, and only those.
func TestExtractOpenIE(t *testing.T) {
	in := "Oksana Pokalchuk, head of Amnesty International in Ukraine, has decided to step down amid the scandal surrounding the report.\n" +
		"Amnesty said it contacted Defense Ministry officials on July 29 about its findings.\n"
	lines := func(args ...string) []string {
		code, out, errs := runCmd(t, in, append([]string{"extract", "--format", "openie"}, args...)...)
		if code != 0 {
			t.Fatalf("extract %v: exit %d, stderr %q", args, code, errs)
		}
		return strings.Split(strings.TrimSpace(out), "\n")
	}
	all, kept := lines(), lines("--min-confidence", "0.01")
	if len(kept) == 0 || len(kept) >= len(all) {
		t.Fatalf("%d tuples in all, %d at 0.01 or above: want fewer but some", len(all), len(kept))
	}
	for _, l := range all {
		f := strings.Split(l, "\t")
		if len(f) < 4 || f[2] == "" {
			t.Fatalf("not a CaRB line (sentence, confidence, relation, args…): %q", l)
		}
		c, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			t.Fatalf("confidence %q: %v", f[1], err)
		}
		if !strings.HasPrefix(in, f[0]) && !strings.Contains(in, "\n"+f[0]) {
			t.Errorf("sentence %q is not an input line", f[0])
		}
		if c >= 0.01 && !slices.Contains(kept, l) {
			t.Errorf("--min-confidence 0.01 left out %q", l)
		}
		if c < 0.01 && slices.Contains(kept, l) {
			t.Errorf("--min-confidence 0.01 kept %q", l)
		}
	}
}
