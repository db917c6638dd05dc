package main

import (
	"strings"
	"testing"
	"time"

	"github.com/dealbot/dealbot/handlers/slackfake"
)

// TestDigestPostConcurrentProcesses: five `dealbot digest --post` started
// at once, sharing a state folder, post the digest once to each channel.
// Slack is slow to post (300 ms), so every process reads an empty history
// before any post lands: only the claim stands between them.
func TestDigestPostConcurrentProcesses(t *testing.T) {
	ws := slackfake.Start(t, time.Now)
	channels := []string{"C1", "C2", "C3", "C4"}
	for range 5 * len(channels) {
		ws.Fail("chat.postMessage", slackfake.Fault{Delay: 300 * time.Millisecond})
	}
	env := map[string]string{
		"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": ws.URL(),
		"DEALBOT_DIGEST_CHANNELS": strings.Join(channels, ","), "DEALBOT_STATE_DIR": t.TempDir(),
	}
	const n = 5
	var ps []*process
	for range n {
		ps = append(ps, start(t, env, "digest", "--post"))
	}
	for i, p := range ps {
		select {
		case <-p.done:
		case <-time.After(2 * time.Minute):
			t.Fatalf("process %d did not finish:\n%s", i, p.stderr.String())
		}
		if p.err != nil {
			t.Errorf("process %d: %v\n%s", i, p.err, p.stderr.String())
		}
	}
	for _, ch := range channels {
		if got := len(ws.Messages(ch)); got != 1 {
			t.Errorf("%s has %d digests after %d concurrent posters, want 1", ch, got, n)
		}
	}
	t.Logf("%d chat.postMessage calls, %d history reads", ws.Calls("chat.postMessage"), ws.Calls("conversations.history"))
}
