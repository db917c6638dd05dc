package handlers_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/index"
)

// capacityP99 is the slowest a replica may answer 99% of questions and
// still count as keeping up: a tenth of the 3 seconds Slack waits.
const capacityP99 = 300 * time.Millisecond

// maxClients is the most clients TestCapacity runs at once.
const maxClients = 15000

// TestCapacity measures how many answers a second one replica gives with
// p99 ≤ 300 ms: signed slash commands to the HTTP server on 127.0.0.1,
// over the answer cache and the real index of the embedded coverage, and
// of the embedded coverage with DEALBOT_LOADTEST_DOCS (default 10,000)
// realistic generated documents beside it. Each client is an analyst who
// asks, reads the reply and pauses 1–5 s: 70% of questions are drawn
// with Zipf's law from 100 (the project's questions, topic commands and
// questions on the generated documents), 30% repeat one a teammate just
// asked. The clients double every DEALBOT_LOADTEST_DURATION (default
// 10 s) until p99 passes 300 ms (or they reach 15,000); the capacity is
// the most answers a second of a step within it. DEALBOT_LOADTEST_NOCACHE=1 asks the bot
// without the cache. To find the knee more closely, DEALBOT_LOADTEST_CLIENTS
// sets the first step (default 60), DEALBOT_LOADTEST_GROWTH the factor
// between steps (default 2), and DEALBOT_LOADTEST_ONLY=embedded or
// generated runs one of the two coverages. It runs only with DEALBOT_LOADTEST=1:
//
//	DEALBOT_LOADTEST=1 go test -run TestCapacity -v -timeout 30m ./handlers/
func TestCapacity(t *testing.T) {
	if os.Getenv("DEALBOT_LOADTEST") != "1" {
		t.Skip("set DEALBOT_LOADTEST=1 to run the load test")
	}
	duration := envDuration(t, "DEALBOT_LOADTEST_DURATION", 10*time.Second)
	docs := envInt(t, "DEALBOT_LOADTEST_DOCS", 10000)
	from := envInt(t, "DEALBOT_LOADTEST_CLIENTS", 60)
	growth := 2.0
	if v := os.Getenv("DEALBOT_LOADTEST_GROWTH"); v != "" {
		g, err := strconv.ParseFloat(v, 64)
		if err != nil || g <= 1 {
			t.Fatalf("DEALBOT_LOADTEST_GROWTH=%q: want a factor above 1, such as 1.25", v)
		}
		growth = g
	}
	sizes := []int{0, docs}
	if v := os.Getenv("DEALBOT_LOADTEST_ONLY"); v == "generated" {
		sizes = []int{docs}
	} else if v == "embedded" {
		sizes = []int{0}
	}
	for _, n := range sizes {
		t.Run(fmt.Sprintf("generated=%d", n), func(t *testing.T) {
			srv, questions := capacityServer(t, n, os.Getenv("DEALBOT_LOADTEST_NOCACHE") != "1")
			t.Logf("%-8s %9s %9s %9s %9s %9s %7s %9s", "clients", "requests", "answers/s", "p50", "p99", "max", "errors", "fallback")
			best, capped := 0.0, false
			for clients := from; ; clients = max(clients+1, int(float64(clients)*growth)) {
				res := capacityRun(t, srv.URL, questions, clients, duration)
				t.Logf("%-8d %9d %9.0f %9v %9v %9v %7d %9d", clients, res.requests, res.throughput,
					res.p50.Round(100*time.Microsecond), res.p99.Round(100*time.Microsecond), res.max.Round(time.Millisecond), res.errors, res.fallbacks)
				if res.errors > 0 {
					t.Logf("first error: %s", res.firstError)
				}
				if res.p99 > capacityP99 || res.errors > 0 {
					break
				}
				best = max(best, res.throughput)
				// Each client holds a connection at each end: two file
				// descriptors of this process.
				if capped = clients >= maxClients; capped {
					break
				}
			}
			if capped {
				t.Logf("capacity: at least %.0f answers/s with p99 ≤ %v: the most clients the test runs kept within it (load average %s)", best, capacityP99, loadAverage())
				return
			}
			t.Logf("capacity: %.0f answers/s with p99 ≤ %v (load average %s)", best, capacityP99, loadAverage())
		})
	}
}

// capacityServer is the Slack app over the answer cache (or the bot
// alone) and the real index of the embedded coverage and n realistic
// documents, served on 127.0.0.1, and the 100 questions its clients ask.
func capacityServer(t *testing.T, n int, cached bool) (*httptest.Server, []capacityQuestion) {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	if err := corpus.WriteSynthetic(dir, n, 1, corpus.Realistic); err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if err := ix.PutSynonyms(ctx, bot.Thesaurus()); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	lib := index.NewLibrary(ix, index.LibraryOptions{Dir: dir, Embedded: true, Tag: bot.Tag})
	if _, err := lib.Reload(ctx, nil); err != nil {
		t.Fatal(err)
	}
	count, _ := ix.Count()
	t.Logf("indexed %d paragraphs in %v", count, time.Since(start).Round(time.Millisecond))
	// As the bot does once its coverage is loaded (cmd/dealbot).
	start = time.Now()
	if err := ix.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("compacted in %v", time.Since(start).Round(time.Millisecond))

	var answerer interface {
		AskTopic(ctx context.Context, topic, question string) (bot.Answer, error)
	} = bot.New(ix)
	if cached {
		answerer = bot.NewAnswerCache(bot.New(ix), ix, bot.CacheOptions{})
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	app, err := handlers.NewSlackApp(ctx, handlers.NewSlackClient("xoxb-test", slackAPIServer(t), log), answerer, lib, log)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(app.Handler(testSecret))
	t.Cleanup(func() { srv.Close(); app.Wait() })
	return srv, capacityQuestions(t, dir, n)
}

type capacityQuestion struct{ command, text string }

// capacityQuestions are 100 questions in order of popularity: the topic
// commands and questions of the load test, questions of the project's
// extra and held-out sets, and, with generated documents, questions made of the words
// of their sentences (common and rare words mixed, as people ask).
func capacityQuestions(t *testing.T, dir string, n int) []capacityQuestion {
	t.Helper()
	var qs []capacityQuestion
	for _, q := range loadQuestions {
		qs = append(qs, capacityQuestion(q))
	}
	generated := 0
	if n > 0 {
		generated = 30
	}
	for _, name := range []string{"extra-questions.jsonl", "heldout-questions.jsonl"} {
		f, err := os.Open(filepath.Join("..", "bot", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		set, err := bot.ReadEvalSet(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range set {
			if len(qs) < 100-generated {
				qs = append(qs, capacityQuestion{"/deal", q.Question})
			}
		}
	}
	r := rand.New(rand.NewPCG(7, 7))
	for len(qs) < 100 {
		data, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("gen-%05d.md", r.IntN(n))))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := corpus.Parse("gen.md", data)
		if err != nil {
			t.Fatal(err)
		}
		ps := doc.Passages()
		var words []string
		for _, w := range strings.Fields(ps[r.IntN(len(ps))].Text) {
			if w = strings.Trim(w, `.,"'`); len(w) > 3 {
				words = append(words, w)
			}
		}
		if len(words) < 3 {
			continue
		}
		i := r.IntN(len(words) - 2)
		qs = append(qs, capacityQuestion{"/deal", fmt.Sprintf("what about %s %s %s?", words[i], words[i+1], words[i+2])})
	}
	// Popularity is not the order above: shuffled once, the same each run.
	r.Shuffle(len(qs), func(i, j int) { qs[i], qs[j] = qs[j], qs[i] })
	return qs
}

// capacityRun runs clients analysts against base for d.
func capacityRun(t *testing.T, base string, qs []capacityQuestion, clients int, d time.Duration) loadResult {
	t.Helper()
	tr := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients, IdleConnTimeout: time.Minute}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	// Zipf's law over the questions' ranks, s = 1.
	cum := make([]float64, len(qs))
	sum := 0.0
	for i := range qs {
		sum += 1 / float64(i+1)
		cum[i] = sum
	}
	var mu sync.Mutex
	var res loadResult
	var lat []time.Duration
	var recent []capacityQuestion // what teammates just asked
	// The clients arrive over one longest pause, then answers are
	// counted for d.
	const arrival = 5 * time.Second
	measured := time.Now().Add(arrival)
	end := measured.Add(d)
	var wg sync.WaitGroup
	for c := range clients {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(uint64(c), 15))
			user := fmt.Sprintf("U%05d", c)
			time.Sleep(time.Duration(r.Int64N(int64(arrival))))
			var mine []time.Duration
			for time.Now().Before(end) {
				q := qs[min(len(qs)-1, sortSearch(cum, r.Float64()*sum))]
				mu.Lock()
				if len(recent) > 0 && r.Float64() < 0.3 {
					q = recent[r.IntN(len(recent))]
				}
				recent = append(recent, q)
				if len(recent) > 50 {
					recent = recent[1:]
				}
				mu.Unlock()
				req := signedCommand(t, base, user, q.command, q.text)
				sent := time.Now()
				resp, err := client.Do(req)
				if err != nil {
					mu.Lock()
					if res.errors == 0 {
						res.firstError = err.Error()
					}
					res.errors++
					mu.Unlock()
					continue
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if sent.Before(measured) {
					time.Sleep(time.Second + time.Duration(r.Int64N(int64(4*time.Second))))
					continue
				}
				mine = append(mine, time.Since(sent))
				if !answered(resp, body) {
					mu.Lock()
					if resp.StatusCode != http.StatusOK {
						if res.errors == 0 {
							res.firstError = fmt.Sprintf("status %d: %.200s", resp.StatusCode, body)
						}
						res.errors++
					} else {
						res.fallbacks++ // the reply went to response_url
					}
					mu.Unlock()
				}
				time.Sleep(time.Second + time.Duration(r.Int64N(int64(4*time.Second))))
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	res.summarise(lat, d)
	return res
}

// sortSearch is the first i with cum[i] ≥ x.
func sortSearch(cum []float64, x float64) int {
	i, _ := slices.BinarySearch(cum, x)
	return i
}

// loadAverage is the machine's 1-minute load average, for the report.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	if f := strings.Fields(string(data)); len(f) > 0 {
		return f[0]
	}
	return "unknown"
}
