package handlers_test

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/handlers/filestore"
	"github.com/dealbot/dealbot/handlers/slackfake"
)

// eventServer is one run of the app over HTTP against ws, keeping its
// state in dir; a second one on the same dir is the app after a restart.
func eventServer(t *testing.T, ws *slackfake.Workspace, dir string, logs *syncBuffer) (*handlers.SlackApp, *harness) {
	t.Helper()
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	app, err := handlers.NewSlackApp(context.Background(), handlers.NewSlackClient("xoxb-test", ws.URL(), log), realBot(t), docs{}, log)
	if err != nil {
		t.Fatal(err)
	}
	store, err := filestore.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	app.UseStore(store)
	srv := httptest.NewServer(app.Handler(testSecret))
	t.Cleanup(srv.Close)
	t.Cleanup(app.Wait)
	return app, &harness{t: t, app: app, srv: srv, logs: logs}
}

// TestEventRetryAfterRestart: the ids of events answered outlive the
// process, so a retry that reaches the restarted app is not answered
// again, and the store alone says so (the conversation is not read).
func TestEventRetryAfterRestart(t *testing.T) {
	ws := slackfake.Start(t, time.Now)
	dir := t.TempDir()
	ev := mention("<@W012A3CDE> how big is the investment framework?", "1700000000.000100", "")

	first, h := eventServer(t, ws, dir, &syncBuffer{})
	if resp := h.event("EvRestart1", ev); resp.StatusCode != http.StatusOK {
		t.Fatalf("event: status %d", resp.StatusCode)
	}
	first.Wait()
	h.srv.Close()

	logs := &syncBuffer{}
	again, h := eventServer(t, ws, dir, logs)
	if resp := h.event("EvRestart1", ev, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"); resp.StatusCode != http.StatusOK {
		t.Fatalf("retry: status %d", resp.StatusCode)
	}
	again.Wait()
	if n := len(ws.Messages("C1")); n != 1 {
		t.Errorf("%d replies after a restart and a retry, want 1", n)
	}
	if n := ws.Calls("conversations.replies"); n != 0 {
		t.Errorf("%d thread reads: the store should have known the event", n)
	}
	if !strings.Contains(logs.String(), "ignored a repeated event") {
		t.Errorf("the repeat is not logged:\n%s", logs)
	}
}

// TestEventRetryOfUnknownID: a retry whose id the store does not know (its
// state was lost) is looked for in the conversation first: answered there
// already, it is not answered again; not there, it is answered.
func TestEventRetryOfUnknownID(t *testing.T) {
	ws := slackfake.Start(t, time.Now)
	earlier := slack.Message{}
	earlier.ThreadTimestamp = "1700000000.000100"
	earlier.BotID = "B0FAKE"
	earlier.Metadata = slack.SlackMetadata{EventType: "dealbot_reply", EventPayload: map[string]any{"event_id": "EvLost1"}}
	ws.Add("C1", earlier)
	_, h := eventServer(t, ws, t.TempDir(), &syncBuffer{})
	retry := []string{"X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout"}
	h.event("EvLost1", mention("<@W012A3CDE> how big is the investment framework?", "1700000000.000100", ""), retry...)
	h.event("EvLost2", mention("<@W012A3CDE> how big is the investment framework?", "1700000000.000100", ""), retry...)
	h.app.Wait()
	msgs := ws.Messages("C1")
	if len(msgs) != 2 || msgs[1].Metadata.EventPayload["event_id"] != "EvLost2" {
		t.Errorf("messages %d (want the earlier reply and one to EvLost2)", len(msgs))
	}
	if n := ws.Calls("conversations.replies"); n != 2 {
		t.Errorf("%d thread reads, want one for each retry", n)
	}
}

// TestDirectMessageWithFile: a DM carrying a file is answered with a note
// that attachments are not read, after the answer when it has a question.
func TestDirectMessageWithFile(t *testing.T) {
	ws := slackfake.Start(t, time.Now)
	_, h := eventServer(t, ws, t.TempDir(), &syncBuffer{})
	file := []map[string]any{{"id": "F1", "name": "deal.pdf"}}
	h.event("EvFile1", map[string]any{"type": "message", "subtype": "file_share", "channel": "D1", "channel_type": "im", "user": "U1", "text": "", "ts": "1700000100.000100", "files": file})
	h.event("EvFile2", map[string]any{"type": "message", "subtype": "file_share", "channel": "D2", "channel_type": "im", "user": "U1", "text": "how big is the investment framework?", "ts": "1700000100.000200", "files": file})
	h.app.Wait()
	for _, ch := range []string{"D1", "D2"} {
		msgs := ws.Messages(ch)
		if len(msgs) != 1 {
			t.Fatalf("%s: %d replies, want 1", ch, len(msgs))
		}
		kit := blocksKit(t, mustJSON(t, msgs[0].Blocks.BlockSet))
		if !strings.Contains(kit.allText(), "I don't read attached files") {
			t.Errorf("%s: reply lacks the note on attachments: %s", ch, kit.allText())
		}
		if ch == "D2" && !strings.Contains(kit.allText(), "$550 billion") {
			t.Errorf("D2: the question with the file is not answered: %s", kit.allText())
		}
	}
}
