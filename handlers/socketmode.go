package handlers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// ackTimeout bounds queueing one Socket Mode acknowledgement.
const ackTimeout = 5 * time.Second

// RunSocketMode serves the same commands, events and buttons over Socket
// Mode until ctx ends (then it finishes the replies in flight, within the
// shutdown grace period), acknowledging every envelope at once (a slash
// command's reply travels in its acknowledgement when ready in time). The
// client given to NewSlackApp must carry the app-level token
// (slack.OptionAppLevelToken); a refused one gives ErrTokenRejected.
func (a *SlackApp) RunSocketMode(ctx context.Context) error {
	if a.client == nil {
		return errors.New("socket mode needs the Slack client given to NewSlackApp")
	}
	sm := socketmode.New(a.client, socketmode.OptionLog(slog.NewLogLogger(a.log.Handler(), slog.LevelDebug)))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, 1)
	go func() { errc <- sm.RunContext(ctx) }()
	defer a.connected.Store(false)
	for {
		select {
		case err := <-errc:
			if ctx.Err() == nil {
				a.Wait()
				return fmt.Errorf("socket mode: %w", tokenError(err))
			}
			shutdown, cancel := a.shutdownContext()
			defer cancel()
			return a.Shutdown(shutdown)
		case evt := <-sm.Events:
			a.socketEvent(ctx, sm, evt)
		}
	}
}

// socketEvent handles one event of the Socket Mode client.
func (a *SlackApp) socketEvent(ctx context.Context, sm *socketmode.Client, evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		a.connected.Store(false)
		a.log.Debug("connecting to Slack (Socket Mode)")
	case socketmode.EventTypeConnected:
		a.connected.Store(true)
		a.log.Info("connected to Slack (Socket Mode)")
	case socketmode.EventTypeDisconnect:
		a.connected.Store(false)
		a.log.Info("Slack closed the Socket Mode connection; reconnecting")
	case socketmode.EventTypeConnectionError:
		a.connected.Store(false)
		a.log.Warn("Socket Mode connection failed; retrying", slog.Any("err", connErr(evt.Data)))
	case socketmode.EventTypeInvalidAuth:
		a.connected.Store(false)
		a.log.Error("Slack refused the app-level token")
	case socketmode.EventTypeIncomingError, socketmode.EventTypeErrorBadMessage, socketmode.EventTypeErrorWriteFailed:
		a.log.Warn("Socket Mode message problem", slog.String("type", string(evt.Type)))
	case socketmode.EventTypeEventsAPI:
		a.ack(ctx, sm, evt.Request, nil)
		ev, ok := evt.Data.(slackevents.EventsAPIEvent)
		if !ok {
			return
		}
		if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok {
			a.event(ev, cb.EventID, evt.Request.RetryAttempt)
		}
	case socketmode.EventTypeSlashCommand:
		sc, ok := evt.Data.(slack.SlashCommand)
		if !ok || evt.Request == nil {
			a.ack(ctx, sm, evt.Request, nil)
			return
		}
		req := evt.Request
		// Waiting for the answer must not hold up other envelopes.
		a.goSafe(a.log, func() {
			a.slashCommand(sc, func(m *message) error {
				if m == nil {
					return a.ack(ctx, sm, req, nil)
				}
				if err := a.ack(ctx, sm, req, m); err != nil {
					// Too large to travel in the acknowledgement: acknowledge
					// without it; the reply follows through response_url.
					a.ack(ctx, sm, req, nil)
					return err
				}
				return nil
			})
		})
	case socketmode.EventTypeInteractive:
		a.ack(ctx, sm, evt.Request, nil)
		if cb, ok := evt.Data.(slack.InteractionCallback); ok {
			a.interaction(cb)
		}
	}
}

// ack acknowledges a Socket Mode envelope, with an optional payload.
func (a *SlackApp) ack(ctx context.Context, sm *socketmode.Client, req *socketmode.Request, payload *message) error {
	if req == nil || req.EnvelopeID == "" {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, ackTimeout)
	defer cancel()
	var err error
	if payload == nil {
		err = sm.AckCtx(ctx, req.EnvelopeID, nil)
	} else {
		err = sm.AckCtx(ctx, req.EnvelopeID, payload)
	}
	if err != nil {
		a.log.Warn("acknowledge Socket Mode envelope", slog.String("envelope", req.EnvelopeID), slog.Any("err", err))
	}
	return err
}

// connErr is the error inside a Socket Mode connection-error event.
func connErr(data any) error {
	if e, ok := data.(*slack.ConnectionErrorEvent); ok {
		return e.ErrorObj
	}
	return nil
}
