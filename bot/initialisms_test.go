package bot

import (
	"slices"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// wantInitials checks that text's initialisms hold each of want, spelt
// as its initials and meaning its name, and none of the initials unwanted.
func wantInitials(t *testing.T, text string, want map[string]string, unwanted ...string) {
	t.Helper()
	got := initialisms(text)
	for name, meaning := range want {
		if !slices.Contains(got, corpus.Alias{Name: name, Meaning: meaning, Inferred: true}) {
			t.Errorf("initialisms: no %s for %q in %+v", name, meaning, got)
		}
	}
	for _, a := range got {
		if slices.Contains(unwanted, a.Name) {
			t.Errorf("initials of %q, not of a name: %+v", a.Meaning, a)
		}
	}
}

// A sentence's first word is not part of a name ("Officials", "The").
func TestInitialisms(t *testing.T) {
	wantInitials(t, `Officials of the Liberal Democratic Party said the Bank of Japan and the European Union back most-favored-nation treatment. The deal holds.`,
		map[string]string{"LDP": "Liberal Democratic Party", "BJ": "Bank of Japan", "EU": "European Union", "MFN": "most-favored-nation"},
		"OL", "TD")
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
	wantInitials(t, `Officials at the US Trade Representative said so, and a ruling by the U.S. International Trade Commission is due. Exports to the US rose.`,
		map[string]string{"USTR": "Trade Representative", "TR": "Trade Representative", "USITC": "International Trade Commission", "ITC": "International Trade Commission"},
		"US", "TC")
}
