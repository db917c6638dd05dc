package bot_test

import (
	"strings"
	"testing"
)

// TestBeliefChecked: a belief put to be checked ("is it true that …",
// "am I right that …", "… — correct?") with a figure the coverage does
// not give is answered with the coverage's own figure for the thing, in
// part ("The coverage doesn't give 50%"), where it had been
// refused as asking about a figure the coverage never mentions. A name
// the coverage never mentions still has it refused.
func TestBeliefChecked(t *testing.T) {
	doc := article("Wire One", "2026-05-02", "Chip prices", `Prices for mature chips have fallen by about 30% since the start of the year, the industry association said.

The plant will employ 900 people when it opens in 2027.

Orders from carmakers slowed in the spring.
`)
	b := docsBot(t, map[string]string{"chips.md": doc})
	for _, q := range []string{
		"Have mature chip prices dropped about 50%?",
		"is it true that mature chip prices fell 50%?",
		"am I right that mature chip prices fell about 50%?",
		"just to check, mature chip prices fell 50%?",
		"mature chip prices fell about 50% — correct?",
	} {
		a := ask(t, b, q)
		if !a.Covered || !a.Partial || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "about 30%") || !strings.Contains(a.Note, "50%") {
			t.Errorf("%q: covered %v, partial %v, note %q, excerpts %+v; want the 30%% in part, the 50%% named as not given", q, a.Covered, a.Partial, a.Note, a.Excerpts)
		}
	}
	if a := ask(t, b, "Have mature chip prices dropped 30%?"); !a.Covered || a.Partial {
		t.Errorf("the coverage's own figure: covered %v, partial %v; want answered in full", a.Covered, a.Partial)
	}
	if a := ask(t, b, "Did Airbus cut chip orders by 50%?"); a.Covered && !a.Partial {
		t.Errorf("a name the coverage never mentions: answered in full (%q)", a.Text)
	}
	// A figure of what the coverage gives figures of: its own, in part.
	if a := ask(t, b, "Will the plant employ 2,000 people?"); !a.Partial || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "900 people") || !strings.Contains(a.Note, "2,000") || strings.Contains(a.Note, "Read") {
		t.Errorf("2,000 people: partial %v, note %q, excerpts %+v; want the 900 people in part", a.Partial, a.Note, a.Excerpts)
	}
	// A figure of a kind, or of a thing, the coverage gives none of is a
	// fact it lacks: refused, not answered with an unrelated excerpt.
	for _, q := range []string{"Is the plant worth $700 billion?", "Did the association meet 7 times?"} {
		if a := ask(t, b, q); a.Covered {
			t.Errorf("%q: covered (partial %v, note %q); want refused", q, a.Partial, a.Note)
		}
	}
}
