package store

import "context"

// Truncate empties a postgres store, for tests that need a fresh one.
func Truncate(ctx context.Context, s *Store) error {
	if s.pg == nil {
		return nil
	}
	_, err := s.pg.db.ExecContext(ctx, `TRUNCATE quads, nodes`)
	return err
}

// NodeRows returns the number of rows of a postgres store's nodes table.
func NodeRows(ctx context.Context, s *Store) (int64, error) {
	var n int64
	err := s.pg.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM nodes`).Scan(&n)
	return n, err
}
