package handlers_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/slack-go/slack/slacktest"
)

// flakyResponses is a response_url that answers a share (in_channel)
// with status, and everything else as Slack does, keeping what it got.
type flakyResponses struct {
	mu     sync.Mutex
	status int
	got    []slackMsg
}

func (f *flakyResponses) serve(w http.ResponseWriter, r *http.Request) {
	var m slackMsg
	json.NewDecoder(r.Body).Decode(&m)
	if m.ResponseType == "in_channel" && f.status != 0 {
		http.Error(w, http.StatusText(f.status), f.status)
		return
	}
	f.mu.Lock()
	f.got = append(f.got, m)
	f.mu.Unlock()
	io.WriteString(w, "ok")
}

// TestShareFails: when posting the shared answer fails (503, 404), the
// private copy is not deleted, and the user is told in it.
func TestShareFails(t *testing.T) {
	for _, status := range []int{http.StatusServiceUnavailable, http.StatusNotFound} {
		t.Run(http.StatusText(status), func(t *testing.T) {
			f := &flakyResponses{status: status}
			h := newHarness(t, func(c slacktest.Customize) { c.Handle("/flaky/", f.serve) })
			reply := readKit(t, mustRead(t, h.command("/deal", "how big is the investment framework?")))
			h.interaction("dealbot_share", reply.button(t, "dealbot_share"), h.slack.GetAPIURL()+"flaky/share")
			h.app.Wait()
			f.mu.Lock()
			defer f.mu.Unlock()
			if len(f.got) != 1 || f.got[0].DeleteOriginal || f.got[0].ResponseType != "ephemeral" || !strings.Contains(f.got[0].Text, "couldn't share") {
				t.Errorf("after a failed share the response_url got %+v, want only an ephemeral note (no delete)", f.got)
			}
		})
	}
}

// TestResponseURLAnySuccess: a response_url that answers 200 with a bare
// "ok" and no content type, or 204, delivered the reply: no error logged.
func TestResponseURLAnySuccess(t *testing.T) {
	answers := map[string]func(http.ResponseWriter){
		"BareOK":    func(w http.ResponseWriter) { w.Header()["Content-Type"] = nil; io.WriteString(w, "ok") },
		"NoContent": func(w http.ResponseWriter) { w.WriteHeader(http.StatusNoContent) },
	}
	for name, answer := range answers {
		t.Run(name, func(t *testing.T) {
			var mu sync.Mutex
			got := 0
			h := newHarness(t, func(c slacktest.Customize) {
				c.Handle("/plain/", func(w http.ResponseWriter, r *http.Request) {
					mu.Lock()
					got++
					mu.Unlock()
					answer(w)
				})
			})
			reply := readKit(t, mustRead(t, h.command("/deal", "how big is the investment framework?")))
			h.interaction("dealbot_feedback_up", reply.button(t, "dealbot_feedback_up"), h.slack.GetAPIURL()+"plain/feedback")
			h.interaction("dealbot_share", reply.button(t, "dealbot_share"), h.slack.GetAPIURL()+"plain/share")
			h.app.Wait()
			mu.Lock()
			defer mu.Unlock()
			if got != 3 { // the thanks, the share, the delete of the private copy
				t.Errorf("the response_url got %d messages, want 3", got)
			}
			if logs := h.logs.String(); strings.Contains(logs, "level=ERROR") || strings.Contains(logs, "couldn't share") {
				t.Errorf("a delivered reply was logged as failed:\n%s", logs)
			}
		})
	}
}
