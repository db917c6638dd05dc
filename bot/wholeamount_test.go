package bot

import "testing"

// TestAsksWholeAmount: "how much" with a verb of having or moving things
// asks how much there is; with "of", a comparative or a verb of change
// it asks for a share or a difference, and with no verb for a rate.
func TestAsksWholeAmount(t *testing.T) {
	for q, want := range map[string]bool{
		"How much does Argentina export to the US?":       true,
		"How much did Nippon Steel pay for U.S. Steel?":   true,
		"How much steel did Canada sell to the US?":       true,
		"How much, roughly, did Nippon Steel pay?":        true,
		"How much cheaper did Vestria sell its steel?":    false,
		"How much less does Vestria export now?":          false,
		"How much did Vestria's shares soar?":             false,
		"How much did the yen gain against the dollar?":   false,
		"How much of the fund is equity?":                 false,
		"How much higher is Ecuador's rate?":              false,
		"How much more are shoppers paying for coffee?":   false,
		"How much did coffee prices rise?":                false,
		"How much could the levy add to the steel price?": false,
		"How much is the tariff on buses?":                false,
		"What share of exports goes to China?":            false,
		"When did Argentina sign the deal?":               false,
	} {
		q0 := parseQuestion(q)
		if got := q0.asksWholeAmount(); got != want {
			t.Errorf("%q: asksWholeAmount %v, want %v", q, got, want)
		}
	}
}

// TestSumCue: money and measures are sums; a percentage is not.
func TestSumCue(t *testing.T) {
	for text, want := range map[string]bool{
		"Exports reached about $7.2 billion last year.": true,
		"Canada shipped 5.5 million tonnes of steel.":   true,
		"It sold C$13.8 billion of steel.":              true,
		"About 70% of the beef goes to China.":          false,
		"Prices rose 18.3 percent in October.":          false,
	} {
		if got := holdsKind(kindSum, text); got != want {
			t.Errorf("%q: sum %v, want %v", text, got, want)
		}
	}
}
