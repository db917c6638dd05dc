package bot

import (
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// TestNextSentence: the sentence after an excerpt is carried on only when
// the two fit in one excerpt: the next in its paragraph, or after its
// paragraph's last sentence, or after a short paragraph shown whole, the
// first of the paragraph after it (corpus.Passage.After).
func TestNextSentence(t *testing.T) {
	long := "Officials " + strings.Repeat("said ", 80)
	first := "The ministry raised its estimate of exports at stake on Monday."
	// fill is a sentence of n bytes.
	fill := func(n int) string {
		return "Officials" + strings.Repeat(" said", (n-10)/5) + strings.Repeat("x", (n-10)%5) + "."
	}
	cases := []struct {
		name, context string
		sentence      int
		before        string // the sentence before it, shown with it (see excerptText)
		after         string // the first sentence of the paragraph after
		want          string
	}{
		{"next sentence added", "The ministry raised its estimate of exports at stake to 2.9 trillion yen on Monday, after a review of the figures by its staff over the summer. It said the increase came after the list of products covered was widened. Officials declined to comment further.", 1, "", "Officials declined to comment further.",
			"It said the increase came after the list of products covered was widened."},
		{"last sentence of its paragraph", "The ministry raised its estimate of exports at stake to 2.9 trillion yen on Monday, after a review of the figures by its staff over the summer. It said the increase came after the list of products covered was widened.", 2, "", "",
			""},
		{"last sentence, the next paragraph's first", "The ministry raised its estimate of exports at stake to 2.9 trillion yen on Monday, after a review of the figures by its staff over the summer. It said the increase came after the list of products covered was widened to farm goods, machinery and some chemicals.", 2, "", "Officials declined to comment further.",
			"Officials declined to comment further."},
		{"short paragraph shown whole, the next paragraph's first", "It rose. It fell.", 2, "It rose.", "Officials declined to comment.", "Officials declined to comment."},
		{"the next paragraph's first, too long together", "The ministry raised its estimate on Monday.", 1, "", long + "end.", ""},
		{"after the sentence before it, shown with it", "The ministry raised its estimate of exports at stake to 2.9 trillion yen on Monday, after a review of the figures by its staff over the summer. It said the increase came after the list of products covered was widened. Officials declined to comment further.", 2,
			"The ministry raised its estimate of exports at stake to 2.9 trillion yen on Monday, after a review of the figures by its staff over the summer.", "",
			"Officials declined to comment further."},
		{"exactly one excerpt's length", first + " " + fill(corpus.MaxExcerpt-len(first)-1) + " Then more.", 1, "", "", fill(corpus.MaxExcerpt - len(first) - 1)},
		{"a byte over", first + " " + fill(corpus.MaxExcerpt-len(first)) + " Then more.", 1, "", "", ""},
		{"too long together", "The ministry raised its estimate on Monday. " + long + "end.", 1, "", "", ""},
		{"short paragraph, a sentence of it alone", "It rose. It fell.", 1, "", "Officials declined to comment.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sents := corpus.SplitSentences(c.context)
			p := corpus.Passage{Sentence: c.sentence, Text: sents[c.sentence-1], Context: c.context, After: c.after}
			cand := candidate{hit: index.Hit{Passage: p}, text: strings.TrimSpace(c.before + " " + p.Text)}
			if got := nextSentence(&cand); got != c.want {
				t.Errorf("nextSentence = %q, want %q", got, c.want)
			}
		})
	}
}

// TestClusterCarried: a sentence carried on after an excerpt is not shown
// again, alone, with a sentence before or after it, or nearly repeated by
// another outlet, and the paragraph that says it elsewhere is cited as
// also in; a paragraph that says only the first sentence is not, nor a
// near copy. In the excerpt's own paragraph, the sentence after it goes
// on the excerpt when all fit.
func TestClusterCarried(t *testing.T) {
	first, carried := "Akazawa said the banks would review the projects.", "So that still has to be worked out."
	passage := func(doc, context string) index.Hit {
		return index.Hit{Passage: corpus.Passage{Citation: corpus.Citation{DocID: doc, Paragraph: 1}, Context: context}}
	}
	cache := newAnalysisCache(8)
	cand := func(hit index.Hit, text string) candidate {
		return candidate{hit: hit, text: text, excerptAnalysis: cache.excerpt(text)}
	}
	shown := cand(passage("a", first+" "+carried), first)
	shown.carried = carried
	cases := []struct {
		name   string
		other  candidate
		alsoIn bool
	}{
		{"the sentence carried on, in another edition", cand(passage("b", first+" "+carried), carried), true},
		{"it with the sentence after it", cand(passage("b", carried+" Officials declined to say when."), carried+" Officials declined to say when."), true},
		{"it with the sentence before it", cand(passage("b", first+" "+carried), first+" "+carried), true},
		{"the same paragraph", cand(passage("a", first+" "+carried), carried), false},
		{"another outlet's near copy", cand(passage("c", "So that still has to be worked out, he said."), "So that still has to be worked out, he said."), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ex := cluster([]candidate{shown, c.other}, 3, true, false)
			if len(ex) != 1 || ex[0].Text != first+" "+carried {
				t.Fatalf("excerpts %+v, want the first with the sentence carried on, and no other", ex)
			}
			if got := len(ex[0].AlsoIn) == 1; got != c.alsoIn {
				t.Errorf("also in %+v, want cited: %v", ex[0].AlsoIn, c.alsoIn)
			}
		})
	}
}

// TestClusterCarriedGoesOn: the sentence carried on with the one after it,
// in the shown excerpt's own paragraph, makes the excerpt go on to that
// one when all three fit; when they do not, the pair is folded.
func TestClusterCarriedGoesOn(t *testing.T) {
	first, carried, after := "Akazawa said the banks would review the projects.", "So that still has to be worked out.", "That review found nothing."
	cache := newAnalysisCache(8)
	for _, c := range []struct {
		name, first, want string
	}{
		{"fits", first, first + " " + carried + " " + after},
		{"too long", strings.Repeat("Long words. ", 30) + first, strings.Repeat("Long words. ", 30) + first + " " + carried},
	} {
		t.Run(c.name, func(t *testing.T) {
			context := c.first + " " + carried + " " + after
			hit := index.Hit{Passage: corpus.Passage{Citation: corpus.Citation{DocID: "a", Paragraph: 1}, Context: context}}
			shown := candidate{hit: hit, text: c.first, carried: carried, excerptAnalysis: cache.excerpt(c.first)}
			pair := carried + " " + after
			other := candidate{hit: hit, text: pair, excerptAnalysis: cache.excerpt(pair)}
			ex := cluster([]candidate{shown, other}, 3, true, false)
			if len(ex) != 1 || ex[0].Text != c.want {
				t.Errorf("excerpts %+v, want one: %q", ex, c.want)
			}
		})
	}
}
