package bot

import "testing"

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

// TestPartialNoteNamesThings: the partial note names the missing things
// ("Japanese cars"), never a verb the coverage says another way.
func TestPartialNoteNamesThings(t *testing.T) {
	q := parseQuestion("When did Japanese cars resign?")
	cars, resign := -1, -1
	for i, tm := range q.terms {
		switch tm.word {
		case "cars":
			cars = i
		case "resign":
			resign = i
		}
	}
	if got := partialNote(&q, []int{cars, resign}); got != "The coverage doesn't give that for Japanese cars; the closest it comes:" {
		t.Errorf("note %q", got)
	}
	if got := partialNote(&q, []int{resign}); got != "The coverage may not answer that directly; the closest it comes:" {
		t.Errorf("note for a verb alone: %q", got)
	}
}
