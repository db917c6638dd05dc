package bot_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/bot"
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

// TestClaimedFigureWrittenAsAnotherKind: a question of whether that gives
// a figure the coverage writes only as another kind ("30%" where it says
// "July 30"; "$20bn" where it says "20%") is checked against the
// coverage's own figure of the kind asked, and answered in part, as for a
// figure it never writes; a scale glued to the figure ("$20bn") is part
// of the figure asked.
func TestClaimedFigureWrittenAsAnotherKind(t *testing.T) {
	doc := article("Wire One", "2026-09-04", "Korea deal", `Trump said on Wednesday, July 30, that the United States had reached a trade deal with South Korea, two days before a 25% tariff on Korean goods was due to take effect.

Solenne plans to invest about $14bn in the plant. It must repay up to 20% of the grant if it misses its hiring target.
`)
	b := docsBot(t, map[string]string{"k.md": doc})
	for q, want := range map[string]string{
		"Was the tariff on Korean goods 30% before the deal?":      "25% tariff",
		"am I right that Solenne is investing $20bn in the plant?": "$14bn",
	} {
		a := ask(t, b, q)
		if !a.Covered || !a.Partial || len(a.Excerpts) == 0 {
			t.Errorf("%q: covered %v, partial %v; want answered in part with the coverage's own figure", q, a.Covered, a.Partial)
			continue
		}
		if !slices.ContainsFunc(a.Excerpts, func(e bot.Excerpt) bool { return strings.Contains(e.Text, want) }) {
			t.Errorf("%q: no excerpt gives %q: %+v", q, want, a.Excerpts)
		}
	}
}
