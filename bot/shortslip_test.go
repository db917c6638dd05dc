package bot

import "testing"

// TestShortSlip: a short word one slip from one function word is read as
// it; "hwo" as "how" before an adjective or adverb in its base form, else
// as "who"; English the word lists know, and words one slip from two
// function words, are left.
func TestShortSlip(t *testing.T) {
	for _, c := range []struct{ word, next, want string }{
		{"teh", "fund", "the"},
		{"adn", "when", "and"},
		{"waht", "tariff", "what"},
		{"hwo", "many", "how"},
		{"hwo", "long", "how"},
		{"hwo", "signed", "who"},
		{"hwo", "picks", "who"},
		{"per", "tonne", ""},  // English
		{"wat", "tariff", ""}, // one slip from "what", "was" and "at"
	} {
		if got := shortSlip(&term{word: c.word}, c.next); got != c.want {
			t.Errorf("shortSlip(%q before %q) = %q, want %q", c.word, c.next, got, c.want)
		}
	}
}
