package store

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
)

// Adding quads to a bolt store writes Cayley's key-value layout directly,
// the layout of graph/kv at the pinned Cayley version, which Cayley reads,
// queries and deletes from unchanged (TestBoltLayout checks it against
// Cayley's own writer). Every key below is inside a top-level bucket:
//
//	meta/horizon, meta/size      little-endian uint64: the last ID given
//	                             out; the number of live quads
//	log/<ID, 8 bytes big-endian> a protobuf Primitive: a node (ID,
//	                             Timestamp, Value: the pquads encoding of
//	                             the value) or a quad (ID, the IDs of its
//	                             four values, Timestamp; Deleted once
//	                             removed)
//	v<h0><h1>/<h>                uvarint node ID, where h is the SHA-1 of
//	                             the value's String() and h0, h1 its first
//	                             two bytes
//	n<h0><h1>/<h>                uvarint: how many quad positions
//	                             reference the node (Cayley deletes the
//	                             node when this reaches zero)
//	<index>/<IDs>                for each quad index (e.g. "sp"), the IDs
//	                             of the indexed positions, 8 bytes
//	                             big-endian each, to the ascending uvarint
//	                             list of the IDs of the quads that have them
//
// Cayley's own writer costs about 240 allocations a quad, reads each node's
// reference count once per batch through a map of keys, and rewrites the
// index lists of a batch in random order after building a map of maps;
// this one hashes each distinct value once, touches every key in sorted
// order, counts references exactly (Cayley's counts a quad it then finds
// already stored), and allocates the keys and values bbolt must keep until
// commit from one arena per transaction.

var (
	bucketMeta  = []byte("meta")
	bucketLog   = []byte("log")
	keyHorizon  = []byte("horizon")
	keySize     = []byte("size")
	errNoBucket = errors.New("missing bucket")
)

// boltNode is one distinct value of a transaction's quads.
type boltNode struct {
	hash  refs.ValueHash
	val   quad.Value
	id    uint64
	refs  uint64 // quad positions among the quads added
	isNew bool
}

// indexEntry is one quad's key in one index.
type indexEntry struct {
	key [4]uint64 // the IDs of the index's positions, in its order
	id  uint64    // the quad's ID
}

// arena hands out byte slices that stay valid until the transaction
// commits, as bbolt requires of the keys and values it is given.
type arena struct{ buf []byte }

func (a *arena) alloc(n int) []byte {
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]byte, 0, max(n, 1<<20))
	}
	start := len(a.buf)
	a.buf = a.buf[:start+n]
	return a.buf[start : start+n : start+n]
}

func (a *arena) copy(b []byte) []byte {
	out := a.alloc(len(b))
	copy(out, b)
	return out
}

// uvarint returns x as a uvarint in the arena.
func (a *arena) uvarint(x uint64) []byte {
	var buf [binary.MaxVarintLen64]byte
	return a.copy(buf[:binary.PutUvarint(buf[:], x)])
}

func idKey(id uint64) []byte {
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], id)
	return k[:]
}

// appendPrimitive appends p's protobuf encoding, the bytes proto.Marshal
// gives for a cproto.Primitive (fields in number order, zero values left
// out).
func appendPrimitive(b []byte, p *cproto.Primitive) []byte {
	for _, f := range [...]struct {
		num protowire.Number
		v   uint64
	}{{1, p.ID}, {2, p.Subject}, {3, p.Predicate}, {4, p.Object}, {5, p.Label}, {6, p.Replaces}, {7, uint64(p.Timestamp)}} {
		if f.v != 0 {
			b = protowire.AppendTag(b, f.num, protowire.VarintType)
			b = protowire.AppendVarint(b, f.v)
		}
	}
	if len(p.Value) > 0 {
		b = protowire.AppendTag(b, 8, protowire.BytesType)
		b = protowire.AppendBytes(b, p.Value)
	}
	if p.Deleted {
		b = protowire.AppendTag(b, 9, protowire.VarintType)
		b = protowire.AppendVarint(b, 1)
	}
	return b
}

// boltAdder adds quads to one bolt write transaction.
type boltAdder struct {
	tx      *bolt.Tx
	indexes []kv.QuadIndex
	mem     arena
	buckets map[[3]byte]*bolt.Bucket
	scratch []byte
}

// bucket returns the top-level bucket name, nil if there is none (a store
// made without the value buckets up front) and create is false.
func (w *boltAdder) bucket(name []byte, create bool) (*bolt.Bucket, error) {
	if len(name) == 3 {
		var k [3]byte
		copy(k[:], name)
		if b, ok := w.buckets[k]; ok {
			return b, nil
		}
		b, err := w.bucketOf(name, create)
		if b != nil {
			w.buckets[k] = b
		}
		return b, err
	}
	return w.bucketOf(name, create)
}

func (w *boltAdder) bucketOf(name []byte, create bool) (*bolt.Bucket, error) {
	if b := w.tx.Bucket(name); b != nil || !create {
		return b, nil
	}
	return w.tx.CreateBucket(w.mem.copy(name))
}

func (w *boltAdder) metaInt(key []byte) (uint64, error) {
	b := w.tx.Bucket(bucketMeta)
	if b == nil {
		return 0, fmt.Errorf("%w meta", errNoBucket)
	}
	v := b.Get(key)
	switch len(v) {
	case 0:
		return 0, nil
	case 8:
		return binary.LittleEndian.Uint64(v), nil
	}
	return 0, fmt.Errorf("meta/%s is %d bytes, not 8", key, len(v))
}

func (w *boltAdder) putMetaInt(key []byte, x uint64) error {
	v := w.mem.alloc(8)
	binary.LittleEndian.PutUint64(v, x)
	return w.tx.Bucket(bucketMeta).Put(key, v)
}

// distinctNodes returns the distinct values of quads, and for each quad the index
// of each of its four values among them (-1 for a missing label).
func distinctNodes(quads []quad.Quad) ([]boltNode, [][4]int32) {
	nodes := make([]boltNode, 0, len(quads))
	byHash := make(map[refs.ValueHash]int32, len(quads))
	// IRIs (subjects, predicates, graphs) repeat the most: look them up by
	// string before hashing.
	byIRI := make(map[quad.IRI]int32, len(quads))
	pos := make([][4]int32, len(quads))
	for i, q := range quads {
		for d, v := range [4]quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if v == nil {
				pos[i][d] = -1
				continue
			}
			iri, isIRI := v.(quad.IRI)
			if isIRI {
				if j, ok := byIRI[iri]; ok {
					pos[i][d] = j
					continue
				}
			}
			h := refs.HashOf(v)
			j, ok := byHash[h]
			if !ok {
				j = int32(len(nodes))
				nodes = append(nodes, boltNode{hash: h, val: v})
				byHash[h] = j
			}
			if isIRI {
				byIRI[iri] = j
			}
			pos[i][d] = j
		}
	}
	return nodes, pos
}

// add writes the quads that are not stored yet. quads must not repeat.
func (w *boltAdder) add(quads []quad.Quad) error {
	nodes, pos := distinctNodes(quads)
	order := make([]int32, len(nodes))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return bytes.Compare(nodes[a].hash[:], nodes[b].hash[:]) })

	// Resolve the values already stored, in hash order.
	for _, j := range order {
		n := &nodes[j]
		b, err := w.bucket([]byte{'v', n.hash[0], n.hash[1]}, false)
		if err != nil {
			return err
		}
		var v []byte
		if b != nil {
			v = b.Get(n.hash[:])
		}
		if len(v) == 0 {
			n.isNew = true
			continue
		}
		id, k := binary.Uvarint(v)
		if k <= 0 || id == 0 {
			return fmt.Errorf("node %x: bad ID %x", n.hash, v)
		}
		n.id = id
	}
	horizon, err := w.metaInt(keyHorizon)
	if err != nil {
		return err
	}
	size, err := w.metaInt(keySize)
	if err != nil {
		return err
	}
	next := horizon
	var newNodes []int32
	for _, j := range order {
		if nodes[j].isNew {
			next++
			nodes[j].id = next
			newNodes = append(newNodes, j)
		}
	}

	// The quads to add: those with a new value, and those not found in the
	// store.
	exists := existenceIndex(w.indexes)
	type newQuad struct {
		ids [4]uint64
		id  uint64
	}
	added := make([]newQuad, 0, len(quads))
	for i := range quads {
		var ids [4]uint64
		isNew := false
		for d, j := range pos[i] {
			if j >= 0 {
				ids[d] = nodes[j].id
				isNew = isNew || nodes[j].isNew
			}
		}
		if !isNew {
			found, err := w.stored(exists, ids)
			if err != nil {
				return err
			}
			if found {
				continue
			}
		}
		for _, j := range pos[i] {
			if j >= 0 {
				nodes[j].refs++
			}
		}
		next++
		added = append(added, newQuad{ids: ids, id: next})
	}
	if len(added) == 0 {
		return nil
	}

	// The log, in ID order: new nodes, then the quads.
	logB := w.tx.Bucket(bucketLog)
	if logB == nil {
		return fmt.Errorf("%w log", errNoBucket)
	}
	logB.FillPercent = 1 // keys are appended in order
	now := time.Now().UnixNano()
	for _, j := range newNodes {
		n := &nodes[j]
		val, err := pquads.MarshalValue(n.val)
		if err != nil {
			return fmt.Errorf("encode %v: %w", n.val, err)
		}
		w.scratch = appendPrimitive(w.scratch[:0], &cproto.Primitive{ID: n.id, Timestamp: now, Value: val})
		if err := logB.Put(w.mem.copy(idKey(n.id)), w.mem.copy(w.scratch)); err != nil {
			return err
		}
	}
	for _, q := range added {
		p := cproto.Primitive{ID: q.id, Subject: q.ids[0], Predicate: q.ids[1], Object: q.ids[2], Label: q.ids[3], Timestamp: now}
		w.scratch = appendPrimitive(w.scratch[:0], &p)
		if err := logB.Put(w.mem.copy(idKey(q.id)), w.mem.copy(w.scratch)); err != nil {
			return err
		}
	}

	// Node IDs and reference counts, in hash order.
	for _, j := range order {
		n := &nodes[j]
		if n.refs == 0 {
			continue
		}
		if n.isNew {
			b, err := w.bucket([]byte{'v', n.hash[0], n.hash[1]}, true)
			if err != nil {
				return err
			}
			if err := b.Put(w.mem.copy(n.hash[:]), w.mem.uvarint(n.id)); err != nil {
				return err
			}
		}
		b, err := w.bucket([]byte{'n', n.hash[0], n.hash[1]}, true)
		if err != nil {
			return err
		}
		count := n.refs
		if !n.isNew {
			if v := b.Get(n.hash[:]); len(v) > 0 {
				old, _ := binary.Uvarint(v)
				count += old
			}
		}
		if err := b.Put(w.mem.copy(n.hash[:]), w.mem.uvarint(count)); err != nil {
			return err
		}
	}

	// Each index: the new quad IDs appended to their keys' lists, keys in
	// order.
	entries := make([]indexEntry, len(added))
	for _, ind := range w.indexes {
		for i, q := range added {
			var e indexEntry
			for k, d := range ind.Dirs {
				e.key[k] = q.ids[dirPos(d)]
			}
			e.id = q.id
			entries[i] = e
		}
		// By key, then ID: a key's list stays ascending.
		slices.SortFunc(entries, func(a, b indexEntry) int {
			for k := range a.key {
				if c := cmp.Compare(a.key[k], b.key[k]); c != 0 {
					return c
				}
			}
			return cmp.Compare(a.id, b.id)
		})
		name := ind.Key(nil)[0]
		b := w.tx.Bucket(name)
		if b == nil {
			return fmt.Errorf("%w %s (index %v)", errNoBucket, name, ind.Dirs)
		}
		nd := len(ind.Dirs)
		for i := 0; i < len(entries); {
			e := entries[i]
			key := w.mem.alloc(8 * nd)
			for k := 0; k < nd; k++ {
				binary.BigEndian.PutUint64(key[8*k:], e.key[k])
			}
			w.scratch = append(w.scratch[:0], b.Get(key)...)
			for ; i < len(entries) && entries[i].key == e.key; i++ {
				w.scratch = binary.AppendUvarint(w.scratch, entries[i].id)
			}
			if err := b.Put(key, w.mem.copy(w.scratch)); err != nil {
				return err
			}
		}
	}

	if err := w.putMetaInt(keyHorizon, next); err != nil {
		return err
	}
	return w.putMetaInt(keySize, size+uint64(len(added)))
}

// dirPos is the position of d in a quad's [subject, predicate, object,
// label] (quad.Directions' order).
func dirPos(d quad.Direction) int {
	switch d {
	case quad.Subject:
		return 0
	case quad.Predicate:
		return 1
	case quad.Object:
		return 2
	}
	return 3
}

// existenceIndex returns the index that narrows a quad down the most (the
// one with the most positions): its list for a quad's key holds every
// stored quad that could equal it.
func existenceIndex(indexes []kv.QuadIndex) kv.QuadIndex {
	best := indexes[0]
	for _, ind := range indexes[1:] {
		if len(ind.Dirs) > len(best.Dirs) {
			best = ind
		}
	}
	return best
}

// stored reports whether a live quad with these value IDs is stored.
func (w *boltAdder) stored(ind kv.QuadIndex, ids [4]uint64) (bool, error) {
	key := make([]byte, 8*len(ind.Dirs))
	for k, d := range ind.Dirs {
		binary.BigEndian.PutUint64(key[8*k:], ids[dirPos(d)])
	}
	name := ind.Key(nil)[0]
	b := w.tx.Bucket(name)
	if b == nil {
		return false, fmt.Errorf("%w %s (index %v)", errNoBucket, name, ind.Dirs)
	}
	list := b.Get(key)
	logB := w.tx.Bucket(bucketLog)
	for len(list) > 0 {
		id, n := binary.Uvarint(list)
		if n <= 0 {
			return false, fmt.Errorf("index %s: bad list for key %x", name, key)
		}
		list = list[n:]
		v := logB.Get(idKey(id))
		if v == nil {
			continue
		}
		var p cproto.Primitive
		if err := proto.Unmarshal(v, &p); err != nil {
			return false, fmt.Errorf("log entry %d: %w", id, err)
		}
		if !p.Deleted && p.Subject == ids[0] && p.Predicate == ids[1] && p.Object == ids[2] && p.Label == ids[3] {
			return true, nil
		}
	}
	return false, nil
}
