package handlers

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// socketOpener opens Socket Mode connections (apps.connections.open with
// the app-level token); *slack.Client is one.
type socketOpener interface {
	StartSocketModeContext(ctx context.Context) (*slack.SocketModeConnection, string, error)
}

// Reconnecting. A connection that ends sooner than healthyAfter counts as
// a failure, as one that cannot be opened does: the next try waits a
// jittered back-off, doubling from reconnectWait up to reconnectMax, so a
// link that drops at once does not make the bot hammer
// apps.connections.open (which Slack rate-limits). A connection that
// lived longer is replaced at once.
const (
	healthyAfter  = 5 * time.Second
	reconnectWait = time.Second
	reconnectMax  = 30 * time.Second
)

// Shutting down. Envelopes that come in within settleWait of the signal
// reached the socket before it, and are still taken in; later ones are
// left for Slack to deliver elsewhere (an event is retried, a slash
// command is not: it must not land in a process about to stop). A
// connection Slack asked to replace is kept for refreshDrain, for the
// acknowledgements of the envelopes it brought.
const (
	settleWait   = 250 * time.Millisecond
	refreshDrain = ackWithin + time.Second
)

// RunSocketMode serves the same commands, events and buttons over Socket
// Mode until ctx ends, then finishes the replies in flight within the
// shutdown grace period, sending their acknowledgements on the
// connections they came in on, and closes the connections with a close
// frame. Every envelope is acknowledged at once (a slash command's reply
// travels in its acknowledgement when ready in time, otherwise, or when
// the acknowledgement could not be written, through its response_url).
// The client given to NewSlackApp must carry the app-level token
// (slack.OptionAppLevelToken); a refused one gives ErrTokenRejected.
func (a *SlackApp) RunSocketMode(ctx context.Context) error {
	if a.client == nil {
		return errors.New("socket mode needs the Slack client given to NewSlackApp")
	}
	return a.runSocket(ctx, a.client)
}

func (a *SlackApp) runSocket(ctx context.Context, open socketOpener) error {
	var (
		conns    sync.WaitGroup // connections still open
		stopping atomic.Int64   // unix nanoseconds when ctx ended; 0 while serving
		live     = map[*socketConn]bool{}
		liveMu   sync.Mutex
	)
	context.AfterFunc(ctx, func() { stopping.Store(time.Now().UnixNano()) })
	defer a.connected.Store(false)
	taking := func() bool {
		t := stopping.Load()
		return t == 0 || time.Since(time.Unix(0, t)) < settleWait
	}
	failures := 0
	for ctx.Err() == nil {
		c, err := dialSocket(ctx, open)
		if errors.Is(err, ErrTokenRejected) {
			a.Wait()
			return fmt.Errorf("socket mode: %w", err)
		}
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			failures++
			wait := backoff(failures)
			a.log.Warn("Socket Mode connection failed; retrying", slog.Any("err", err), slog.Duration("wait", wait))
			sleepCtx(ctx, wait)
			continue
		}
		a.connected.Store(false) // until its hello
		liveMu.Lock()
		live[c] = true
		liveMu.Unlock()
		conns.Add(1)
		ended := make(chan error, 1)
		refresh := make(chan string, 1)
		go func() {
			defer conns.Done()
			defer func() {
				liveMu.Lock()
				delete(live, c)
				liveMu.Unlock()
			}()
			ended <- c.read(func(data []byte) {
				if reason, ok := a.envelope(c, data, taking); ok {
					select {
					case refresh <- reason:
					default:
					}
				}
			})
		}()
		var cause error
		select {
		case <-ctx.Done():
			continue // the connection stays open for the replies in flight
		case reason := <-refresh:
			a.connected.Store(false)
			a.log.Info("Slack asked for a new Socket Mode connection; reconnecting", slog.String("reason", reason))
			time.AfterFunc(refreshDrain, c.close)
			cause = errRefresh
		case err := <-ended:
			a.connected.Store(false)
			cause = err
			c.close()
			a.log.Warn("Socket Mode connection lost; reconnecting", slog.String("cause", socketCause(err)),
				slog.Duration("lived", time.Since(c.opened).Round(time.Millisecond)))
		}
		if time.Since(c.opened) >= healthyAfter {
			failures = 0
			continue
		}
		failures++
		wait := backoff(failures)
		level := slog.LevelWarn
		if errors.Is(cause, errRefresh) && failures == 1 {
			level = slog.LevelInfo // Slack's own request, once
		}
		a.log.Log(ctx, level, "Socket Mode connection ended within seconds of opening; waiting before the next",
			slog.Duration("wait", wait), slog.Int("failures", failures), slog.Bool("refresh", errors.Is(cause, errRefresh)))
		sleepCtx(ctx, wait)
	}
	stopping.CompareAndSwap(0, time.Now().UnixNano()) // ctx's AfterFunc may not have run yet
	shutdown, cancel := a.shutdownContext()
	defer cancel()
	liveMu.Lock()
	opened := len(live)
	liveMu.Unlock()
	if opened > 0 {
		// Take in what reached the socket before the signal.
		time.Sleep(time.Until(time.Unix(0, stopping.Load()).Add(settleWait)))
	}
	err := a.Shutdown(shutdown)
	liveMu.Lock()
	for c := range live {
		c.close()
	}
	liveMu.Unlock()
	conns.Wait()
	return err
}

// errRefresh marks a connection Slack asked to replace.
var errRefresh = errors.New("refresh requested")

// backoff is the wait before try n+1 after n failures in a row: doubling
// from reconnectWait, at most reconnectMax, jittered down to half so that
// many bots do not come back in step.
func backoff(n int) time.Duration {
	d := reconnectWait << min(n-1, 10)
	d = min(d, reconnectMax)
	return d/2 + rand.N(d/2+1)
}

// socketCause describes why a connection ended, for the log.
func socketCause(err error) string {
	var ne interface{ Timeout() bool }
	switch {
	case errors.As(err, &ne) && ne.Timeout():
		return fmt.Sprintf("no message or ping from Slack for %v", pingWait)
	case err == nil:
		return "closed"
	}
	return err.Error()
}

// envelope handles one message of connection c. It reports the reason
// when Slack asks for the connection to be replaced. An envelope taken
// in is acknowledged at once, also when it cannot be parsed (so Slack
// does not deliver it again); taking says whether new work is still
// taken in.
func (a *SlackApp) envelope(c *socketConn, data []byte, taking func() bool) (refresh string, ok bool) {
	var req socketmode.Request
	if err := json.Unmarshal(data, &req); err != nil {
		var id struct {
			EnvelopeID string `json:"envelope_id"`
		}
		json.Unmarshal(data, &id)
		a.log.Warn("unreadable Socket Mode message", slog.String("envelope", id.EnvelopeID), slog.Any("err", err), slog.Int("bytes", len(data)))
		if id.EnvelopeID != "" && taking() {
			a.socketAck(c, id.EnvelopeID, nil)
		}
		return "", false
	}
	switch req.Type {
	case socketmode.RequestTypeHello:
		a.connected.Store(true)
		a.log.Info("connected to Slack (Socket Mode)", slog.Int("connections", req.NumConnections))
		return "", false
	case socketmode.RequestTypeDisconnect:
		return req.Reason, true
	}
	if req.EnvelopeID == "" {
		a.log.Warn("Socket Mode message without an envelope id ignored", slog.String("type", req.Type))
		return "", false
	}
	log := a.log.With(slog.String("envelope", req.EnvelopeID), slog.String("type", req.Type))
	if !taking() {
		log.Info("shutting down: envelope left for Slack to deliver again")
		return "", false
	}
	bad := func(err error) {
		log.Warn("Socket Mode envelope not understood; acknowledged and dropped", slog.Any("err", err))
		a.socketAck(c, req.EnvelopeID, nil)
	}
	switch req.Type {
	case socketmode.RequestTypeEventsAPI:
		ev, err := slackevents.ParseEvent(req.Payload, slackevents.OptionNoVerifyToken())
		if err != nil {
			bad(err)
			return "", false
		}
		a.socketAck(c, req.EnvelopeID, nil)
		if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok {
			a.event(ev, cb.EventID, req.RetryAttempt)
		}
	case socketmode.RequestTypeSlashCommands:
		var sc slack.SlashCommand
		if err := json.Unmarshal(req.Payload, &sc); err != nil {
			bad(err)
			return "", false
		}
		// Waiting for the answer must not hold up other envelopes.
		a.goSafe(log, func() {
			a.slashCommand(sc, func(m *message) error {
				if m == nil {
					return a.socketAck(c, req.EnvelopeID, nil)
				}
				if err := a.socketAck(c, req.EnvelopeID, m); err != nil {
					// Too large for an acknowledgement, or the connection
					// is gone: acknowledge without it where it still can
					// be; the reply follows through response_url.
					a.socketAck(c, req.EnvelopeID, nil)
					return err
				}
				return nil
			})
		})
	case socketmode.RequestTypeInteractive:
		var cb slack.InteractionCallback
		if err := json.Unmarshal(req.Payload, &cb); err != nil {
			bad(err)
			return "", false
		}
		a.socketAck(c, req.EnvelopeID, nil)
		a.interaction(cb)
	default:
		bad(fmt.Errorf("unknown envelope type %q", req.Type))
	}
	return "", false
}

// socketAck acknowledges an envelope on the connection it came in on,
// under the app's work context, which outlives the signal to stop until
// the shutdown grace period ends.
func (a *SlackApp) socketAck(c *socketConn, envelopeID string, payload *message) error {
	ctx, cancel := context.WithTimeout(a.work, ackTimeout)
	defer cancel()
	var err error
	if payload == nil {
		err = c.ack(ctx, envelopeID, nil)
	} else {
		err = c.ack(ctx, envelopeID, payload)
	}
	if err != nil {
		a.log.Warn("acknowledge Socket Mode envelope", slog.String("envelope", envelopeID), slog.Any("err", err))
	}
	return err
}
