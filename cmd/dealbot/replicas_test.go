package main

import (
	"net/url"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dealbot/dealbot/handlers/pgstore/pgtest"
	"github.com/dealbot/dealbot/handlers/slackfake"
)

// These tests run several dealbot processes against one PostgreSQL
// database and one fake Slack, as replicas behind a load balancer.

const replicaSecret = "replica-secret"

// replicaEnv is the environment of a replica in HTTP mode.
func replicaEnv(ws *slackfake.Workspace, dbURL string) map[string]string {
	return map[string]string{
		"SLACK_BOT_TOKEN":      "xoxb-test",
		"SLACK_SIGNING_SECRET": replicaSecret,
		"SLACK_API_URL":        ws.URL(),
		"DEALBOT_ADDR":         "127.0.0.1:0",
		"DEALBOT_DATABASE_URL": dbURL,
		"DEALBOT_TEAM_ID":      "T0FAKE",
		"DEALBOT_LOG_LEVEL":    "debug",
	}
}

var listeningRE = regexp.MustCompile(`listening for Slack requests" addr=(\S+)`)

// startReplica starts a replica in HTTP mode and returns its base URL.
func startReplica(t *testing.T, env map[string]string) (string, *process) {
	t.Helper()
	p := start(t, env)
	m := p.waitLog(t, listeningRE, 30*time.Second)
	return "http://" + m[1], p
}

// ask sends a signed /deal to a replica and returns the reply's body.
func ask(t *testing.T, base, question string) string {
	t.Helper()
	form := url.Values{"command": {"/deal"}, "text": {question}, "team_id": {"T0FAKE"}, "channel_id": {"C1"},
		"user_id": {"U1"}, "response_url": {"http://127.0.0.1:1/unused"}}.Encode()
	_, body := sendSigned(t, base+"/slack/commands", "application/x-www-form-urlencoded", form, replicaSecret)
	return body
}

// TestReplicasShareAddedDocument: a document added through one replica
// (`dealbot add FILE` with its configuration) is answered, with its
// citation, by another replica within 5 s. The time is logged.
func TestReplicasShareAddedDocument(t *testing.T) {
	dbURL := pgtest.URL(t)
	ws := slackfake.Start(t, time.Now)
	env := replicaEnv(ws, dbURL)
	baseA, _ := startReplica(t, env)
	baseB, _ := startReplica(t, env)
	const question = "how large is the steel quota?"
	for _, base := range []string{baseA, baseB} {
		if body := ask(t, base, question); strings.Contains(body, "Steel quota note") {
			t.Fatalf("answered from the document before it was added:\n%s", body)
		}
	}

	file := filepath.Join(t.TempDir(), "steel.md")
	writeFile(t, file, steelDoc)
	add := exec.Command(binary(t), "add", file)
	for k, v := range env {
		add.Env = append(add.Env, k+"="+v)
	}
	if out, err := add.CombinedOutput(); err != nil {
		t.Fatalf("dealbot add: %v\n%s", err, out)
	}
	added := time.Now()
	for {
		body := ask(t, baseB, question)
		if strings.Contains(body, "Steel quota note") && strings.Contains(body, "1.2 million tonnes") {
			took := time.Since(added)
			t.Logf("replica B answered from the added document %v after the add", took.Round(time.Millisecond))
			if took > 5*time.Second {
				t.Errorf("replica B took %v, want at most 5 s", took)
			}
			break
		}
		if time.Since(added) > 10*time.Second {
			t.Fatalf("replica B never answered from the added document; last reply:\n%s", body)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
