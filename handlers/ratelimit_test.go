package handlers_test

import (
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/handlers"
)

// TestQuestionLimit: each user may ask a set number of questions a
// minute; the next gets a friendly note saying when to ask again, other
// users are not affected, help and sources are not counted, and the
// allowance comes back with time.
func TestQuestionLimit(t *testing.T) {
	h := newHarness(t)
	var mu sync.Mutex
	now := time.Now()
	handlers.SetClock(h.app, func() time.Time { mu.Lock(); defer mu.Unlock(); return now })
	h.app.LimitQuestions(2)
	ask := func(user, text string) string {
		t.Helper()
		form := commandForm("/deal", text, h.slack.responseURL("limit"))
		form.Set("user_id", user)
		return string(mustRead(t, h.post("/slack/commands", formType, form.Encode(), testSecret, time.Now())))
	}
	const q = "how big is the investment framework?"
	for i := range 2 {
		if body := ask("U1", q); !strings.Contains(body, "*[1]*") {
			t.Fatalf("question %d within the limit was not answered:\n%s", i+1, body)
		}
	}
	ask("U1", "help")
	ask("U1", "sources")
	body := ask("U1", q)
	if !strings.Contains(body, "up to 2 questions a minute") || !strings.Contains(body, "Please ask again in 30 seconds") {
		t.Errorf("third question: want the limit note, got:\n%s", body)
	}
	if m := readKit(t, []byte(body)); m.ResponseType != "ephemeral" {
		t.Errorf("the limit note is %q, want ephemeral", m.ResponseType)
	}
	if body := ask("U2", q); !strings.Contains(body, "*[1]*") {
		t.Errorf("another user was limited too:\n%s", body)
	}
	if got := len(h.bot.asked()); got != 3 {
		t.Errorf("the bot was asked %d questions, want 3 (the limited one never reaches it)", got)
	}
	mu.Lock()
	now = now.Add(31 * time.Second)
	mu.Unlock()
	if body := ask("U1", q); !strings.Contains(body, "*[1]*") {
		t.Errorf("after 31 s one more question should be allowed:\n%s", body)
	}
	if logs := h.logs.String(); !strings.Contains(logs, "questions over the per-user limit") || strings.Contains(logs, "investment framework") {
		t.Errorf("want one log line without the question text:\n%s", logs)
	}
}

// TestQuestionLimitMention: a mention over the limit is answered with the
// note in its thread.
func TestQuestionLimitMention(t *testing.T) {
	h := newHarness(t)
	h.app.LimitQuestions(1)
	for i, id := range []string{"EvL1", "EvL2"} {
		h.event(id, mention("<@W012A3CDE> how big is the investment framework?", "1700000000.00010"+string(rune('0'+i)), ""))
	}
	h.app.Wait()
	posts, _ := h.slack.sent()
	if len(posts) != 2 {
		t.Fatalf("%d posts, want 2", len(posts))
	}
	notes := 0
	for _, p := range posts {
		if strings.Contains(p.Text, "faster than I can keep up") {
			notes++
		}
	}
	if notes != 1 {
		t.Errorf("%d limit notes among %v, want 1", notes, posts)
	}
}

// TestQuestionLimitLogsOnceAMinute: a user flooding the bot gets a note
// for every question over the limit, each counted in the metrics, but the
// log gets one line a minute for that user; the note says "1 question".
func TestQuestionLimitLogsOnceAMinute(t *testing.T) {
	h := newHarness(t)
	var mu sync.Mutex
	now := time.Now()
	handlers.SetClock(h.app, func() time.Time { mu.Lock(); defer mu.Unlock(); return now })
	metrics := handlers.NewMetrics()
	h.app.UseMetrics(metrics)
	h.app.LimitQuestions(1)
	ask := func() string {
		t.Helper()
		form := commandForm("/deal", "how big is the investment framework?", h.slack.responseURL("limit"))
		return string(mustRead(t, h.post("/slack/commands", formType, form.Encode(), testSecret, time.Now())))
	}
	ask()
	for range 20 {
		if body := ask(); !strings.Contains(body, "up to 1 question a minute") {
			t.Fatalf("want the limit note for one question a minute, got:\n%s", body)
		}
	}
	mu.Lock()
	now = now.Add(61 * time.Second)
	mu.Unlock()
	ask()
	ask() // over the limit again, a minute after the first line
	if n := strings.Count(h.logs.String(), "over the per-user limit"); n != 2 {
		t.Errorf("%d log lines for 21 refusals over a minute, want 2:\n%s", n, h.logs)
	}
	ops := httptest.NewServer(metrics.Handler())
	defer ops.Close()
	_, body := get(t, ops, "/")
	if !strings.Contains(body, "dealbot_questions_limited_total 21") {
		t.Errorf("metrics do not count the 21 refusals:\n%s", body)
	}
}
