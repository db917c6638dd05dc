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
// persons of any kind for "how many people"; a count of something else in
// a sentence that mentions the thing is no count of it.
func TestCountOfSomethingElse(t *testing.T) {
	cache := newAnalysisCache(16)
	for _, c := range []sentenceCase{
		{"How many ships will the yard build?", "The yard will build 12 vessels a year for the navy.", true},
		{"How many Boeing planes is Vietjet getting?", "Vietjet has committed to take 40 Boeing 737 Max jets.", true},
		{"How many people were detained in the raid?", "They detained 475 workers, more than 300 of them Korean.", true},
		{"How many Tomahawks has Japan ordered?", "Tomahawk cruise missiles, of which Japan ordered 400 in 2024;", true},
		{"How many farmers have received the feed support?", "Farmers with up to 10 acres of ponds get $120 a month for feed.", false},
		{"How many boardings were there a week in the second month?", "In the second month, boardings fell to six a week.", true},
		{"How many workers does the footwear industry employ?", "The plant's output rose by 400 tonnes in 2024.", false},
		{"How many farmers have received the feed support?", "Farmers on 400 small farms in the delta have had no payment.", false},
	} {
		q := parseQuestion(c.question)
		q.expandMorphology()
		if !q.countAsked {
			t.Fatalf("%q asks no count", c.question)
		}
		if got := countsThing(&q, cache.excerpt(c.text)); got != c.want {
			t.Errorf("%q counts what %q asks: %v, want %v", c.text, c.question, got, c.want)
		}
	}
	for _, question := range []string{"How many times has Akazawa visited Washington?", "How many years will the quota last?", "How much ore was mined?"} {
		if q := parseQuestion(question); q.countAsked {
			t.Errorf("%q is read as asking a count of a thing", question)
		}
	}
}
