package main

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// TestLogFormat: DEALBOT_LOG_FORMAT=json makes every log line JSON, the
// .env warning too.
func TestLogFormat(t *testing.T) {
	env := config{LogFormat: "json", LogLevel: "info", envFileErr: errors.New("unexpected character in .env line 3")}
	_, errOut, err := runEnv(t, env, "ask", "How big is the investment framework?")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) < 2 {
		t.Fatalf("want the .env warning and the info lines, got:\n%s", errOut)
	}
	for _, line := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil || rec["level"] == nil || rec["msg"] == nil {
			t.Errorf("not a JSON log line: %q", line)
		}
	}
	if !strings.Contains(errOut, `"msg":"could not read .env"`) {
		t.Errorf("the .env warning is missing:\n%s", errOut)
	}
}

// TestOneShotQuiet: ask, sources and digest log warnings only unless
// DEALBOT_LOG_LEVEL asks for more, so their output is just the result.
func TestOneShotQuiet(t *testing.T) {
	for _, args := range [][]string{{"ask", "How big is the investment framework?"}, {"sources"}, {"digest"}} {
		out, errOut, err := runEnv(t, config{}, args...)
		if err != nil || out == "" {
			t.Fatalf("%v: %v, output %q", args, err, out)
		}
		if errOut != "" {
			t.Errorf("%v logged:\n%s", args, errOut)
		}
	}
	_, errOut, err := runEnv(t, config{LogLevel: "info"}, "ask", "How big is the investment framework?")
	if err != nil || !strings.Contains(errOut, "level=INFO") {
		t.Errorf("DEALBOT_LOG_LEVEL=info: %v, stderr %q; want info lines", err, errOut)
	}
}
