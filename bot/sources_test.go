package bot

import (
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestSourcesDifferOnlyOnFigures: two sources' answers are said to differ
// when the question asks for a figure and they give different ones; two
// sources answering why are both shown, and not said to differ.
func TestSourcesDifferOnlyOnFigures(t *testing.T) {
	cache := newAnalysisCache(16)
	cand := func(doc, text string) candidate {
		h := index.Hit{}
		h.DocID, h.Title, h.Text = doc, "Report "+doc, text
		return candidate{hit: h, text: text, score: 1, support: 0.8, together: true, fits: true, excerptAnalysis: cache.excerpt(text)}
	}
	for _, c := range []struct {
		question string
		a, b     string
		differ   bool
	}{
		{"How many jobs will the works create?", "The works will create 300 jobs, the board said.", "Union leaders expect the works to bring 350 jobs to the port.", true},
		{"Why was the plan rejected?", "The plan was rejected in 2024 because it cost too much.", "Residents fought the plan for two years over noise from the quay.", false},
	} {
		q := parseQuestion(c.question)
		cands := []candidate{cand("a", c.a), cand("b", c.b)}
		if got := versions(&q, cands); got != c.differ {
			t.Errorf("%q: differ %v, want %v", c.question, got, c.differ)
		}
		if cands[0].hit.DocID == cands[1].hit.DocID {
			t.Errorf("%q: one source shown twice", c.question)
		}
	}
}
