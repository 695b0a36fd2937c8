package corefeval

import (
	"context"
	"fmt"

	"github.com/textgraph/textgraph/extract/coref"
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/lemma"
	"github.com/textgraph/textgraph/extract/ner"
	"github.com/textgraph/textgraph/extract/parse"
	"github.com/textgraph/textgraph/extract/tag"
)

// System is textgraph's own coreference system run on gold tokens: the
// embedded tagger, lemmatizer and parser re-analyse every sentence (gold
// tags, lemmas and trees are discarded), the entity recognizer types the
// names, and coref.Cluster finds and links the noun phrases.
type System struct {
	tagger *tag.Tagger
	lemmas *lemma.Lemmatizer
	parser *parse.Parser
	names  *ner.Recognizer
}

// NewSystem loads the embedded models.
func NewSystem() (*System, error) {
	t, err := tag.Default()
	if err != nil {
		return nil, fmt.Errorf("corefeval: %w", err)
	}
	l, err := lemma.Default()
	if err != nil {
		return nil, fmt.Errorf("corefeval: %w", err)
	}
	p, err := parse.Default()
	if err != nil {
		return nil, fmt.Errorf("corefeval: %w", err)
	}
	return &System{t, l, p, ner.New()}, nil
}

// Response analyses d in place and returns its predicted partition, with
// mention positions counted from the document's first word. speakers names
// the speaker of each sentence, or is nil.
func (s *System) Response(d *doc.Doc, speakers []string) (Partition, error) {
	if err := s.Analyse(d); err != nil {
		return nil, err
	}
	return Resolve(d, speakers), nil
}

// Analyse replaces the tags, lemmas, trees and entity mentions of d with
// the system's own.
func (s *System) Analyse(d *doc.Doc) error {
	for i := range d.Sentences {
		sent := &d.Sentences[i]
		for k := range sent.Tokens {
			t := &sent.Tokens[k]
			t.UPOS, t.XPOS, t.Lemma, t.Feats, t.Rel, t.Head = "", "", "", "", "", -1
		}
		s.tagger.TagSentence(sent)
		s.lemmas.LemmatizeSentence(sent)
		s.parser.ParseSentence(sent)
	}
	d.Mentions = nil
	if err := s.names.Recognize(d); err != nil {
		return fmt.Errorf("corefeval: %w", err)
	}
	return nil
}

// Resolve returns the partition coref.ClusterSpeakers finds in an analysed
// document.
func Resolve(d *doc.Doc, speakers []string) Partition {
	return Partition(refs(d, coref.ClusterSpeakers(d, speakers)))
}

func refs(d *doc.Doc, es [][]coref.Ref) [][]Mention {
	base := make([]int, len(d.Sentences))
	n := 0
	for i, s := range d.Sentences {
		base[i] = n
		n += len(s.Tokens)
	}
	out := make([][]Mention, len(es))
	for i, e := range es {
		for _, r := range e {
			out[i] = append(out[i], Mention{base[r.Sentence] + r.Start, base[r.Sentence] + r.End})
		}
	}
	return out
}

// Result holds the scores of a run with and without singletons.
type Result struct {
	WithSingletons, WithoutSingletons Scores
}

// Evaluate runs s over the documents and scores its partitions against
// their keys, once as they are and once with singleton entities removed
// from key and response (the CoNLL-2012 setting).
func (s *System) Evaluate(ctx context.Context, docs []Document) (Result, error) {
	var r Result
	for _, g := range docs {
		if err := ctx.Err(); err != nil {
			return r, err
		}
		resp, err := s.Response(g.Doc, g.Speakers)
		if err != nil {
			return r, fmt.Errorf("%s: %w", g.ID, err)
		}
		r.WithSingletons.Add(g.Key, resp)
		r.WithoutSingletons.Add(g.Key.WithoutSingletons(), resp.WithoutSingletons())
	}
	return r, nil
}
