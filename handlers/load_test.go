package handlers_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/handlers/slackfake"
)

// loadQuestions are what the simulated analysts ask: questions across the
// topics, topic commands and shortcuts, and one the coverage does not
// answer.
var loadQuestions = []struct{ command, text string }{
	{"/deal", "who decides which projects the fund invests in?"},
	{"/deal", "what tariff rate applies to Japanese cars?"},
	{"/deal", "how big is the investment framework?"},
	{"/deal", "tariffs what happens to rice imports?"},
	{"/deal", "politics how did the opposition react?"},
	{"/deal", "defense will Japan buy more American equipment?"},
	{"/deal", "what does the deal say about semiconductors?"},
	{"/deal", "outlook"},
	{"/fund", "who profits from the returns?"},
	{"/tariffs", "section 232"},
	{"/politics", ""},
	{"/deal", "what is the weather in Osaka tomorrow?"},
}

// loadServer is the Slack app over the real bot and index of the embedded
// coverage, served on 127.0.0.1, logging at info level as in production
// (to nowhere), with no question limit.
func loadServer(tb testing.TB) *httptest.Server {
	tb.Helper()
	fake := slackAPIServer(tb)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	client := handlers.NewSlackClient("xoxb-test", fake, log)
	app, err := handlers.NewSlackApp(context.Background(), client, realBot(tb), docs{}, log)
	if err != nil {
		tb.Fatal(err)
	}
	srv := httptest.NewServer(app.Handler(testSecret))
	tb.Cleanup(func() { srv.Close(); app.Wait() })
	return srv
}

// slackAPIServer is a fake Web API (auth.test, response URLs) for
// benchmarks, which cannot use newFakeSlack's *testing.T.
func slackAPIServer(tb testing.TB) string {
	tb.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/auth.test", func(w http.ResponseWriter, _ *http.Request) {
		io.WriteString(w, `{"ok":true,"team_id":"T1","user_id":"W012A3CDE","bot_id":"B1"}`)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		io.WriteString(w, `{"ok":true}`)
	})
	srv := httptest.NewServer(mux)
	tb.Cleanup(srv.Close)
	return srv.URL + "/"
}

// signedCommand is a slash command as Slack sends it, signed now.
func signedCommand(tb testing.TB, base, user, command, text string) *http.Request {
	tb.Helper()
	form := commandForm(command, text, base+"/response/load")
	form.Set("user_id", user)
	body := form.Encode()
	req, err := http.NewRequest(http.MethodPost, base+"/slack/commands", strings.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	req.Header.Set("Content-Type", formType)
	slackfake.Sign(req, testSecret, body, time.Now())
	return req
}

// answered reports whether a command's response carries its reply.
func answered(resp *http.Response, body []byte) bool {
	return resp.StatusCode == http.StatusOK && bytes.Contains(body, []byte(`"blocks"`))
}

// BenchmarkSlashCommand is one signed /deal question end to end through
// an HTTP server on 127.0.0.1: signature, parsing, the answer from the
// real index of the embedded coverage, Block Kit rendering and the JSON
// reply.
func BenchmarkSlashCommand(b *testing.B) {
	srv := loadServer(b)
	client := srv.Client()
	i := 0
	for b.Loop() {
		q := loadQuestions[i%len(loadQuestions)]
		i++
		resp, err := client.Do(signedCommand(b, srv.URL, "U1", q.command, q.text))
		if err != nil {
			b.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !answered(resp, body) {
			b.Fatalf("%s %q: status %d: %s", q.command, q.text, resp.StatusCode, body)
		}
	}
}

// TestLoad sends signed slash commands to the HTTP server on 127.0.0.1
// from 50, 200 and 500 concurrent clients, each for DEALBOT_LOADTEST_DURATION
// (default 10s), and reports throughput, latency percentiles and errors.
// Each client is an analyst who asks, reads the reply, and pauses a
// random 0.5–1.5 × DEALBOT_LOADTEST_PAUSE (default 1s) before the next
// question; a last run with 50 clients that never pause measures the
// most the server answers a second. It runs only with DEALBOT_LOADTEST=1:
//
//	DEALBOT_LOADTEST=1 go test -run TestLoad -v ./handlers/
//
// It fails on any error, and when p99 at 200 clients is over 30 ms (1%
// of the 3 seconds Slack waits).
func TestLoad(t *testing.T) {
	if os.Getenv("DEALBOT_LOADTEST") != "1" {
		t.Skip("set DEALBOT_LOADTEST=1 to run the load test")
	}
	duration := envDuration(t, "DEALBOT_LOADTEST_DURATION", 10*time.Second)
	pause := envDuration(t, "DEALBOT_LOADTEST_PAUSE", time.Second)
	srv := loadServer(t)
	runs := []struct {
		clients int
		pause   time.Duration
	}{{50, pause}, {200, pause}, {500, pause}, {50, 0}}
	t.Logf("%-8s %-6s %9s %9s %9s %9s %9s %7s", "clients", "pause", "requests", "req/s", "p50", "p99", "max", "errors")
	for _, r := range runs {
		res := loadRun(t, srv.URL, r.clients, r.pause, duration)
		t.Logf("%-8d %-6v %9d %9.0f %9v %9v %9v %7d", r.clients, r.pause, res.requests, res.throughput,
			res.p50.Round(10*time.Microsecond), res.p99.Round(10*time.Microsecond), res.max.Round(10*time.Microsecond), res.errors)
		if res.errors > 0 {
			t.Errorf("%d clients: %d errors, first: %s", r.clients, res.errors, res.firstError)
		}
		if r.clients == 200 && r.pause > 0 && res.p99 > 30*time.Millisecond {
			t.Errorf("200 clients: p99 %v, want ≤ 30 ms", res.p99)
		}
	}
}

type loadResult struct {
	requests, errors int
	fallbacks        int // replies sent to response_url, not in the response
	throughput       float64
	p50, p99, max    time.Duration
	firstError       string
}

// loadRun runs clients concurrent clients against base for d.
func loadRun(t *testing.T, base string, clients int, pause, d time.Duration) loadResult {
	t.Helper()
	tr := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients, IdleConnTimeout: time.Minute}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	var mu sync.Mutex
	var res loadResult
	var lat []time.Duration
	fail := func(msg string) {
		mu.Lock()
		defer mu.Unlock()
		if res.errors == 0 {
			res.firstError = msg
		}
		res.errors++
	}
	start := time.Now()
	end := start.Add(d)
	var wg sync.WaitGroup
	for c := range clients {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(uint64(c), 42))
			user := fmt.Sprintf("U%05d", c)
			if pause > 0 { // start spread over one pause, not all at once
				time.Sleep(time.Duration(r.Int64N(int64(pause))))
			}
			var mine []time.Duration
			for time.Now().Before(end) {
				q := loadQuestions[r.IntN(len(loadQuestions))]
				req := signedCommand(t, base, user, q.command, q.text)
				sent := time.Now()
				resp, err := client.Do(req)
				if err != nil {
					fail(err.Error())
					continue
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				mine = append(mine, time.Since(sent))
				if !answered(resp, body) {
					fail(fmt.Sprintf("status %d: %.200s", resp.StatusCode, body))
				}
				if pause > 0 {
					time.Sleep(pause/2 + time.Duration(r.Int64N(int64(pause))))
				}
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	res.summarise(lat, time.Since(start))
	return res
}

// summarise sets the count, throughput and percentiles of the latencies
// measured over elapsed.
func (res *loadResult) summarise(lat []time.Duration, elapsed time.Duration) {
	slices.Sort(lat)
	res.requests = len(lat)
	res.throughput = float64(len(lat)) / elapsed.Seconds()
	if len(lat) > 0 {
		res.p50 = lat[len(lat)*50/100]
		res.p99 = lat[min(len(lat)-1, len(lat)*99/100)]
		res.max = lat[len(lat)-1]
	}
}

func envDuration(t *testing.T, name string, def time.Duration) time.Duration {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		t.Fatalf("%s=%q: %v", name, v, err)
	}
	return d
}

// envInt is the whole number in environment variable name, or def.
func envInt(t *testing.T, name string, def int) int {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		t.Fatalf("%s=%q: want a whole number, such as %d", name, v, def)
	}
	return n
}
