package bot

import "testing"

// TestPlaceWords: the common noun a place's name ends in is marked, so
// that a text naming the place by the rest of its name answers; a name
// whose last word is a place itself, or no place's name, is not.
func TestPlaceWords(t *testing.T) {
	for _, c := range []struct {
		question, word string
		want           bool
	}{
		{"What share of the Czech Republic's glass exports go to the US?", "republic", true},
		{"How much tuna do the Solomon Islands sell abroad?", "islands", true},
		{"What does Ivory Coast earn from cocoa?", "coast", true},
		{"What tariff does South Korea pay on steel?", "korea", false},
		{"Which republic signed the deal?", "republic", false},
		{"What did the Trade Council say about the Glass Federation?", "federation", false},
	} {
		q := parseQuestion(c.question)
		found := false
		for _, tm := range q.terms {
			if tm.word == c.word {
				found = true
				if tm.placeWord != c.want {
					t.Errorf("%q: %q ends a place's name: %v, want %v", c.question, c.word, tm.placeWord, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no term %q", c.question, c.word)
		}
	}
}
