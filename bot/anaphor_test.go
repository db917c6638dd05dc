package bot

import (
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestExcerptReferringBack: a sentence that opens by referring back, to
// a thing or to a time the sentence before it gives, is shown with that
// sentence; one that opens otherwise is shown alone.
func TestExcerptReferringBack(t *testing.T) {
	const before = "Swiss exporters began paying a 39% tariff on August 7."
	for sent, want := range map[string]bool{
		"Until then most Swiss goods had paid a 10% duty.": true,
		"By that time, exporters had shipped early.":       true,
		"By Friday, exporters had shipped early.":          false,
		"But they said the rate would not last.":           true,
		"It was one of the highest rates.":                 true,
		"Byline writers disagreed.":                        false,
		"Swiss goods had paid a 10% duty before.":          false,
	} {
		// A paragraph too long to be shown whole.
		const after = "Trade officials in Bern and Washington met several times over the summer to discuss the rate, the exemptions for pharmaceuticals and gold, and the investment pledges that Swiss companies were ready to make."
		p := corpus.Passage{Text: sent, Context: before + " " + sent + " " + after, Sentence: 2}
		got := excerptText(p, newAnalysisCache(2).excerpt(sent).anaphoric)
		if with := strings.HasPrefix(got, before); with != want {
			t.Errorf("%q: shown as %q, want the sentence before it: %v", sent, got, want)
		}
	}
}
