package bot_test

import "testing"

// TestCapitalNotAbsent: a capital the coverage never writes names its
// country's government, which the coverage does name: the question is
// answered from what the country said, not refused as about a name
// absent; a capital whose country it never names is not covered.
func TestCapitalNotAbsent(t *testing.T) {
	doc := article("Northern Ledger", "2026-08-14", "Dairy quota", `Canada said on Monday it would raise the dairy quota for US butter to 12,000 tonnes from next year, the agriculture ministry said.

Farm groups said the quota was too large.
`)
	b := docsBot(t, map[string]string{"a.md": doc})
	wantLed(t, b, "What did Ottawa say about the butter quota?", "12,000 tonnes")
	if a := ask(t, b, "What did Paris say about the butter quota?"); a.Covered {
		t.Errorf("Paris answered from %+v; the coverage never names France", a.Excerpts)
	}
}
