package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack/slacktest"

	"github.com/dealbot/dealbot/handlers/slackfake"
)

func TestMode(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want mode
	}{
		{map[string]string{}, modeConsole},
		{map[string]string{"SLACK_BOT_TOKEN": "xoxb-1"}, modeConsole},
		{map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}, modeHTTP},
		{map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "SLACK_APP_TOKEN": "xapp-1"}, modeSocket},
	}
	for _, tt := range tests {
		c := configFrom(func(k string) string { return tt.env[k] })
		if got := c.mode(); got != tt.want {
			t.Errorf("mode with %v = %s, want %s", tt.env, got, tt.want)
		}
	}
}

func TestSlackConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		env  config
		want string
	}{
		{"NoBotToken", config{SlackSigningSecret: "s"}, "SLACK_BOT_TOKEN is not set"},
		{"NotAnAppToken", config{SlackBotToken: "xoxb-1", SlackAppToken: "xoxb-1"}, "SLACK_APP_TOKEN=(value not shown): give an app-level token"},
		{"NotABotToken", config{SlackBotToken: "xoxp-1", SlackAppToken: "xapp-1"}, "SLACK_BOT_TOKEN=(value not shown): give the Bot User OAuth Token"},
		{"BotTokenAlone", config{SlackBotToken: "xoxb-1"}, "SLACK_BOT_TOKEN is set, but neither SLACK_APP_TOKEN nor SLACK_SIGNING_SECRET is"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			err := run(context.Background(), nil, tt.env, strings.NewReader(""), &out, &errb)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestBotTokenRefused(t *testing.T) {
	fake := slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/auth.test", func(w http.ResponseWriter, _ *http.Request) {
			io.WriteString(w, `{"ok":false,"error":"invalid_auth"}`)
		})
	})
	fake.Start()
	defer fake.Stop()
	env := config{SlackBotToken: "xoxb-wrong", SlackSigningSecret: "s", SlackAPIURL: fake.GetAPIURL(), Addr: "127.0.0.1:0", StateDir: t.TempDir()}
	var out, errb bytes.Buffer
	err := run(context.Background(), nil, env, strings.NewReader(""), &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "SLACK_BOT_TOKEN was refused") || !strings.Contains(err.Error(), "invalid_auth") {
		t.Errorf("err = %v, want a clear SLACK_BOT_TOKEN refusal", err)
	}
	if !strings.Contains(errb.String(), "mode=http") {
		t.Errorf("mode not logged:\n%s", errb.String())
	}
}

// lockedBuffer is stderr shared with the running server.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// sendSigned posts body to url signed with key as Slack signs requests,
// with extra header pairs, and returns the status and body of the answer.
func sendSigned(t *testing.T, url, contentType, body, key string, header ...string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	req.Header.Set("Content-Type", contentType)
	slackfake.Sign(req, key, body, time.Now())
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestHTTPModeEndToEnd is the "done when", as a test: dealbot in
// HTTP mode against a fake Slack API answers a signed /deal in time with a
// cited excerpt, replies once in the thread of a retried mention, and
// refuses a forged signature.
func TestHTTPModeEndToEnd(t *testing.T) {
	var mu sync.Mutex
	var posts []url.Values
	fake := slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
			r.ParseForm()
			mu.Lock()
			posts = append(posts, r.PostForm)
			mu.Unlock()
			io.WriteString(w, `{"ok":true,"channel":"C1","ts":"1700000001.000200"}`)
		})
	})
	fake.Start()
	defer fake.Stop()

	const secret = "e2e-secret"
	env := config{SlackBotToken: "xoxb-test", SlackSigningSecret: secret, SlackAPIURL: fake.GetAPIURL(), Addr: "127.0.0.1:0", StateDir: t.TempDir()}
	ctx, cancel := context.WithCancel(context.Background())
	var stderr lockedBuffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, nil, env, strings.NewReader(""), io.Discard, &stderr) }()

	addrRE := regexp.MustCompile(`listening for Slack requests" addr=(\S+)`)
	var base string
	for deadline := time.Now().Add(10 * time.Second); base == ""; time.Sleep(10 * time.Millisecond) {
		if m := addrRE.FindStringSubmatch(stderr.String()); m != nil {
			base = "http://" + m[1]
		}
		if time.Now().After(deadline) {
			t.Fatalf("server did not start:\n%s", stderr.String())
		}
	}
	send := func(path, contentType, body, key string, header ...string) (int, string) {
		t.Helper()
		return sendSigned(t, base+path, contentType, body, key, header...)
	}

	command := url.Values{"command": {"/deal"}, "text": {"who decides which projects the fund invests in?"},
		"team_id": {"T1"}, "channel_id": {"C1"}, "user_id": {"U1"}, "response_url": {fake.GetAPIURL() + "response"}}.Encode()
	start := time.Now()
	status, body := send("/slack/commands", "application/x-www-form-urlencoded", command, secret)
	if status != http.StatusOK || time.Since(start) > 3*time.Second || !strings.Contains(body, ">*[1]* “") || !strings.Contains(body, "JAPAN Forward") {
		t.Errorf("/deal: %d after %v:\n%s", status, time.Since(start), body)
	}

	event := `{"type":"event_callback","team_id":"T1","event_id":"EvE2E","event_time":1700000000,"event":{"type":"app_mention","user":"U1","channel":"C1","ts":"1700000000.000100","text":"<@W012A3CDE> who decides which projects the fund invests in?"}}`
	for retry := range 2 {
		if status, _ := send("/slack/events", "application/json", event, secret, "X-Slack-Retry-Num", fmt.Sprint(retry)); status != http.StatusOK {
			t.Errorf("mention: status %d", status)
		}
	}
	if status, _ := send("/slack/commands", "application/x-www-form-urlencoded", command, "forged"); status != http.StatusUnauthorized {
		t.Errorf("forged signature: status %d, want 401", status)
	}

	cancel() // shuts down and waits for the replies in flight
	if err := <-done; err != nil {
		t.Fatalf("run: %v", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(posts) != 1 || posts[0].Get("thread_ts") != "1700000000.000100" || !strings.Contains(posts[0].Get("blocks"), "JAPAN Forward") {
		t.Errorf("want one threaded, cited reply to the mention, got %d: %v", len(posts), posts)
	}
	if logs := stderr.String(); strings.Contains(logs, "who decides") || strings.Contains(logs, "xoxb-test") || strings.Contains(logs, secret) {
		t.Errorf("the log holds message text or a secret:\n%s", logs)
	}
}
