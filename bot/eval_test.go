package bot

import (
	"strings"
	"testing"
)

// TestEvalCountsHedgedRightAnswers: a right first answer marked partial
// counts as right, as the scorer counts it, and is reported as hedged.
func TestEvalCountsHedgedRightAnswers(t *testing.T) {
	q := EvalQuestion{ID: "q1", Question: "What tariff do cars pay?", Answers: []string{"15% on cars"}}
	right := []Excerpt{{Text: "The tariff is 15% on cars from Monday."}}
	var r EvalReport
	r.add(q, Answer{Covered: true, Partial: true, Excerpts: right})
	r.add(q, Answer{Covered: true, Excerpts: right})
	r.add(q, Answer{Covered: true, Partial: true, Excerpts: []Excerpt{{Text: "Steel pays 25%."}}})
	if r.Top1 != 2 || r.HedgedRight != 1 || r.Partial != 2 {
		t.Errorf("top1 %d, hedged right %d, partial %d; want 2, 1, 2", r.Top1, r.HedgedRight, r.Partial)
	}
	if !strings.Contains(r.Errors(), "hedged-right=1/2") {
		t.Errorf("Errors() = %q, want hedged-right=1/2", r.Errors())
	}
}
