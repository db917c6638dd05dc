package main

import (
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestConsoleServesHealthAndMetrics: DEALBOT_ADDR makes the console serve
// /healthz, /readyz and /metrics, ready once the coverage is loaded;
// `dealbot healthcheck` finds it there; a question is counted.
func TestConsoleServesHealthAndMetrics(t *testing.T) {
	in, questions := io.Pipe()
	var out, errb lockedBuffer
	env := config{Addr: "127.0.0.1:0"}
	done := make(chan error, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { done <- run(ctx, nil, env, in, &out, &errb) }()

	addr := ""
	re := regexp.MustCompile(`msg="serving health and metrics" addr=(\S+)`)
	for deadline := time.Now().Add(10 * time.Second); addr == ""; time.Sleep(10 * time.Millisecond) {
		if m := re.FindStringSubmatch(errb.String()); m != nil {
			addr = m[1]
		} else if time.Now().After(deadline) {
			t.Fatalf("no health server logged:\n%s", errb.String())
		}
	}
	get := func(path string) (int, string) {
		t.Helper()
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if code, _ := get("/readyz"); code == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			code, body := get("/readyz")
			t.Fatalf("/readyz = %d %q, want ready once the coverage is loaded", code, body)
		}
	}
	if hc, _, err := runEnv(t, config{Addr: addr}, "healthcheck"); err != nil || strings.TrimSpace(hc) != "ok" {
		t.Errorf("dealbot healthcheck = %q, %v; want ok", hc, err)
	}

	io.WriteString(questions, "How big is the investment framework?\n")
	want := `dealbot_questions_total{outcome="covered",surface="console"} 1`
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		_, metrics := get("/metrics")
		if strings.Contains(metrics, want) && strings.Contains(metrics, `dealbot_answer_duration_seconds_count{surface="console"} 1`) {
			if !strings.Contains(metrics, "dealbot_documents 2") {
				t.Errorf("/metrics lacks the embedded coverage's 2 documents:\n%s", metrics)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/metrics lacks %s:\n%s", want, metrics)
		}
	}
	questions.Close()
	if err := <-done; err != nil {
		t.Errorf("console: %v", err)
	}
	if _, _, err := runEnv(t, config{Addr: addr}, "healthcheck"); err == nil {
		t.Error("healthcheck succeeded after the console ended")
	}
}
