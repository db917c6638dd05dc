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
