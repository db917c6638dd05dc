package pgstore

import (
	"context"
	"fmt"
	"sync"

	"github.com/jackc/pgx/v5"
)

// A claim's owner is alive while it holds a session-level advisory lock
// named after it, on a connection this handle keeps for that. When the
// owner's process dies, even by kill -9, its connection closes and
// PostgreSQL releases the lock at once: another replica's claim then
// sees the owner dead (see ownerDeadSQL) without waiting out the lease.
// A replica whose lock connection was cut looks dead for a moment; it
// takes its locks again on its next claim. A claim taken over is never
// trusted blindly: handlers.ClaimTakenOver makes the caller look in the
// channel's history first.

// ownerLockClass is the first key of the two-key advisory locks that mark
// owners alive ("db" "o" "1"); the one-key form used for migrations is
// another key space.
const ownerLockClass = 0x64626f31

// ownerDeadSQL is true when the owner in the owner column holds no lock:
// taking the lock for the length of the transaction succeeds only then.
var ownerDeadSQL = fmt.Sprintf(`pg_try_advisory_xact_lock(%d, hashtext(owner))`, ownerLockClass)

// ownerLockSQL takes owner $1's lock for the session.
var ownerLockSQL = fmt.Sprintf(`SELECT pg_try_advisory_lock(%d, hashtext($1))`, ownerLockClass)

// owners holds the locks of the owners claiming through this handle.
type owners struct {
	mu   sync.Mutex
	conn *pgx.Conn // nil until the first claim, and after it was lost
	held map[string]bool
}

// markAlive makes sure this handle holds owner's lock, so that its claims
// are not taken for a dead owner's. When the lock cannot be taken (the
// database is unreachable) the claim goes on: its lease still protects it.
func (db *DB) markAlive(ctx context.Context, owner string) {
	o := &db.owners
	o.mu.Lock()
	defer o.mu.Unlock()
	// A connection the server dropped (a restart) lost its locks: look
	// before trusting it, and take them again on a new one.
	if o.conn != nil && o.conn.Ping(ctx) != nil {
		o.conn.Close(context.WithoutCancel(ctx))
		o.conn, o.held = nil, nil
	}
	if o.conn != nil && o.held[owner] {
		return
	}
	if o.conn == nil {
		c, err := db.pool.Acquire(ctx)
		if err != nil {
			return
		}
		o.conn, o.held = c.Hijack(), map[string]bool{}
	}
	var got bool
	err := o.conn.QueryRow(ctx, ownerLockSQL, owner).Scan(&got)
	if err != nil {
		o.conn.Close(context.WithoutCancel(ctx))
		o.conn, o.held = nil, nil
		return
	}
	// Not got: another handle of the same owner holds it, which keeps the
	// owner alive just as well.
	o.held[owner] = true
}

// closeOwners releases the locks: the owners of this handle now look dead.
func (db *DB) closeOwners() {
	o := &db.owners
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.conn != nil {
		o.conn.Close(context.Background())
		o.conn, o.held = nil, nil
	}
}
