package bot

import (
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// TestCarriedOn: the sentence after an excerpt is added only when there
// is one in its paragraph, the two stand side by side as written and fit
// in one excerpt, and the paragraph is not shown whole already.
func TestCarriedOn(t *testing.T) {
	long := "Officials " + strings.Repeat("said ", 80)
	cases := []struct {
		name, context string
		sentence      int
		want          string
	}{
		{"next sentence added", "The ministry raised its estimate of exports at stake to 2.9 trillion yen on Monday, after a review of the figures by its staff over the summer. It said the increase came after the list of products covered was widened. Officials declined to comment further.", 1,
			"The ministry raised its estimate of exports at stake to 2.9 trillion yen on Monday, after a review of the figures by its staff over the summer. It said the increase came after the list of products covered was widened."},
		{"last sentence of its paragraph", "The ministry raised its estimate of exports at stake to 2.9 trillion yen on Monday, after a review of the figures by its staff over the summer. It said the increase came after the list of products covered was widened.", 2,
			"It said the increase came after the list of products covered was widened."},
		{"too long together", "The ministry raised its estimate on Monday. " + long + "end.", 1, "The ministry raised its estimate on Monday."},
		{"short paragraph, shown whole already", "It rose. It fell.", 1, "It rose."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sents := corpus.SplitSentences(c.context)
			p := corpus.Passage{Sentence: c.sentence, Text: sents[c.sentence-1], Context: c.context}
			cand := candidate{hit: index.Hit{Passage: p}, text: p.Text}
			if got := carriedOn(&cand); got != c.want {
				t.Errorf("carriedOn = %q, want %q", got, c.want)
			}
		})
	}
}
