package bot

import (
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestGroundWeakEvidence: a candidate that says all of the question's key
// content and the kind of answer it needs, but too little of the rest, is
// offered as the closest the coverage comes; less than that is not
// covered, and enough is an answer.
func TestGroundWeakEvidence(t *testing.T) {
	q := &question{terms: []term{{word: "quay", df: 3, prev: -1}}}
	for _, c := range []struct {
		support float64
		want    verdict
	}{
		{minSupport, answeredFully},
		{minWeak, partly},
		{minWeak - 0.01, notAnswered},
	} {
		g := ground(q, []candidate{{support: c.support, together: true, fits: true}})
		if g.verdict != c.want {
			t.Errorf("support %.2f: verdict %d, want %d", c.support, g.verdict, c.want)
		}
		if c.want == partly && (g.best != 0 || len(g.missing) != 0) {
			t.Errorf("support %.2f: best %d, missing %v; want the candidate, nothing named missing", c.support, g.best, g.missing)
		}
	}
	if note := partialNote(q, nil); note != "The coverage may not answer that directly; the closest it comes:" {
		t.Errorf("note for weak evidence: %q", note)
	}
}

// TestGroundMissingAllKeyContent: a candidate that says enough of the
// question and the kind of answer it needs, but none of its key content,
// is the closest the coverage comes (partial, naming what it lacks) when
// it says as much as a full answer would; with less, it is not covered.
func TestGroundMissingAllKeyContent(t *testing.T) {
	q := &question{terms: []term{{word: "quay", df: 3, prev: -1}, {word: "fee", df: 4, prev: -1}}, key: []int{0}}
	for _, c := range []struct {
		support float64
		want    verdict
	}{
		{minSupport, partly},
		{minSupport - 0.01, notAnswered},
	} {
		g := ground(q, []candidate{{support: c.support, fits: true, missing: []int{0}}})
		if g.verdict != c.want {
			t.Errorf("support %.2f: verdict %d, want %d", c.support, g.verdict, c.want)
		}
		if c.want == partly && (len(g.missing) != 1 || g.missing[0] != 0) {
			t.Errorf("support %.2f: missing %v, want the key term", c.support, g.missing)
		}
	}
}

// TestGroundClosestRankedFirst: of the candidates that come closest, the
// best ranked leads: one that says all the question's key content weakly
// ("Hanwha Ocean bought Philly Shipyard" for "which Korean company owns
// Philly Shipyard") before a lower-ranked one that says more of the
// question but not the name it asks about.
func TestGroundClosestRankedFirst(t *testing.T) {
	q := &question{terms: []term{{word: "philly", df: 1, prev: -1}, {word: "shipyard", df: 2, prev: -1}}, key: []int{0, 1}}
	g := ground(q, []candidate{
		{support: minWeak + 0.1, together: true, fits: true},
		{support: minPartial + 0.05, fits: true, missing: []int{0}},
	})
	if g.verdict != partly || g.best != 0 || len(g.missing) != 0 {
		t.Errorf("verdict %d, best %d, missing %v; want the first candidate, the closest, nothing named missing", g.verdict, g.best, g.missing)
	}
}

// TestGroundOnlyTheBestAnswersInFull: a candidate ranked below the best
// that says enough of the question to answer it does not take the best's
// place as the answer: the best, which says the question's key content
// more weakly, is the closest the coverage comes; the same candidate
// ranked first is the answer.
func TestGroundOnlyTheBestAnswersInFull(t *testing.T) {
	q := &question{terms: []term{{word: "quay", df: 3, prev: -1}}, focus: -1}
	weak := candidate{score: 9, support: minWeak + 0.05, together: true, fits: true}
	full := candidate{score: 6, support: minSupport + 0.1, together: true, fits: true}
	if g := ground(q, []candidate{weak, full}); g.verdict != partly || g.best != 0 {
		t.Errorf("a full answer ranked second: verdict %d, best %d; want the first as the closest (%d, 0)", g.verdict, g.best, partly)
	}
	if g := ground(q, []candidate{full, weak}); g.verdict != answeredFully || g.best != 0 {
		t.Errorf("a full answer ranked first: verdict %d, best %d; want it as the answer (%d, 0)", g.verdict, g.best, answeredFully)
	}
}

// TestGroundAnswerInDoubt: an answer that says what the question asks
// for but may be about something else is offered only as the closest the
// coverage comes, naming what it lacks where it can:
//   - unconnected: a figure that stands apart from the question's words,
//     in a passage that says none of its verb ("how many people does the
//     harbour authority employ");
//   - another thing: the words qualifying the thing asked about, not the
//     thing ("Korean ferries" for "Korean tankers"); tankers are in a
//     third of the passages, what the coverage is about, so a sentence
//     need not say them to answer (see isKey);
//   - how much of what: a figure of something else for "how much
//     electricity".
//
// With the verb said, the figure beside the question's words, or the
// thing said, it is an answer. The share of the question said is not
// what is tested: it is set to what an answer needs.
func TestGroundAnswerInDoubt(t *testing.T) {
	employ := weighed("How many people does the harbour authority employ?", 60, map[string]int{"people": 5, "harbour": 9, "authority": 8, "employ": 2})
	tankers := weighed("What fee does the port charge on Korean tankers?", 60, map[string]int{"fee": 4, "port": 9, "charge": 5, "korean": 6, "tankers": 20})
	electricity := weighed("How much electricity does the port use?", 60, map[string]int{"electricity": 3, "port": 9, "use": 8})
	for _, c := range []struct {
		q    *question
		text string
		want verdict
		note string // the partial note, if it names what is missing
	}{
		{&employ, "The harbour authority, which opened its new quay last spring, has cut the ferry timetable to four days a week.", partly, ""},
		{&employ, "The harbour authority will employ more staff over four years, its director said.", answeredFully, ""},
		{&employ, "The harbour authority has 340 people on its payroll.", answeredFully, ""},
		{&tankers, "The port charges a fee of 2% of cargo value on Korean ferries.", partly, "The coverage doesn't give that for Korean tankers; the closest it comes:"},
		{&tankers, "The port charges a fee of 2% of cargo value on Korean tankers.", answeredFully, ""},
		{&electricity, "The port's use of its quays has fallen by about 30% this year.", partly, "The coverage doesn't give that for electricity; the closest it comes:"},
		{&electricity, "The port uses about 40 megawatts of electricity at its quays.", answeredFully, ""},
	} {
		cands := rankOne(c.q, c.text)
		cands[0].support = max(cands[0].support, minSupport)
		g := ground(c.q, cands)
		if g.verdict != c.want {
			t.Errorf("%q: verdict %d, want %d (beside %.2f, verb unsaid %v, other thing %v)", c.text, g.verdict, c.want, cands[0].beside, cands[0].predicateUnsaid, cands[0].otherObject)
		}
		if c.note != "" && partialNote(c.q, g.missing) != c.note {
			t.Errorf("%q: note %q, want %q", c.text, partialNote(c.q, g.missing), c.note)
		}
	}
	// "Which company …" asks for a name, which answers it; the amount it
	// mentions is not what it asks for.
	which := weighed("Which company won the contract worth $2 billion?", 60, map[string]int{"company": 5, "won": 4, "contract": 6, "worth": 3, "$2": 2, "billion": 9})
	if cands := rankOne(&which, "Hanwha Ocean won the contract, worth $2 billion, on Monday."); cands[0].otherObject != nil {
		t.Errorf("which company: %v said to be missing from a sentence naming the company", cands[0].otherObject)
	}
}

// rankOne ranks a question's one candidate: a one-sentence paragraph.
func rankOne(q *question, text string) []candidate {
	return rank(q, []index.Hit{sentenceHit("a", text, 1)}, newAnalysisCache(4))
}
