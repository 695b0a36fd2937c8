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
