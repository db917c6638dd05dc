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

// TestGroundUnconnected: an answer to a question of how many whose figure
// stands apart from the question's words, from a passage that says none
// of the question's verb, is offered only as the closest the coverage
// comes; with the verb said, or the figure beside the question's words,
// it is an answer.
func TestGroundUnconnected(t *testing.T) {
	q := weighed("How many people does the harbour authority employ?", 60, map[string]int{"people": 5, "harbour": 9, "authority": 8, "employ": 2})
	for _, c := range []struct {
		text string
		want verdict
	}{
		{"The harbour authority, which opened its new quay last spring, has cut the ferry timetable to four days a week.", partly},
		{"The harbour authority will employ more staff over four years, its director said.", answeredFully},
		{"The harbour authority has 340 people on its payroll.", answeredFully},
	} {
		cands := rankOne(&q, c.text)
		cands[0].support = minSupport // the share of the question said is not what is tested
		if g := ground(&q, cands); g.verdict != c.want {
			t.Errorf("%q: verdict %d, want %d (beside %.2f, verb unsaid %v)", c.text, g.verdict, c.want, cands[0].beside, cands[0].predicateUnsaid)
		}
	}
}

// TestGroundOtherObject: a sentence that says the words qualifying the
// thing asked about but not the thing ("Korean ferries" for "Korean
// tankers") is about something else: the answer is partial and names the
// thing; with the thing said, it is an answer.
func TestGroundOtherObject(t *testing.T) {
	// Tankers are in a third of the passages: what the coverage is about,
	// so a sentence need not say them to answer (see isKey).
	q := weighed("What fee does the port charge on Korean tankers?", 60, map[string]int{"fee": 4, "port": 9, "charge": 5, "korean": 6, "tankers": 20})
	for _, c := range []struct {
		text string
		want verdict
	}{
		{"The port charges a fee of 2% of cargo value on Korean ferries.", partly},
		{"The port charges a fee of 2% of cargo value on Korean tankers.", answeredFully},
	} {
		cands := rankOne(&q, c.text)
		g := ground(&q, cands)
		if g.verdict != c.want {
			t.Errorf("%q: verdict %d, want %d", c.text, g.verdict, c.want)
		}
		if c.want == partly && partialNote(&q, g.missing) != "The coverage doesn't give that for Korean tankers; the closest it comes:" {
			t.Errorf("%q: note %q", c.text, partialNote(&q, g.missing))
		}
	}
}

// TestGroundHowMuchOfWhat: "how much electricity" is not answered by a
// figure of something else ("fees have fallen by about 30%"), though the
// figure is the kind of answer it asks for: the answer is partial and
// names what it lacks.
func TestGroundHowMuchOfWhat(t *testing.T) {
	q := weighed("How much electricity does the port use?", 60, map[string]int{"electricity": 3, "port": 9, "use": 8})
	for _, c := range []struct {
		text string
		want verdict
	}{
		{"The port's use of its quays has fallen by about 30% this year.", partly},
		{"The port uses about 40 megawatts of electricity at its quays.", answeredFully},
	} {
		cands := rankOne(&q, c.text)
		cands[0].support = minSupport // the share of the question said is not what is tested
		if g := ground(&q, cands); g.verdict != c.want {
			t.Errorf("%q: verdict %d, want %d (together %v, fits %v)", c.text, g.verdict, c.want, cands[0].together, cands[0].fits)
		}
	}
	// "Which company …" asks for a name, which answers it; the amount it
	// mentions is not what it asks for.
	which := weighed("Which company won the contract worth $2 billion?", 60, map[string]int{"company": 5, "won": 4, "contract": 6, "worth": 3, "$2": 2, "billion": 9})
	cands := rankOne(&which, "Hanwha Ocean won the contract, worth $2 billion, on Monday.")
	if cands[0].otherObject != nil {
		t.Errorf("which company: %v said to be missing from a sentence naming the company", cands[0].otherObject)
	}
}

// rankOne ranks a question's one candidate: a one-sentence paragraph.
func rankOne(q *question, text string) []candidate {
	return rank(q, []index.Hit{sentenceHit("a", text, 1)}, newAnalysisCache(4))
}
