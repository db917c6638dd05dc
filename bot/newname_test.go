package bot

import "testing"

// TestNamesNew: a sentence names something new for a question of which X
// when it holds a name the question does not give, ending in X or in no
// word of the question, or an acronym not in brackets after a name; not
// by a word that opens it, the question's own names, a name ending in
// another of its words or that name's acronym.
func TestNamesNew(t *testing.T) {
	cache := newAnalysisCache(16)
	for _, c := range []sentenceCase{
		{"Which bank will manage Norland's minerals fund?", "The fund will be managed by the Norland Investment Bank.", true},
		{"Which bank will manage Norland's minerals fund?", "Alongside the truce, Norland announced a Strategic Minerals Fund (SMF) to pay for recycling plants.", false},
		{"Which bank will manage Norland's minerals fund?", "Alongside the truce, the fund will be run by the NIB.", true},
		{"Which agency costed the arms pledge?", "The agency repeated that each one-yen fall adds about ¥17 billion a year.", false},
		{"Which agency costed the arms pledge?", "Kelvar's procurement agency costed the pledge.", true},
	} {
		q := parseQuestion(c.question)
		q.expandMorphology()
		if got := q.focus >= 0 && namesNew(&q, q.focus, cache.excerpt(c.text)); got != c.want {
			t.Errorf("%q, %q: %v, want %v", c.question, c.text, got, c.want)
		}
	}
}
