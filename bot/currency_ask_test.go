package bot_test

import (
	"testing"
)

// TestCurrencyNamedBySign: a figure written with a currency's sign
// ("¥1 trillion", "€2.5bn") says the currency's name, so "how much … in
// yen" and "how many euros" are answered by it; a question on a thing the
// coverage never mentions is still refused.
func TestCurrencyNamedBySign(t *testing.T) {
	signs := article("Wire One", "2026-03-04", "Purchases", `Japan will buy ¥1 trillion of US soybeans over five years, the ministry said.

Brussels will spend €2.5bn on new ports.
`)
	b := docsBot(t, map[string]string{"signs.md": signs})
	wantFirst(t, b, map[string]string{
		"How much will Japan spend on US soybeans in yen?": "¥1 trillion",
		"How many euros will Brussels spend on ports?":     "€2.5bn",
	})
	if a := ask(t, b, "What is the tariff on rice in euros?"); a.Covered && !a.Partial {
		t.Errorf("a question on rice, which the coverage never mentions, is answered: %+v", a.Excerpts)
	}
}
