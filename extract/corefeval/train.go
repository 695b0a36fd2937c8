package corefeval

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"time"

	"github.com/textgraph/textgraph/extract/coref"
	"github.com/textgraph/textgraph/extract/model"
)

// TrainFiles trains TrainRuns models, each for TrainEpochs passes over
// GUM train (the first in file order, the others in shuffled orders), and
// keeps the mean of their weights: one model peaks on GUM dev after two to
// four epochs, and the mean of three smooths out the accidents of each
// order.
const (
	TrainEpochs = 3
	TrainRuns   = 3
)

// TrainFiles trains coref's mention-ranking model on the GUM files train
// (CoNLL-U with CorefUD brackets: GUM train, never dev or test) and writes
// it to out. The documents are analysed by the embedded (or
// TEXTGRAPH_MODELS) tagger, lemmatizer, parser and recognizer first, so the
// model learns from the phrases it will meet. The model so far is scored
// on the dev files after each run and the scores logged. Training is
// deterministic.
func TrainFiles(ctx context.Context, train, dev []string, out io.Writer, log io.Writer) error {
	read := func(files []string) ([]Document, error) {
		var docs []Document
		for _, f := range files {
			fh, err := os.Open(f)
			if err != nil {
				return nil, fmt.Errorf("corefeval: %w", err)
			}
			ds, err := ReadGUM(fh)
			fh.Close()
			if err != nil {
				return nil, fmt.Errorf("corefeval: %s: %w", f, err)
			}
			docs = append(docs, ds...)
		}
		return docs, nil
	}
	trainDocs, err := read(train)
	if err != nil {
		return err
	}
	devDocs, err := read(dev)
	if err != nil {
		return err
	}
	sys, err := NewSystem()
	if err != nil {
		return err
	}
	start := time.Now()
	exs := make([]coref.Example, len(trainDocs))
	for i, g := range trainDocs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := sys.Analyse(g.Doc); err != nil {
			return fmt.Errorf("corefeval: %s: %w", g.ID, err)
		}
		exs[i] = coref.Example{Doc: g.Doc, Speakers: g.Speakers, Gold: gold(g)}
	}
	for _, g := range devDocs {
		if err := sys.Analyse(g.Doc); err != nil {
			return fmt.Errorf("corefeval: %s: %w", g.ID, err)
		}
	}
	fmt.Fprintf(log, "coref: %d training documents analysed in %s\n", len(exs), time.Since(start).Round(time.Millisecond))
	{
		var ms []*coref.Model
		for k := 0; k < TrainRuns; k++ {
			order := append([]coref.Example(nil), exs...)
			rng := rand.New(rand.NewPCG(uint64(k), 7))
			if k > 0 {
				rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			}
			tr := coref.NewTrainer()
			for e := 0; e < TrainEpochs; e++ {
				if err := ctx.Err(); err != nil {
					return err
				}
				tr.Epoch(order)
			}
			ms = append(ms, tr.Model())
			m, err := coref.MergeModels(ms...)
			if err != nil {
				return err
			}
			var r Result
			for _, g := range devDocs {
				resp := Partition(refs(g.Doc, coref.ClusterModel(g.Doc, g.Speakers, m)))
				r.WithSingletons.Add(g.Key, resp)
				r.WithoutSingletons.Add(g.Key.WithoutSingletons(), resp.WithoutSingletons())
			}
			s := r.WithoutSingletons
			fmt.Fprintf(log, "coref: mean of %d models: dev MUC %.1f B3 %.1f CEAF-e %.1f CoNLL %.1f (%.1f with singletons) [%s]\n",
				k+1, 100*s.MUC.F1(), 100*s.B3.F1(), 100*s.CEAFe.F1(), 100*s.CoNLL(), 100*r.WithSingletons.CoNLL(), time.Since(start).Round(time.Millisecond))
		}
		m, err := coref.MergeModels(ms...)
		if err != nil {
			return err
		}
		return model.Create(out, func(w io.Writer) error {
			_, err := m.WriteTo(w)
			return err
		})
	}
}

// gold returns the key entity of a phrase of g, -1 for a phrase that is
// no key mention (by exact span).
func gold(g Document) coref.Gold {
	key := index(g.Key)
	base := make([]int, len(g.Doc.Sentences))
	n := 0
	for i, s := range g.Doc.Sentences {
		base[i] = n
		n += len(s.Tokens)
	}
	return func(r coref.Ref) int {
		if e, ok := key[Mention{base[r.Sentence] + r.Start, base[r.Sentence] + r.End}]; ok {
			return e
		}
		return -1
	}
}
