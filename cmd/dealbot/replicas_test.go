package main

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
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

// digestEnv is the environment of a `dealbot digest --post` replica:
// a state folder of its own, the shared database.
func digestEnv(t *testing.T, ws *slackfake.Workspace, dbURL string, channels ...string) map[string]string {
	return map[string]string{
		"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": ws.URL(),
		"DEALBOT_DIGEST_CHANNELS": strings.Join(channels, ","), "DEALBOT_STATE_DIR": t.TempDir(),
		"DEALBOT_DATABASE_URL": dbURL,
	}
}

// wait waits for a process to end and fails the test if it failed.
func (p *process) wait(t *testing.T, name string) {
	t.Helper()
	select {
	case <-p.done:
	case <-time.After(2 * time.Minute):
		t.Fatalf("%s did not finish:\n%s", name, p.stderr.String())
	}
	if p.err != nil {
		t.Errorf("%s: %v\n%s", name, p.err, p.stderr.String())
	}
}

// TestReplicasDigestOncePerChannel: three `dealbot digest --post` started
// at the same moment, each with its own empty state folder (as on three
// machines), against one database: one post per channel. A post shows in
// the channel's history only 3 s after it was sent, so replicas that
// start within 3 s of one another all read an empty history: only the
// database's claim stands between them (without it, each channel got
// three digests).
func TestReplicasDigestOncePerChannel(t *testing.T) {
	dbURL := pgtest.URL(t)
	ws := slackfake.Start(t, time.Now)
	channels := []string{"C1", "C2", "C3"}
	for range 3 * len(channels) {
		ws.Fail("chat.postMessage", slackfake.Fault{Delay: 3 * time.Second, Unseen: true})
	}
	var ps []*process
	for range 3 {
		ps = append(ps, start(t, digestEnv(t, ws, dbURL, channels...), "digest", "--post"))
	}
	for i, p := range ps {
		p.wait(t, fmt.Sprintf("replica %d", i))
	}
	for _, ch := range channels {
		if got := len(ws.Messages(ch)); got != 1 {
			t.Errorf("%s has %d digests after 3 replicas posted at once, want 1", ch, got)
		}
	}
	t.Logf("%d chat.postMessage calls for %d channels", ws.Calls("chat.postMessage"), len(channels))
}

// TestReplicasDigestTakeoverAfterKill: the replica that claimed the
// digest is killed (SIGKILL) while its post hangs, before Slack stored
// it; another replica takes the claim over at once (the dead replica's
// connection, and with it its owner lock, is gone), finds nothing in the
// channel's history and posts the digest, once.
func TestReplicasDigestTakeoverAfterKill(t *testing.T) {
	dbURL := pgtest.URL(t)
	ws := slackfake.Start(t, time.Now)
	ws.Fail("chat.postMessage", slackfake.Fault{Delay: time.Minute, Lost: true})
	a := start(t, digestEnv(t, ws, dbURL, "C1"), "digest", "--post")
	for deadline := time.Now().Add(30 * time.Second); ws.Calls("chat.postMessage") == 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("replica A never posted:\n%s", a.stderr.String())
		}
	}
	a.cmd.Process.Kill() // SIGKILL, holding the claim
	<-a.done

	began := time.Now()
	b := start(t, digestEnv(t, ws, dbURL, "C1"), "digest", "--post")
	b.wait(t, "replica B")
	t.Logf("replica B posted %v after A was killed", time.Since(began).Round(time.Millisecond))
	if !strings.Contains(b.stderr.String(), "took over the digest claim") {
		t.Errorf("replica B did not say it took the claim over:\n%s", b.stderr.String())
	}
	if got := len(ws.Messages("C1")); got != 1 {
		t.Errorf("C1 has %d digests, want 1", got)
	}
	c := start(t, digestEnv(t, ws, dbURL, "C1"), "digest", "--post")
	c.wait(t, "replica C")
	if got := len(ws.Messages("C1")); got != 1 {
		t.Errorf("C1 has %d digests after a third replica ran, want 1", got)
	}
}

// TestReplicasEventOnce: the same signed event delivered to two HTTP
// replicas at once gets exactly one reply. Neither delivery is marked as
// a retry, so neither replica looks in the channel's history: only the
// database's claim stands between them.
func TestReplicasEventOnce(t *testing.T) {
	dbURL := pgtest.URL(t)
	ws := slackfake.Start(t, time.Now)
	envA, envB := replicaEnv(ws, dbURL), replicaEnv(ws, dbURL)
	envA["DEALBOT_STATE_DIR"], envB["DEALBOT_STATE_DIR"] = t.TempDir(), t.TempDir()
	baseA, a := startReplica(t, envA)
	baseB, b := startReplica(t, envB)
	body := `{"type":"event_callback","team_id":"T0FAKE","event_id":"EvTwice1","event_time":1700000000,"event":{"type":"app_mention","user":"U1","channel":"C1","ts":"1700000000.000100","text":"<@W012A3CDE> how big is the investment framework?"}}`
	var wg sync.WaitGroup
	for i, base := range []string{baseA, baseB} {
		wg.Go(func() {
			if status, _ := sendSigned(t, base+"/slack/events", "application/json", body, replicaSecret); status != http.StatusOK {
				t.Errorf("replica %d: status %d", i, status)
			}
		})
	}
	wg.Wait()
	ignored := regexp.MustCompile(`ignored a repeated event`)
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if ignored.MatchString(a.stderr.String() + b.stderr.String()) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("neither replica turned the event down:\nA:\n%s\nB:\n%s", a.stderr.String(), b.stderr.String())
		}
	}
	for deadline := time.Now().Add(20 * time.Second); len(ws.Messages("C1")) == 0 && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond) // a second reply, if any, would land now
	if n := len(ws.Messages("C1")); n != 1 {
		t.Errorf("%d replies to one event sent to two replicas, want 1", n)
	}
}

// TestReplicaSurvivesDatabaseOutage: a replica whose database goes away
// while it serves keeps answering from its own index and says so at
// /healthz; when the database is back, it catches up with the documents
// added meanwhile.
func TestReplicaSurvivesDatabaseOutage(t *testing.T) {
	dbURL := pgtest.URL(t)
	u, _ := url.Parse(dbURL)
	proxy := newTCPProxy(t, u.Host)
	viaProxy := *u
	viaProxy.Host = proxy.addr
	ws := slackfake.Start(t, time.Now)
	base, p := startReplica(t, replicaEnv(ws, viaProxy.String()))
	health := func() string {
		t.Helper()
		resp, err := http.Get(base + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("/healthz = %d %q, want 200", resp.StatusCode, b)
		}
		return string(b)
	}
	if h := health(); !strings.Contains(h, "database: ok") {
		t.Fatalf("/healthz with the database up: %q", h)
	}

	proxy.cut()
	asked := time.Now()
	if body := ask(t, base, "how big is the investment framework?"); !strings.Contains(body, "JAPAN Forward") {
		t.Errorf("no cited answer while the database is away:\n%s", body)
	}
	t.Logf("answered in %v while the database was away", time.Since(asked).Round(time.Millisecond))
	if h := health(); !strings.Contains(h, "database: down: PostgreSQL at "+proxy.addr) || strings.Contains(h, "password") {
		t.Errorf("/healthz with the database away: %q", h)
	}
	// Added while the replica cannot see the database (straight to the
	// server, not through the cut link).
	file := filepath.Join(t.TempDir(), "steel.md")
	writeFile(t, file, steelDoc)
	add := exec.Command(binary(t), "add", file)
	add.Env = []string{"DEALBOT_DATABASE_URL=" + dbURL, "DEALBOT_TEAM_ID=T0FAKE", "HOME=" + t.TempDir()}
	if out, err := add.CombinedOutput(); err != nil {
		t.Fatalf("dealbot add: %v\n%s", err, out)
	}

	proxy.restore(t)
	restored := time.Now()
	p.waitLog(t, regexp.MustCompile(`the database is back`), 30*time.Second)
	t.Logf("the replica saw the database back after %v", time.Since(restored).Round(time.Millisecond))
	// Wait for the catch-up to load the document before asking: asking
	// every 50 ms instead spent the user's ten questions a minute before a
	// slow machine's reload and was then refused quietly past the
	// deadline.
	p.waitLog(t, regexp.MustCompile(`coverage loaded.* added=1 `), 30*time.Second)
	for tries := 0; ; tries++ {
		if body := ask(t, base, "how large is the steel quota?"); strings.Contains(body, "Steel quota note") {
			t.Logf("and answered from the document added meanwhile after %v", time.Since(restored).Round(time.Millisecond))
			break
		}
		if tries == 4 {
			t.Fatalf("the document added during the outage never reached the replica's answers:\n%s", p.stderr.String())
		}
		time.Sleep(500 * time.Millisecond)
	}
	if h := health(); !strings.Contains(h, "database: ok") {
		t.Errorf("/healthz once the database is back: %q", h)
	}
}

// TestReplicasShareQuestionLimit: with a limit of 2 questions a minute,
// a user who asks one replica, then the other, then the first again is
// refused the third time: the count is the database's, not each
// replica's.
func TestReplicasShareQuestionLimit(t *testing.T) {
	dbURL := pgtest.URL(t)
	ws := slackfake.Start(t, time.Now)
	env := replicaEnv(ws, dbURL)
	env["DEALBOT_RATE_LIMIT"] = "2"
	baseA, _ := startReplica(t, env)
	baseB, _ := startReplica(t, env)
	askAs := func(base, user string) string {
		t.Helper()
		form := url.Values{"command": {"/deal"}, "text": {"how big is the investment framework?"}, "team_id": {"T0FAKE"},
			"channel_id": {"C1"}, "user_id": {user}, "response_url": {"http://127.0.0.1:1/unused"}}.Encode()
		_, body := sendSigned(t, base+"/slack/commands", "application/x-www-form-urlencoded", form, replicaSecret)
		return body
	}
	const refused = "asking faster than I can keep up"
	for attempt := range 3 {
		user := fmt.Sprintf("U0LIMIT%d", attempt)
		start := time.Now()
		first, second, third := askAs(baseA, user), askAs(baseB, user), askAs(baseA, user)
		if start.Truncate(time.Minute) != time.Now().Truncate(time.Minute) {
			continue // the count started again with a new minute: ask again as another user
		}
		for i, body := range []string{first, second} {
			if strings.Contains(body, refused) || !strings.Contains(body, "JAPAN Forward") {
				t.Errorf("question %d of 2 allowed a minute was not answered:\n%s", i+1, body)
			}
		}
		if !strings.Contains(third, refused) {
			t.Errorf("the third question in a minute, over two replicas, was answered:\n%s", third)
		}
		return
	}
	t.Fatal("three attempts each straddled a minute")
}
