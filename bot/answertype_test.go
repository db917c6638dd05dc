package bot

import "testing"

// TestWhoPrefersAName: for a question of who, an excerpt that names a
// person ("the Minister of Commerce, Helena Varga") scores its kind above
// one that names only a role ("to the minister").
func TestWhoPrefersAName(t *testing.T) {
	cache := newAnalysisCache(4)
	named := cache.excerpt("Any final measure needs the approval of the Minister of Commerce, Helena Varga.")
	role := cache.excerpt("The board expects to send its final recommendation to the minister in October.")
	if named.cues&kindName == 0 || role.cues&kindName != 0 {
		t.Fatalf("name cue: named %v, role %v", named.cues&kindName != 0, role.cues&kindName != 0)
	}
	if n, r := kindScore(kindPerson, named.cues, false), kindScore(kindPerson, role.cues, false); n <= r {
		t.Errorf("kind score: named %.2f, role only %.2f; want the name higher", n, r)
	}
}
