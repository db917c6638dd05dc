package bot_test

import (
	"strings"
	"testing"
)

// TestShoutedQuestion: a question typed all in capitals is answered as
// the question typed as usual; its capitals make no word a name the
// answer must say (a shouted "RELIEF" the coverage never writes had
// the question refused).
func TestShoutedQuestion(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Car tariff cut takes effect", `Japanese cars now pay a 15% tariff in the United States, down from 27.5%, under an order that took effect on Tuesday.

Toyota said it would keep its prices unchanged for now. The cut applies retroactively to cars that entered the country after August 7.

The populist Sanseito party won 14 seats in the upper house election.
`)
	b := docsBot(t, map[string]string{"cars.md": doc})
	for _, q := range []string{
		"What tariff do Japanese cars pay now?",
		"What will Toyota do about prices?",
		"Is the tariff relief retroactive?",
		"How many seats did Sanseito win?",
	} {
		typed, shouted := ask(t, b, q), ask(t, b, strings.ToUpper(q))
		if !typed.Covered || len(typed.Excerpts) == 0 {
			t.Fatalf("%q: not covered as typed", q)
		}
		if !shouted.Covered || shouted.Partial != typed.Partial || len(shouted.Excerpts) == 0 || shouted.Excerpts[0].Text != typed.Excerpts[0].Text {
			t.Errorf("%q shouted: covered %v, partial %v, excerpts %+v; want it answered as typed: partial %v, first %q",
				q, shouted.Covered, shouted.Partial, shouted.Excerpts, typed.Partial, typed.Excerpts[0].Text)
		}
	}
}
