package bot

import (
	"slices"
	"testing"
)

// TestPlaceNames: the names whose stories an answer's excerpts must name
// (see namedFirst) are places, their people's adjectives and a name of
// two or more words no dictionary lists; not a single unlisted word,
// which a story may say another way through and through ("the Rada":
// "parliament", "Burkinabe": "Burkina Faso"), nor an acronym ("USTR":
// "the US Trade Representative"), nor a place that ends a longer name
// ("Port of Spain").
func TestPlaceNames(t *testing.T) {
	for _, c := range []struct {
		question string
		want     []string
	}{
		{"Which tariffs is the US dropping on Argentine goods?", []string{"argentine"}},
		{"What did the Harlan Institute economist say about the duties?", []string{"harlan"}},
		{"When did the Rada approve the agreement?", nil},
		{"How many Burkinabe containers were stuck in transit?", nil},
		{"Who is the USTR's point man in the talks?", nil},
		{"Is Port of Spain going to cut the gas price?", nil},
	} {
		counts := map[string]int{}
		q := parseQuestion(c.question)
		for _, tm := range q.terms {
			counts[tm.word] = 5
		}
		q = weighed(c.question, 60, counts)
		var got []string
		for _, i := range q.placeNames(false) {
			if w := q.terms[i].word; w != "us" {
				got = append(got, w) // "US" is a place too
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: names %v, want %v", c.question, got, c.want)
		}
	}
}
