package bot

import "testing"

// TestNamesGovernment: a capital where news puts the one who acts names
// its government; after a preposition or a verb it names the city.
func TestNamesGovernment(t *testing.T) {
	wantTermFlag(t, "names its government", func(tm term) bool { return tm.government }, []termCase{
		{"When did Ottawa conclude the negotiations?", "ottawa", true},
		{"Who is leading Seoul's negotiators?", "seoul", true},
		{"What did Washington and Seoul sign?", "seoul", true},
		{"What day did Washington and New Delhi sign the pact?", "delhi", true},
		{"How much farm produce has Tokyo pledged to buy?", "tokyo", true},
		{"What goods Tokyo pledged to buy were listed?", "tokyo", true},
		{"Who hammered out the framework in Madrid?", "madrid", false},
		{"When will the president visit Beijing?", "beijing", false},
		{"Who took part in talks between Washington and Seoul?", "seoul", false},
		{"Who is the farm minister in Rome handling this?", "rome", false},
		{"When did Trump call off the talks?", "trump", false}, // no capital
	})
}

// TestSaysGovernment: the government a capital names is said by its
// country's noun, not by the adjective that says what the country
// makes; and a question that names the country too reads the capital
// as the city.
func TestSaysGovernment(t *testing.T) {
	q := parseQuestion("When did Ottawa conclude the negotiations?")
	q.expandMorphology()
	ottawa := &q.terms[0]
	if ottawa.word != "ottawa" || !ottawa.government {
		t.Fatalf("first term %+v; want ottawa naming its government", *ottawa)
	}
	wantSaid(t, "says Ottawa's government", ottawa.saysGovernment, map[string]bool{
		"Canada concluded the negotiations on Monday.":  true,
		"Canada's negotiators concluded the talks.":     true,
		"Canadian canola growers concluded the season.": false,
		"Chile concluded the negotiations on Monday.":   false,
	})
	q = parseQuestion("Why is Libreville pushing for the ore to be processed in Gabon?")
	q.expandMorphology()
	for _, tm := range q.terms {
		if tm.word == "libreville" && tm.government {
			t.Errorf("Libreville read as Gabon's government where the question names Gabon")
		}
	}
}
