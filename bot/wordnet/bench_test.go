package wordnet_test

import (
	"testing"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// BenchmarkRelated looks up a mix of lemmas, irregular and regular
// inflections and unknown words, as a question's terms would be.
func BenchmarkRelated(b *testing.B) {
	words := []string{"resign", "resignations", "went", "negotiated", "tariffs", "japan", "dealbot", "the", "investors", "decided"}
	wordnet.Related("warm") // parse the table outside the timing
	b.ReportAllocs()
	n := 0
	for i := 0; b.Loop(); i++ {
		n += len(wordnet.Related(words[i%len(words)]))
	}
	if n == 0 {
		b.Fatal("Related found nothing")
	}
}
