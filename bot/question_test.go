package bot

import (
	"slices"
	"testing"
)

// TestQuestionVerbs: which words of a question are read as verbs, from
// WordNet and the question's grammar, not from their endings.
func TestQuestionVerbs(t *testing.T) {
	for _, c := range []struct {
		question string
		verbs    map[string]bool // term → read as a verb
	}{
		{"How much water is the plant allowed to take daily?", map[string]bool{"take": true, "water": false, "plant": false}},
		{"Does the rule apply to imports?", map[string]bool{"imports": false}},
		{"Will the two countries cooperate?", map[string]bool{"cooperate": true, "countries": false}},
		{"Will recycled sewage be added to the supply?", map[string]bool{"sewage": false}},
		{"Will the desalination plant have enough power?", map[string]bool{"plant": false}},
	} {
		q := parseQuestion(c.question)
		for _, tm := range q.terms {
			if want, ok := c.verbs[tm.word]; ok && tm.verb != want {
				t.Errorf("%q: %q read as a verb: %v, want %v", c.question, tm.word, tm.verb, want)
			}
		}
	}
}

// TestTerseQuestionKeepsItsIndexes: a terse question drops its filler
// words ("latest", "update") after it is read; what refers to its terms by
// index (the focus, the objects, each term's previous one) still points
// at a term, the same one.
func TestTerseQuestionKeepsItsIndexes(t *testing.T) {
	for _, text := range []string{"latest on steel tariffs", "update on auto tariffs", "news on the fund"} {
		q := parseQuestion(text)
		n := len(q.terms)
		if q.focus >= n {
			t.Errorf("%q: focus %d of %d terms", text, q.focus, n)
		}
		for _, obj := range q.objects {
			for _, i := range obj {
				if i < 0 || i >= n {
					t.Errorf("%q: object term %d of %d", text, i, n)
				}
			}
		}
		for i, tm := range q.terms {
			if tm.prev >= n || tm.prev >= i {
				t.Errorf("%q: term %q's previous is %d of %d", text, tm.word, tm.prev, n)
			}
		}
	}
}

// TestHowWordsAskForKind: the adjective after "how" says what kind of
// answer a question wants ("how *far*", "how *long*"), not what it is
// about, so it is no term to match; a word of quantity stays, since a
// figure says it ("how *big*": "$400 billion"), and so does an adjective
// before its noun ("how *foreign* investors reacted").
func TestHowWordsAskForKind(t *testing.T) {
	for _, c := range []struct {
		question string
		word     string
		term     bool
	}{
		{"How far below normal has rainfall been?", "far", false},
		{"How long are the curbs expected to last?", "long", false},
		{"How often does the committee meet?", "often", false},
		{"How big is the fund?", "big", true},
		{"How much steel is covered?", "steel", true},
		{"Is the border far from the port?", "far", true},
		{"Explain how gold prices moved after the deal.", "gold", true},
		{"How foreign investors reacted to the levy", "foreign", true},
		{"How far?", "far", false},
	} {
		t.Run(c.question, func(t *testing.T) {
			q := parseQuestion(c.question)
			found := slices.ContainsFunc(q.terms, func(tm term) bool { return tm.word == c.word })
			if found != c.term {
				t.Errorf("%q is a term: %v, want %v", c.word, found, c.term)
			}
		})
	}
}

// TestSubjectQuestionVerbs: in a question whose wh-word is its subject
// the verb has no auxiliary before it; it is read as a verb, never as a
// thing the coverage must name.
func TestSubjectQuestionVerbs(t *testing.T) {
	for q, want := range map[string]string{
		"Who runs the SMF?":                                              "runs",
		"Who chairs the smelter owners' group?":                          "chairs",
		"Which port gets the grant?":                                     "gets",
		"Which member states want an impact study?":                      "want",
		"Which Japanese bodies vet the projects?":                        "vet",
		"What's Japan's annual target for buying US military equipment?": "",
		"Which battery type needs no nickel?":                            "needs",
		"What share of the profits does the US get?":                     "get",
		"Which trawler did the coastguard detain?":                       "detain",
		"What tariff do Japanese cars pay now?":                          "pay",
	} {
		got := map[string]bool{}
		for _, tm := range parseQuestion(q).terms {
			got[tm.word] = tm.verb
		}
		for w, verb := range got {
			if verb != (w == want) {
				t.Errorf("%q: %q read as a verb: %v", q, w, verb)
			}
		}
	}
}

// TestVerbAfterAuxiliary: the verb after an auxiliary is the word the
// tagged corpus uses mostly as a verb, after the subject: not a name at
// the end ("Kaldmark"), a noun before a preposition ("tariff on"), or a
// noun used as a modifier ("watch shipments").
func TestVerbAfterAuxiliary(t *testing.T) {
	for q, want := range map[string]string{
		"What did Vestria offer Kaldmark before the walkout?":              "offer",
		"When did the higher reciprocal tariff on Indian seafood kick in?": "kick",
		"How many fishing trips will carry observers?":                     "carry",
		"How far did watch shipments to America drop in September?":        "drop",
		"How long will the definitive safeguard stay in force?":            "stay",
		"What chip tariff does Taiwan face in the US?":                     "face",
		"Could other countries get a deal like Japan's?":                   "",
		"Which goods might face new tariffs soon?":                         "face",
		"Which institutions will vet the investment projects?":             "vet",
	} {
		for _, tm := range parseQuestion(q).terms {
			if tm.verb != (tm.word == want) {
				t.Errorf("%q: %q read as a verb: %v", q, tm.word, tm.verb)
			}
		}
	}
	for _, tm := range parseQuestion("How many firms have signed up for Alaska gas so far?").terms {
		if tm.word == "far" && tm.thing() {
			t.Error(`"so far": far read as a thing the coverage must name`)
		}
	}
}

// TestParticiples: a participle after a form of "have" or "be" is a verb,
// irregular ones too ("have lost", "were paid"), never a thing the
// coverage must name.
func TestParticiples(t *testing.T) {
	for q, want := range map[string]string{
		"How many Vestrian skippers have lost their fishing licences?": "lost",
		"How much of the grant has been paid out so far?":              "paid",
		"Can magnets still be sold to the military?":                   "sold",
		"How many staff were hit by the Veltra shutdown?":              "hit",
	} {
		for _, tm := range parseQuestion(q).terms {
			if tm.word == want && (!tm.verb || tm.thing()) {
				t.Errorf("%q: %q not read as a verb", q, want)
			}
		}
	}
	if irregularVerbForm("water") || !irregularVerbForm("lost") {
		t.Error("irregularVerbForm: want lost (of lose), not water")
	}
}

// TestPrepositionalIdioms: the word of an idiom made of a preposition and
// a word ("under fire", "in force") is no thing the question asks about.
func TestPrepositionalIdioms(t *testing.T) {
	for q, w := range map[string]string{
		"Why is the prime minister under fire?":                 "fire",
		"How long will the definitive safeguard stay in force?": "force",
	} {
		for _, tm := range parseQuestion(q).terms {
			if tm.word == w && tm.thing() {
				t.Errorf("%q: %q read as a thing the coverage must name", q, w)
			}
		}
	}
}

// TestQuestionReadingReview: readings a review found wrong. A noun before
// a preposition is no verb ("what price cap on"), nor the first noun of
// a subject after a modal ("will rice exports face"), nor a noun before
// "of" ("Korea's share of"); a plural is a thing
// ("pharmaceuticals"), and a participle qualifying a noun after "is" is
// no verb ("is ground beef").
func TestQuestionReadingReview(t *testing.T) {
	for _, c := range []struct {
		q, verb string
		things  []string
	}{
		{"What price cap on Russian oil?", "", []string{"cap"}},
		{"What tariff rate for Japanese cars?", "", []string{"rate"}},
		{"What tariff will rice exports face?", "face", []string{"rice"}},
		{"Did Korea's share of exports rise?", "rise", []string{"share"}},
		{"What are the tariffs on pharmaceuticals?", "", []string{"pharmaceuticals"}},
		{"What is the tariff on Brazilian coffee?", "", []string{"brazilian", "coffee"}},
		{"Is ground beef covered by the quota?", "", []string{"beef"}},
		{"Which port gets the grant?", "gets", []string{"port"}},
	} {
		q := parseQuestion(c.q)
		for _, tm := range q.terms {
			if tm.verb != (tm.word == c.verb) {
				t.Errorf("%q: %q read as a verb: %v", c.q, tm.word, tm.verb)
			}
			if slices.Contains(c.things, tm.word) && !tm.thing() {
				t.Errorf("%q: %q not read as a thing", c.q, tm.word)
			}
		}
	}
}

// TestNoParticipleBeforeANoun: after "have" a base form is as often a
// noun ("have work permits", "have support from").
func TestNoParticipleBeforeANoun(t *testing.T) {
	for q, w := range map[string]string{
		"Which shipyards have repair contracts?":         "repair",
		"Do exporters have support from the government?": "support",
	} {
		for _, tm := range parseQuestion(q).terms {
			if tm.word == w && tm.verb {
				t.Errorf("%q: %q read as a verb", q, w)
			}
		}
	}
}
