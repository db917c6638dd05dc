package wordlist_test

import (
	"testing"

	"github.com/dealbot/dealbot/bot/wordlist"
)

// TestHas: English WordNet does not list is in the table; words WordNet
// lists, slips and names are not.
func TestHas(t *testing.T) {
	for w, want := range map[string]bool{
		"amidst":     true,
		"Backlogged": true,
		"admins":     true,
		"per":        true, // English of three letters WordNet lacks
		"via":        true,
		"tariff":     false, // WordNet lists it
		"carmkaers":  false,
		"akazawa":    false,
	} {
		if got := wordlist.Has(w); got != want {
			t.Errorf("Has(%q) = %v, want %v", w, got, want)
		}
	}
}
