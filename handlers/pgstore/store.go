package pgstore

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dealbot/dealbot/handlers"
)

// *DB is the handlers.Store of several replicas.
var _ handlers.Store = (*DB)(nil)

// checkKey refuses an empty key part.
func checkKey(parts ...string) error {
	for i := 0; i+1 < len(parts); i += 2 {
		if parts[i+1] == "" {
			return fmt.Errorf("%w: empty %s", handlers.ErrBadKey, parts[i])
		}
	}
	return nil
}

// micros is d in whole microseconds, the database's precision.
func micros(d time.Duration) int64 { return d.Microseconds() }

// purgeEvery is how often a handle deletes the event ids whose time ran out.
const purgeEvery = time.Minute

// ClaimEvent implements handlers.Store with one INSERT: a new id is
// inserted, an expired one taken again (ON CONFLICT … WHERE it expired),
// a live one left alone. Concurrent claims of one id queue on its row,
// so exactly one wins. Expired ids are purged once a minute.
func (db *DB) ClaimEvent(ctx context.Context, team, id string, ttl time.Duration) (bool, error) {
	if err := checkKey("team", team, "event id", id); err != nil {
		return false, err
	}
	db.purgeEvents(ctx)
	var first bool
	err := db.retry(ctx, "claim event", true, func(ctx context.Context) error {
		tag, err := db.pool.Exec(ctx, `INSERT INTO events (team_id, event_id, expires_at)
			VALUES ($1, $2, now() + $3 * interval '1 microsecond')
			ON CONFLICT (team_id, event_id) DO UPDATE SET expires_at = EXCLUDED.expires_at
			WHERE events.expires_at <= now()`, team, id, micros(ttl))
		first = err == nil && tag.RowsAffected() == 1
		return err
	})
	if err != nil {
		return false, fmt.Errorf("claim event: %w", err)
	}
	return first, nil
}

// due reports whether a purge last done at *last is due again, and if so
// marks it done now.
func (db *DB) due(last *time.Time) bool {
	db.purgeMu.Lock()
	defer db.purgeMu.Unlock()
	if time.Since(*last) < purgeEvery {
		return false
	}
	*last = time.Now()
	return true
}

// purgeEvents deletes expired event ids, at most once a purgeEvery per
// handle; a failure is left for the next time.
func (db *DB) purgeEvents(ctx context.Context) {
	if db.due(&db.eventsPurged) {
		_, err := db.pool.Exec(ctx, `DELETE FROM events WHERE expires_at < now()`)
		db.observe(err)
	}
}

// claimTable is a table of claims: rows keyed by key, held by owner until
// lease_until, done once the done column is set.
type claimTable struct {
	name string
	key  []string // key columns
	done string   // the column a record sets
}

var (
	digestClaims = claimTable{name: "digests", key: []string{"team_id", "channel_id", "day"}, done: "ts"}
	feedClaims   = claimTable{name: "feed_items", key: []string{"team_id", "item_key"}, done: "result"}
)

// where is "k1 = $1 AND k2 = $2 …".
func (t claimTable) where() string {
	conds := make([]string, len(t.key))
	for i, k := range t.key {
		conds[i] = fmt.Sprintf("%s = $%d", k, i+1)
	}
	return strings.Join(conds, " AND ")
}

// claim claims a row for owner in one transaction: insert it; else lock
// it and look: recorded (done), ours (lease renewed), stale (its lease
// ran out or its owner died: taken over) or held by holder. Concurrent
// claims queue on the row, so exactly one is granted or takes over.
func (db *DB) claim(ctx context.Context, t claimTable, key []string, owner string, lease time.Duration) (status handlers.ClaimStatus, holder string, err error) {
	db.markAlive(ctx, owner)
	n := len(key)
	args := make([]any, 0, n+2)
	for _, k := range key {
		args = append(args, k)
	}
	args = append(args, owner, micros(lease))
	ph := make([]string, n)
	for i := range ph {
		ph[i] = fmt.Sprintf("$%d", i+1)
	}
	insert := fmt.Sprintf(`INSERT INTO %s (%s, owner, lease_until) VALUES (%s, $%d, now() + $%d * interval '1 microsecond')
		ON CONFLICT DO NOTHING`, t.name, strings.Join(t.key, ", "), strings.Join(ph, ", "), n+1, n+2)
	look := fmt.Sprintf(`SELECT %s IS NOT NULL, owner, lease_until <= now(), owner <> $%d AND %s FROM %s WHERE %s FOR UPDATE`,
		t.done, n+1, ownerDeadSQL, t.name, t.where())
	take := fmt.Sprintf(`UPDATE %s SET owner = $%d, lease_until = now() + $%d * interval '1 microsecond' WHERE %s`,
		t.name, n+1, n+2, t.where())
	err = db.retry(ctx, "claim in "+t.name, false, func(ctx context.Context) error {
		return pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
			tag, err := tx.Exec(ctx, insert, args...)
			if err != nil {
				return err
			}
			if tag.RowsAffected() == 1 {
				status, holder = handlers.ClaimGranted, owner
				return nil
			}
			var done, expired, dead bool
			if err := tx.QueryRow(ctx, look, args[:n+1]...).Scan(&done, &holder, &expired, &dead); err != nil {
				return err
			}
			switch {
			case done:
				status = handlers.ClaimDone
				return nil
			case holder == owner:
				status = handlers.ClaimGranted
			case expired || dead:
				status = handlers.ClaimTakenOver
			default:
				status = handlers.ClaimHeld
				return nil
			}
			holder = owner
			_, err = tx.Exec(ctx, take, args...)
			return err
		})
	})
	return status, holder, err
}

// release deletes owner's claim on a row not recorded.
func (db *DB) release(ctx context.Context, t claimTable, key []string, owner string) error {
	args := make([]any, 0, len(key)+1)
	for _, k := range key {
		args = append(args, k)
	}
	args = append(args, owner)
	q := fmt.Sprintf(`DELETE FROM %s WHERE %s AND owner = $%d AND %s IS NULL`, t.name, t.where(), len(key)+1, t.done)
	return db.retry(ctx, "release in "+t.name, false, func(ctx context.Context) error {
		_, err := db.pool.Exec(ctx, q, args...)
		return err
	})
}

// Close implements handlers.Store: the owners of this handle look dead
// from now on, and the connections close.
func (db *DB) Close() error {
	db.closeOwners()
	db.pool.Close()
	return nil
}
