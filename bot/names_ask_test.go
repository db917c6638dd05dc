package bot_test

import (
	"testing"
)

// TestOtherNamesOfPlaces: one outlet writes "Britain" and "American
// beef", a reader asks about "the UK" and "US beef"; another writes
// "Myanmar", a reader says "Burma". A country's other names (WordNet's)
// and their adjectives say it.
func TestOtherNamesOfPlaces(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Beef and rice", `Britain agreed to cut its tariff on American beef to 10%, the trade department said.

Myanmar will export 300,000 tonnes of rice to the Philippines this year.
`)
	b := docsBot(t, map[string]string{"doc.md": doc})
	wantFirst(t, b, map[string]string{
		"What will the UK charge on US beef?":   "10%",
		"How much rice will Burma export?":      "300,000 tonnes",
		"What did Great Britain agree on beef?": "10%",
	})
}

// TestNamesWithoutDiacritics: a reader types "Hurlimann" and "Sao Paulo"
// for "Hürlimann" and "São Paulo", and the other way round: letters are
// folded to ASCII in the index and in the ranking alike.
func TestNamesWithoutDiacritics(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Swiss exporters", `"Our members are being asked to pay a penalty," said Daniel Hürlimann, Swissmem's director.

Exports from Sao Paulo rose 12% in the third quarter, the ministry said.
`)
	b := docsBot(t, map[string]string{"doc.md": doc})
	wantFirst(t, b, map[string]string{
		"What did Hurlimann say?":                   "penalty",
		"How much did exports from São Paulo rise?": "12%",
	})
}

// TestHonorificsAndTitles: a reader writes "Mr Akazawa" or "Ambassador
// Greer" where the coverage writes "Akazawa" or "Trade Representative
// Jamieson Greer". An honorific is a function word; a title (a noun
// WordNet files under people) before a name is no name the coverage must
// write; a surname the coverage never writes still is.
func TestHonorificsAndTitles(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Talks", `Akazawa said the talks would resume next week in Washington.

Trade Representative Jamieson Greer said tariffs would stay.
`)
	b := docsBot(t, map[string]string{"doc.md": doc})
	wantFirst(t, b, map[string]string{
		"What did Mr Akazawa say?":       "resume next week",
		"What did Ms. Greer say?":        "tariffs would stay",
		"What did Ambassador Greer say?": "tariffs would stay",
	})
	if a := ask(t, b, "What did Ambassador Smith say?"); a.Covered {
		t.Errorf("a question on Smith, whom the coverage never names, is answered: %+v", a.Excerpts)
	}
}

// TestMisspeltNames: a name typed a letter or two off ("Akazwa") is read
// as the coverage's name nearest to it, and the answer says so, as the
// name is written; a name no coverage word is near is still refused.
func TestMisspeltNames(t *testing.T) {
	b := docsBot(t, map[string]string{"doc.md": article("Wire One", "2026-03-04", "Talks", `Akazawa's team said the talks would resume next week in Washington.

Commerce Secretary Howard Lutnick said the US would pick the projects.
`)})
	wantFirst(t, b, map[string]string{
		"What did Akazwa's team say?":             "resume next week",
		"What did Lutnik say about the projects?": "pick the projects",
	})
	if a := ask(t, b, "What did Akazwa's team say?"); a.Note != "Read “Akazwa” as “Akazawa”." {
		t.Errorf("note %q, want the slip said as written", a.Note)
	}
	if a := ask(t, b, "How many Airbus planes will Japan buy?"); a.Covered {
		t.Errorf("a question on Airbus, which the coverage never names, is answered: %+v", a.Excerpts)
	}
}
