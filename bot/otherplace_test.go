package bot

import "testing"

// TestNamesOtherPlace: a question of where is answered by a place it
// does not name: not by its own place, nor by a longer form of it
// ("the United States" for "US").
func TestNamesOtherPlace(t *testing.T) {
	cache := newAnalysisCache(8)
	for _, c := range []struct {
		question, text string
		want           bool
	}{
		{"Where in Ostland is the crop grown?", "Most of the crop comes from the southern districts of Thyolo and Mulanje.", true},
		{"Where in Ostland is the crop grown?", "Growers in Ostland sold the crop at a loss.", false},
		{"Where will the US plant be built?", "The plant will be built in the United States.", false},
		{"Where will the US plant be built?", "The plant will be built in Sherman, Texas.", true},
	} {
		q := parseQuestion(c.question)
		q.expandMorphology()
		if got := q.namesOtherPlace(cache.excerpt(c.text)); got != c.want {
			t.Errorf("%q for %q: names another place %v, want %v", c.text, c.question, got, c.want)
		}
	}
}
