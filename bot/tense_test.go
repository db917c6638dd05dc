package bot

import (
	"strings"
	"testing"
)

// TestAskedTense: a question's first auxiliary gives its tense.
func TestAskedTense(t *testing.T) {
	for _, c := range []struct {
		question string
		want     tense
	}{
		{"when did the quota open?", tensePast},
		{"when was the accord signed?", tensePast},
		{"when does the quota open?", tenseNonPast},
		{"by when will commerce rule?", tenseNonPast},
		{"when is the next round?", tenseNonPast},
		{"what date for the next round?", tenseUnknown},
	} {
		if got := askedTense(c.question); got != c.want {
			t.Errorf("askedTense(%q) = %d, want %d", c.question, got, c.want)
		}
	}
}

// TestTenseBefore: the tense of the clause a date stands in is that of
// its nearest verb that shows one; a past form describing a noun yields
// to an auxiliary further back; a comma ends the clause.
func TestTenseBefore(t *testing.T) {
	a := newAnalysisCache(8)
	for _, c := range []struct {
		text, date string
		want       tense
	}{
		{"Vestria and Norland signed the accord on Sunday, March 8.", "Sunday", tensePast},
		{"The accord took effect on March 8.", "March", tensePast},
		{"The accord takes effect on April 1.", "April", tenseNonPast},
		{"The quota will open on April 1.", "April", tenseNonPast},
		{"The commission must vote on the case by June 10.", "June", tenseNonPast},
		{"The quota is now expected to open on April 1.", "April", tenseNonPast},
		{"The accord was signed on March 8.", "March", tensePast},
		{"Vestria has agreed to cut its duties on March 8.", "March", tensePast},
		{"Vestria will charge a duty on boats built in Norland from April 1.", "April", tenseNonPast},
		{"The accord was signed in Kell, and the quota opens on April 1.", "April", tenseNonPast},
		{"The quota opens, officials said on Monday.", "Monday", tensePast},
		{"Duties on April 1.", "April", tenseUnknown},
		{"Exporters need the quota by June 1.", "June", tenseUnknown},
		{"The two sides agreed the quota on Monday, June 1.", "Monday", tensePast},
		{"The deal that will cut duties was on Monday.", "Monday", tensePast},
	} {
		e := a.excerpt(c.text)
		i := strings.Index(c.text, c.date)
		j := 0
		for j < len(e.toks) && e.toks[j].at < i {
			j++
		}
		if got := e.tenseBefore(j); got != c.want {
			t.Errorf("tense before %q in %q = %d, want %d", c.date, c.text, got, c.want)
		}
	}
}
