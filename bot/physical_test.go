package bot

import "testing"

// TestAbsentAbstractionIsNoMissingThing: a physical thing the coverage
// never names is a thing it lacks ("the tariff on motorcycles"), and so
// is a word WordNet does not know ("halloumi"); an abstraction it never
// says ("from weakness", "in its methodology", "on behalf of") is more
// likely said another way, so the question is not refused for it.
func TestAbsentAbstractionIsNoMissingThing(t *testing.T) {
	for question, want := range map[string]bool{
		"What tariff does Vestria charge on motorcycles?":                  true,
		"What tariff does Vestria charge on halloumi?":                     true,
		"Who signed the accord on behalf of the two governments?":          false,
		"Why is Vestria negotiating from weakness?":                        false,
		"What did the growers want Commerce to change in its methodology?": false,
	} {
		q := weighed(question, 40, map[string]int{"tariff": 6, "vestria": 10, "charge": 3, "signed": 3, "accord": 5, "governments": 4, "negotiating": 2, "growers": 4, "want": 3, "commerce": 8, "change": 3})
		if q.absent != want {
			t.Errorf("%q: absent %v, want %v", question, q.absent, want)
		}
	}
}

// TestAbsentAbstractionWeighsLikeAVerb: a question's abstraction the
// coverage never says ("concessions") weighs as little among what it asks
// as a verb it never uses, far less than a physical thing it never names
// ("motorcycles"): the coverage more likely says it another way.
func TestAbsentAbstractionWeighsLikeAVerb(t *testing.T) {
	counts := map[string]int{"vestria": 10, "offer": 3}
	abstract := weighed("What concessions did Vestria offer?", 40, counts)
	thing := weighed("What motorcycles did Vestria offer?", 40, counts)
	if abstract.unknown*2 > thing.unknown {
		t.Errorf("unknown weight %.2f for concessions, %.2f for motorcycles; want the abstraction at most half", abstract.unknown, thing.unknown)
	}
}
