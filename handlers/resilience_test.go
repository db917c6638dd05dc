package handlers_test

import (
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/handlers/slackfake"
)

// Faults of a Slack Web API in trouble, for requests that post. The
// client in these tests gives up on a request after 300 ms.
var (
	fail500    = slackfake.Fault{Status: http.StatusInternalServerError}               // nothing posted
	landed500  = slackfake.Fault{Status: http.StatusInternalServerError, Landed: true} // posted, then 500
	hang       = slackfake.Fault{Delay: time.Minute, Lost: true}                       // nothing posted, no answer in time
	landedHang = slackfake.Fault{Delay: time.Minute}                                   // posted, no answer in time
	limited    = slackfake.Fault{Status: http.StatusTooManyRequests, RetryAfter: 1}    // nothing posted, 429
)

// newWorkspaceHarness is the app against a fake Slack workspace, with a
// client that gives up on a request after timeout.
func newWorkspaceHarness(t *testing.T, timeout time.Duration) (*harness, *slackfake.Workspace) {
	t.Helper()
	ws := slackfake.Start(t, time.Now)
	h := newHarnessClient(t, func(_ string, log *slog.Logger) *slack.Client {
		return handlers.NewSlackClientTimeout("xoxb-test", ws.URL(), log, timeout, 10*time.Millisecond)
	})
	return h, ws
}

// TestSlackOutage: when the Web API answers 5xx or 429 or does not answer
// in time, a reply to a mention is retried a bounded number of times with
// back-off and posted exactly once; where the failed post had landed after
// all, it is found in the thread and not posted again; every retry and
// failure is logged with its cause.
func TestSlackOutage(t *testing.T) {
	tests := []struct {
		name         string
		faults       []slackfake.Fault
		lookupFaults []slackfake.Fault
		wantPosts    int
		wantAttempts int
		wantLog      []string
	}{
		{"ServerErrors", []slackfake.Fault{fail500, fail500}, nil, 1, 3,
			[]string{`chat.postMessage failed but may have posted; looking for the reply before posting again`, `500 Internal Server Error`, `msg="reply posted"`, `attempts=3`}},
		{"ServerErrorAfterPosting", []slackfake.Fault{landed500}, nil, 1, 1,
			[]string{`the reply had been posted; not posting again`}},
		{"TimeoutAfterPosting", []slackfake.Fault{landedHang}, nil, 1, 1,
			[]string{`Client.Timeout exceeded||context deadline exceeded`, `the reply had been posted; not posting again`}},
		{"Timeout", []slackfake.Fault{hang}, nil, 1, 2,
			[]string{`Client.Timeout exceeded||context deadline exceeded`, `msg="reply posted"`, `attempts=2`}},
		{"RateLimited", []slackfake.Fault{limited}, nil, 1, 2,
			[]string{`Slack Web API call failed; retrying" method=chat.postMessage cause="rate limited (429)" retry=1 of=3 wait=1`}},
		{"Down", []slackfake.Fault{fail500, fail500, fail500, fail500, fail500}, nil, 0, 4,
			[]string{`reply not delivered: chat.postMessage failed`, `attempts=4`}},
		{"LookupFails", []slackfake.Fault{fail500}, []slackfake.Fault{fail500, fail500, fail500, fail500}, 0, 1,
			[]string{`method=conversations.replies cause="500 Internal Server Error" retry=3 of=3`, `reply may not be delivered: could not look for it, so not posting again`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h, ws := newWorkspaceHarness(t, 300*time.Millisecond)
			ws.Fail("chat.postMessage", tt.faults...)
			ws.Fail("conversations.replies", tt.lookupFaults...)
			start := time.Now()
			if resp := h.event("Ev"+tt.name, mention("<@W012A3CDE> how big is the investment framework?", "1700000000.000100", "")); resp.StatusCode != http.StatusOK {
				t.Fatalf("event: status %d", resp.StatusCode)
			}
			h.app.Wait()
			posts := ws.Messages("C1")
			if len(posts) != tt.wantPosts || ws.Calls("chat.postMessage") != tt.wantAttempts {
				t.Errorf("%d posts after %d attempts, want %d after %d", len(posts), ws.Calls("chat.postMessage"), tt.wantPosts, tt.wantAttempts)
			}
			if took := time.Since(start); took > 10*time.Second {
				t.Errorf("delivery took %v: retries are not bounded", took)
			}
			logs := h.logs.String()
			for _, want := range tt.wantLog {
				// "a||b": either wording. A request that runs out of time
				// is reported by the client's timeout or, when the
				// machine is slow (-race), by its context's deadline.
				found := false
				for _, w := range strings.Split(want, "||") {
					found = found || strings.Contains(logs, w)
				}
				if !found {
					t.Errorf("log lacks %q:\n%s", want, logs)
				}
			}
			for _, p := range posts {
				if p.ThreadTimestamp != "1700000000.000100" || p.Metadata.EventPayload["event_id"] != "Ev"+tt.name {
					t.Errorf("the reply is in thread %q with metadata %+v, want the mention's thread and event id", p.ThreadTimestamp, p.Metadata)
				}
			}
		})
	}
}

// TestResponseURLOutage: a slash command's late reply goes to its
// response_url, which is retried after a 5xx or 429 but not after a
// timeout (an ephemeral message cannot be looked up, and may have
// landed); the response_url never reaches the log.
func TestResponseURLOutage(t *testing.T) {
	tests := []struct {
		name          string
		faults        []slackfake.Fault
		wantResponses int
		wantAttempts  int
		wantLog       string
	}{
		{"ServerErrors", []slackfake.Fault{fail500, fail500}, 1, 3, `method=response_url cause="500 Internal Server Error" retry=2 of=3`},
		{"RateLimited", []slackfake.Fault{limited}, 1, 2, `method=response_url cause="rate limited (429)"`},
		{"Timeout", []slackfake.Fault{hang}, 0, 1, `reply through response_url not delivered`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h, ws := newWorkspaceHarness(t, 300*time.Millisecond)
			ws.Fail("response_url", tt.faults...)
			handlers.SetAckWithin(h.app, time.Millisecond)
			h.bot.delay = 50 * time.Millisecond
			form := commandForm("/deal", "who decides which projects the fund invests in?", ws.ResponseURL())
			if resp := h.post("/slack/commands", formType, form.Encode(), testSecret, time.Now()); resp.StatusCode != http.StatusOK {
				t.Fatalf("command: status %d", resp.StatusCode)
			}
			h.app.Wait()
			if ws.Responses() != tt.wantResponses || ws.Calls("response_url") != tt.wantAttempts {
				t.Errorf("%d responses after %d attempts, want %d after %d", ws.Responses(), ws.Calls("response_url"), tt.wantResponses, tt.wantAttempts)
			}
			logs := h.logs.String()
			if !strings.Contains(logs, tt.wantLog) {
				t.Errorf("log lacks %q:\n%s", tt.wantLog, logs)
			}
			if strings.Contains(logs, "secret") {
				t.Errorf("the log holds the response_url:\n%s", logs)
			}
		})
	}
}

// TestRateLimitedBeyondTheDeadline: a 429 whose Retry-After is longer
// than the reply has left is not waited out: the reply gives up at once,
// and the log names the 429 and its Retry-After, not a bare "context
// deadline exceeded".
func TestRateLimitedBeyondTheDeadline(t *testing.T) {
	h, ws := newWorkspaceHarness(t, 300*time.Millisecond)
	ws.Fail("chat.postMessage", slackfake.Fault{Status: http.StatusTooManyRequests, RetryAfter: 60})
	start := time.Now()
	h.event("EvLongWait", mention("<@W012A3CDE> how big is the investment framework?", "1700000000.000100", ""))
	h.app.Wait()
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("the reply took %v to give up on a 60 s Retry-After", took)
	}
	logs := h.logs.String()
	if !strings.Contains(logs, "HTTP 429 Too Many Requests (Retry-After 1m0s)") || strings.Contains(logs, "context deadline exceeded") {
		t.Errorf("the failure should name the 429 and its Retry-After:\n%s", logs)
	}
}
