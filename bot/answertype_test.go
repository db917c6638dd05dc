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

// TestNegationAnswersYesNo: a yes-or-no question is answered by a
// sentence that denies it ("nothing had been put in writing") as well as
// by one that says it is unsettled, so both carry the kind it asks for; a
// plain statement does not.
func TestNegationAnswersYesNo(t *testing.T) {
	a := newAnalysisCache(8)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Officials added that nothing had been put in writing.", true},
		{"The port has not signed a contract with the dredging firm.", true},
		{"The port hasn't signed it.", true},
		{"No contract exists.", true},
		{"Breaches cannot lead to sanctions.", true},
		{"Whether the port will sign remains unclear.", true},
		{"The port signed a contract with the dredging firm.", false},
	} {
		e := a.excerpt(c.text)
		if got := e.holds(kindUncertain) != 0; got != c.want {
			t.Errorf("%q: holds a yes-or-no answer %v, want %v", c.text, got, c.want)
		}
	}
	if s := kindScore(kindUncertain, kindUncertain, false); s != wYesNoHedge {
		t.Errorf("kind score of a denial %.1f, want %.1f", s, wYesNoHedge)
	}
}

// TestHowLongIsAsksForALength: "how long is X" asks for the length of a
// thing or the time of an event, and a distance answers it; "how long
// will X last" asks for a time only.
func TestHowLongIsAsksForALength(t *testing.T) {
	a := newAnalysisCache(8)
	pipe := a.excerpt("The gas would travel 800 miles by pipeline to the coast.")
	q := parseQuestion("How long is the pipeline?")
	if q.kinds&kindDuration == 0 || q.kinds&kindAmount == 0 || !states(q.needs, pipe) {
		t.Errorf("how long is: kinds %b, needs %b, a distance answers it %v; want a time or a length", q.kinds, q.needs, states(q.needs, pipe))
	}
	last := parseQuestion("How long will the strike last?")
	if last.kinds&kindAmount != 0 || states(last.needs, pipe) {
		t.Errorf("how long will it last: kinds %b; want a time only", last.kinds)
	}
}
