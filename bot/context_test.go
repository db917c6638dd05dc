package bot

import (
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestNearContext: a sentence's context is its paragraph, or, in a
// paragraph of more sentences than contextSentences, the two sentences
// before it, it and the one after it.
func TestNearContext(t *testing.T) {
	short := "One fell. Two rose. Three held."
	long := "One fell. Two rose. Three held. Four slid. Five jumped. Six ended."
	for _, c := range []struct {
		context  string
		sentence int
		want     string
	}{
		{short, 2, short},
		{long, 1, "One fell. Two rose."},
		{long, 4, "Two rose. Three held. Four slid. Five jumped."},
		{long, 6, "Four slid. Five jumped. Six ended."},
	} {
		p := corpus.Passage{Context: c.context, Sentence: c.sentence}
		if got := nearContext(p); got != c.want {
			t.Errorf("nearContext(sentence %d of %q) = %q, want %q", c.sentence, c.context, got, c.want)
		}
	}
}
