package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

func runCmd(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), args, config{}, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

// jsonAnswer is the JSON contract of "dealbot ask --json", written out
// field by field so that a renamed field fails the test.
type jsonAnswer struct {
	Question string `json:"question"`
	Topic    string `json:"topic"`
	Covered  *bool  `json:"covered"`
	Answer   string `json:"answer"`
	Excerpts []struct {
		Text      string   `json:"text"`
		DocID     string   `json:"doc_id"`
		Title     string   `json:"title"`
		Publisher string   `json:"publisher"`
		Edition   string   `json:"edition"`
		Section   *string  `json:"section"`
		Paragraph int      `json:"paragraph"`
		URL       *string  `json:"url"`
		Score     *float64 `json:"score"`
	} `json:"excerpts"`
}

func TestAskJSONContract(t *testing.T) {
	out, _, err := runCmd(t, "", "ask", "--json", "How big is the investment framework?")
	if err != nil {
		t.Fatal(err)
	}
	var a jsonAnswer
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, out)
	}
	if a.Question != "How big is the investment framework?" || a.Covered == nil || !*a.Covered {
		t.Fatalf("question/covered wrong: %s", out)
	}
	if len(a.Excerpts) == 0 || len(a.Excerpts) > 3 {
		t.Fatalf("got %d excerpts, want 1..3", len(a.Excerpts))
	}
	e := a.Excerpts[0]
	if !strings.Contains(e.Text, "$550 billion") || e.DocID == "" || e.Paragraph == 0 || e.Title == "" || e.Publisher == "" || e.Edition == "" {
		t.Errorf("first excerpt = %+v, want the $550 billion passage with its citation", e)
	}
	if e.Section == nil || e.URL == nil || e.Score == nil {
		t.Error("section, url and score must always be present")
	}
	if a.Answer == "" {
		t.Error("empty answer sentence")
	}
}

func TestAskJSONStdin(t *testing.T) {
	qs := []string{"Who is William Chou?", "", "How much did SoftBank commit?", "?"}
	out, _, err := runCmd(t, strings.Join(qs, "\n")+"\n", "ask", "--json", "-")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want one per non-blank question:\n%s", len(lines), out)
	}
	for i, want := range []string{"Who is William Chou?", "How much did SoftBank commit?", "?"} {
		var a jsonAnswer
		if err := json.Unmarshal([]byte(lines[i]), &a); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if a.Question != want {
			t.Errorf("line %d answers %q, want %q (order kept)", i+1, a.Question, want)
		}
		if a.Excerpts == nil {
			t.Errorf("line %d: excerpts must be an array, not null", i+1)
		}
	}
}

func TestAskText(t *testing.T) {
	out, _, err := runCmd(t, "", "ask", "Who", "is", "William", "Chou?")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "[1] ") || !strings.Contains(out, "JAPAN Forward") || !strings.Contains(out, "¶") {
		t.Errorf("text answer lacks numbered, cited excerpts:\n%s", out)
	}
}

func TestConsoleFromPipe(t *testing.T) {
	out, _, err := runCmd(t, "Who is William Chou?\nquit\n")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "> ") {
		t.Errorf("prompt shown on a pipe:\n%s", out)
	}
	if !strings.Contains(out, "Hudson Institute") {
		t.Errorf("console did not answer:\n%s", out)
	}
}

func TestUsageErrors(t *testing.T) {
	if _, errOut, err := runCmd(t, "", "ask"); err == nil || !strings.Contains(errOut, "give a question") {
		t.Errorf("ask without a question: err %v, stderr %q", err, errOut)
	}
	if _, errOut, err := runCmd(t, "", "frobnicate"); err == nil || !strings.Contains(errOut, "unknown command") {
		t.Errorf("unknown command: err %v, stderr %q", err, errOut)
	}
}

func TestGenCorpus(t *testing.T) {
	dir := t.TempDir()
	out, _, err := runCmd(t, "", "gen-corpus", "-n", "3", dir)
	if err != nil || !strings.Contains(out, "wrote 3 documents") {
		t.Fatalf("gen-corpus: %v, %q", err, out)
	}
	docs, skipped := corpus.Load(os.DirFS(dir))
	if len(docs) != 3 || len(skipped) != 0 {
		t.Errorf("loaded %d documents, skipped %+v", len(docs), skipped)
	}
}

func TestConsoleSourcesAndDigest(t *testing.T) {
	out, _, err := runCmd(t, "/deal sources\n/deal digest\nquit\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"japan-forward-trade-deal-original", "2 documents, no file skipped.", "KEY FIGURES", "$550 billion", "OPEN QUESTIONS"} {
		if !strings.Contains(out, want) {
			t.Errorf("console output lacks %q:\n%s", want, out)
		}
	}
}

func TestEval(t *testing.T) {
	set := filepath.Join(t.TempDir(), "set.jsonl")
	lines := `{"id":"a","question":"How big is the investment framework?","answers":["$550 billion"]}
{"id":"b","question":"Who won the 2024 World Series?","answers":[]}
{"id":"c","question":"How much did SoftBank commit?","answers":["no such words"]}
`
	if err := os.WriteFile(set, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCmd(t, "", "eval", "--verbose", set)
	if err != nil {
		t.Fatal(err)
	}
	want := "top1=1/2 top3=1/2 answer=1/2 abstain=1/1 dup=0 long=0 n=3\n"
	if !strings.HasSuffix(out, want) {
		t.Errorf("summary: got\n%s\nwant last line %q", out, want)
	}
	if !strings.Contains(out, "MISS c (none): How much did SoftBank commit?") {
		t.Errorf("--verbose should list the miss:\n%s", out)
	}
	if _, errOut, err := runCmd(t, "", "eval"); err == nil || !strings.Contains(errOut, "question file") {
		t.Errorf("eval without a file: err %v, stderr %q", err, errOut)
	}
	if _, _, err := runCmd(t, "", "eval", filepath.Join(t.TempDir(), "missing.jsonl")); err == nil {
		t.Error("eval of a missing file should fail")
	}
}
