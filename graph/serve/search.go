package serve

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/textgraph/textgraph/graph/load"
	"github.com/textgraph/textgraph/graph/rdf"
	"github.com/textgraph/textgraph/graph/resolve"
)

// maxHits bounds the results of one search.
const maxHits = 50

// searchEntry is one entity with its names folded for matching.
type searchEntry struct {
	ID, Label, Type string
	Aliases         []string
	names           []string // resolve.Fold of the label, then of each alias
}

// searchIndex holds every stored entity. It is rebuilt when the store's
// quad count changes.
type searchIndex struct {
	count   int64
	entries []searchEntry
}

// Hit is one search result.
type Hit struct {
	ID, Label, Type string
	Href            string
	Matched         string // the alias that matched, when not the label
	Aliases         []string
}

// invalidate drops the search index after a write.
func (s *Server) invalidate() {
	s.idxMu.Lock()
	s.idx = nil
	s.idxMu.Unlock()
}

// index returns the search index, rebuilding it if the store changed.
func (s *Server) index(ctx context.Context) (*searchIndex, error) {
	n, err := s.st.Count(ctx)
	if err != nil {
		return nil, fmt.Errorf("serve: search index: %w", err)
	}
	s.idxMu.Lock()
	defer s.idxMu.Unlock()
	if s.idx != nil && s.idx.count == n {
		return s.idx, nil
	}
	ents, err := load.StoredEntities(ctx, s.st, &rdf.Mapper{Base: s.base})
	if err != nil {
		return nil, fmt.Errorf("serve: search index: %w", err)
	}
	idx := &searchIndex{count: n, entries: make([]searchEntry, 0, len(ents))}
	for _, e := range ents {
		se := searchEntry{ID: e.ID, Label: e.Label, Type: e.Type, Aliases: e.Aliases}
		se.names = append(se.names, resolve.Fold(e.Label))
		for _, a := range e.Aliases {
			se.names = append(se.names, resolve.Fold(a))
		}
		idx.entries = append(idx.entries, se)
	}
	sort.Slice(idx.entries, func(i, j int) bool { return idx.entries[i].Label < idx.entries[j].Label })
	s.idx = idx
	return idx, nil
}

// matchScore rates how well a folded name matches a folded query: 4 equal,
// 3 a prefix, 2 a word of the name starts with it, 1 every word of the
// query is in the name, 0 no match.
func matchScore(name, q string) int {
	switch {
	case name == q:
		return 4
	case strings.HasPrefix(name, q):
		return 3
	case strings.Contains(" "+name, " "+q):
		return 2
	}
	for _, w := range strings.Fields(q) {
		if !strings.Contains(name, w) {
			return 0
		}
	}
	return 1
}

// search returns the entities whose label or an alias matches q, with
// diacritics and case folded (resolve.Fold), best matches first.
func (idx *searchIndex) search(q string) []Hit {
	fq := resolve.Fold(q)
	if fq == "" {
		return nil
	}
	type scored struct {
		hit   Hit
		score int
	}
	var all []scored
	for _, e := range idx.entries {
		best, at := 0, -1
		for i, n := range e.names {
			if sc := matchScore(n, fq); sc > best {
				best, at = sc, i
			}
		}
		if best == 0 {
			continue
		}
		h := Hit{ID: e.ID, Label: e.Label, Type: e.Type, Href: entityPath(e.ID), Aliases: e.Aliases}
		if at > 0 {
			h.Matched = e.Aliases[at-1]
		}
		all = append(all, scored{h, best})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].score > all[j].score })
	if len(all) > maxHits {
		all = all[:maxHits]
	}
	out := make([]Hit, len(all))
	for i, s := range all {
		out[i] = s.hit
	}
	return out
}
