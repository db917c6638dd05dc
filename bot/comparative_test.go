package bot

import "testing"

// TestComparativeBeforeNoun: a comparative before the noun of a noun
// phrase, right after its determiner or after adjectives that follow
// one, qualifies the noun; one that ends the phrase, or follows a noun,
// does not.
func TestComparativeBeforeNoun(t *testing.T) {
	wantTermFlag(t, "comparative", func(tm term) bool { return tm.comparative }, []termCase{
		{"When does the lower car tariff apply?", "lower", true},
		{"When do the new lower rates start applying?", "lower", true},
		{"Why are rates lower now?", "lower", false},
		{"When does the steel lower quota apply?", "lower", false},
	})
}
