package bot

import (
	"slices"
	"testing"
)

// TestIrregularFormSaysItsBase: an irregular inflection in a question is
// said by its base in a text ("were they paid" by "80% of their pay"),
// as a base is said by its irregular inflections ("lose" by "lost"), though
// the two share too few letters to be a family by spelling.
func TestIrregularFormSaysItsBase(t *testing.T) {
	for _, c := range []struct{ word, base string }{{"paid", "pay"}, {"sold", "sell"}, {"fought", "fight"}, {"lose", "lost"}} {
		q := parseQuestion("Who " + c.word + " it?")
		q.expandMorphology()
		i := slices.IndexFunc(q.terms, func(t term) bool { return t.word == c.word })
		if i < 0 {
			t.Fatalf("%q: no term %q", q.text, c.word)
		}
		if !slices.Contains(q.terms[i].variants, c.base) {
			t.Errorf("%q: variants %v; want %q", c.word, q.terms[i].variants, c.base)
		}
	}
}
