package pgstore

import (
	"context"
	"log/slog"
	"time"
)

// FollowOptions say how Follow watches the documents.
type FollowOptions struct {
	Every time.Duration // the periodic check, in case a notification was missed; 0: 30 s
}

// Follow calls changed whenever the team's documents may have changed,
// until ctx ends: at once on a notification (LISTEN dealbot_documents,
// on a connection of its own), once listening starts and whenever a lost
// connection is back (what changed meanwhile made no notification that
// reached us), and when the
// periodic check finds the count or the newest write changed. changed is
// called on Follow's goroutine, one call at a time; notifications that
// arrive during a call make one more call after it. A lost connection is
// retried with back-off, forever: the library keeps answering from what
// it has meanwhile.
func (d *Documents) Follow(ctx context.Context, opts FollowOptions, changed func(ctx context.Context)) {
	if opts.Every <= 0 {
		opts.Every = 30 * time.Second
	}
	kick := make(chan struct{}, 1)
	signal := func() {
		select {
		case kick <- struct{}{}:
		default:
		}
	}
	go d.listen(ctx, signal)
	go d.poll(ctx, opts.Every, signal)
	for {
		select {
		case <-ctx.Done():
			return
		case <-kick:
			changed(ctx)
		}
	}
}

// listen holds a connection LISTENing for notifications and signals each
// one, and each reconnection.
func (d *Documents) listen(ctx context.Context, signal func()) {
	wait := 200 * time.Millisecond
	for ctx.Err() == nil {
		err := d.listenOnce(ctx, func() {
			wait = 200 * time.Millisecond
			// Catch up with what changed before we listened: while the
			// connection was lost, or since the caller's first load.
			signal()
		}, signal)
		if ctx.Err() != nil {
			return
		}
		d.db.observe(err)
		d.db.log.Debug("listening for document changes failed; retrying", slog.Duration("in", wait), slog.Any("err", err))
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		wait = min(2*wait, 30*time.Second)
	}
}

// listenOnce connects, listens, calls listening, then signals each
// notification until the connection fails.
func (d *Documents) listenOnce(ctx context.Context, listening, signal func()) error {
	conn, err := d.db.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	// The connection leaves the pool for good: a LISTENing session must
	// not serve queries for others.
	c := conn.Hijack()
	defer c.Close(context.WithoutCancel(ctx))
	if _, err := c.Exec(ctx, "LISTEN dealbot_documents"); err != nil {
		return err
	}
	listening()
	for {
		if _, err := c.WaitForNotification(ctx); err != nil {
			return err
		}
		signal()
	}
}

// poll signals when the version of the documents changed since the last
// look: the safety net under LISTEN.
func (d *Documents) poll(ctx context.Context, every time.Duration, signal func()) {
	t := time.NewTicker(every)
	defer t.Stop()
	var last version
	known := false
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		v, err := d.version(ctx)
		if err != nil {
			continue // observed; the next tick tries again
		}
		if known && v != last {
			signal()
		}
		last, known = v, true
	}
}
