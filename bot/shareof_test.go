package bot

import "testing"

// TestGivesShareOf checks which sentences give a part of a whole the
// question names.
func TestGivesShareOf(t *testing.T) {
	q := parseQuestion("What share of Canada's canola seed exports goes to China?")
	for i := range q.terms {
		q.terms[i].df = 1 // as if the coverage said every word
	}
	for text, want := range map[string]bool{
		"China took about 65% of Canada's canola seed exports last year.": true,
		"China took more than half of the country's canola exports.":      true,
		"Duties on canola exports rose to 75.8% in August.":               false, // a percentage of nothing named
		"About 40% of the farmers said prices had fallen.":                false, // of another whole
	} {
		if got := q.givesShareOf(text); got != want {
			t.Errorf("%q: gives a share of the whole %v, want %v", text, got, want)
		}
	}
}
