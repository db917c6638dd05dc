package bot

import "testing"

// TestWhoPrefersAName: for a question of who, an excerpt that names a
// person ("the Minister of Commerce, Helena Varga") scores its kind above
// one that names only a role ("to the minister").
func TestWhoPrefersAName(t *testing.T) {
	cache := newAnalysisCache(4)
	named := cache.excerpt("Any final measure needs the approval of the Minister of Commerce, Helena Varga.")
	role := cache.excerpt("The board expects to send its final recommendation to the minister in October.")
	if named.holds(kindName) == 0 || role.holds(kindName) != 0 {
		t.Fatalf("name cue: named %v, role %v", named.holds(kindName) != 0, role.holds(kindName) != 0)
	}
	if n, r := kindScore(kindPerson, named.holds(scoredCues(kindPerson)), false), kindScore(kindPerson, role.holds(scoredCues(kindPerson)), false); n <= r {
		t.Errorf("kind score: named %.2f, role only %.2f; want the name higher", n, r)
	}
}
