package bot

import "testing"

// TestAsksExtreme checks which questions ask for an extreme: a
// superlative or "the most", not the newest.
func TestAsksExtreme(t *testing.T) {
	for text, want := range map[string]bool{
		"Which country buys the most Chilean walnuts?":         true,
		"Which Maltese builder is the biggest exporter?":       true,
		"Which products are the least exposed to the tariff?":  true,
		"Where are most Dominican cigar factories based?":      false, // a share, not an extreme
		"What is the latest count of closed chapters?":         false,
		"What did the most recent report say about the quota?": false,
	} {
		q := parseQuestion(text)
		if got := q.asksExtreme(); got != want {
			t.Errorf("%q: asks for an extreme %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{
		"India remains the largest buyer of the alloy.": true,
		"Most of the crop goes to Germany.":             true,
		"The latest figures show a rise.":               false,
		"Exports rose to 40,000 tonnes.":                false,
	} {
		a := analyse(text)
		if got := saysExtreme(&a); got != want {
			t.Errorf("%q: says an extreme %v, want %v", text, got, want)
		}
	}
}
