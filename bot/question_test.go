package bot

import (
	"slices"
	"strings"
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
		{"Did Japan get a better deal than Korea?", map[string]bool{"deal": false}}, // the verb is "get", a stop word
		{"Will Korea get a lower rate?", map[string]bool{"rate": false, "lower": false}},
		{"What did the Cabinet Office slide say?", map[string]bool{"slide": false}},
		{"Can the US reimpose tariffs?", map[string]bool{"tariffs": false}},
		{"How do the two sides describe the fund differently?", map[string]bool{"sides": false}},
		{"What does the subsidy cost per job?", map[string]bool{"job": false}},
		{"Are the exporters taking the duty to court?", map[string]bool{"court": false}},
		{"How long does the interest subsidy on export credit run?", map[string]bool{"export": false}},
		{"What does a price rise do to the cost of an EV battery pack?", map[string]bool{"pack": false}},
		{"Does the company plan to expand?", map[string]bool{"expand": true}},
		{"What did a 5kg bag of rice cost at supermarkets in mid-July?", map[string]bool{"bag": false}},
		{"How long will it take to restock the rice reserve?", map[string]bool{"take": true, "reserve": false}},
		{"Did domestic coil prices go up after the duties?", map[string]bool{"coil": false}},
		{"When will the EU-Indonesia trade deal be signed?", map[string]bool{"deal": false}},
		{"Will Japan buy US rice?", map[string]bool{"buy": true}},
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
		{"How many factories have closed so far?", "far", false},
		{"How far have talks gone so far?", "talks", true},
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

// TestAttributionIsNoTerm: "according to" names who says it, not what
// the answer says; the source it names stays a term.
func TestAttributionIsNoTerm(t *testing.T) {
	q := parseQuestion("How many jobs were lost in 2024, according to the different reports?")
	for _, tm := range q.terms {
		if tm.word == "according" {
			t.Errorf("%q is a term", tm.word)
		}
	}
	q = parseQuestion("How many jobs were lost, according to the union?")
	if !slices.ContainsFunc(q.terms, func(tm term) bool { return tm.word == "union" }) {
		t.Errorf("the source named is no term: %+v", q.terms)
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

// TestPrepositionBeforeWhWord: a question may open with a preposition
// ("*From* what date …", "*On* which day …", "*To* whom …"); it asks
// for the same kind of answer, and what it names after the wh-word is
// still what it asks for, which the kind answers: a coverage that never
// writes "date" is not missing anything a date would say.
func TestPrepositionBeforeWhWord(t *testing.T) {
	for _, c := range []struct {
		question, focus string
		kind            kind
	}{
		{"From what date does the lower car tariff apply?", "date", kindTime},
		{"On which day was the deal signed?", "day", kindTime},
		{"In what year did the levy start?", "year", kindTime},
		{"In which port will the ships be built?", "port", 0},
		{"To whom did the ministry send the letter?", "", kindPerson},
	} {
		q := parseQuestion(c.question)
		if q.kinds&c.kind != c.kind {
			t.Errorf("%q: kinds %b, want %b among them", c.question, q.kinds, c.kind)
		}
		focus := ""
		if q.focus >= 0 {
			focus = q.terms[q.focus].word
		}
		if focus != c.focus {
			t.Errorf("%q: focus %q, want %q", c.question, focus, c.focus)
		}
	}
	q := parseQuestion("From what date does the lower car tariff apply?")
	q.weigh(40, map[string]int{"lower": 2, "car": 2, "tariff": 6, "apply": 1})
	if q.absent {
		t.Error("a coverage that never writes \"date\" is said to lack what the question names")
	}
}

// TestNegatedAuxiliaries: "didn't", "won't" and "doesn’t" read as the
// auxiliaries they negate: no word the coverage must say, a yes-or-no
// question when they open it, and the verb after their subject is the
// question's verb ("why didn't Korea *meet* …").
func TestNegatedAuxiliaries(t *testing.T) {
	for _, c := range []struct {
		question, verb string
		yesNo          bool
	}{
		{"Why didn't Korea meet the intervention test?", "meet", false},
		{"Won't the fund invest in chips?", "invest", true},
		{"Doesn’t Japan pay the tariff?", "pay", true},
		{"Can't the ministry delay the payment?", "delay", true},
	} {
		q := parseQuestion(c.question)
		if got := q.kinds&kindUncertain != 0; got != c.yesNo {
			t.Errorf("%q: read as a yes-or-no question: %v, want %v", c.question, got, c.yesNo)
		}
		for _, tm := range q.terms {
			if strings.ContainsAny(tm.word, "'’") {
				t.Errorf("%q: %q is a term", c.question, tm.word)
			}
			if tm.word == c.verb && !tm.verb {
				t.Errorf("%q: %q not read as its verb", c.question, tm.word)
			}
		}
	}
}

// TestWhereFromAsksForASource: "where will the money come from" asks for
// a source, which need not be a place ("interest on the reserves"); "where
// will the plant be built" asks for a place.
func TestWhereFromAsksForASource(t *testing.T) {
	for q, place := range map[string]bool{
		"Where is the money for the investments supposed to come from?": false,
		"Where will the funding come from?":                             false,
		"Where will the plant be built?":                                true,
	} {
		if got := parseQuestion(q).kinds&kindPlace != 0; got != place {
			t.Errorf("%q: asks for a place: %v, want %v", q, got, place)
		}
	}
}

// TestWhereALevelAsksForAFigure: "where did the won close", "where does
// the rate stand" ask where a figure stands, which a figure answers; "where
// does the senator stand on the deal" asks a stance, "where in the US does
// the fish end up" a place. The currency a level is quoted against is no
// currency a sum is asked in.
func TestWhereALevelAsksForAFigure(t *testing.T) {
	for question, level := range map[string]bool{
		"Where are arabica futures trading now?":                       true,
		"Where did the won trade against the dollar after the deal?":   true,
		"Where does La Molisana's rate stand after the revision?":      true,
		"Where did Nitrava Pneu's rate end up after the final ruling?": true,
		"Where does the senator stand on the deal?":                    false,
		"Where in the US does most of Iceland's fresh fish end up?":    false,
		"Where will the plant be built?":                               false,
		"Where was the new trade pact signed?":                         false,
		"Where, in the US, does the fish end up?":                      false,
	} {
		q := parseQuestion(question)
		if got := q.kinds&kindAmount != 0; got != level {
			t.Errorf("%q: asks for a figure: %v, want %v", question, got, level)
		}
		for _, tm := range q.terms {
			if tm.money {
				t.Errorf("%q: %q read as the currency a sum is asked in", question, tm.word)
			}
		}
	}
}

// TestHowLongLastsIsNoTerm: in a question of a length of time ("how
// long", "for how many years"), the verb "last" only says that one is
// asked; "last" before a noun is an adjective and a term.
func TestHowLongLastsIsNoTerm(t *testing.T) {
	for question, want := range map[string]bool{
		"How long does the agreement last?":          false,
		"How long is the ban meant to last?":         false,
		"How long does the deal last initially?":     false,
		"For how many years will the pact last?":     false,
		"How long did the last round of talks take?": true,
		"When does the truce last until?":            true,
	} {
		got := hasTerm(parseQuestion(question), "last")
		if got != want {
			t.Errorf("%q: \"last\" a term: %v, want %v", question, got, want)
		}
	}
}

// TestKindWordIsAnsweredByItsKind: the word that says what kind of figure
// a question wants ("what *percentage*", "what *date*") is said by any
// figure of that kind, so a coverage that never writes it lacks nothing:
// "90% of the profits" answers "what percentage of profits".
func TestKindWordIsAnsweredByItsKind(t *testing.T) {
	for question, counts := range map[string]map[string]int{
		"What percentage of profits goes to the US?":      {"profits": 3, "us": 20, "goes": 2},
		"From what date does the lower car tariff apply?": {"lower": 2, "car": 2, "tariff": 6, "apply": 1},
	} {
		q := parseQuestion(question)
		q.weigh(40, counts)
		if q.absent {
			t.Errorf("%q: said to name something the coverage lacks", question)
		}
		if u := q.unknownThings(); len(u) > 0 {
			t.Errorf("%q: %q read as a thing the coverage never mentions", question, q.terms[u[0]].word)
		}
	}
}

// TestLowerCaseUS: in a question typed all in lower case, "us" after
// "the", "on", "its" … is the country; elsewhere the pronoun.
func TestLowerCaseUS(t *testing.T) {
	for q, country := range map[string]bool{
		"what tariff does japan charge on us corn": true,
		"what is the cap under its us deal":        true,
		"can you tell us about the fund":           false,
		"What tariff does Japan charge on us?":     false,
	} {
		got := hasTerm(parseQuestion(q), "us")
		if got != country {
			t.Errorf("%q: us read as the country: %v, want %v", q, got, country)
		}
	}
}

// TestLowerCaseNamesAreKey: in a question typed all in lower case, a word
// no dictionary has ("ostra") is read as the name it would be with its
// capital: key content an answer must say.
func TestLowerCaseNamesAreKey(t *testing.T) {
	counts := map[string]int{"people": 5, "ostra": 1, "steel": 14, "employ": 4}
	for text, key := range map[string]bool{
		"how many people does ostra steel employ":  true,
		"How many people does Ostra Steel employ?": true,
		"How many people does ostra steel employ?": false,
	} {
		q := parseQuestion(text)
		q.weigh(60, counts)
		got := slices.ContainsFunc(q.key, func(i int) bool { return q.terms[i].word == "ostra" })
		if got != key {
			t.Errorf("%q: ostra key: %v, want %v", text, got, key)
		}
	}
}

// TestFocusAfterHyphenatedWord: a hyphenated word or a participle after
// "what" qualifies the noun after it, which is what the question asks for
// ("what anti-dumping *duty*", "what countervailing *duty*"); the focus
// had been no term at all.
func TestFocusAfterHyphenatedWord(t *testing.T) {
	for question, want := range map[string]string{
		"What anti-dumping duty do Ecuadorian shrimp exporters pay?": "duty",
		"What long-term target did the ministry set?":                "target",
		"What duty do Ecuadorian shrimp exporters pay?":              "duty",
		"What countervailing duty applies to the bikes?":             "duty",
		"What proposed fee worries shippers?":                        "fee",
	} {
		q := parseQuestion(question)
		if q.focus < 0 || q.terms[q.focus].word != want {
			t.Errorf("%q: focus %d, want the term %q", question, q.focus, want)
		}
	}
}

// TestFocusAfterQualifiers: in "what is the … of" the noun that ends the
// phrase before its preposition is what the question asks for, whatever
// qualifies it ("the new US *tariff* on Swiss goods"); the focus had been
// no term at all. Not the subject of another verb ("what did US
// refiners make of"), nor a verb form.
func TestFocusAfterQualifiers(t *testing.T) {
	for question, want := range map[string]string{
		"What's the new US tariff on Swiss goods?":            "tariff",
		"What is the current export quota for sugar?":         "quota",
		"What was the all-in duty on Canadian lumber?":        "duty",
		"What did US cane refiners make of the decision?":     "",
		"What is the EU doing about the steel quota?":         "",
		"What's the tariff on Swiss goods?":                   "tariff",
		"What were Swiss exports worth in the first quarter?": "",
	} {
		q := parseQuestion(question)
		got := ""
		if q.focus >= 0 {
			got = q.terms[q.focus].word
		}
		if got != want {
			t.Errorf("%q: focus %q, want %q", question, got, want)
		}
	}
}

// TestEventNounIsNoThing: a noun made of a multi-word verb ("shutdown":
// shut down) names an event, which a text tells in verbs of its own ("the
// plant halted production"): a coverage that never writes the noun may
// still report the event, so it is no thing the coverage is known to lack.
func TestEventNounIsNoThing(t *testing.T) {
	q := parseQuestion("How many staff were hit by the Veltra shutdown?")
	q.expandMorphology()
	q.weigh(40, map[string]int{"staff": 2, "hit": 1, "veltra": 5})
	for _, u := range q.unknownThings() {
		if w := q.terms[u].word; w == "shutdown" {
			t.Errorf("%q read as a thing the coverage never mentions", w)
		}
	}
}

// TestFigureNamedIsNoFigureAsked: a question whose first word names the
// kind of answer it asks for (who, why, when, where) asks for no figure
// by a figure it names ("why did the cost estimate go up"), only by a
// "how" that asks for one.
func TestFigureNamedIsNoFigureAsked(t *testing.T) {
	for q, want := range map[string]bool{
		"Why did the cost estimate go up after the summit?":          false,
		"When was the $600 billion figure announced?":                false,
		"Who briefed Ghanaian MPs on the tariff's cost?":             false,
		"Why did the number of declarants jump so much?":             false,
		"Who decides how much of the duty-free quota is still left?": true,
		"Where did growers rally, and how many showed up?":           true,
		"What is the cost of the programme?":                         true,
		"How much is the fund worth?":                                true,
		"Who owns what share of the joint venture?":                  true,
	} {
		checkAsks(t, q, kindAmount|kindCount|kindPercent, "a figure", want)
	}
}

// TestSayAboutAFigureAsksAQuote: a question of what someone said about
// a figure asks for what was said, not for the figure, unless a "how"
// asks for one too.
func TestSayAboutAFigureAsksAQuote(t *testing.T) {
	for q, want := range map[string]bool{
		"What did Trump say about the size of the pledge?":                  true,
		"What did Dale Hartwig say about Brazil's 500 million liter offer?": true,
		"What did the minister say about how much aid farmers get?":         false,
		"What is the size of the pledge?":                                   false,
	} {
		checkAsks(t, q, kindQuote, "a quotation", want)
	}
}

// TestListNamedIsNoListAsked: a list a question names is what it is
// about ("how many lines are on the exemption list"); a question of
// "which" or "what goods", or a request to list, asks for one.
func TestListNamedIsNoListAsked(t *testing.T) {
	for q, want := range map[string]bool{
		"How many product lines are on the zero-tariff list now?":          false,
		"Why were some cheeses taken off the list?":                        false,
		"Has Washington agreed to add rose oil to the exemption list yet?": false,
		"Which products are on the final list?":                            true,
		"What goods are covered?":                                          true,
		"List the goods the tariff covers.":                                true,
	} {
		checkAsks(t, q, kindList, "a list", want)
	}
}
