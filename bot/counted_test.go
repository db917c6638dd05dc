package bot

import "testing"

// TestCountsTheAskedThing: "how many nickel smelters are running" counts
// smelters, the head of what follows "how many"; an excerpt counts them
// when a number quantifies the word ("52 nickel smelters", "47 operating
// smelters"), not when it counts something else near it ("240 million
// tonnes of ore for the smelters").
func TestCountsTheAskedThing(t *testing.T) {
	for question, head := range map[string]string{
		"How many nickel smelters are running in Indonesia?": "smelters",
		"How many people work at the port?":                  "people",
		"How many jobs will the plant create?":               "jobs",
		"How much ore were miners allowed to dig?":           "ore",
		"How much does the fund cost?":                       "",
		"What is the quota?":                                 "",
	} {
		q := parseQuestion(question)
		got := ""
		if q.counted >= 0 {
			got = q.terms[q.counted].word
		}
		if got != head {
			t.Errorf("%q counts %q, want %q", question, got, head)
		}
	}
	q := parseQuestion("How many nickel smelters are running in Indonesia?")
	q.expandMorphology()
	cache := newAnalysisCache(16)
	for text, want := range map[string]bool{
		"Indonesia has 52 nickel smelters in operation, Kestrel says.":              true,
		"It has 47 operating smelters, the ministry said.":                          true,
		"The smelters will need 240 million tonnes of ore next year.":               false,
		"Smelter owners said the quota was too tight for the plants already built.": false,
	} {
		if got := countsTerm(&q.terms[q.counted], cache.excerpt(text)); got != want {
			t.Errorf("%q counts smelters: %v, want %v", text, got, want)
		}
	}
}

// TestGivesTheAmountOfTheAskedThing: "how much ore" is answered by an
// amount of ore ("220 million wet tonnes of ore").
func TestGivesTheAmountOfTheAskedThing(t *testing.T) {
	q := parseQuestion("How much ore were miners allowed to dig this year?")
	q.expandMorphology()
	cache := newAnalysisCache(16)
	for text, want := range map[string]bool{
		"The quota will be set at 220 million wet tonnes of ore, down from 272 million.": true,
		"Miners said ore prices rose 11% in the week to Thursday.":                       false,
	} {
		if got := countsTerm(&q.terms[q.counted], cache.excerpt(text)); got != want {
			t.Errorf("%q gives an amount of ore: %v, want %v", text, got, want)
		}
	}
}

// TestCountOfSomethingElse: a question of how many is answered by a count
// of the thing it asks about, in its words or a WordNet neighbour's, or of
// persons of any kind for "how many people", or by a number alone after
// the thing; not by a count of something else beside it, nor of persons
// of another kind.
func TestCountOfSomethingElse(t *testing.T) {
	cache := newAnalysisCache(16)
	const feed = "How many farmers have received the feed support?"
	for _, c := range []struct {
		question, text string
		counts         bool
	}{
		{"How many ships will the yard build?", "The yard will build 12 vessels a year for the navy.", true},
		{"How many Boeing planes is Vietjet getting?", "Vietjet has committed to take 40 Boeing 737 Max jets.", true},
		{"How many people were detained in the raid?", "They detained 475 workers, more than 300 of them Korean.", true},
		{"How many CEOs met Trump?", "Six chief executive officers met Trump in the Oval Office.", true},
		{"How many Tomahawks has Japan ordered?", "Tomahawk cruise missiles, of which Japan ordered 400 in 2024;", true},
		{"How many boardings were there a week in the second month?", "In the second month, boardings fell to six a week.", true},
		{feed, "The number of farmers who have received the feed support rose to 12,000 last week.", true},
		{feed, "Shrimp farmers paid so far: 12,000.", true},
		{"How many Chinese tourists visited Japan last year?", "Chinese tourists flocked to Japan last year. About 7.5 million came, the agency said.", true},
		{feed, "Farmers get $120 a month, the ministry said.", false},
		{feed, "Many farmers have yet to receive the feed support.", false},
		{feed, "Several farmers said they had received the feed support.", false},
		{feed, "Hundreds of farmers have received the feed support.", true},
		{feed, "Farmers with up to 10 acres of ponds get $120 a month for feed.", false},
		{feed, "Farmers on 400 small farms in the delta have had no payment.", false},
		{feed, "Farmers in 12 of the 30 provinces have received the feed support.", false},
		{feed, "Farmers received the feed support in 2024 and 2025.", false},
		{feed, "The scheme pays Rs 10 a kilo on feed for the next two crops to farmers with small ponds.", false},
		{feed, "Shrimp farmers get Rs 10 a kilo on feed.", false},
		{"How many textile jobs have been lost?", "He said 250,000 had lost their jobs since April.", true},
		{"How many US jobs could the rule bring back?", "The rule could bring back 30,000 assembly and parts jobs to the US.", true},
		// Persons of another kind.
		{feed, "The ministry paid the feed support to 475 workers at the mill.", false},
		{"How many dockers were detained at the port strike?", "Police detained 30 students at the port strike.", false},
		{"How many workers does the footwear industry employ?", "The plant's output rose by 400 tonnes in 2024.", false},
	} {
		q := parseQuestion(c.question)
		q.expandMorphology()
		if !q.countAsked {
			t.Fatalf("%q asks no count", c.question)
		}
		if got := q.countsThing(cache.excerpt(c.text)); got != c.counts {
			t.Errorf("%q counts what %q asks: %v, want %v", c.text, c.question, got, c.counts)
		}
	}
	for _, question := range []string{"How many times has Akazawa visited Washington?", "How many years will the quota last?", "How much ore was mined?", "How many euros will Brussels spend?", "How many tonnes of rice will Japan buy?"} {
		if q := parseQuestion(question); q.countAsked {
			t.Errorf("%q is read as asking a count of a thing", question)
		}
	}
}

// TestPersonsOfAnyKind: "people" and "individuals" stand for persons of
// any kind; farmers and workers are kinds of person.
func TestPersonsOfAnyKind(t *testing.T) {
	for word, want := range map[string]bool{"people": true, "persons": true, "individuals": true, "farmers": false, "workers": false, "ships": false} {
		if got := anyPerson(word); got != want {
			t.Errorf("anyPerson(%q) = %v, want %v", word, got, want)
		}
	}
}

// TestCountOfANeighbourRanks: for ranking, a count of a WordNet neighbour
// of the thing asked about counts it ("40 vessels" for "how many boats",
// "3 plants" for "how many factories"), but not a count of persons for
// persons of another kind ("380 workers" for "how many employees"),
// which ground reads for "how many people" alone.
func TestCountOfANeighbourRanks(t *testing.T) {
	cache := newAnalysisCache(16)
	for _, c := range []struct {
		question, text string
		want           bool
	}{
		{"How many boats fish for halibut?", "About 40 vessels fish for halibut.", true},
		{"How many factories will they build?", "They will build 3 plants.", true},
		{"How many packages arrive a day?", "About 4 million parcels arrive a day.", true},
		{"How many boats fish for halibut?", "About 62,000 jobs depend on halibut.", false},
		{"How many employees have been laid off?", "He said 380 workers remained on short-time work.", false},
	} {
		q := parseQuestion(c.question)
		q.expandMorphology()
		if got := countsTerm(&q.terms[q.counted], cache.excerpt(c.text)); got != c.want {
			t.Errorf("%q for %q: counts it %v, want %v", c.text, c.question, got, c.want)
		}
	}
}
