package pgstore

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// retryFor bounds how long a state write keeps being retried while the
// database is unreachable, within the caller's context: long enough for a
// failover or a restart of the server, short enough that Slack's own
// retry of an event is still answered.
const retryFor = 20 * time.Second

// retry runs op until it succeeds, fails for a reason that will not pass
// (the server answered with an error), ctx ends or retryFor passes,
// waiting longer after each failure. Each failure is logged and marks the
// database down for /healthz. With onlySafe, an error after which op may
// have taken effect is not retried (see pgconn.SafeToRetry): op is not
// idempotent.
func (db *DB) retry(ctx context.Context, what string, onlySafe bool, op func(ctx context.Context) error) error {
	deadline := time.Now().Add(retryFor)
	wait := 100 * time.Millisecond
	for attempt := 1; ; attempt++ {
		err := op(ctx)
		db.observe(err)
		if err == nil || !transient(err) || onlySafe && !pgconn.SafeToRetry(err) || ctx.Err() != nil || time.Now().Add(wait).After(deadline) {
			return err
		}
		db.log.Warn("database write failed; retrying", slog.String("what", what), slog.Int("attempt", attempt),
			slog.Duration("in", wait), slog.Any("err", err))
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		wait = min(2*wait, 2*time.Second)
	}
}

// transient reports whether err may pass: a connection that failed or
// was cut, or a server error of a class that says to try again. An
// answer (no row, a constraint, a syntax error) or the caller giving up
// is final.
func transient(err error) bool {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		// Class 08 (connection), 40 (serialization, deadlock), 53
		// (resources), 57P (shutdown, cancelled by the administrator).
		c := pgErr.Code
		return len(c) == 5 && (c[:2] == "08" || c[:2] == "40" || c[:2] == "53" || c[:3] == "57P")
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	var connectErr *pgconn.ConnectError
	var netErr net.Error
	return pgconn.SafeToRetry(err) || errors.As(err, &connectErr) || errors.As(err, &netErr) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
}
