package bot

import (
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestCapitalForItsCountry: a question that names a government by its
// capital ranks a sentence that names the country above one that names
// neither, as weak evidence; the country's stems are its names and their
// kin, not the common last word of a longer name.
func TestCapitalForItsCountry(t *testing.T) {
	q := weighed("How long does Seoul get to decide on a project?", 60, map[string]int{"seoul": 3, "long": 20, "get": 30, "decide": 8, "project": 12, "korea": 20})
	coverage := func(text string) float64 {
		return rank(&q, []index.Hit{sentenceHit("s", text, 2)}, newAnalysisCache(8))[0].features.coverage
	}
	if korea, none := coverage("Korea will have 45 days to decide on a project."), coverage("The committee will have 45 days to decide on a project."); korea <= none {
		t.Errorf("coverage %.2f naming Korea, %.2f naming no country; want Korea higher", korea, none)
	}
	q2 := weighed("Who is New Delhi's lead negotiator?", 60, map[string]int{"new": 20, "delhi": 3, "lead": 10, "negotiator": 5, "india": 20})
	for _, i := range q2.capitalRuns()[0] {
		if w := q2.terms[i]; !w.near[stem("india")] {
			t.Errorf("%q of New Delhi: near %v, want india", w.word, w.near)
		}
	}
	if s := countryStems("united states"); s[stem("states")] || !s[stem("america")] {
		t.Errorf("countryStems(united states) = %v; want america and not states", s)
	}
	if s := countryStems("south korea"); !s[stem("korea")] || !s[stem("korean")] {
		t.Errorf("countryStems(south korea) = %v; want korea and korean", s)
	}
	if s := countryStems("united kingdom"); s[stem("ireland")] || !s[stem("britain")] {
		t.Errorf("countryStems(united kingdom) = %v; want britain, not ireland, another country", s)
	}
	if s := countryStems("france"); !s[stem("french")] {
		t.Errorf("countryStems(france) = %v; want french", s)
	}
}
