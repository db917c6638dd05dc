package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/slack-go/slack/slacktest"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// These tests run dealbot as a process, to send it real signals.

var built struct {
	once sync.Once
	path string
	err  error
}

// binary builds dealbot once for the test binary, with the Dockerfile's
// build command (so the process tests run the binary the image ships),
// and returns its path.
func binary(t *testing.T) string {
	t.Helper()
	built.once.Do(func() {
		dir, err := os.MkdirTemp("", "dealbot-bin-")
		if err != nil {
			built.err = err
			return
		}
		built.path = filepath.Join(dir, "dealbot")
		built.err = buildAsDockerfile(built.path)
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.path
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.path != "" {
		os.RemoveAll(filepath.Dir(built.path))
	}
	os.Exit(code)
}

// process is a running dealbot.
type process struct {
	cmd    *exec.Cmd
	stderr *lockedBuffer
	done   chan struct{}
	err    error // after done
}

// start runs dealbot with args and only the environment given (and a
// home of its own), in a folder without a .env.
func start(t *testing.T, env map[string]string, args ...string) *process {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Dir = t.TempDir()
	cmd.Env = []string{"HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	p := &process{cmd: cmd, stderr: &lockedBuffer{}, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = io.Discard, p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.err = cmd.Wait(); close(p.done) }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-p.done
	})
	return p
}

// waitLog waits for a log line matching re and returns its submatches.
func (p *process) waitLog(t *testing.T, re *regexp.Regexp, within time.Duration) []string {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		if m := re.FindStringSubmatch(p.stderr.String()); m != nil {
			return m
		}
		select {
		case <-p.done:
			t.Fatalf("dealbot exited (%v) before logging %s:\n%s", p.err, re, p.stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no log line %s within %v:\n%s", re, within, p.stderr.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestSIGTERM: on SIGTERM dealbot stops taking requests, delivers the
// reply it was posting, and exits 0 well within the grace period.
func TestSIGTERM(t *testing.T) {
	var mu sync.Mutex
	posted, cancelled := 0, 0
	arrived := make(chan struct{}, 1)
	fake := slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
			r.ParseForm()
			arrived <- struct{}{}
			select { // Slack being slow: the reply is in flight when SIGTERM comes
			case <-time.After(time.Second):
			case <-r.Context().Done():
				mu.Lock()
				cancelled++
				mu.Unlock()
				return
			}
			mu.Lock()
			posted++
			mu.Unlock()
			io.WriteString(w, `{"ok":true,"channel":"C1","ts":"1700000001.000200"}`)
		})
	})
	fake.Start()
	defer fake.Stop()

	const secret = "sigterm-secret"
	p := start(t, map[string]string{
		"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": secret, "SLACK_API_URL": fake.GetAPIURL(),
		"DEALBOT_ADDR": "127.0.0.1:0", "DEALBOT_SHUTDOWN_GRACE": "5s",
	})
	addr := p.waitLog(t, regexp.MustCompile(`listening for Slack requests" addr=(\S+)`), 60*time.Second)[1]
	body := `{"type":"event_callback","team_id":"T1","event_id":"EvTerm","event_time":1700000000,"event":{"type":"app_mention","user":"U1","channel":"C1","ts":"1700000000.000100","text":"<@W012A3CDE> who decides which projects the fund invests in?"}}`
	if status, _ := sendSigned(t, "http://"+addr+"/slack/events", "application/json", body, secret); status != http.StatusOK {
		t.Fatalf("mention: status %d", status)
	}
	select {
	case <-arrived:
	case <-time.After(10 * time.Second):
		t.Fatal("the reply was never posted")
	}

	sent := time.Now()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	p.waitLog(t, regexp.MustCompile(`shutting down`), 5*time.Second)
	if resp, err := http.Get("http://" + addr + "/healthz"); err == nil {
		resp.Body.Close()
		t.Error("dealbot still takes requests after SIGTERM")
	}
	select {
	case <-p.done:
	case <-time.After(10 * time.Second):
		t.Fatalf("dealbot did not exit within 10 s of SIGTERM:\n%s", p.stderr.String())
	}
	if p.err != nil {
		t.Errorf("exit: %v, want 0\n%s", p.err, p.stderr.String())
	}
	mu.Lock()
	defer mu.Unlock()
	if posted != 1 || cancelled != 0 {
		t.Errorf("the reply in flight: %d posted, %d cancelled; want it finished", posted, cancelled)
	}
	t.Logf("exited %v after SIGTERM, reply delivered", time.Since(sent).Round(time.Millisecond))
}

// TestSIGKILLWhileIndexing: dealbot index killed with SIGKILL half-way
// leaves an index that is consistent (every document its manifest lists
// is there whole, nothing else is), and the next run completes it: every
// document searchable, counts right.
func TestSIGKILLWhileIndexing(t *testing.T) {
	corpusDir, indexDir := t.TempDir(), filepath.Join(t.TempDir(), "index")
	const n = 1000
	if err := corpus.WriteSynthetic(corpusDir, n, 7, corpus.Realistic); err != nil {
		t.Fatal(err)
	}
	docs, skipped := corpus.Load(os.DirFS(corpusDir))
	if len(docs) != n || len(skipped) != 0 {
		t.Fatalf("generated corpus: %d documents, %d skipped", len(docs), len(skipped))
	}
	counts := map[string]docCount{}
	total := 0
	for _, d := range docs {
		c := docCount{passages: len(d.Passages())}
		seen := map[int]bool{}
		for _, p := range d.Passages() {
			seen[p.Paragraph] = true
		}
		c.paragraphs = len(seen)
		counts[d.ID] = c
		total += c.paragraphs
	}
	env := map[string]string{"DEALBOT_INDEX_DIR": indexDir, "DEALBOT_CORPUS_DIR": corpusDir, "DEALBOT_EMBEDDED": "false"}

	p := start(t, env, "index")
	// Kill once a few segments were written (the first of them is then
	// recorded in a snapshot) while the next batches are being written.
	deadline := time.Now().Add(60 * time.Second)
	seen := map[string]bool{}
	for {
		segs, _ := filepath.Glob(filepath.Join(indexDir, "store", "*.zap"))
		for _, s := range segs {
			seen[s] = true
		}
		if len(seen) >= 3 {
			break
		}
		select {
		case <-p.done:
			t.Fatalf("dealbot index ended before it could be killed: %v\n%s", p.err, p.stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no segment written within a minute:\n%s", p.stderr.String())
		}
		time.Sleep(time.Millisecond)
	}
	p.cmd.Process.Kill()
	<-p.done

	indexed := checkConsistent(t, indexDir, counts)
	if indexed == n {
		t.Fatalf("the kill came too late: all %d documents were indexed", n)
	}
	t.Logf("killed with %d of %d documents indexed", indexed, n)

	p = start(t, env, "index")
	select {
	case <-p.done:
	case <-time.After(5 * time.Minute):
		t.Fatal("the second dealbot index did not finish")
	}
	if p.err != nil {
		t.Fatalf("second dealbot index: %v\n%s", p.err, p.stderr.String())
	}
	if want := fmt.Sprintf("%d documents, %d paragraphs", n, total); !strings.Contains(p.stderr.String(), want) {
		t.Errorf("second run does not report %q:\n%s", want, p.stderr.String())
	}
	if got := checkConsistent(t, indexDir, counts); got != n {
		t.Errorf("after the second run %d of %d documents are indexed", got, n)
	}
}

// docCount is how many passages and paragraphs a document has.
type docCount struct{ passages, paragraphs int }

// checkConsistent opens the index and checks that the documents its
// manifest lists are indexed whole, with no other paragraph in it; it
// returns how many documents there are.
func checkConsistent(t *testing.T, dir string, counts map[string]docCount) int {
	t.Helper()
	ix, err := index.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if why := ix.Rebuilt(); why != "" {
		t.Logf("the index was rebuilt: %s", why)
	}
	manifest := ix.Manifest()
	ctx := context.Background()
	sum := 0
	for id := range manifest {
		want, ok := counts[id]
		if !ok {
			t.Fatalf("the manifest lists %s, which is not in the corpus", id)
		}
		hits, err := ix.Search(ctx, index.Query{Clauses: []index.Clause{{Field: "doc_id", Text: id}}, Size: 1000})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != want.passages {
			t.Errorf("%s: %d passages indexed, want %d", id, len(hits), want.passages)
		}
		sum += want.paragraphs
	}
	count, err := ix.Count()
	if err != nil {
		t.Fatal(err)
	}
	if count != uint64(sum) {
		t.Errorf("the index holds %d paragraphs, the %d documents of its manifest have %d", count, len(manifest), sum)
	}
	return len(manifest)
}
