package handlers_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"

	"github.com/dealbot/dealbot/handlers"
)

// scriptedSocket stands in for Slack's Socket Mode endpoint: every
// connection gets a hello, then script runs with it (n counts the
// connections from 1); it records what each connection receives.
type scriptedSocket struct {
	*httptest.Server
	opens  atomic.Int64 // apps.connections.open calls
	script func(conn *websocket.Conn, n int)

	mu     sync.Mutex
	acks   map[int][]string // envelope ids acknowledged, by connection
	closes map[int]int      // the close code each connection got (0: none, dropped)
}

func newScriptedSocket(t *testing.T, script func(conn *websocket.Conn, n int)) *scriptedSocket {
	t.Helper()
	s := &scriptedSocket{script: script, acks: map[int][]string{}, closes: map[int]int{}}
	var conns atomic.Int64
	upgrader := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		conn, err := upgrader.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer conn.Close()
		n := int(conns.Add(1))
		if conn.WriteMessage(websocket.TextMessage, []byte(`{"type":"hello","num_connections":1}`)) != nil {
			return
		}
		go s.script(conn, n)
		for {
			_, data, err := conn.ReadMessage()
			if err != nil {
				var ce *websocket.CloseError
				s.mu.Lock()
				if errors.As(err, &ce) {
					s.closes[n] = ce.Code
				}
				s.mu.Unlock()
				return
			}
			var ack struct {
				EnvelopeID string          `json:"envelope_id"`
				Payload    json.RawMessage `json:"payload"`
			}
			json.Unmarshal(data, &ack)
			s.mu.Lock()
			s.acks[n] = append(s.acks[n], ack.EnvelopeID)
			s.mu.Unlock()
		}
	}))
	t.Cleanup(s.Close)
	return s
}

// app returns an app whose apps.connections.open hands out this socket.
func (s *scriptedSocket) app(t *testing.T) (*handlers.SlackApp, *harness) {
	t.Helper()
	h := newHarness(t, func(c slacktest.Customize) {
		c.Handle("/apps.connections.open", func(w http.ResponseWriter, r *http.Request) {
			s.opens.Add(1)
			fmt.Fprintf(w, `{"ok":true,"url":%q}`, "ws"+strings.TrimPrefix(s.URL, "http"))
		})
	})
	return socketModeApp(t, h), h
}

// socketModeApp is a Slack app over the harness's fake Slack, with an
// app-level token for Socket Mode and a store of its own.
func socketModeApp(t *testing.T, h *harness) *handlers.SlackApp {
	t.Helper()
	log := slog.New(slog.NewTextHandler(h.logs, nil))
	client := handlers.NewSlackClient("xoxb-test", h.slack.GetAPIURL(), log, slack.OptionAppLevelToken("xapp-test"))
	app, err := handlers.NewSlackApp(context.Background(), client, h.bot, docs{}, log)
	if err != nil {
		t.Fatal(err)
	}
	app.UseStore(newStore(t))
	return app
}

func (s *scriptedSocket) acked(n int) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.acks[n]...)
}

func (s *scriptedSocket) closeCode(n int) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closes[n]
}

// run runs app in Socket Mode until the returned stop is called.
func runSocket(t *testing.T, app *handlers.SlackApp) (stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- app.RunSocketMode(ctx) }()
	return func() error {
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(15 * time.Second):
			t.Fatal("RunSocketMode did not return after its context ended")
			return nil
		}
	}
}

// TestSocketModeFlappingLink: a link that drops 5 ms after every open
// makes the bot back off: at most 10 opens in 10 seconds, each drop
// logged once with its cause.
func TestSocketModeFlappingLink(t *testing.T) {
	t.Parallel()
	s := newScriptedSocket(t, func(conn *websocket.Conn, _ int) {
		time.Sleep(5 * time.Millisecond)
		conn.Close() // no close frame: the link is gone
	})
	app, h := s.app(t)
	stop := runSocket(t, app)
	time.Sleep(10 * time.Second)
	stop()
	opens := s.opens.Load()
	if opens > 10 || opens < 2 {
		t.Errorf("%d connections opened in 10 s, want 2 to 10", opens)
	}
	logs := h.logs.String()
	if lost := strings.Count(logs, "Socket Mode connection lost"); lost < int(opens)-1 || lost > int(opens) {
		t.Errorf("%d opens but %d lost connections logged, want one line each:\n%s", opens, lost, logs)
	}
	if !strings.Contains(logs, `cause="`) {
		t.Errorf("the drops are logged without a cause:\n%s", logs)
	}
	t.Logf("%d opens in 10 s", opens)
}

// TestSocketModeBadEnvelopes: an envelope that cannot be parsed is
// acknowledged by its id (so Slack does not deliver it again) and logged
// with the id and the cause; the connection goes on.
func TestSocketModeBadEnvelopes(t *testing.T) {
	t.Parallel()
	s := newScriptedSocket(t, func(conn *websocket.Conn, _ int) {
		conn.WriteMessage(websocket.TextMessage, []byte(`{"envelope_id":"env-bad1","type":"slash_commands","payload":"not an object"}`))
		conn.WriteMessage(websocket.TextMessage, []byte(`{"envelope_id":"env-bad2","type":"events_api","retry_attempt":"one"}`))
		conn.WriteMessage(websocket.TextMessage, []byte(`{"envelope_id":"env-bad3","type":"something_new","payload":{}}`))
		conn.WriteMessage(websocket.TextMessage, []byte(envelope("env-ok", "slash_commands", map[string]any{"team_id": "T1", "channel_id": "C1", "user_id": "U1",
			"command": "/deal", "text": "help", "response_url": "http://127.0.0.1:1/unused"}, 0)))
	})
	app, h := s.app(t)
	stop := runSocket(t, app)
	waitFor(t, "four acknowledgements", func() bool { return len(s.acked(1)) == 4 })
	if err := stop(); err != nil {
		t.Errorf("RunSocketMode: %v", err)
	}
	if got := strings.Join(s.acked(1), " "); got != "env-bad1 env-bad2 env-bad3 env-ok" {
		t.Errorf("acknowledged %s, want all four in order", got)
	}
	logs := h.logs.String()
	for _, id := range []string{"env-bad1", "env-bad2", "env-bad3"} {
		line := ""
		for l := range strings.SplitSeq(logs, "\n") {
			if strings.Contains(l, "envelope="+id) {
				line = l
			}
		}
		if !strings.Contains(line, "err=") {
			t.Errorf("%s: no log line with its id and cause:\n%s", id, logs)
		}
	}
}

// TestSocketModeCloseFrames: a shutdown and a refresh close their
// connections with a close frame (normal closure), and the refresh logs
// no warning.
func TestSocketModeCloseFrames(t *testing.T) {
	t.Parallel()
	s := newScriptedSocket(t, func(conn *websocket.Conn, n int) {
		if n == 1 {
			conn.WriteMessage(websocket.TextMessage, []byte(`{"type":"disconnect","reason":"refresh_requested"}`))
		}
	})
	app, h := s.app(t)
	stop := runSocket(t, app)
	waitFor(t, "a second connection", func() bool { return s.opens.Load() == 2 })
	waitFor(t, "the first connection closed", func() bool { return s.closeCode(1) != 0 })
	if err := stop(); err != nil {
		t.Errorf("RunSocketMode: %v", err)
	}
	waitFor(t, "the second connection closed", func() bool { return s.closeCode(2) != 0 })
	for n := 1; n <= 2; n++ {
		if code := s.closeCode(n); code != websocket.CloseNormalClosure {
			t.Errorf("connection %d closed with code %d, want %d (a close frame)", n, code, websocket.CloseNormalClosure)
		}
	}
	if logs := h.logs.String(); strings.Contains(logs, "level=WARN") || strings.Count(logs, "Slack asked for a new Socket Mode connection") != 1 {
		t.Errorf("a refresh and a shutdown should log one info line and no warning:\n%s", logs)
	}
}

// TestSocketModeRefreshAcks: a slash command whose answer is ready after
// Slack asked to replace its connection is acknowledged on the connection
// it came in on, not on the new one.
func TestSocketModeRefreshAcks(t *testing.T) {
	t.Parallel()
	s := newScriptedSocket(t, func(conn *websocket.Conn, n int) {
		if n == 1 {
			conn.WriteMessage(websocket.TextMessage, []byte(envelope("env-old", "slash_commands", map[string]any{"team_id": "T1", "channel_id": "C1", "user_id": "U1",
				"command": "/deal", "text": "how big is the investment framework?", "response_url": "http://127.0.0.1:1/unused"}, 0)))
			conn.WriteMessage(websocket.TextMessage, []byte(`{"type":"disconnect","reason":"refresh_requested"}`))
		}
	})
	app, h := s.app(t)
	h.bot.delay = 300 * time.Millisecond // answered after the refresh
	stop := runSocket(t, app)
	waitFor(t, "the acknowledgement", func() bool { return len(s.acked(1))+len(s.acked(2)) == 1 })
	stop()
	if got1, got2 := s.acked(1), s.acked(2); len(got1) != 1 || len(got2) != 0 {
		t.Errorf("acknowledged on the old connection %v, on the new %v; want env-old on the old one", got1, got2)
	}
}

// TestSocketModeShutdownRace: a slash command taken in just before the
// signal to stop is still answered: its acknowledgement (with the reply)
// is written after the signal, on the same connection, before the close
// frame. Thirty times, the signal 0–15 ms after the command.
func TestSocketModeShutdownRace(t *testing.T) {
	t.Parallel()
	for i := range 30 {
		delay := time.Duration(i%16) * time.Millisecond
		sent, ready := make(chan struct{}), make(chan struct{})
		s := newScriptedSocket(t, func(conn *websocket.Conn, _ int) {
			<-ready
			conn.WriteMessage(websocket.TextMessage, []byte(envelope(fmt.Sprintf("env-%d", i), "slash_commands", map[string]any{"team_id": "T1", "channel_id": "C1", "user_id": "U1",
				"command": "/deal", "text": "how big is the investment framework?", "response_url": "http://127.0.0.1:1/unused"}, 0)))
			close(sent)
		})
		app, h := s.app(t)
		stop := runSocket(t, app)
		waitFor(t, "the connection", app.Connected)
		close(ready)
		<-sent
		time.Sleep(delay)
		if err := stop(); err != nil {
			t.Errorf("run %d: RunSocketMode: %v", i, err)
		}
		// The server reads in order: the acknowledgement came before the close.
		waitFor(t, "the close frame", func() bool { return s.closeCode(1) != 0 })
		if got := s.acked(1); len(got) != 1 {
			t.Errorf("run %d (stop %v after the command): acknowledgements %v, want the command's\n%s", i, delay, got, h.logs)
		}
		if code := s.closeCode(1); code != websocket.CloseNormalClosure {
			t.Errorf("run %d: closed with %d, want a close frame after the acknowledgement", i, code)
		}
	}
}
