package handlers_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"

	"github.com/dealbot/dealbot/handlers"
)

// socketServer stands in for the WebSocket URL that apps.connections.open
// hands out: it says hello, sends the envelopes it is given and collects
// the acknowledgements.
type socketServer struct {
	*httptest.Server
	send chan string
	acks chan map[string]json.RawMessage
}

func newSocketServer(t *testing.T) *socketServer {
	t.Helper()
	s := &socketServer{send: make(chan string), acks: make(chan map[string]json.RawMessage, 16)}
	upgrader := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		conn, err := upgrader.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer conn.Close()
		if err := conn.WriteMessage(websocket.TextMessage, []byte(`{"type":"hello","num_connections":1}`)); err != nil {
			return
		}
		done := make(chan struct{})
		defer close(done)
		go func() { // the one writer of the connection after hello
			for {
				select {
				case env := <-s.send:
					if conn.WriteMessage(websocket.TextMessage, []byte(env)) != nil {
						return
					}
				case <-done:
					return
				}
			}
		}()
		for {
			var ack map[string]json.RawMessage
			if err := conn.ReadJSON(&ack); err != nil {
				return
			}
			s.acks <- ack
		}
	}))
	t.Cleanup(s.Close)
	return s
}

// envelope wraps a payload as Socket Mode delivers it.
func envelope(id, typ string, payload any, retry int) string {
	b, _ := json.Marshal(map[string]any{
		"envelope_id": id, "type": typ, "payload": payload,
		"accepts_response_payload": typ == "slash_commands", "retry_attempt": retry,
	})
	return string(b)
}

// nextAck waits for the acknowledgement of one envelope.
func (s *socketServer) nextAck(t *testing.T) (id string, payload json.RawMessage) {
	t.Helper()
	select {
	case ack := <-s.acks:
		json.Unmarshal(ack["envelope_id"], &id)
		return id, ack["payload"]
	case <-time.After(5 * time.Second):
		t.Fatal("timed out waiting for an acknowledgement")
		return "", nil
	}
}

// TestSocketMode: the same commands, events and buttons over Socket Mode,
// every envelope acknowledged, retries answered once.
func TestSocketMode(t *testing.T) {
	ws := newSocketServer(t)
	h := newHarness(t, func(c slacktest.Customize) {
		c.Handle("/apps.connections.open", func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Authorization") != "Bearer xapp-test" {
				io.WriteString(w, `{"ok":false,"error":"not_allowed_token_type"}`)
				return
			}
			fmt.Fprintf(w, `{"ok":true,"url":%q}`, "ws"+strings.TrimPrefix(ws.URL, "http"))
		})
	})
	app := socketModeApp(t, h)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- app.RunSocketMode(ctx) }()

	ev := map[string]any{
		"token": "unused", "team_id": "T1", "api_app_id": "A1", "type": "event_callback", "event_id": "EvSock1", "event_time": 1700000000,
		"event": mention("<@W012A3CDE> who decides which projects the fund invests in?", "1700000000.000100", ""),
	}
	ws.send <- envelope("env-1", "events_api", ev, 0)
	ws.send <- envelope("env-2", "events_api", ev, 1) // Slack's retry of the same event
	cmd := map[string]any{"team_id": "T1", "channel_id": "C1", "user_id": "U1", "command": "/deal",
		"text": "how big is the investment framework?", "response_url": h.slack.responseURL("sock"), "trigger_id": "1.2.3"}
	ws.send <- envelope("env-3", "slash_commands", cmd, 0)

	acked := map[string]json.RawMessage{}
	for range 3 {
		id, payload := ws.nextAck(t)
		acked[id] = payload
	}
	for _, id := range []string{"env-1", "env-2", "env-3"} {
		if _, ok := acked[id]; !ok {
			t.Errorf("envelope %s not acknowledged (got %v)", id, acked)
		}
	}
	if len(acked["env-1"]) > 0 {
		t.Errorf("an event's acknowledgement carries a payload: %s", acked["env-1"])
	}
	reply := readKit(t, acked["env-3"])
	if reply.ResponseType != "ephemeral" || !strings.Contains(reply.allText(), "$550 billion") || !reply.hasButton("dealbot_share") {
		t.Errorf("slash command not answered in its acknowledgement: %s", acked["env-3"])
	}

	// A button of that reply, pressed.
	press := interactionPayload("dealbot_feedback_up", reply.button(t, "dealbot_feedback_up"), h.slack.responseURL("sock-feedback"))
	ws.send <- envelope("env-4", "interactive", press, 0)
	if id, _ := ws.nextAck(t); id != "env-4" {
		t.Errorf("acknowledged %s, want env-4", id)
	}
	waitFor(t, "the feedback reply", func() bool { _, r := h.slack.sent(); return len(r) == 1 })
	waitFor(t, "the mention reply", func() bool { p, _ := h.slack.sent(); return len(p) >= 1 })

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("RunSocketMode after shutdown: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("RunSocketMode did not return after its context ended")
	}
	posts, responses := h.slack.sent()
	if len(posts) != 1 || posts[0].ThreadTS != "1700000000.000100" || !strings.Contains(blocksKit(t, posts[0].Blocks).allText(), "projects") {
		t.Errorf("want one threaded answer to the retried mention, got %v", posts)
	}
	if responses[0].Path != "/response/sock-feedback" || !strings.Contains(responses[0].Text, "Thanks") {
		t.Errorf("feedback reply = %v", responses[0])
	}
}

func TestSocketModeTokenRejected(t *testing.T) {
	h := newHarness(t, func(c slacktest.Customize) {
		c.Handle("/apps.connections.open", func(w http.ResponseWriter, _ *http.Request) {
			io.WriteString(w, `{"ok":false,"error":"invalid_auth"}`)
		})
	})
	log := slog.New(slog.NewTextHandler(h.logs, nil))
	client := handlers.NewSlackClient("xoxb-test", h.slack.GetAPIURL(), log, slack.OptionAppLevelToken("xapp-revoked"))
	app, err := handlers.NewSlackApp(context.Background(), client, h.bot, docs{}, log)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := app.RunSocketMode(ctx); !errors.Is(err, handlers.ErrTokenRejected) {
		t.Errorf("RunSocketMode = %v, want ErrTokenRejected", err)
	}
}

// TestSocketModeFollowUp: over Socket Mode too, a mention in a thread is
// read after the question asked of the bot before it there.
func TestSocketModeFollowUp(t *testing.T) {
	ws := newSocketServer(t)
	h := newHarness(t, func(c slacktest.Customize) {
		c.Handle("/apps.connections.open", func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprintf(w, `{"ok":true,"url":%q}`, "ws"+strings.TrimPrefix(ws.URL, "http"))
		})
		c.Handle("/conversations.replies", func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, `{"ok":true,"has_more":false,"messages":[`+
				`{"type":"message","user":"U1","text":"<@W012A3CDE> Why did Ishiba quit?","ts":"1700000500.000100"},`+
				`{"type":"message","user":"U1","text":"<@W012A3CDE> who replaced him?","ts":"1700000600.000100","thread_ts":"1700000500.000100"}]}`)
		})
	})
	app := socketModeApp(t, h)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go app.RunSocketMode(ctx)

	ev := map[string]any{
		"token": "unused", "team_id": "T1", "api_app_id": "A1", "type": "event_callback", "event_id": "EvSockFollow1", "event_time": 1700000600,
		"event": mention("<@W012A3CDE> who replaced him?", "1700000600.000100", "1700000500.000100"),
	}
	ws.send <- envelope("env-f1", "events_api", ev, 0)
	if id, _ := ws.nextAck(t); id != "env-f1" {
		t.Errorf("acknowledged %s, want env-f1", id)
	}
	waitFor(t, "the follow-up's reply", func() bool { p, _ := h.slack.sent(); return len(p) == 1 })
	posts, _ := h.slack.sent()
	if text := blocksKit(t, posts[0].Blocks).allText(); posts[0].ThreadTS != "1700000500.000100" || !strings.Contains(text, "who replaced Ishiba?") {
		t.Errorf("the follow-up is not read after the thread's question (thread %q):\n%s", posts[0].ThreadTS, text)
	}
	if asked := h.bot.asked(); len(asked) != 1 || asked[0] != "|who replaced Ishiba?" {
		t.Errorf("bot asked %q", asked)
	}
}
