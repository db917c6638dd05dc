package handlers

import (
	"context"
	"fmt"
	"log/slog"
	"time"
)

// DefaultShutdownGrace is how long a shutdown waits for the replies in
// flight: under Docker's 10 seconds between SIGTERM and SIGKILL.
const DefaultShutdownGrace = 8 * time.Second

// abandonWait bounds the wait for abandoned replies to notice they were
// cancelled.
const abandonWait = time.Second

// Shutdown waits for the replies in flight (answers being computed, posts
// being delivered, retries included) until ctx ends; then it cancels
// those left and gives them abandonWait to stop. Call it once the
// transport takes no new work. It returns an error naming the replies
// abandoned, if any.
func (a *SlackApp) Shutdown(ctx context.Context) error {
	if n := a.inFlight.Load(); n > 0 {
		a.log.Info("finishing replies in flight", slog.Int64("replies", n))
	}
	done := make(chan struct{})
	go func() { a.wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
	}
	n := a.inFlight.Load()
	a.log.Warn("shutdown grace period over: abandoning replies in flight", slog.Int64("replies", n))
	a.stopWork()
	select {
	case <-done:
	case <-time.After(abandonWait):
	}
	return fmt.Errorf("shut down with %s abandoned: %w", plural(int(n), "reply"), ctx.Err())
}

// shutdownContext bounds a shutdown by the grace period.
func (a *SlackApp) shutdownContext() (context.Context, context.CancelFunc) {
	a.log.Info("shutting down: taking no new requests, finishing those in flight", slog.Duration("grace", a.grace))
	return context.WithTimeout(context.Background(), a.grace)
}
