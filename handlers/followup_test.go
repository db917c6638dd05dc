package handlers_test

import (
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/handlers/slackfake"
)

// userMessage is a person's message as Slack holds it.
func userMessage(user, text, thread string) slack.Message {
	m := slack.Message{}
	m.Type, m.User, m.Text, m.ThreadTimestamp = "message", user, text, thread
	return m
}

// lastReply returns the text of the bot's last message in channel.
func lastReply(t *testing.T, ws *slackfake.Workspace, channel string) (slack.Message, string) {
	t.Helper()
	msgs := ws.Messages(channel)
	for i := len(msgs) - 1; i >= 0; i-- {
		if msgs[i].BotID != "" {
			return msgs[i], blocksKit(t, mustJSON(t, msgs[i].Blocks.BlockSet)).allText()
		}
	}
	t.Fatalf("%s: no reply", channel)
	return slack.Message{}, ""
}

// TestThreadFollowUp: a mention in the thread the bot answered in is read
// after the questions asked of the bot before it there, which the app
// reads from Slack (conversations.replies); the reply heads the question
// as it was read. Another person's chat in the thread, not addressed to
// the bot, is no question of it. A mention that opens a thread is not
// looked up.
func TestThreadFollowUp(t *testing.T) {
	ws := slackfake.Start(t, time.Now)
	_, h := eventServer(t, ws, t.TempDir(), &syncBuffer{})

	first := ws.Add("C1", userMessage("U1", "<@W012A3CDE> Why did Ishiba quit?", ""))
	h.event("EvFollow1", mention(first.Text, first.Timestamp, ""))
	h.app.Wait()
	if n := ws.Calls("conversations.replies"); n != 0 {
		t.Errorf("%d thread reads for a question that opens its thread, want 0", n)
	}
	ws.Add("C1", userMessage("U2", "what did the LDP say about the fund?", first.Timestamp))
	next := ws.Add("C1", userMessage("U1", "<@W012A3CDE> who replaced him?", first.Timestamp))
	h.event("EvFollow2", mention(next.Text, next.Timestamp, first.Timestamp))
	h.app.Wait()

	reply, text := lastReply(t, ws, "C1")
	if reply.ThreadTimestamp != first.Timestamp {
		t.Errorf("reply in thread %q, want %q", reply.ThreadTimestamp, first.Timestamp)
	}
	if !strings.Contains(text, "who replaced Ishiba?") || !strings.Contains(text, "Shigeru Ishiba") {
		t.Errorf("the follow-up is not read after the thread's question:\n%s", text)
	}
	if n := ws.Calls("conversations.replies"); n != 1 {
		t.Errorf("%d thread reads, want 1 (for the follow-up)", n)
	}
}

// TestDirectMessageFollowUp: in a direct message, a follow-up is read
// after the person's questions of the last half hour; a question that
// asks on its own is answered as typed, without reading the conversation.
func TestDirectMessageFollowUp(t *testing.T) {
	ws := slackfake.Start(t, time.Now)
	_, h := eventServer(t, ws, t.TempDir(), &syncBuffer{})
	dm := func(id string, m slack.Message) {
		h.event(id, map[string]any{"type": "message", "channel": "D1", "channel_type": "im", "user": m.User, "text": m.Text, "ts": m.Timestamp})
		h.app.Wait()
	}
	dm("EvDM1", ws.Add("D1", userMessage("U1", "how big is the investment framework?", "")))
	if n := ws.Calls("conversations.history"); n != 0 {
		t.Errorf("%d history reads for a question that asks on its own, want 0", n)
	}
	dm("EvDM2", ws.Add("D1", userMessage("U1", "who picks its projects?", "")))
	if _, text := lastReply(t, ws, "D1"); !strings.Contains(text, "who picks the investment framework's projects?") || !strings.Contains(text, "Lutnick") {
		t.Errorf("the follow-up is not read after the earlier question:\n%s", text)
	}
}

// TestFollowUpUnreadable: when the conversation cannot be read, the
// follow-up is answered as typed, and the failure logged.
func TestFollowUpUnreadable(t *testing.T) {
	ws := slackfake.Start(t, time.Now)
	logs := &syncBuffer{}
	_, h := eventServer(t, ws, t.TempDir(), logs)
	ws.Fail("conversations.replies", slackfake.Fault{SlackError: "missing_scope"})
	first := ws.Add("C1", userMessage("U1", "<@W012A3CDE> Why did Ishiba quit?", ""))
	next := ws.Add("C1", userMessage("U1", "<@W012A3CDE> who replaced him?", first.Timestamp))
	h.event("EvUnread1", mention(next.Text, next.Timestamp, first.Timestamp))
	h.app.Wait()
	if _, text := lastReply(t, ws, "C1"); !strings.Contains(text, "who replaced him?") {
		t.Errorf("the follow-up is not answered as typed:\n%s", text)
	}
	if !strings.Contains(logs.String(), "answering the question as typed") {
		t.Errorf("the failure is not logged:\n%s", logs)
	}
	if strings.Contains(logs.String(), "replaced him") {
		t.Errorf("the log holds message text:\n%s", logs)
	}
}

func TestTimestampBefore(t *testing.T) {
	for _, tt := range []struct {
		ts, after string
		want      bool
	}{
		{"1700000600.000099", "1700000600.000100", true},
		{"1700000600.000100", "1700000600.000100", false},
		{"1700000600.0001", "1700000600.000099", false}, // ".0001" is 100 microseconds
		{"1700000599.999999", "1700000600", true},
		{"9999999999999999.000001", "9999999999999999.000002", true}, // beyond a float64's digits
		{"", "1700000600.000100", false},
		{"1700000600.1234567", "1800000600.000100", false}, // not Slack's
		{"abc", "1700000600.000100", false},
	} {
		if got := handlers.TimestampBefore(tt.ts, tt.after); got != tt.want {
			t.Errorf("before(%q, %q) = %v, want %v", tt.ts, tt.after, got, tt.want)
		}
	}
}

// TestLongThreadFollowUp: a thread comes oldest first, a page at a time;
// the follow-up is read after the question just before it, on the last
// page, not after the first page's.
func TestLongThreadFollowUp(t *testing.T) {
	ws := slackfake.Start(t, time.Now)
	app, h := eventServer(t, ws, t.TempDir(), &syncBuffer{})
	// Two pages under -race on a loaded machine took longer than the
	// 3 s a reply may wait for them: the budget is not what this tests.
	handlers.SetFollowUpLookup(app, time.Minute)
	first := ws.Add("C1", userMessage("U1", "<@W012A3CDE> Who picks the fund's projects?", ""))
	for range 250 {
		ws.Add("C1", userMessage("U2", "chat in the thread", first.Timestamp))
	}
	ws.Add("C1", userMessage("U1", "<@W012A3CDE> Why did Ishiba quit?", first.Timestamp))
	next := ws.Add("C1", userMessage("U1", "<@W012A3CDE> who replaced him?", first.Timestamp))
	h.event("EvLong1", mention(next.Text, next.Timestamp, first.Timestamp))
	h.app.Wait()
	if _, text := lastReply(t, ws, "C1"); !strings.Contains(text, "who replaced Ishiba?") {
		t.Errorf("the follow-up is not read after the question just before it:\n%s", text)
	}
	if n := ws.Calls("conversations.replies"); n != 2 {
		t.Errorf("%d thread reads, want 2 (two pages)", n)
	}
}
