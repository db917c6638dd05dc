package handlers_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/handlers"
)

// get fetches path from srv and returns the status and body.
func get(t *testing.T, srv *httptest.Server, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// sample is the value of one sample in a Prometheus text exposition, or
// -1 when it is absent.
func sample(t *testing.T, exposition, name string) float64 {
	t.Helper()
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + ` (\S+)$`).FindStringSubmatch(exposition)
	if m == nil {
		return -1
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestSocketModeMetrics: in Socket Mode against a fake Slack, /readyz is
// ready only once Slack is connected, and one question moves the question
// counter and the answer-time histogram at /metrics.
func TestSocketModeMetrics(t *testing.T) {
	ws := newSocketServer(t)
	opened, release := make(chan struct{}, 1), make(chan struct{})
	h := newHarness(t, func(c slacktest.Customize) {
		c.Handle("/apps.connections.open", func(w http.ResponseWriter, r *http.Request) {
			select {
			case opened <- struct{}{}:
			default:
			}
			<-release // Slack is slow to hand out the connection
			fmt.Fprintf(w, `{"ok":true,"url":%q}`, "ws"+strings.TrimPrefix(ws.URL, "http"))
		})
	})
	metrics := handlers.NewMetrics()
	log := slog.New(slog.NewTextHandler(h.logs, nil))
	client := handlers.NewMeteredSlackClient("xoxb-test", h.slack.GetAPIURL(), log, metrics, slack.OptionAppLevelToken("xapp-test"))
	app, err := handlers.NewSlackApp(context.Background(), client, h.bot, docs{}, log)
	if err != nil {
		t.Fatal(err)
	}
	app.UseMetrics(metrics)
	health := &handlers.Health{}
	health.Require("slack", func(context.Context) error {
		if !app.Connected() {
			return errors.New("not connected to Slack")
		}
		return nil
	})
	ops := httptest.NewServer(handlers.OpsHandler(health, metrics))
	defer ops.Close()

	if code, body := get(t, ops, "/healthz"); code != http.StatusOK {
		t.Errorf("/healthz = %d %q, want 200: the process is alive", code, body)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- app.RunSocketMode(ctx) }()
	<-opened
	if code, body := get(t, ops, "/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "slack: not connected") {
		t.Errorf("/readyz while connecting = %d %q, want 503 naming Slack", code, body)
	}
	close(release)
	waitFor(t, "/readyz to turn ready", func() bool { code, _ := get(t, ops, "/readyz"); return code == http.StatusOK })

	_, before := get(t, ops, "/metrics")
	cmd := map[string]any{"team_id": "T1", "channel_id": "C1", "user_id": "U1", "command": "/deal",
		"text": "how big is the investment framework?", "response_url": h.slack.responseURL("sock"), "trigger_id": "1.2.3"}
	ws.send <- envelope("env-1", "slash_commands", cmd, 0)
	if id, _ := ws.nextAck(t); id != "env-1" {
		t.Fatalf("acknowledged %s, want env-1", id)
	}
	_, after := get(t, ops, "/metrics")

	for _, tt := range []struct {
		name string
		want float64
	}{
		{`dealbot_questions_total{outcome="covered",surface="slash"}`, 1},
		{`dealbot_answer_duration_seconds_count{surface="slash"}`, 1},
	} {
		if b, a := sample(t, before, tt.name), sample(t, after, tt.name); a-max(b, 0) != tt.want {
			t.Errorf("%s went from %v to %v, want up by %v", tt.name, b, a, tt.want)
		}
	}
	if s := sample(t, after, `dealbot_answer_duration_seconds_sum{surface="slash"}`); s <= 0 {
		t.Errorf("answer time sum = %v, want > 0", s)
	}
	for _, name := range []string{`dealbot_slack_api_calls_total{method="auth.test",result="ok"}`, `dealbot_slack_api_calls_total{method="apps.connections.open",result="ok"}`} {
		if sample(t, after, name) < 1 {
			t.Errorf("%s not counted:\n%s", name, after)
		}
	}

	cancel()
	if err := <-done; err != nil {
		t.Errorf("RunSocketMode after shutdown: %v", err)
	}
	if code, _ := get(t, ops, "/readyz"); code != http.StatusServiceUnavailable {
		t.Errorf("/readyz after the connection closed = %d, want 503", code)
	}
}

// TestAnswerCacheMetrics: a question asked twice at the console is one
// miss and one hit of the answer cache at /metrics, which keeps one
// answer.
func TestAnswerCacheMetrics(t *testing.T) {
	b := realBot(t)
	cache := bot.NewAnswerCache(b, shared.idx, bot.CacheOptions{})
	metrics := handlers.NewMetrics()
	metrics.ObserveAnswerCache(cache.Stats)
	ops := httptest.NewServer(handlers.OpsHandler(&handlers.Health{}, metrics))
	defer ops.Close()
	c := handlers.NewConsole(cache, nil, slog.New(slog.NewTextHandler(io.Discard, nil)))
	var out strings.Builder
	if err := c.Run(context.Background(), strings.NewReader("who decides?\nwho  decides?\n"), &out, false); err != nil {
		t.Fatal(err)
	}
	_, body := get(t, ops, "/metrics")
	for name, want := range map[string]float64{
		"dealbot_answer_cache_hits_total":   1,
		"dealbot_answer_cache_misses_total": 1,
		"dealbot_answer_cache_entries":      1,
	} {
		if got := sample(t, body, name); got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	if got := sample(t, body, "dealbot_answer_cache_bytes"); got < 100 {
		t.Errorf("dealbot_answer_cache_bytes = %v, want the size of one answer", got)
	}
}

// TestHTTPModeServesOps: in HTTP mode /healthz, /readyz and /metrics sit
// beside Slack's endpoints, and /readyz waits for the app to listen.
func TestHTTPModeServesOps(t *testing.T) {
	h := newHarness(t)
	metrics := handlers.NewMetrics()
	health := &handlers.Health{}
	health.Require("slack", func(context.Context) error {
		if !h.app.Connected() {
			return errors.New("not connected to Slack")
		}
		return nil
	})
	h.app.ServeOps(handlers.OpsHandler(health, metrics))
	srv := httptest.NewServer(h.app.Handler(testSecret))
	defer srv.Close()
	for path, want := range map[string]int{"/healthz": http.StatusOK, "/readyz": http.StatusServiceUnavailable, "/metrics": http.StatusOK} {
		if code, body := get(t, srv, path); code != want {
			t.Errorf("%s = %d %q, want %d", path, code, body, want)
		}
	}
	if _, body := get(t, srv, "/metrics"); !strings.Contains(body, "go_goroutines") {
		t.Errorf("/metrics lacks the Go runtime metrics:\n%.300s", body)
	}
}
