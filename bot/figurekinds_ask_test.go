package bot_test

import (
	"fmt"
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

// TestClaimedFigureNote: the note quotes a claimed figure as typed, once
// ("$20bn", not "$20 billion or "); a sum in a currency's name ("20
// dollars") is answered in part, not refused; a range of two figures is left to the figure
// between them; and the coverage's many dates on the figure's day do not
// hide the paragraph that gives it as asked.
func TestClaimedFigureNote(t *testing.T) {
	docs := map[string]string{"k.md": article("Wire One", "2026-09-04", "Korea deal", `Trump said on Wednesday, July 30, that the United States had reached a trade deal with South Korea, two days before a 25% tariff on Korean goods was due to take effect.

Solenne plans to invest about $14bn in the plant. It must repay up to 20% of the grant if it misses its hiring target.
`)}
	b := docsBot(t, docs)
	q := "am I right that Solenne is investing $20bn in the plant?"
	if a, note := ask(t, b, q), "The coverage doesn't give $20bn; the closest it comes:"; a.Note != note {
		t.Errorf("%q: note %q, want %q", q, a.Note, note)
	}
	q = "am I right that Solenne is investing 20 dollars in the plant?"
	if a := ask(t, b, q); !a.Covered || !a.Partial {
		t.Errorf("%q: covered %v, partial %v; want answered in part", q, a.Covered, a.Partial)
	}
	if a := ask(t, b, "Was the tariff on Korean goods between 20% and 30%?"); strings.Contains(a.Note, "doesn't give") {
		t.Errorf("a range the coverage's 25%% lies in: note %q", a.Note)
	}
	for i := range 60 {
		docs[fmt.Sprintf("m%d.md", i)] = article("Wire Two", "2026-08-01", fmt.Sprintf("Meeting %d", i), fmt.Sprintf("Officials from team %d met on July 30.\n", i))
	}
	docs["r.md"] = article("Wire Three", "2026-09-05", "Rates", "Korean goods faced a 30% tariff before the deal, officials in Seoul said, and exporters had cut prices to keep buyers.\n")
	b = docsBot(t, docs)
	if a := ask(t, b, "Was the tariff on Korean goods 30% before the deal?"); strings.Contains(a.Note, "doesn't give 30%") {
		t.Errorf("the coverage gives 30%% as asked, in one paragraph of 61 that write 30: note %q", a.Note)
	}
}
