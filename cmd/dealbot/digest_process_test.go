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

// TestDigestPostAfterSIGKILL: a `dealbot digest --post` killed with
// SIGKILL after its post reached Slack, before it recorded it, leaves its
// claim; the next run takes the claim over at once (its owner is dead),
// looks in the channel, finds the digest and records it: one post.
func TestDigestPostAfterSIGKILL(t *testing.T) {
	ws := slackfake.Start(t, time.Now)
	ws.Fail("chat.postMessage", slackfake.Fault{Delay: time.Minute}) // stored, then no answer
	env := map[string]string{
		"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": ws.URL(),
		"DEALBOT_DIGEST_CHANNELS": "C1", "DEALBOT_STATE_DIR": t.TempDir(),
	}
	p := start(t, env, "digest", "--post")
	for deadline := time.Now().Add(time.Minute); len(ws.Messages("C1")) == 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the digest was never posted:\n%s", p.stderr.String())
		}
	}
	p.cmd.Process.Kill()
	<-p.done

	again := start(t, env, "digest", "--post")
	select {
	case <-again.done:
	case <-time.After(time.Minute):
		t.Fatalf("the second run did not finish (waiting for a dead owner's claim?):\n%s", again.stderr.String())
	}
	if again.err != nil {
		t.Fatalf("second run: %v\n%s", again.err, again.stderr.String())
	}
	if n := len(ws.Messages("C1")); n != 1 {
		t.Errorf("C1 has %d digests, want 1", n)
	}
	if logs := again.stderr.String(); !strings.Contains(logs, "took over the digest claim") || !strings.Contains(logs, "digest found in channel") {
		t.Errorf("want the dead run's claim taken over and the digest found in the channel:\n%s", logs)
	}
}
