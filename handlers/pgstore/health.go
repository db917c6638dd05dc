package pgstore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// health is what the last use of the database said: reachable, or not
// since when and why.
type health struct {
	mu    sync.Mutex
	down  time.Time // zero while reachable
	cause string
}

func newHealth() *health { return &health{} }

// observe records the outcome of a use of the database and reports
// whether it changed the state.
func (h *health) observe(err error, now time.Time) (changed bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if err == nil {
		changed = !h.down.IsZero()
		h.down, h.cause = time.Time{}, ""
		return changed
	}
	changed = h.down.IsZero()
	if changed {
		h.down = now
	}
	h.cause = err.Error()
	return changed
}

// Health pings the database (within a second) and says how it is, for
// /healthz: nil when it answers, else an error saying since when it has
// not. It never holds the password.
func (db *DB) Health(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	db.observe(db.pool.Ping(ctx))
	db.health.mu.Lock()
	defer db.health.mu.Unlock()
	if db.health.down.IsZero() {
		return nil
	}
	return fmt.Errorf("PostgreSQL at %s unreachable since %s: %s", db.where, db.health.down.UTC().Format(time.RFC3339), db.health.cause)
}

// observe records err (nil: the database answered) and logs the moment
// the database is lost and the moment it is back.
func (db *DB) observe(err error) {
	if errors.Is(err, context.Canceled) {
		return // the caller gave up: says nothing of the database
	}
	if !db.health.observe(err, time.Now()) {
		return
	}
	if err != nil {
		db.log.Warn("lost the database; retrying, answering from the local index meanwhile", slog.String("db", db.where), slog.Any("err", err))
	} else {
		db.log.Info("the database is back", slog.String("db", db.where))
	}
}
