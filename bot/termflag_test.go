package bot

import "testing"

// termCase is a question, one of its words, and whether a flag of that
// word's term should be set.
type termCase struct {
	question, word string
	want           bool
}

// wantTermFlag checks flag (named name) on each case's term, read and
// expanded as Ask reads a question.
func wantTermFlag(t *testing.T, name string, flag func(term) bool, cases []termCase) {
	t.Helper()
	for _, c := range cases {
		q := parseQuestion(c.question)
		q.expandMorphology()
		found := false
		for _, tm := range q.terms {
			if tm.word != c.word {
				continue
			}
			found = true
			if got := flag(tm); got != c.want {
				t.Errorf("%q: %q %s %v, want %v", c.question, c.word, name, got, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no term %q", c.question, c.word)
		}
	}
}
