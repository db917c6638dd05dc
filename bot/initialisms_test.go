package bot

import (
	"slices"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

func TestInitialisms(t *testing.T) {
	got := initialisms(`Officials of the Liberal Democratic Party said the Bank of Japan and the European Union back most-favored-nation treatment. The deal holds.`)
	for _, want := range []corpus.Alias{
		{Name: "LDP", Meaning: "Liberal Democratic Party", Inferred: true},
		{Name: "BJ", Meaning: "Bank of Japan", Inferred: true},
		{Name: "EU", Meaning: "European Union", Inferred: true},
		{Name: "MFN", Meaning: "most-favored-nation", Inferred: true},
	} {
		if !slices.Contains(got, want) {
			t.Errorf("initialisms: no %+v in %+v", want, got)
		}
	}
	for _, a := range got {
		if a.Name == "OL" || a.Name == "TD" {
			t.Errorf("a sentence's first word is not part of a name: %+v", a)
		}

	}
}

func TestLearnAliasesInitialsOnlyForNamesNotDefined(t *testing.T) {
	got := learnAliases(`The Regional Transit Authority (RTA) hired William Chou, deputy director of the Hudson Institute.`)
	for _, a := range got {
		if a.Inferred && (a.Meaning == "Regional Transit Authority" || a.Meaning == "William Chou") {
			t.Errorf("initials for a name defined or a person: %+v", a)
		}
	}
	if !slices.Contains(got, corpus.Alias{Name: "HI", Meaning: "Hudson Institute", Inferred: true}) {
		t.Errorf("no initials for the Hudson Institute in %+v", got)
	}
}

// A country's two capitals opening an agency's name are spelt whole in
// its initials, meaning the name without them; the initials without them
// stay too. "U.S." does not end the sentence, and "US" alone is no name.
func TestInitialismsCountryPrefix(t *testing.T) {
	got := initialisms(`Officials at the US Trade Representative said so, and a ruling by the U.S. International Trade Commission is due. Exports to the US rose.`)
	for _, want := range []corpus.Alias{
		{Name: "USTR", Meaning: "Trade Representative", Inferred: true},
		{Name: "TR", Meaning: "Trade Representative", Inferred: true},
		{Name: "USITC", Meaning: "International Trade Commission", Inferred: true},
		{Name: "ITC", Meaning: "International Trade Commission", Inferred: true},
	} {
		if !slices.Contains(got, want) {
			t.Errorf("initialisms: no %+v in %+v", want, got)
		}
	}
	for _, a := range got {
		if a.Name == "US" || a.Name == "TC" {
			t.Errorf("initials of %q, not of a name: %+v", a.Meaning, a)
		}
	}
}
