package bot_test

import (
	"testing"
)

// TestFigureOfAnotherKindNotAnswer: a question's "$900 billion" is not
// said by the coverage's "900 people": the digits alone do not say the
// figure asked about, so a question on a $900 billion plant, which the
// coverage never mentions, is not answered with the plant of 900 people.
func TestFigureOfAnotherKindNotAnswer(t *testing.T) {
	doc := article("Wire One", "2026-09-04", "Investment", `Japan pledged $550 billion of investment in the United States, the ministry said.

The new battery plant in Ohio will employ 900 people from next year.

Exports worth $20bn a year are affected, officials said.

The new levy is set at 15% from March.
`)
	b := docsBot(t, map[string]string{"inv.md": doc})
	for _, q := range []string{"Is the $900 billion plant hiring?", "Is the 20% levy in force?"} {
		if a := ask(t, b, q); a.Covered && !a.Partial {
			t.Errorf("%q is answered in full: %+v", q, a.Excerpts)
		}
	}
	wantFirst(t, b, map[string]string{"Will the Ohio plant employ 900 people?": "employ 900 people"})
}
