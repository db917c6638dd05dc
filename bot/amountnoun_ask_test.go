package bot_test

import (
	"strings"
	"testing"
)

// TestAmountByItsNoun: "what fine did X get" asks for a figure, as "how
// much" does. A passage that reports the fine without one is the closest
// the coverage comes, said to give no figure; the passage that gives the
// figure is the answer.
func TestAmountByItsNoun(t *testing.T) {
	doc := article("Wire One", "2026-05-04", "Regulator fines Ostrava Freight", `The competition regulator fined Ostrava Freight on Monday for sharing prices with rival hauliers.

The company said it would appeal against the fine and called the ruling unfair.
`)
	q := "What fine did Ostrava Freight get?"
	only := docsBot(t, map[string]string{"fine.md": doc})
	for _, q := range []string{q, "How much was Ostrava Freight fined?"} {
		if a := ask(t, only, q); !a.Covered || !a.Partial || !strings.HasPrefix(a.Text, "The coverage gives no figure for that") {
			t.Errorf("%q: covered %v, partial %v, %q; want an answer in part that says the coverage gives no figure", q, a.Covered, a.Partial, a.Text)
		}
	}
	figure := article("Wire Two", "2026-05-06", "Ostrava Freight fine", `Ostrava Freight must pay a fine of €42 million, the regulator's decision shows.
`)
	b := docsBot(t, map[string]string{"fine.md": doc, "figure.md": figure})
	if a := ask(t, b, q); !a.Covered || a.Partial {
		t.Errorf("covered %v, partial %v, excerpts %+v; want a full answer from the figure", a.Covered, a.Partial, a.Excerpts)
	}
	wantFirst(t, b, map[string]string{q: "€42 million"})
}

// TestAmountByItsNounVerb: in "what tariff do Vestrian bikes pay?" the
// noun asks and the verb only carries it: the sentence that gives the
// tariff answers, not one in which the bikes "pay" something else, though
// tariffs are common in the coverage and "pay" is rare.
func TestAmountByItsNounVerb(t *testing.T) {
	bikes := article("Wire One", "2026-05-04", "Bike trade", `Vestrian bikes pay their makers 30% more than they did in 2024, the makers' association said.

Customs data show a 12% tariff on Vestrian bikes.
`)
	roundup := article("Wire Two", "2026-05-05", "Tariff round-up", `The tariff on steel stays at 25%.

The tariff on wine falls next month.

A tariff on toys was dropped in March.

Officials said the tariff on cheese was under review.

The tariff on paper rises to 8%.
`)
	wantFirst(t, docsBot(t, map[string]string{"bikes.md": bikes, "roundup.md": roundup}), map[string]string{"What tariff do Vestrian bikes pay?": "12% tariff"})
}
