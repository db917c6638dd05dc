package bot

import "testing"

// TestPhrasalVerbSaidByOneWord: a question's multi-word verb is said by
// the single words WordNet gives for it as well as by itself, in any form ("step in":
// "intervened"; "turned down": "rejected"), each of the phrase's words
// that is a term ("back" in "strike back"); not by a word of another
// sense ("push back" is not said by "drove"), nor where the phrase is a
// noun and a preposition ("the fall in prices", "which step in the
// process") or a name's words ("Pass On Group").
func TestPhrasalVerbSaidByOneWord(t *testing.T) {
	for _, c := range []struct {
		question, word, text string
		said                 bool
	}{
		{"Why did the ministry step in at Nexperia?", "step", "The ministry intervened to protect supply.", true},
		{"Who turned down the offer?", "turned", "The union rejected the offer on Monday.", true},
		{"Why did Ottawa strike back?", "strike", "Ottawa retaliated with tariffs of its own.", true},
		{"Why did Ottawa strike back?", "back", "Ottawa retaliated with tariffs of its own.", true},
		{"Why did the panel push back the deadline?", "push", "Demand drove prices higher.", false},
		{"Why did the ministry step forward?", "step", "The ministry intervened to protect supply.", false},
		{"What caused the fall in canola prices?", "fall", "Canola prices collapsed in August.", false},
		{"Which step in the approval process was delayed?", "step", "Brussels intervened in the approval process.", false},
		{"What did Pass On Group say?", "pass", "Officials had to impart the news.", false},
	} {
		if got := termMatch(t, c.question, c.word, c.text) == 1; got != c.said {
			t.Errorf("%q: %q says %q: %v, want %v", c.text, c.question, c.word, got, c.said)
		}
	}
}

// termMatch returns how well text says the term for word of question,
// its morphology expanded (see term.match).
func termMatch(t *testing.T, question, word, text string) float64 {
	t.Helper()
	q := parseQuestion(question)
	q.expandMorphology()
	i := termIndex(q, word)
	if i < 0 {
		t.Fatalf("%q: no term %q", question, word)
	}
	a := newAnalysisCache(4).excerpt(text)
	return q.terms[i].match(&a.analysed)
}

// termIndex returns the index of the question's term for word, or -1.
func termIndex(q question, word string) int {
	for i, t := range q.terms {
		if t.word == word {
			return i
		}
	}
	return -1
}
