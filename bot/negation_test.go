package bot

import (
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestDenied: the words a question denies ("no nickel", "didn't meet",
// "not yet met") are found, not a name after "didn't", nor words after
// "not only", "whether or not" or "No. 2"; an excerpt says them denied
// only with a negation of its own before the same word, in its sentence.
func TestDenied(t *testing.T) {
	for question, want := range map[string]string{
		"Which battery type needs no nickel?":                          "nickel",
		"Why didn't Korea meet Treasury's test?":                       "meet",
		"Which countries have not yet met the deadline?":               "met",
		"Which products were spared the tariff?":                       "",
		"Why did the ministry cut the quota without notice?":           "notic",
		"Which countries not only cut tariffs but also raised quotas?": "",
		"Whether or not rice imports rise, how will prices move?":      "",
		"Which country is the world's No. 2 nickel producer?":          "",
	} {
		denied := negatedTerms(undot(question), tokenize(question))
		if want == "" && len(denied) > 0 || want != "" && (!denied[want] || len(denied) != 1) {
			t.Errorf("%q denies %v, want %q alone", question, denied, want)
		}
	}
	nickel := "Which battery type needs no nickel?"
	denied := negatedTerms(undot(nickel), tokenize(nickel))
	for text, want := range map[string]bool{
		"LFP batteries, which use no nickel at all, are cheaper.": true,
		"The plant covers a quarter of its nickel needs.":         false,
		"Nickel prices did not move, but cobalt fell.":            false,
		"Sodium-ion cells need neither nickel nor cobalt.":        true,
		"Demand didn’t fall. Nickel prices rose.":                 false,
		"Asked if cobalt was short, he said no. Nickel was.":      false,
		"Indonesia is the world's No. 1 nickel producer.":         false,
	} {
		if got := saysDenied(denied, text, tokenize(text)); got != want {
			t.Errorf("%q says nickel denied: %v, want %v", text, got, want)
		}
	}
}

// TestDeniedRanks: for "which battery type needs no nickel", a sentence
// that says "no nickel" ranks above one that says only "nickel needs".
func TestDeniedRanks(t *testing.T) {
	q := weighed("Which battery type needs no nickel?", 60, map[string]int{"battery": 10, "type": 5, "needs": 4, "nickel": 30})
	hits := []index.Hit{
		sentenceHit("needs", "Seorin Battery signed a contract covering a quarter of its nickel needs.", 2),
		sentenceHit("none", "Some carmakers see a reason to move to LFP batteries, which use no nickel at all.", 2),
	}
	if got := rank(&q, hits, newAnalysisCache(8)); got[0].hit.ID != "none" {
		t.Errorf("first %q (denied %.1f), want the sentence that says no nickel", got[0].text, got[0].features.denied)
	}
}
