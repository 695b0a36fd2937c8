package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"
)

// The postgres backend reads and writes Cayley's two tables directly for
// bulk work, with Cayley's own encoders (csql.HashOf, csql.NodeValues) so the
// rows are exactly those Cayley writes:
//
//	nodes(hash PRIMARY KEY, refs, value, value_string, datatype, language,
//	      iri, bnode, value_int, value_bool, value_float, value_time)
//	quads(horizon, subject_hash, predicate_hash, object_hash, label_hash, ts)
//
// Cayley's writer sends one INSERT per node and per quad (about 2,200
// quads/s) and its iterators one SELECT per node value (about 1,700
// quads/s); multi-row statements and one join do the same work in a few
// round trips. Cayley's writer also counts a node reference for every quad
// it is given, even one already stored, so that deleting the quads later
// leaves orphan nodes behind; here only new quads are counted.

// nodeCols are the value columns of the nodes table, in scan order.
const nodeCols = "value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time"

// maxParams is below PostgreSQL's limit of 65535 parameters per statement.
const maxParams = 60000

func (s *Store) writePostgres(ctx context.Context, quads []quad.Quad) error {
	for len(quads) > 0 {
		n := min(len(quads), pgTxQuads)
		if err := s.pg.writeTx(ctx, quads[:n]); err != nil {
			return fmt.Errorf("store: write to %s: %w", s.where(), err)
		}
		quads = quads[n:]
	}
	return nil
}

type hashedQuad struct {
	q quad.Quad
	h [4]csql.NodeHash
}

// writeTx stores quads (without repeats) in one transaction.
func (p *pgConn) writeTx(ctx context.Context, quads []quad.Quad) error {
	tx, err := p.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	hq := make([]hashedQuad, len(quads))
	for i, q := range quads {
		hq[i].q = q
		for j, d := range quad.Directions {
			hq[i].h[j] = csql.HashOf(q.Get(d))
		}
	}
	// Lock out concurrent writers of the same triples for the check below.
	if _, err := tx.ExecContext(ctx, `LOCK TABLE quads IN SHARE ROW EXCLUSIVE MODE`); err != nil {
		return err
	}
	hq, err = dropStored(ctx, tx, hq)
	if err != nil {
		return err
	}
	if len(hq) == 0 {
		return tx.Commit()
	}

	// Node reference counts, one per quad direction, as Cayley keeps them.
	type node struct {
		h    csql.NodeHash
		v    quad.Value
		refs int
	}
	nodes := make(map[csql.NodeHash]*node)
	var order []*node
	for _, q := range hq {
		for j, d := range quad.Directions {
			v := q.q.Get(d)
			if v == nil {
				continue
			}
			n := nodes[q.h[j]]
			if n == nil {
				n = &node{h: q.h[j], v: v}
				nodes[q.h[j]] = n
				order = append(order, n)
			}
			n.refs++
		}
	}
	byType := make(map[csql.ValueType][][]any)
	for _, n := range order {
		typ, vals, err := nodeValues(n.h, n.v)
		if err != nil {
			return fmt.Errorf("encode %v: %w", n.v, err)
		}
		byType[typ] = append(byType[typ], append([]any{n.refs}, vals...))
	}
	for typ, rows := range byType {
		cols := "refs, hash, " + strings.Join(typ.Columns(), ", ")
		err := insertRows(ctx, tx, "INSERT INTO nodes("+cols+") VALUES ", rows,
			" ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs")
		if err != nil {
			return fmt.Errorf("insert nodes: %w", err)
		}
	}
	rows := make([][]any, len(hq))
	for i, q := range hq {
		rows[i] = []any{q.h[0].SQLValue(), q.h[1].SQLValue(), q.h[2].SQLValue(), q.h[3].SQLValue()}
	}
	if err := insertRows(ctx, tx, "INSERT INTO quads(subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES ", rows, " ON CONFLICT DO NOTHING"); err != nil {
		return fmt.Errorf("insert quads: %w", err)
	}
	return tx.Commit()
}

// nodeValues returns the nodes columns for v, as Cayley writes them, except
// for text holding a NUL byte or the four characters \x00: Cayley escapes
// NUL as \x00 in text columns and unescapes every \x00 when reading, so
// such text would not come back as written. Those values go, like any value
// Cayley has no column for, to the value column as protobuf, which Cayley
// (and forEach) read back exactly. SQL-side filters on value_string (Gizmo
// regexps on the postgres backend) do not see them.
func nodeValues(h csql.NodeHash, v quad.Value) (csql.ValueType, []any, error) {
	var text string
	switch v := v.(type) {
	case quad.String:
		text = string(v)
	case quad.TypedString:
		text = string(v.Value)
	case quad.LangString:
		text = string(v.Value)
	}
	if strings.Contains(text, "\x00") || strings.Contains(text, `\x00`) {
		data, err := pquads.MarshalValue(v)
		if err != nil {
			return 0, nil, err
		}
		return 0, []any{h.SQLValue(), data}, nil
	}
	return csql.NodeValues(h, v)
}

// insertRows runs head + "(...), (...)" + tail for rows, as many rows per
// statement as the parameter limit allows. Each row gets a now() appended
// when head names a ts column.
func insertRows(ctx context.Context, tx *sql.Tx, head string, rows [][]any, tail string) error {
	if len(rows) == 0 {
		return nil
	}
	withTS := strings.Contains(head, ", ts)")
	width := len(rows[0])
	per := max(1, maxParams/width)
	var b strings.Builder
	args := make([]any, 0, min(len(rows), per)*width)
	for len(rows) > 0 {
		n := min(len(rows), per)
		b.Reset()
		args = args[:0]
		b.WriteString(head)
		for i, r := range rows[:n] {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteByte('(')
			for j := range r {
				if j > 0 {
					b.WriteString(", ")
				}
				b.WriteByte('$')
				b.WriteString(strconv.Itoa(len(args) + j + 1))
			}
			if withTS {
				b.WriteString(", now()")
			}
			b.WriteByte(')')
			args = append(args, r...)
		}
		b.WriteString(tail)
		if _, err := tx.ExecContext(ctx, b.String(), args...); err != nil {
			return err
		}
		rows = rows[n:]
	}
	return nil
}

// dropStored returns the quads of hq that are not stored yet.
func dropStored(ctx context.Context, tx *sql.Tx, hq []hashedQuad) ([]hashedQuad, error) {
	ss := make(pq.ByteaArray, len(hq))
	ps := make(pq.ByteaArray, len(hq))
	os := make(pq.ByteaArray, len(hq))
	for i, q := range hq {
		ss[i], ps[i], os[i] = q.h[0].ValueHash[:], q.h[1].ValueHash[:], q.h[2].ValueHash[:]
	}
	rows, err := tx.QueryContext(ctx, `SELECT q.subject_hash, q.predicate_hash, q.object_hash, q.label_hash
		FROM quads q JOIN unnest($1::bytea[], $2::bytea[], $3::bytea[]) AS t(s, p, o)
		ON q.subject_hash = t.s AND q.predicate_hash = t.p AND q.object_hash = t.o`, ss, ps, os)
	if err != nil {
		return nil, fmt.Errorf("look up stored quads: %w", err)
	}
	defer rows.Close()
	stored := make(map[[4]csql.NodeHash]bool)
	for rows.Next() {
		var k [4]csql.NodeHash
		if err := rows.Scan(&k[0], &k[1], &k[2], &k[3]); err != nil {
			return nil, fmt.Errorf("look up stored quads: %w", err)
		}
		stored[k] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("look up stored quads: %w", err)
	}
	if len(stored) == 0 {
		return hq, nil
	}
	out := hq[:0]
	for _, q := range hq {
		if !stored[q.h] {
			out = append(out, q)
		}
	}
	return out, nil
}

// forEach streams the quads matching the non-nil values of pattern (all
// quads when pattern is nil) with one join over Cayley's tables.
func (p *pgConn) forEach(ctx context.Context, where, op string, pattern []quad.Value, fn func(quad.Quad) error) error {
	if op == "" {
		op = "read"
	}
	var (
		conds []string
		args  []any
	)
	for i, v := range pattern {
		if v == nil {
			continue
		}
		args = append(args, csql.HashOf(v).SQLValue())
		conds = append(conds, fmt.Sprintf("q.%s_hash = $%d", quad.Directions[i], len(args)))
	}
	query := `SELECT ` + prefixCols("s") + `, ` + prefixCols("p") + `, ` + prefixCols("o") + `, ` + prefixCols("l") + `
		FROM quads q
		JOIN nodes s ON s.hash = q.subject_hash
		JOIN nodes p ON p.hash = q.predicate_hash
		JOIN nodes o ON o.hash = q.object_hash
		LEFT JOIN nodes l ON l.hash = q.label_hash`
	if len(conds) > 0 {
		query += " WHERE " + strings.Join(conds, " AND ")
	}
	rows, err := p.db.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("store: %s %s: %w", op, where, err)
	}
	defer rows.Close()
	var cols [4]nodeRow
	dest := make([]any, 0, 40)
	for i := range cols {
		dest = append(dest, cols[i].dest()...)
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("store: %s %s: %w", op, where, err)
		}
		var q quad.Quad
		for i, d := range quad.Directions {
			v, err := cols[i].value()
			if err != nil {
				return fmt.Errorf("store: %s %s: %w", op, where, err)
			}
			q.Set(d, v)
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: %s %s: %w", op, where, err)
	}
	return nil
}

func prefixCols(t string) string {
	cols := strings.Split(nodeCols, ", ")
	for i, c := range cols {
		cols[i] = t + "." + c
	}
	return strings.Join(cols, ", ")
}

// nodeRow scans the value columns of one nodes row.
type nodeRow struct {
	data   []byte
	str    sql.NullString
	typ    sql.NullString
	lang   sql.NullString
	iri    sql.NullBool
	bnode  sql.NullBool
	vint   sql.NullInt64
	vbool  sql.NullBool
	vfloat sql.NullFloat64
	vtime  sql.NullTime
}

func (r *nodeRow) dest() []any {
	return []any{&r.data, &r.str, &r.typ, &r.lang, &r.iri, &r.bnode, &r.vint, &r.vbool, &r.vfloat, &r.vtime}
}

// value decodes the row as Cayley's sql QuadStore.NameOf does. A row of
// NULLs (no label) is a nil value.
func (r *nodeRow) value() (quad.Value, error) {
	switch {
	case r.str.Valid:
		switch {
		case r.iri.Bool:
			return quad.IRI(r.str.String), nil
		case r.bnode.Bool:
			return quad.BNode(r.str.String), nil
		case r.lang.Valid:
			return quad.LangString{Value: quad.String(unescapeNull(r.str.String)), Lang: r.lang.String}, nil
		case r.typ.Valid:
			return quad.TypedString{Value: quad.String(unescapeNull(r.str.String)), Type: quad.IRI(r.typ.String)}, nil
		}
		return quad.String(unescapeNull(r.str.String)), nil
	case r.vint.Valid:
		return quad.Int(r.vint.Int64), nil
	case r.vbool.Valid:
		return quad.Bool(r.vbool.Bool), nil
	case r.vfloat.Valid:
		return quad.Float(r.vfloat.Float64), nil
	case r.vtime.Valid:
		return quad.Time(r.vtime.Time.UTC()), nil
	case r.data != nil:
		v, err := pquads.UnmarshalValue(r.data)
		if err != nil {
			return nil, fmt.Errorf("decode node value: %w", err)
		}
		return v, nil
	}
	return nil, nil
}

// unescapeNull undoes Cayley's encoding of NUL bytes in text columns.
func unescapeNull(s string) string {
	return strings.ReplaceAll(s, `\x00`, "\u0000")
}

// count returns the number of rows of the quads table.
func (p *pgConn) count(ctx context.Context) (int64, error) {
	var n int64
	err := p.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM quads`).Scan(&n)
	return n, err
}
