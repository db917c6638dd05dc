package bot_test

import (
	"testing"
)

// TestUnitOrMoneyAsked: a question of how many tonnes is answered only by
// a figure in tonnes, and one of what something is worth only by a sum
// of money; a sentence that gives the other (a value for a volume, a
// volume for a value) is the closest the coverage comes, said so. The
// figure asked for, where the coverage gives it, answers in full.
func TestUnitOrMoneyAsked(t *testing.T) {
	docs := map[string]string{
		"s.md": article("Wire One", "2026-02-10", "Steel exports", `Mexico's steel exports to the United States dropped 41% in 2025 to 1.9 million tonnes, the statistics institute said.

EU aluminium exports to the US were worth €8.3 billion in 2025, down from €11.6 billion, Eurostat said.
`),
		"c.md": article("Wire Two", "2026-02-12", "Copper", `Chile's copper shipments to the US were worth $6.1 billion in 2025, or about 820,000 tonnes, customs data showed.

Brazil shipped 1.2 million metric tons of ethanol to the US in 2025, the ministry said.

The yen has fallen 8% against the dollar since the tariffs were announced.
`),
	}
	b := docsBot(t, docs)
	for q, partial := range map[string]bool{
		"What was the dollar value of Mexico's steel exports to the US in 2025?": true,
		"How many tonnes of aluminium did the EU export to the US in 2025?":      true,
		"How many tonnes of steel did Mexico export to the US in 2025?":          false,
		"How much were Chile's copper shipments to the US worth in 2025?":        false,
		"How many tonnes of copper did Chile ship to the US in 2025?":            false,
		"How many tons of copper did Chile ship to the US in 2025?":              false,
		"How many tonnes of ethanol did Brazil ship to the US in 2025?":          false,
		"How much has the yen fallen against the dollar since the tariffs?":      false,
	} {
		a := ask(t, b, q)
		if !a.Covered || a.Partial != partial {
			t.Errorf("%q: covered %v, partial %v; want covered, partial %v (note %q)", q, a.Covered, a.Partial, partial, a.Note)
		}
	}
}
