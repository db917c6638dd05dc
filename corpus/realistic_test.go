package corpus_test

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/dealbot/dealbot/corpus"
)

// corpusStats are the word statistics of generated documents.
type corpusStats struct {
	tokens, distinct, sentences int
	topWordShare                float64 // the most common word's share of all tokens
	topShapeShare               float64 // the most common sentence shape's share of all sentences
}

// statsOf counts words and sentence shapes of the documents' passages. A
// sentence's shape is its sequence of words with every word outside the
// corpus's 100 most common replaced by a blank, so two sentences from one
// template have the same shape.
func statsOf(t *testing.T, srcs []string) corpusStats {
	t.Helper()
	var sentences [][]string
	counts := map[string]int{}
	var st corpusStats
	for _, src := range srcs {
		doc, err := corpus.Parse("gen.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range doc.Passages() {
			words := strings.FieldsFunc(strings.ToLower(p.Text), func(r rune) bool { return !unicode.IsLetter(r) })
			for _, w := range words {
				counts[w]++
			}
			st.tokens += len(words)
			sentences = append(sentences, words)
		}
	}
	byCount := slices.SortedFunc(maps.Keys(counts), func(a, b string) int { return counts[b] - counts[a] })
	common := map[string]bool{}
	for _, w := range byCount[:min(100, len(byCount))] {
		common[w] = true
	}
	shapes := map[string]int{}
	top := 0
	for _, words := range sentences {
		shape := make([]string, len(words))
		for i, w := range words {
			if common[w] {
				shape[i] = w
			}
		}
		key := strings.Join(shape, " ")
		shapes[key]++
		top = max(top, shapes[key])
	}
	st.distinct, st.sentences = len(counts), len(sentences)
	st.topWordShare = float64(counts[byCount[0]]) / float64(st.tokens)
	st.topShapeShare = float64(top) / float64(len(sentences))
	return st
}

// TestRealisticStatistics checks that realistic documents have a large
// vocabulary and repeat themselves little, unlike the templated ones.
func TestRealisticStatistics(t *testing.T) {
	const n = 1000
	real := statsOf(t, corpus.Synthetic(n, 1, corpus.Realistic))
	tmpl := statsOf(t, corpus.Synthetic(n, 1, corpus.Templated))
	t.Logf("realistic: %+v", real)
	t.Logf("templated: %+v", tmpl)
	if real.distinct < 20000 {
		t.Errorf("realistic: %d distinct words in %d documents, want ≥ 20,000", real.distinct, n)
	}
	if real.topShapeShare > 0.01 {
		t.Errorf("realistic: the most common sentence shape is %.1f%% of %d sentences, want ≤ 1%%", 100*real.topShapeShare, real.sentences)
	}
	// English: "the" is about 5–7% of running text.
	if real.topWordShare < 0.03 || real.topWordShare > 0.12 {
		t.Errorf("realistic: the most common word is %.1f%% of tokens, want 3–12%%", 100*real.topWordShare)
	}
	if tmpl.distinct > 1000 || tmpl.topShapeShare < 0.03 {
		t.Errorf("templated: %d distinct words, top shape %.1f%%: the old generator has changed", tmpl.distinct, 100*tmpl.topShapeShare)
	}
}
