package bot_test

import (
	"strings"
	"testing"
)

// TestFigureOfAnotherKind: a figure for the thing a question asks about,
// in a paragraph on another kind of it ("the sector employs 2.8 million
// workers", about textiles), is at best the closest the coverage comes
// to the footwear industry's, which another paragraph names; asked of
// the kind the paragraph is about, it is the answer.
func TestFigureOfAnotherKind(t *testing.T) {
	doc := article("Wire One", "2026-08-04", "Vietnam's exporters react", `The Vietnam Footwear Association said footwear makers had hoped for a rate closer to 15%.

Textile exports to the US were worth $16.7 billion last year. The textile industry employs about 2.8 million workers.

Seafood processors said the 20% rate would cut their margins.

Furniture makers said US buyers had delayed orders since April.

Electronics assemblers said they would keep their US prices.
`)
	b := docsBot(t, map[string]string{"react.md": doc})
	a := ask(t, b, "How many workers does Vietnam's footwear industry employ?")
	if a.Covered && !a.Partial {
		t.Errorf("answered in full from %+v; the workers counted are the textile industry's", a.Excerpts)
	}
	a = ask(t, b, "How many workers does Vietnam's textile industry employ?")
	if !a.Covered || a.Partial || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "2.8 million workers") {
		t.Errorf("covered %v, partial %v, excerpts %+v; want the textile industry's workers in full", a.Covered, a.Partial, a.Excerpts)
	}
}
