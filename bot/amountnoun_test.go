package bot

import "testing"

// TestAsksAmount: a question asks for a figure by its noun when "what"
// opens it and that noun is singular, ends its noun phrase and WordNet
// files it as an amount; not when it asks which one, which ones or what
// kind, nor when its wh-words already ask for a figure.
func TestAsksAmount(t *testing.T) {
	for text, want := range map[string]bool{
		"What tariff do Japanese cars pay now?":     true,
		"What fine did the regulator impose?":       true,
		"What quota did Kaldmark set for itself?":   true,
		"What price will buyers pay for the gas?":   true,
		"Which tariffs have been applied to steel?": false,
		"What kind of tariff applies to steel?":     false,
		"What deal did the two sides strike?":       false,
		"What deadline did the ministry set?":       false,
		"How much is the fine?":                     false,
		"At what price will buyers take the gas?":   true,
		"What sales did Toyota report?":             true,
		"Which tariff did Trump raise on Canada?":   false,
		"What tariff deal did Japan sign?":          false,
		"What tariff Japanese car pay now?":         true,
		"What's the tariff on Japanese cars?":       true,
		"What Tariff Deal Did Japan Sign?":          false,
		"what tariff japanese cars pay now?":        true,
		"what tariff deal did japan sign?":          false,
		"What is the fine for late filing?":         true,
		"What is the kind of tariff on steel?":      false,
		"What currency will Bulgaria adopt?":        false,
		"What unit did Siemens sell?":               false,
	} {
		q := parseQuestion(text)
		if got := q.needs&kindAmount != 0 && q.kinds&figureKinds == 0; got != want {
			t.Errorf("%q: asks an amount by its noun %v, want %v (kinds %b, needs %b)", text, got, want, q.kinds, q.needs)
		}
	}
}
