package bot

import "testing"

// TestPlaceKindAnsweredByName: "which country", "which US ports" ask for
// places of a kind, and a sentence says what they ask by naming one
// ("after France", "Savannah") that the question does not name; the
// kind's own word said of the story's place ("the country's best-known
// farm export"), a place the question names ("the United States" for
// "the US") and a place inside a longer name ("Mexico" in "New Mexico",
// a state) do not.
func TestPlaceKindAnsweredByName(t *testing.T) {
	cases := []struct {
		question, kind string
		names, not     []string
	}{
		{"Which country buys more Moroccan argan oil than the US?", "country",
			[]string{"The United States took 18% of Morocco's exports, making it the second-largest market after France."},
			[]string{"Argan oil now pays a 10% duty, the first time the country's best-known farm export has faced a tariff.", "The United States took 18% of Morocco's exports.", "Buyers in New Mexico took 18% of the exports."}},
		{"Which US ports take most of the ammonia cargoes?", "port",
			[]string{"Most cargoes are unloaded at Savannah."},
			[]string{"Most cargoes are unloaded at ports on the Gulf coast."}},
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		q.expandMorphology() // "Moroccan" is said by "Morocco", as when the bot asks
		i, kind := q.placeKindAsked()
		if i < 0 || kind != c.kind {
			t.Errorf("%q: asks for a place of kind %q (term %d), want %q", c.question, kind, i, c.kind)
			continue
		}
		for _, s := range c.names {
			if a := analyse(s); !q.namesPlaceOf(&a, kind) {
				t.Errorf("%q: %q names no %s", c.question, s, kind)
			}
		}
		for _, s := range c.not {
			if a := analyse(s); q.namesPlaceOf(&a, kind) {
				t.Errorf("%q: %q names a %s the question does not", c.question, s, kind)
			}
		}
	}
	q := parseQuestion("Which company buys the most argan oil?")
	if i, _ := q.placeKindAsked(); i >= 0 {
		t.Errorf("which company: asks for a place (term %d)", i)
	}
}
