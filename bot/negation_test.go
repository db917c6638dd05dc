package bot

import (
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestDenied: the words a question denies ("no nickel", "didn't meet",
// "not yet met") are found, and an excerpt says them denied only with a
// negation of its own before the same word.
func TestDenied(t *testing.T) {
	for question, want := range map[string]string{
		"Which battery type needs no nickel?":                "nickel",
		"Why didn't Korea meet Treasury's test?":             "meet",
		"Which countries have not yet met the deadline?":     "met",
		"Which products were spared the tariff?":             "",
		"Why did the ministry cut the quota without notice?": "notic",
	} {
		denied := negatedTerms(question)
		if want == "" && len(denied) > 0 || want != "" && !denied[want] {
			t.Errorf("%q denies %v, want %q", question, denied, want)
		}
	}
	denied := negatedTerms("Which battery type needs no nickel?")
	for text, want := range map[string]bool{
		"LFP batteries, which use no nickel at all, are cheaper.": true,
		"The plant covers a quarter of its nickel needs.":         false,
		"Nickel prices did not move, but cobalt fell.":            false,
		"Sodium-ion cells need neither nickel nor cobalt.":        true,
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
