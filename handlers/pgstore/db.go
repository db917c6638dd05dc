// Package pgstore keeps dealbot's shared state in PostgreSQL, so several
// replicas of the bot can serve one Slack workspace: the event ids
// claimed, the digest posted per channel and day, the feed items seen
// (handlers.Store), and the documents added to the coverage (Documents). Every key carries the Slack team id, so one database can
// serve several workspaces. It wraps github.com/jackc/pgx/v5 and hands
// no pgx type to its callers.
package pgstore

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// DB is a pool of connections to dealbot's database, its schema brought
// up to date. It is safe for concurrent use.
type DB struct {
	pool   *pgxpool.Pool
	where  string // host:port/database, for messages: never the password
	log    *slog.Logger
	health *health
	owners owners // the claim owners of this handle, kept alive

	purgeMu      sync.Mutex
	eventsPurged time.Time // expired events last purged
	countsPurged time.Time // past minutes' question counts last purged
}

// connectWait is how long Open keeps trying a server that does not
// answer yet (a database starting beside the bot, as in compose).
const connectWait = 10 * time.Second

// Open connects to the database at url, waiting up to connectWait for
// it, and applies the migrations it lacks (see Migrate). Its errors name
// the host, the port, the database and the user, never the password.
func Open(ctx context.Context, url string, log *slog.Logger) (*DB, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// pgx's message quotes the URL with the password masked, but only
		// as far as it could parse it: say nothing of the URL.
		return nil, errors.New("DEALBOT_DATABASE_URL is not a PostgreSQL URL (like postgres://dealbot:PASSWORD@db.example:5432/dealbot)")
	}
	cc := cfg.ConnConfig
	where := net.JoinHostPort(cc.Host, strconv.Itoa(int(cc.Port))) + "/" + cc.Database
	cfg.ConnConfig.ConnectTimeout = min(cmp.Or(cc.ConnectTimeout, 5*time.Second), 5*time.Second)
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("PostgreSQL at %s: %w", where, err)
	}
	db := &DB{pool: pool, where: where, log: log, health: newHealth()}
	if err := db.waitReachable(ctx, cc.User); err != nil {
		pool.Close()
		return nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("PostgreSQL at %s: %w", where, err)
	}
	db.warm(ctx)
	return db, nil
}

// waitReachable pings the server until it answers or connectWait passes.
func (db *DB) waitReachable(ctx context.Context, user string) error {
	ctx, cancel := context.WithTimeout(ctx, connectWait)
	defer cancel()
	wait := 100 * time.Millisecond
	for {
		err := db.pool.Ping(ctx)
		if err == nil {
			return nil
		}
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) { // the server answered no (a password, a database): waiting will not help
			return fmt.Errorf("PostgreSQL at %s refused user %q (DEALBOT_DATABASE_URL): %s", db.where, user, reason(err))
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("cannot reach PostgreSQL at %s as user %q (DEALBOT_DATABASE_URL): %s", db.where, user, reason(err))
		case <-time.After(wait):
		}
		wait = min(2*wait, 2*time.Second)
	}
}

// reason is the cause of a failed connection on one line: pgx lists
// each address and TLS mode it tried, usually with the same cause.
func reason(err error) string {
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) && ce.Unwrap() != nil {
		err = ce.Unwrap()
	}
	// The last attempt is the one that counts: with sslmode=prefer, a
	// refused TLS attempt comes first.
	lines := strings.Split(strings.TrimSpace(err.Error()), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

// warmConns is how many connections Open makes ready: a burst of Slack
// events, a digest round and the document listener then wait for none.
const warmConns = 4

// warm opens warmConns connections at once and leaves them idle in the
// pool. A failure here is not one: the pool connects on demand.
func (db *DB) warm(ctx context.Context) {
	conns := make([]*pgxpool.Conn, warmConns)
	var wg sync.WaitGroup
	for i := range conns {
		wg.Go(func() { conns[i], _ = db.pool.Acquire(ctx) })
	}
	wg.Wait()
	for _, c := range conns {
		if c != nil {
			c.Release()
		}
	}
}

// Where is host:port/database, safe to log.
func (db *DB) Where() string { return db.where }
