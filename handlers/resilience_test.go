package handlers_test

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"

	"github.com/dealbot/dealbot/handlers"
)

// fault is how the flaky Slack answers one request that posts.
type fault int

const (
	fine       fault = iota // posted, answered
	fail500                 // nothing posted, 500
	landed500               // posted, then 500
	hang                    // nothing posted, no answer until the client gives up
	landedHang              // posted, then no answer
	limited                 // nothing posted, 429 with Retry-After: 1
	slow                    // posted and answered after 300 ms, unless the client gave up first
)

// flakySlack stands in for a Slack Web API in trouble: each
// chat.postMessage and response_url request takes the next fault from the
// queue, and works once the queue is empty. conversations.replies and
// conversations.history list what was posted, with its metadata, as
// Slack does; lookupFails makes them answer 500.
type flakySlack struct {
	mu          sync.Mutex
	faults      []fault
	attempts    int // requests that post, failed ones included
	lookups     int
	lookupFails bool
	posts       []flakyPost
	responses   int
}

type flakyPost struct {
	Channel, ThreadTS, TS string
	Metadata              slack.SlackMetadata
}

func (f *flakySlack) bind(c slacktest.Customize) {
	c.Handle("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		f.serve(w, r, func() {
			p := flakyPost{Channel: r.PostForm.Get("channel"), ThreadTS: r.PostForm.Get("thread_ts")}
			json.Unmarshal([]byte(r.PostForm.Get("metadata")), &p.Metadata)
			p.TS = fmt.Sprintf("1700000100.%06d", len(f.posts)+1)
			f.posts = append(f.posts, p)
		}, `{"ok":true,"channel":"C1","ts":"1700000100.000001"}`)
	})
	c.Handle("/response/", func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		f.serve(w, r, func() { f.responses++ }, `{"ok":true}`)
	})
	lookup := func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		f.mu.Lock()
		defer f.mu.Unlock()
		f.lookups++
		if f.lookupFails {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		var msgs []map[string]any
		for _, p := range f.posts {
			if p.Channel == r.Form.Get("channel") && (r.Form.Get("ts") == "" || p.ThreadTS == r.Form.Get("ts")) {
				msgs = append(msgs, map[string]any{"type": "message", "ts": p.TS, "thread_ts": p.ThreadTS, "bot_id": "B1",
					"metadata": map[string]any{"event_type": p.Metadata.EventType, "event_payload": p.Metadata.EventPayload}})
			}
		}
		json.NewEncoder(w).Encode(map[string]any{"ok": true, "messages": msgs, "has_more": false})
	}
	c.Handle("/conversations.replies", lookup)
	c.Handle("/conversations.history", lookup)
}

// serve answers one posting request with the next fault; post records the
// message.
func (f *flakySlack) serve(w http.ResponseWriter, r *http.Request, post func(), okBody string) {
	f.mu.Lock()
	f.attempts++
	next := fine
	if len(f.faults) > 0 {
		next, f.faults = f.faults[0], f.faults[1:]
	}
	if next == fine || next == landed500 || next == landedHang {
		post()
	}
	f.mu.Unlock()
	if next == slow {
		select {
		case <-time.After(300 * time.Millisecond):
		case <-r.Context().Done():
			return
		}
		f.mu.Lock()
		post()
		f.mu.Unlock()
	}
	switch next {
	case fail500, landed500:
		w.WriteHeader(http.StatusInternalServerError)
	case hang, landedHang:
		<-r.Context().Done()
	case limited:
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
	default:
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, okBody)
	}
}

func (f *flakySlack) counts() (attempts, posts, responses, lookups int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.attempts, len(f.posts), f.responses, f.lookups
}

// newFlakyHarness is the app against a flaky Slack, with requests that
// time out after 300 ms.
func newFlakyHarness(t *testing.T, f *flakySlack) *harness {
	t.Helper()
	return newHarnessClient(t, func(apiURL string, log *slog.Logger) *slack.Client {
		return handlers.NewSlackClientTimeout("xoxb-test", apiURL, log, 300*time.Millisecond, 10*time.Millisecond)
	}, f.bind)
}

// TestSlackOutage: when the Web API answers 5xx or 429 or does not answer
// in time, a reply to a mention is retried a bounded number of times with
// back-off and posted exactly once; where the failed post had landed after
// all, it is found in the thread and not posted again; every retry and
// failure is logged with its cause.
func TestSlackOutage(t *testing.T) {
	tests := []struct {
		name         string
		faults       []fault
		lookupFails  bool
		wantPosts    int
		wantAttempts int
		wantLog      []string
	}{
		{"ServerErrors", []fault{fail500, fail500}, false, 1, 3,
			[]string{`chat.postMessage failed but may have posted; looking for the reply before posting again`, `500 Internal Server Error`, `msg="reply posted"`, `attempts=3`}},
		{"ServerErrorAfterPosting", []fault{landed500}, false, 1, 1,
			[]string{`the reply had been posted; not posting again`}},
		{"TimeoutAfterPosting", []fault{landedHang}, false, 1, 1,
			[]string{`Client.Timeout exceeded`, `the reply had been posted; not posting again`}},
		{"Timeout", []fault{hang}, false, 1, 2,
			[]string{`Client.Timeout exceeded`, `msg="reply posted"`, `attempts=2`}},
		{"RateLimited", []fault{limited}, false, 1, 2,
			[]string{`Slack Web API call failed; retrying" method=chat.postMessage cause="rate limited (429)" retry=1 of=3 wait=1`}},
		{"Down", []fault{fail500, fail500, fail500, fail500, fail500, fail500}, false, 0, 4,
			[]string{`reply not delivered: chat.postMessage failed`, `attempts=4`}},
		{"LookupFails", []fault{fail500}, true, 0, 1,
			[]string{`method=conversations.replies cause="500 Internal Server Error" retry=3 of=3`, `reply may not be delivered: could not look for it, so not posting again`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := &flakySlack{faults: tt.faults, lookupFails: tt.lookupFails}
			h := newFlakyHarness(t, f)
			start := time.Now()
			if resp := h.event("Ev"+tt.name, mention("<@W012A3CDE> how big is the investment framework?", "1700000000.000100", "")); resp.StatusCode != http.StatusOK {
				t.Fatalf("event: status %d", resp.StatusCode)
			}
			h.app.Wait()
			attempts, posts, _, _ := f.counts()
			if posts != tt.wantPosts || attempts != tt.wantAttempts {
				t.Errorf("%d posts after %d attempts, want %d after %d", posts, attempts, tt.wantPosts, tt.wantAttempts)
			}
			if took := time.Since(start); took > 10*time.Second {
				t.Errorf("delivery took %v: retries are not bounded", took)
			}
			logs := h.logs.String()
			for _, want := range tt.wantLog {
				if !strings.Contains(logs, want) {
					t.Errorf("log lacks %q:\n%s", want, logs)
				}
			}
			if f.posts != nil && f.posts[0].Metadata.EventPayload["event_id"] != "Ev"+tt.name {
				t.Errorf("the reply carries metadata %+v, want its event id", f.posts[0].Metadata)
			}
		})
	}
}

// TestResponseURLOutage: a slash command's late reply goes to its
// response_url, which is retried after a 5xx but not after a timeout (an
// ephemeral message cannot be looked up, and may have landed); the
// response_url never reaches the log.
func TestResponseURLOutage(t *testing.T) {
	tests := []struct {
		name          string
		faults        []fault
		wantResponses int
		wantAttempts  int
		wantLog       string
	}{
		{"ServerErrors", []fault{fail500, fail500}, 1, 3, `method=response_url cause="500 Internal Server Error" retry=2 of=3`},
		{"RateLimited", []fault{limited}, 1, 2, `method=response_url cause="rate limited (429)"`},
		{"Timeout", []fault{hang}, 0, 1, `reply through response_url not delivered`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := &flakySlack{faults: tt.faults}
			h := newFlakyHarness(t, f)
			handlers.SetAckWithin(h.app, time.Millisecond)
			h.bot.delay = 50 * time.Millisecond
			if resp := h.command("/deal", "who decides which projects the fund invests in?"); resp.StatusCode != http.StatusOK {
				t.Fatalf("command: status %d", resp.StatusCode)
			}
			h.app.Wait()
			attempts, _, responses, _ := f.counts()
			if responses != tt.wantResponses || attempts != tt.wantAttempts {
				t.Errorf("%d responses after %d attempts, want %d after %d", responses, attempts, tt.wantResponses, tt.wantAttempts)
			}
			logs := h.logs.String()
			if !strings.Contains(logs, tt.wantLog) {
				t.Errorf("log lacks %q:\n%s", tt.wantLog, logs)
			}
			if strings.Contains(logs, "/response/") {
				t.Errorf("the log holds the response_url:\n%s", logs)
			}
		})
	}
}
