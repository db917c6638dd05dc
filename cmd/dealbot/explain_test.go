package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/bot"
)

// TestAskExplain: `dealbot ask --explain N` prints, on the embedded
// coverage, the question's words, the verdict and N scored candidates;
// with --json, one Explanation object.
func TestAskExplain(t *testing.T) {
	const question = "Who picks the fund's projects?"
	out, _, err := runEnv(t, config{}, "ask", "--explain", "2", question)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"question  " + question, "projects", "verdict: answered (answers in full); best candidate: 1", "\n1. ", "\n2. ", "coverage "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\n3. ") {
		t.Errorf("more than 2 candidates:\n%s", out)
	}

	out, _, err = runEnv(t, config{}, "ask", "--explain", "3", "--json", question)
	if err != nil {
		t.Fatal(err)
	}
	var ex bot.Explanation
	if err := json.Unmarshal([]byte(out), &ex); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	if ex.Question != question || ex.Verdict != "answered" || len(ex.Candidates) != 3 || !strings.Contains(ex.Candidates[ex.Best].Text, "Lutnick") {
		t.Errorf("explanation %+v; want 3 candidates, the best naming Lutnick", ex)
	}
}
