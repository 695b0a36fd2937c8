package export

import (
	"context"
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// CSV headers.
var (
	EntityHeader   = []string{"id", "label", "type", "aliases", "mentions"}
	RelationHeader = []string{"source", "target", "predicate", "label", "confidence", "evidence_count"}
)

// AliasSeparator joins the aliases of an entity in CSV.
const AliasSeparator = "|"

// CSVWriter writes the entity projection of a graph as two CSV files
// (RFC 4180, header first): entities and relations, whose ids join. It
// implements quad.Writer; the output is written at Close.
type CSVWriter struct {
	ent, rel *csv.Writer
	ix       *index
	err      error
	closed   bool
}

// NewCSVWriter returns a CSVWriter to the two outputs.
func NewCSVWriter(entities, relations io.Writer) *CSVWriter {
	return &CSVWriter{ent: csv.NewWriter(entities), rel: csv.NewWriter(relations), ix: newIndex()}
}

// WriteQuad buffers q.
func (w *CSVWriter) WriteQuad(q quad.Quad) error {
	if w.err != nil {
		return w.err
	}
	if w.closed {
		w.err = errorf("write after Close")
		return w.err
	}
	w.err = w.ix.add(q)
	return w.err
}

// WriteQuads buffers qs and returns how many were accepted.
func (w *CSVWriter) WriteQuads(qs []quad.Quad) (int, error) {
	for i, q := range qs {
		if err := w.WriteQuad(q); err != nil {
			return i, err
		}
	}
	return len(qs), nil
}

// Flush writes buffered rows to the outputs. Rows exist only after Close.
func (w *CSVWriter) Flush() {
	w.ent.Flush()
	w.rel.Flush()
	if w.err == nil {
		if err := w.ent.Error(); err != nil {
			w.err = errorf("write entities: %w", err)
		} else if err := w.rel.Error(); err != nil {
			w.err = errorf("write relations: %w", err)
		}
	}
}

// Error reports any error that occurred while writing.
func (w *CSVWriter) Error() error { return w.err }

// Close writes both files and flushes them. It does not close the outputs.
func (w *CSVWriter) Close() error {
	if w.closed || w.err != nil {
		return w.err
	}
	w.closed = true
	w.ent.Write(EntityHeader)
	for _, e := range w.ix.entities() {
		aliases := make([]string, len(e.aliases))
		for i, a := range e.aliases {
			aliases[i] = clean(a)
		}
		w.ent.Write([]string{clean(e.id), clean(e.label), e.typ, strings.Join(aliases, AliasSeparator), strconv.Itoa(e.mentions)})
	}
	w.rel.Write(RelationHeader)
	for _, e := range w.ix.edges(true) {
		w.rel.Write([]string{clean(entityID(e.s)), clean(entityID(iriOf(e.o))), compact(e.p),
			clean(first(w.ix.labels[e.p])), formatConf(e), strconv.Itoa(len(e.evidence))})
	}
	w.Flush()
	return w.err
}

// WriteCSV writes the entity projection of src as entities.csv to
// entities and relations.csv to relations.
func WriteCSV(ctx context.Context, src Source, entities, relations io.Writer) error {
	w := NewCSVWriter(entities, relations)
	if err := src.ForEach(ctx, w.WriteQuad); err != nil {
		if w.Error() != nil {
			return w.Error()
		}
		return errorf("read csv source: %w", err)
	}
	return w.Close()
}
