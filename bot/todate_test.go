package bot

import (
	"slices"
	"testing"
)

// TestToDateAsksNoDate: "to date" asks for the state up to now, not for a
// date: the question asks for no time and "date" is none of its terms,
// which made "how much … to date" a question the coverage could answer
// only in part. A date asked for is still one.
func TestToDateAsksNoDate(t *testing.T) {
	q := parseQuestion("How many jobs have been lost in Tiruppur to date?")
	if q.kinds&kindTime != 0 {
		t.Errorf("%q asks for a time", q.text)
	}
	if hasTerm(q, "date") {
		t.Errorf("%q: \"date\" is a term", q.text)
	}
	if q := parseQuestion("What is the date of the vote?"); q.kinds&kindTime == 0 {
		t.Errorf("%q asks for no time", q.text)
	}
	if q := parseQuestion("When will the date of the vote be set?"); q.kinds&kindTime == 0 || !hasTerm(q, "date") {
		t.Errorf("%q: kinds %v, want a time asked and \"date\" a term", q.text, q.kinds)
	}
}

// hasTerm reports whether word is one of the question's terms.
func hasTerm(q question, word string) bool {
	return slices.ContainsFunc(q.terms, func(tm term) bool { return tm.word == word })
}
