package bot

import "testing"

// TestUsedOtherwise: a word the question uses as a noun ("a bigger
// share", "Prairie Crown's share price") is not said by a text that
// uses it only as a verb ("agreed to share"), nor the other way round; a
// text that uses it once as the question does, or in a way its words do
// not tell, says it; and a word that is only a noun, a name or a figure
// is never read this way.
func TestUsedOtherwise(t *testing.T) {
	cache := newAnalysisCache(16)
	for _, c := range []struct {
		question, word, text string
		want                 bool
	}{
		{"Why does Kaldmark want a bigger share of the mackerel?", "share", "Kaldmark and Vestria have agreed a four-year deal to share the Grey Sea mackerel catch.", true},
		{"Why does Kaldmark want a bigger share of the mackerel?", "share", "Kaldmark wants a larger share because warmer water pushed the fish north.", false},
		{"Why does Kaldmark want a bigger share of the mackerel?", "share", "They agreed to share the catch, and each share is fixed for four years.", false},
		{"Why does Kaldmark want a bigger share of the mackerel?", "share", "Share prices fell on Monday.", false},
		{"Will they share the cost?", "share", "The share of the cost each pays is not known.", true},
		{"Will the two countries share the cost?", "share", "The share of the cost each pays is not known.", false}, // the parser's verb is not read (see usedOtherwise)
		{"How did the Nikkei close after the summit?", "close", "The Nikkei rose 2.1% to close at a record.", false},
		{"What was the original deadline for the 2% goal?", "2", "Japan would raise spending to 2% of GDP.", false},
		{"How big was the increase in prices?", "increase", "The tariffs led to increases in prices.", false},
		{"What was the cost of the plant?", "cost", "The delay was due to cost overruns at the plant.", false},
		{"What were the exports of steel?", "exports", "In May, exports of steel rose 5%.", false},
		{"Will they share the cost?", "share", "The firms that share the cost said nothing.", false},
		{"How did Prairie Crown's share price react?", "share", "The company would try to share the cost with its customers.", true},
		{"Will they share the cost?", "share", "Prairie Crown's share of the market rose.", true},
		{"How did Prairie Crown's share price react?", "share", "It's share prices that fell.", false}, // "it's" is "it is"
		{"What does the report say about the mackerel?", "mackerel", "Boats that fish mackerel must report to the mackerel board.", false},
	} {
		q := parseQuestion(c.question)
		e := cache.excerpt(c.text)
		found := false
		for i := range q.terms {
			if q.terms[i].word == c.word {
				found = true
				if got := usedOtherwise(&q.terms[i], &e.analysed); got != c.want {
					t.Errorf("%q, %q: %q used otherwise %v, want %v", c.question, c.text, c.word, got, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no term %q", c.question, c.word)
		}
	}
}
