package bot

import (
	"testing"

	"github.com/dealbot/dealbot/index"
)

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

// TestPlaceNamedAfterItsKind: a name that follows the kind's word names
// one of the kind ("the ports of Chornomorsk", "airports in Los
// Angeles"), though WordNet does not know it or knows it as another
// kind; a kind's word followed by no name ("three US states on
// Tuesday") or by the question's own ("ports in Ukraine") does not.
func TestPlaceNamedAfterItsKind(t *testing.T) {
	cases := []struct {
		question string
		names    []string
		not      []string
	}{
		{"Which Ukrainian ports does most of the oil leave from?",
			[]string{"Most of it was loaded at the Black Sea ports of Chornomorsk and Pivdennyi.", "Cargoes leave from ports including Izmail."},
			[]string{"Ukrainian ports were shelled twice in June.", "Oil leaves from ports in Ukraine."}},
		{"Which US airports turned the mango cargoes away?",
			[]string{"Officers refused 15 consignments at airports in Los Angeles and Atlanta."},
			[]string{"US airports turned back cargoes on Tuesday, May 20."}},
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		q.expandMorphology()
		i, _ := q.placeKindAsked()
		if i < 0 {
			t.Errorf("%q: asks for no place", c.question)
			continue
		}
		for _, s := range c.names {
			if a := analyse(s); !q.namedAfter(&q.terms[i], &a) {
				t.Errorf("%q: %q names none after the kind's word", c.question, s)
			}
		}
		for _, s := range c.not {
			if a := analyse(s); q.namedAfter(&q.terms[i], &a) {
				t.Errorf("%q: %q names one after the kind's word", c.question, s)
			}
		}
	}
}

// TestPlaceKindSaidButNoneNamed: a sentence that says the kind of place a
// "which X" question asks for but names none ("three US states") is no
// answer of the kind asked for, however much else of the question it
// says; one that names them is.
func TestPlaceKindSaidButNoneNamed(t *testing.T) {
	score := func(text string) float64 {
		q := weighed("Which US states got hit by Ontario's power surcharge?", 60, map[string]int{"states": 6, "ontario": 20, "power": 10, "surcharge": 15, "hit": 3})
		f := rank(&q, []index.Hit{sentenceHit("s", text, 2)}, newAnalysisCache(8))[0].features
		return f.kind + f.slot
	}
	if k := score("Ontario suspended its 25% surcharge on electricity exports to three US states on Tuesday, March 11, hours after President Trump said he would double his tariffs on Canadian steel and aluminum."); k != 0 {
		t.Errorf("kind and slot %.2f for three US states named by none; want 0", k)
	}
	if k := score("Ontario's power surcharge hit Michigan, Minnesota and New York."); k == 0 {
		t.Errorf("kind and slot 0 for the states named; want more")
	}
}
