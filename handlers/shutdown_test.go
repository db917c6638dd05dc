package handlers_test

import (
	"context"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/handlers/slackfake"
)

// serve runs the harness's app with ListenAndServe on a free port of
// 127.0.0.1 and returns its address and the channel ListenAndServe's
// result arrives on.
func (h *harness) serve(ctx context.Context) (string, <-chan error) {
	h.t.Helper()
	done := make(chan error, 1)
	go func() { done <- h.app.ListenAndServe(ctx, "127.0.0.1:0", testSecret) }()
	addrRE := regexp.MustCompile(`listening for Slack requests" addr=(\S+)`)
	var addr string
	waitFor(h.t, "the server to listen", func() bool {
		m := addrRE.FindStringSubmatch(h.logs.String())
		if m != nil {
			addr = m[1]
		}
		return m != nil
	})
	return "http://" + addr, done
}

// TestShutdown: when the context ends (SIGTERM in cmd/dealbot), the
// server takes no new requests, finishes the replies in flight and
// returns; replies that outlast the grace period are abandoned, with a
// log line, so the process still exits in bounded time.
func TestShutdown(t *testing.T) {
	t.Run("FinishesInFlight", func(t *testing.T) {
		t.Parallel()
		h, ws := newWorkspaceHarness(t, 5*time.Second)
		ws.Fail("chat.postMessage", slackfake.Fault{Delay: 300 * time.Millisecond})
		base, took, err := h.shutdownWhilePosting(ws, handlers.DefaultShutdownGrace+2*time.Second)
		if err != nil {
			t.Fatalf("ListenAndServe: %v", err)
		}
		if posts := ws.Messages("C1"); len(posts) != 1 || strings.Contains(h.logs.String(), "not delivered") {
			t.Errorf("the reply in flight was not finished: %d posts\n%s", len(posts), h.logs.String())
		}
		if took > 2*time.Second {
			t.Errorf("shutdown took %v with one 300 ms post in flight", took)
		}
		if _, err := http.Get(base + "/healthz"); err == nil {
			t.Error("the server still takes requests after shutdown")
		}
		if logs := h.logs.String(); !strings.Contains(logs, "finishing replies in flight") {
			t.Errorf("log lacks the shutdown line:\n%s", logs)
		}
	})
	t.Run("GraceOver", func(t *testing.T) {
		t.Parallel()
		h, ws := newWorkspaceHarness(t, 5*time.Second)
		ws.Fail("chat.postMessage", hang)
		h.app.SetShutdownGrace(200 * time.Millisecond)
		_, took, err := h.shutdownWhilePosting(ws, 3*time.Second)
		if err == nil || !strings.Contains(err.Error(), "1 reply abandoned") {
			t.Errorf("ListenAndServe: %v, want 1 reply abandoned", err)
		}
		if took > 1500*time.Millisecond {
			t.Errorf("shutdown took %v with a 200 ms grace", took)
		}
		logs := h.logs.String()
		for _, want := range []string{"shutdown grace period over: abandoning replies in flight", "reply not delivered"} {
			if !strings.Contains(logs, want) {
				t.Errorf("log lacks %q:\n%s", want, logs)
			}
		}
	})
}

// shutdownWhilePosting serves the app, sends a mention, and ends the
// server's context once the reply is being posted to ws. It returns the
// server's address, how long ListenAndServe took to return and its
// result, failing the test if it takes longer than within.
func (h *harness) shutdownWhilePosting(ws *slackfake.Workspace, within time.Duration) (string, time.Duration, error) {
	h.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	base, done := h.serve(ctx)
	h.srv.URL = base
	h.event("EvShutdown", mention("<@W012A3CDE> how big is the investment framework?", "1700000000.000100", ""))
	waitFor(h.t, "the reply to be on its way", func() bool { return ws.Calls("chat.postMessage") == 1 })
	start := time.Now()
	cancel()
	select {
	case err := <-done:
		return base, time.Since(start), err
	case <-time.After(within):
		h.t.Fatalf("ListenAndServe did not return within %v of the end of its context", within)
		return "", 0, nil
	}
}
