package main

import (
	"net/http"
	"regexp"
	"testing"
	"time"

	"github.com/dealbot/dealbot/handlers/slackfake"
)

// TestEventRetryAfterSIGKILL: dealbot answers a mention, is killed with
// SIGKILL and started again on the same state folder; Slack's retry of
// the event then gets no second reply.
func TestEventRetryAfterSIGKILL(t *testing.T) {
	ws := slackfake.Start(t, time.Now)
	const secret = "kill-secret"
	env := map[string]string{
		"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": secret, "SLACK_API_URL": ws.URL(),
		"DEALBOT_ADDR": "127.0.0.1:0", "DEALBOT_STATE_DIR": t.TempDir(),
	}
	listening := regexp.MustCompile(`listening for Slack requests" addr=(\S+)`)
	body := `{"type":"event_callback","team_id":"T1","event_id":"EvKill1","event_time":1700000000,"event":{"type":"app_mention","user":"U1","channel":"C1","ts":"1700000000.000100","text":"<@W012A3CDE> how big is the investment framework?"}}`

	p := start(t, env)
	addr := p.waitLog(t, listening, 60*time.Second)[1]
	if status, _ := sendSigned(t, "http://"+addr+"/slack/events", "application/json", body, secret); status != http.StatusOK {
		t.Fatalf("mention: status %d", status)
	}
	for deadline := time.Now().Add(20 * time.Second); len(ws.Messages("C1")) == 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("no reply:\n%s", p.stderr.String())
		}
	}
	p.cmd.Process.Kill()
	<-p.done

	p = start(t, env)
	addr = p.waitLog(t, listening, 60*time.Second)[1]
	if status, _ := sendSigned(t, "http://"+addr+"/slack/events", "application/json", body, secret, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"); status != http.StatusOK {
		t.Fatalf("retry: status %d", status)
	}
	p.waitLog(t, regexp.MustCompile(`ignored a repeated event`), 20*time.Second)
	if n := len(ws.Messages("C1")); n != 1 {
		t.Errorf("%d replies to one event retried after SIGKILL, want 1", n)
	}
}
