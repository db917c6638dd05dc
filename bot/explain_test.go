package bot_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/bot"
)

// TestExplain: Explain reads a question as Ask does: the candidate it
// calls best is the excerpt Ask shows first, each candidate's features
// add up to its score, and a question the coverage does not answer is
// "not covered", with no best candidate.
func TestExplain(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Harbour fleet sold", `The harbour authority owns 40 ships, most of them tugs.

The harbour authority sold six ships in March because fuel costs rose.

The coastguard said it would inspect the fleet in May.
`)
	b := docsBot(t, map[string]string{"fleet.md": doc})
	ctx := context.Background()
	const question = "Why did the harbour authority sell ships?"
	ex, err := b.Explain(ctx, question, 5)
	if err != nil {
		t.Fatal(err)
	}
	if ex.Verdict != "answered" || ex.Rule != "answers in full" || ex.Best < 0 || ex.Best >= len(ex.Candidates) || len(ex.Candidates) > 5 {
		t.Fatalf("verdict %q (%q), best %d of %d candidates; want an answer in full among at most 5", ex.Verdict, ex.Rule, ex.Best, len(ex.Candidates))
	}
	if a := ask(t, b, question); len(a.Excerpts) == 0 || a.Excerpts[0].Text != ex.Candidates[ex.Best].Text {
		t.Errorf("Ask shows %+v first; Explain's best is %q", a.Excerpts, ex.Candidates[ex.Best].Text)
	}
	if !strings.Contains(ex.Candidates[ex.Best].Text, "because fuel costs rose") {
		t.Errorf("best candidate %q; want the reason", ex.Candidates[ex.Best].Text)
	}
	if !slices.ContainsFunc(ex.Terms, func(term bot.ExplainedTerm) bool {
		return term.Word == "harbour" && term.Weight > 0 && term.DocFreq > 0
	}) {
		t.Errorf("terms %+v; want harbour weighed, with the passages that say it", ex.Terms)
	}
	for _, c := range ex.Candidates {
		sum := 0.0
		for _, f := range c.Features {
			sum += f.Value
		}
		if d := sum - c.Score; d > 1e-9 || d < -1e-9 {
			t.Errorf("%q: features add up to %.4f, score %.4f", c.Text, sum, c.Score)
		}
	}

	ex, err = b.Explain(ctx, "What did the mayor of Lisbon say about tourism?", 5)
	if err != nil {
		t.Fatal(err)
	}
	if ex.Verdict != "not covered" || ex.Best != -1 || ex.Rule == "" {
		t.Errorf("verdict %q (%q), best %d; want not covered, none, and the rule that decided", ex.Verdict, ex.Rule, ex.Best)
	}
}
