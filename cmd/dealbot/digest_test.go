package main

import (
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dealbot/dealbot/handlers/slackfake"
)

func TestDigestPrint(t *testing.T) {
	out, _, err := runCmd(t, "", "digest")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "Japan–US trade deal digest — ") {
		t.Errorf("digest starts %q", strings.SplitN(out, "\n", 2)[0])
	}
	for _, want := range []string{"NEW COVERAGE", "KEY FIGURES", "$550 billion", "BY TOPIC", "OPEN QUESTIONS", "SOURCES\n[1] ", "/deal"} {
		if !strings.Contains(out, want) {
			t.Errorf("digest lacks %q:\n%s", want, out)
		}
	}
}

// postEnv is the configuration for posting to a fake workspace.
func postEnv(t *testing.T, ws *slackfake.Workspace, channels ...string) config {
	return config{
		SlackBotToken:  "xoxb-test",
		SlackAPIURL:    ws.URL(),
		DigestChannels: channels,
		DigestTZ:       "Asia/Tokyo",
		StateDir:       t.TempDir(),
	}
}

func TestDigestPostTwiceSameDay(t *testing.T) {
	ws := slackfake.Start(t, time.Now)
	env := postEnv(t, ws, "C1", "C2")

	first, _, err := runEnv(t, env, "digest", "--post")
	if err != nil {
		t.Fatalf("first run: %v\n%s", err, first)
	}
	second, _, err := runEnv(t, env, "digest", "--post")
	if err != nil {
		t.Fatalf("second run: %v\n%s", err, second)
	}
	t.Logf("first run: %s", first)
	t.Logf("second run: %s", second)
	for _, ch := range []string{"C1", "C2"} {
		if n := len(ws.Messages(ch)); n != 1 {
			t.Errorf("%s has %d messages, want 1", ch, n)
		}
	}
	if !strings.HasPrefix(first, "C1: posted the digest for ") || !strings.Contains(second, "C1: the digest for ") || !strings.Contains(second, "not posting again") {
		t.Errorf("outputs do not say what happened:\n%s\n%s", first, second)
	}

	forced, _, err := runEnv(t, env, "digest", "--post", "--force")
	if err != nil || !strings.HasPrefix(forced, "C1: posted") {
		t.Fatalf("--force: %v\n%s", err, forced)
	}
	if n := len(ws.Messages("C1")); n != 2 {
		t.Errorf("C1 has %d messages after --force, want 2", n)
	}
}

func TestDigestPostRetriesSlackErrors(t *testing.T) {
	ws := slackfake.Start(t, time.Now)
	ws.Fail("conversations.history", slackfake.Fault{Status: http.StatusTooManyRequests, RetryAfter: 1})
	ws.Fail("chat.postMessage", slackfake.Fault{Status: http.StatusServiceUnavailable})
	out, _, err := runEnv(t, postEnv(t, ws, "C1"), "digest", "--post")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if n := len(ws.Messages("C1")); n != 1 {
		t.Errorf("C1 has %d messages, want 1", n)
	}
	// A 429 is retried as it is; a 503 may have posted all the same, so
	// the channel is read again before the second post.
	if h, p := ws.Calls("conversations.history"), ws.Calls("chat.postMessage"); h != 3 || p != 2 {
		t.Errorf("%d history reads and %d posts, want 3 (2 before posting: a 429, then the read; 1 after the 503) and 2", h, p)
	}
}

func TestDigestPostFailingChannel(t *testing.T) {
	ws := slackfake.Start(t, time.Now)
	ws.Fail("chat.postMessage", slackfake.Fault{SlackError: "channel_not_found"})
	out, errOut, err := runEnv(t, postEnv(t, ws, "C1", "C2"), "digest", "--post")
	if err == nil || !strings.Contains(err.Error(), "1 of 2 channels") {
		t.Errorf("err = %v, want one channel of two failed", err)
	}
	if !strings.Contains(out, "C1: could not post the digest") || !strings.Contains(out, "C2: posted") {
		t.Errorf("output:\n%s", out)
	}
	if !strings.Contains(errOut, "channel=C1") || strings.Contains(errOut, "xoxb-test") {
		t.Errorf("log must name the channel and never the token:\n%s", errOut)
	}
}

func TestDigestConfig(t *testing.T) {
	t.Run("Defaults", func(t *testing.T) {
		c := configFrom(func(k string) string {
			return map[string]string{"HOME": "/home/ann", "DEALBOT_DIGEST_CHANNELS": " C1, ,C2 "}[k]
		})
		if c.DigestTime != "09:00" || c.DigestTZ != "UTC" || strings.Join(c.DigestChannels, "|") != "C1|C2" {
			t.Errorf("config = %+v", c)
		}
		if want := filepath.Join("/home/ann", ".local", "state", "dealbot"); c.StateDir != want {
			t.Errorf("StateDir = %q, want %q", c.StateDir, want)
		}
		s, err := c.digestSchedule()
		if err != nil || s.hour != 9 || s.minute != 0 || s.loc.String() != "UTC" {
			t.Errorf("schedule = %+v, %v", s, err)
		}
	})
	t.Run("StateDir", func(t *testing.T) {
		for _, tt := range []struct{ env, want string }{
			{"XDG_STATE_HOME=/xdg HOME=/home/ann", "/xdg/dealbot"},
			{"XDG_STATE_HOME=relative HOME=/home/ann", "/home/ann/.local/state/dealbot"},
			{"DEALBOT_STATE_DIR=/srv/dealbot XDG_STATE_HOME=/xdg", "/srv/dealbot"},
			{"", ""},
		} {
			vars := map[string]string{}
			for _, kv := range strings.Fields(tt.env) {
				k, v, _ := strings.Cut(kv, "=")
				vars[k] = v
			}
			if got := configFrom(func(k string) string { return vars[k] }).StateDir; got != filepath.FromSlash(tt.want) {
				t.Errorf("%s: StateDir = %q, want %q", tt.env, got, tt.want)
			}
		}
	})
	t.Run("Invalid", func(t *testing.T) {
		for _, tt := range []struct {
			c    config
			want string
		}{
			{config{DigestTime: "25:00"}, "DEALBOT_DIGEST_TIME"},
			{config{DigestTime: "9am"}, "DEALBOT_DIGEST_TIME"},
			{config{DigestTZ: "Mars/Olympus"}, "DEALBOT_DIGEST_TZ"},
			{config{DigestChannels: []string{"#general"}}, "DEALBOT_DIGEST_CHANNELS"},
		} {
			if _, err := tt.c.digestSchedule(); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%+v: err = %v, want one naming %s", tt.c, err, tt.want)
			}
		}
		if _, err := (config{DigestTime: "7:30", DigestTZ: "America/New_York"}).digestSchedule(); err != nil {
			t.Errorf("7:30 New York: %v", err)
		}
	})
	t.Run("PostNeedsToken", func(t *testing.T) {
		_, _, err := runEnv(t, config{DigestChannels: []string{"C1"}}, "digest", "--post")
		if err == nil || !strings.Contains(err.Error(), "SLACK_BOT_TOKEN") {
			t.Errorf("err = %v", err)
		}
		if _, _, err := runEnv(t, config{}, "digest", "--force"); err == nil {
			t.Error("--force without --post accepted")
		}
	})
}
