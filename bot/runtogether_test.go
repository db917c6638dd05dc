package bot

import (
	"slices"
	"testing"
)

// TestCaseBoundaries: a word as typed changes case once where two words
// run together; a name's inner capital or a word in one case is no
// boundary.
func TestCaseBoundaries(t *testing.T) {
	for typed, want := range map[string][]int{
		"runsSolenne": {4},
		"GSSCadvise":  {3, 4},
		"JBICLoans":   {4, 5},
		"theJBIC":     {3},
		"Japanese":    nil,
		"JBIC":        nil,
		"whattariff":  nil,
		"McDonald":    nil, // a name's prefix
		"DeSantis":    nil,
		"McDonaldVs":  nil, // two changes
		"aB":          nil, // too short a part
	} {
		if got := caseBoundaries(typed); !slices.Equal(got, want) {
			t.Errorf("caseBoundaries(%q) = %v, want %v", typed, got, want)
		}
	}
}
