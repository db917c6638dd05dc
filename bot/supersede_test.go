package bot

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// TestCorrectionAboveAnswersAsFarAsTheCorrected: a newer correction
// ranked above the older sentence whose figure it corrects, below a third
// sentence, and saying too little of the question to answer, answers as
// far as the older sentence does, which ground then reads first.
func TestCorrectionAboveAnswersAsFarAsTheCorrected(t *testing.T) {
	q := weighed("How much does a drugmaker have to invest to get a waiver?", 100, map[string]int{"drugmaker": 5, "invest": 5, "waiver": 2})
	analyses := newAnalysisCache(8)
	cand := func(doc, published, text string, support float64) candidate {
		hit := index.Hit{Passage: corpus.Passage{Citation: corpus.Citation{DocID: doc, Published: published}, Text: text, Context: text}}
		return candidate{hit: hit, text: text, support: support, together: true, fits: true, excerptAnalysis: analyses.excerpt(text)}
	}
	draft, final := "2026-03-02", "2026-05-20"
	cands := []candidate{
		cand("final", final, "Export sales have also moved, to $10.6 billion this year.", 0.3),
		cand("final", final, "The investment needed for a waiver was revised to $150 million, from $250 million.", 0.3),
		cand("draft", draft, "Drugmakers that commit at least $250 million to manufacturing would qualify for a waiver.", 0.9),
	}
	supersede(&q, cands)
	if !cands[1].answers() || cands[0].answers() {
		t.Errorf("answers: %v, %v, %v; want the correction, second, to answer as the draft does, and the export sentence not", cands[0].answers(), cands[1].answers(), cands[2].answers())
	}
}
