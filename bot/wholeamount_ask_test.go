package bot_test

import "testing"

// TestHowMuchWantsTheSum: "how much does Vestria export" is answered by
// what its exports are worth, not by the share of one good that goes to
// one buyer, though that sentence says more of the question's words.
func TestHowMuchWantsTheSum(t *testing.T) {
	doc := article("Harbour Wire", "2026-03-02", "Vestria's trade", `Vestria's farmers export most of their beef to Korlandia: about 70% of Vestria's beef exports go there, and the rest to Ostland and Pelago.

Vestria's sales to Ostland reached about $7.2 billion last year, according to the statistics agency.

Ostland's trade minister said talks on a new tariff schedule would resume in May.
`)
	wantFirst(t, docsBot(t, map[string]string{"trade.md": doc}), map[string]string{
		"How much does Vestria export to Ostland?": "$7.2 billion",
	})
}
