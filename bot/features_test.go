package bot

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// TestLeadInRanksBelowItsList: a sentence that only announces a list ("The
// two fleets differ sharply:") says the question's words but not its
// answer; the list item that does ranks above it.
func TestLeadInRanksBelowItsList(t *testing.T) {
	q := weighed("How many trawlers does the northern fleet have?", 40, map[string]int{"trawlers": 3, "northern": 2, "fleet": 3})
	cands := rank(&q, []index.Hit{
		sentenceHit("a", "The trawlers of the northern fleet fall into two groups:", 2),
		sentenceHit("b", "The northern fleet has 74 large pelagic trawlers.", 1.6),
	}, newAnalysisCache(8))
	if len(cands) != 2 || cands[0].hit.ID != "b" {
		t.Errorf("ranked %q first; want the list item, not its lead-in", cands[0].text)
	}
	if !leadIn(" The main concessions are: ") || leadIn("It has 74 trawlers.") {
		t.Error("leadIn misreads a sentence")
	}
}

// TestNeighbourRanksAbove: a sentence that says a WordNet neighbour of a
// question word ("ferries" for "boats") ranks above one that says nothing
// for it, other things equal.
func TestNeighbourRanksAbove(t *testing.T) {
	q := weighed("How many boats does the northern fleet have?", 40, map[string]int{"northern": 2, "fleet": 3})
	cands := rank(&q, []index.Hit{
		sentenceHit("a", "The northern fleet has 74 staff on shore.", 1.1),
		sentenceHit("b", "The northern fleet has 74 ferries on the lake.", 1),
	}, newAnalysisCache(8))
	if cands[0].hit.ID != "b" {
		t.Errorf("ranked %q first; want the sentence about ferries", cands[0].text)
	}
}

// weighed is a question read and weighed as the bot does, over n
// passages of which counts[w] say the word w.
func weighed(text string, n int, counts map[string]int) question {
	q := parseQuestion(text)
	q.expandMorphology()
	q.weigh(n, counts)
	return q
}

// sentenceCase is a question, a sentence, and what a check of the
// sentence for the question should say.
type sentenceCase struct {
	question, text string
	want           bool
}

// sentenceHit is an index hit for a one-sentence paragraph of document d.
func sentenceHit(id, text string, score float64) index.Hit {
	p := corpus.Passage{ID: id, Text: text, Context: text}
	p.DocID = "d"
	return index.Hit{Passage: p, Score: score}
}
