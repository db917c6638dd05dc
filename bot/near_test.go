package bot

import (
	"maps"
	"testing"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// TestNearStems: a word's neighbour stems are the stems of its WordNet
// neighbours, worked out once and shared; a word without neighbours has
// none.
func TestNearStems(t *testing.T) {
	for _, w := range []string{"boat", "decide", "vessels"} {
		want := map[string]bool{}
		for _, n := range wordnet.Neighbours(w) {
			want[stem(n)] = true
		}
		got := nearStems(w)
		if len(want) == 0 || !maps.Equal(got, want) {
			t.Errorf("nearStems(%q) = %v, want %v", w, got, want)
		}
		if !sameMap(nearStems(w), got) {
			t.Errorf("nearStems(%q) worked out twice", w)
		}
	}
	if got := nearStems("qzxv"); got != nil {
		t.Errorf("nearStems(%q) = %v, want none", "qzxv", got)
	}
}

// sameMap reports whether a and b are one map.
func sameMap(a, b map[string]bool) bool {
	a["\x00probe"] = true
	defer delete(a, "\x00probe")
	return b["\x00probe"]
}
