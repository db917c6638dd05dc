package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack/slacktest"
)

// fakeSocketSlack is Slack for Socket Mode: apps.connections.open hands
// out a local WebSocket that says hello and sends the envelopes given to
// it; it records the acknowledgements that carry a reply and the
// messages sent to response URLs, by envelope.
type fakeSocketSlack struct {
	api *slacktest.Server
	ws  *httptest.Server

	mu        sync.Mutex
	replied   map[string]string // envelope id → how it was answered: "ack" or "response_url"
	connected chan *websocket.Conn
}

func newFakeSocketSlack(t *testing.T) *fakeSocketSlack {
	t.Helper()
	f := &fakeSocketSlack{replied: map[string]string{}, connected: make(chan *websocket.Conn, 64)}
	upgrader := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	f.ws = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		conn, err := upgrader.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer conn.Close()
		conn.WriteMessage(websocket.TextMessage, []byte(`{"type":"hello","num_connections":1}`))
		f.connected <- conn
		for {
			_, data, err := conn.ReadMessage()
			if err != nil {
				return
			}
			var ack struct {
				EnvelopeID string          `json:"envelope_id"`
				Payload    json.RawMessage `json:"payload"`
			}
			if json.Unmarshal(data, &ack) == nil && len(ack.Payload) > 0 && string(ack.Payload) != "null" {
				f.mu.Lock()
				f.replied[ack.EnvelopeID] = "ack"
				f.mu.Unlock()
			}
		}
	}))
	t.Cleanup(f.ws.Close)
	f.api = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/apps.connections.open", func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprintf(w, `{"ok":true,"url":%q}`, "ws"+strings.TrimPrefix(f.ws.URL, "http"))
		})
		c.Handle("/response/", func(w http.ResponseWriter, r *http.Request) {
			f.mu.Lock()
			f.replied[strings.TrimPrefix(r.URL.Path, "/response/")] = "response_url"
			f.mu.Unlock()
			io.WriteString(w, "ok")
		})
	})
	f.api.Start()
	t.Cleanup(f.api.Stop)
	return f
}

// command sends a slash command envelope on conn; its response_url names
// the envelope.
func (f *fakeSocketSlack) command(conn *websocket.Conn, id string) error {
	env, _ := json.Marshal(map[string]any{
		"envelope_id": id, "type": "slash_commands", "accepts_response_payload": true,
		"payload": map[string]any{"team_id": "T1", "channel_id": "C1", "user_id": "U1", "command": "/deal",
			"text": "how big is the investment framework?", "response_url": f.api.GetAPIURL() + "response/" + id},
	})
	return conn.WriteMessage(websocket.TextMessage, env)
}

func (f *fakeSocketSlack) reply(id string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.replied[id]
}

// waitReply returns how the envelope was answered, waiting up to d for
// the record: "" if it was not.
func (f *fakeSocketSlack) waitReply(id string, d time.Duration) string {
	deadline := time.Now().Add(d)
	for {
		if how := f.reply(id); how != "" || time.Now().After(deadline) {
			return how
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestSocketModeSIGTERMAfterCommand: SIGTERM 0–15 ms after a slash command
// reaches dealbot over Socket Mode; thirty times, each reply arrives (in
// the acknowledgement or through the response_url) and dealbot exits 0.
func TestSocketModeSIGTERMAfterCommand(t *testing.T) {
	f := newFakeSocketSlack(t)
	env := map[string]string{
		"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_APP_TOKEN": "xapp-test", "SLACK_API_URL": f.api.GetAPIURL(),
		"DEALBOT_ADDR": "127.0.0.1:0", "DEALBOT_STATE_DIR": t.TempDir(), "DEALBOT_INDEX_DIR": t.TempDir(),
		"DEALBOT_SHUTDOWN_GRACE": "5s",
	}
	ways := map[string]int{}
	for i := range 30 {
		p := start(t, env)
		var conn *websocket.Conn
		select {
		case conn = <-f.connected:
		case <-time.After(60 * time.Second):
			t.Fatalf("run %d: dealbot did not connect:\n%s", i, p.stderr.String())
		}
		id := fmt.Sprintf("env-%02d", i)
		if err := f.command(conn, id); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(i%16) * time.Millisecond)
		p.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-p.done:
		case <-time.After(15 * time.Second):
			t.Fatalf("run %d: dealbot did not exit after SIGTERM:\n%s", i, p.stderr.String())
		}
		if p.err != nil {
			t.Errorf("run %d: exit %v, want 0:\n%s", i, p.err, p.stderr.String())
		}
		// The fake Slack reads the last frames in its own goroutine, which
		// may still be at it when the process has exited.
		how := f.waitReply(id, 3*time.Second)
		if how == "" {
			t.Errorf("run %d (SIGTERM %d ms after the command): no reply:\n%s", i, i%16, p.stderr.String())
		}
		ways[how]++
	}
	t.Logf("replies: %v", ways)
}
