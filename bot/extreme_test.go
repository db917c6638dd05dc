package bot

import "testing"

// TestAsksExtreme checks which questions ask for an extreme: a
// superlative or "the most", not the newest.
func TestAsksExtreme(t *testing.T) {
	wantParsed(t, map[string]bool{
		"Which country buys the most Chilean walnuts?":         true,
		"Which Maltese builder is the biggest exporter?":       true,
		"Which products are the least exposed to the tariff?":  true,
		"Where are most Dominican cigar factories based?":      false, // a share, not an extreme
		"What is the latest count of closed chapters?":         false,
		"What did the most recent report say about the quota?": false,
	}, "asks for an extreme", func(q question) bool { return q.asksExtreme() })
	wantSaid(t, "says an extreme", saysExtreme, map[string]bool{
		"India remains the largest buyer of the alloy.": true,
		"Most of the crop goes to Germany.":             true,
		"The latest figures show a rise.":               false,
		"Exports rose to 40,000 tonnes.":                false,
	})
}

// wantSaid checks, for each text of cases, whether says reports it says
// what is named (name), as wanted.
func wantSaid(t *testing.T, name string, says func(*analysed) bool, cases map[string]bool) {
	t.Helper()
	for text, want := range cases {
		a := analyse(text)
		if got := says(&a); got != want {
			t.Errorf("%q %s: %v, want %v", text, name, got, want)
		}
	}
}
