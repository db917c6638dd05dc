package bot

import (
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestRoleHolderAsked: "who is the <role>" asks for the role's holder, the
// role being the head of the noun phrase after the determiner, as a
// lemma; a participle after the copula, or a person noun elsewhere in the
// question, is no such role.
func TestRoleHolderAsked(t *testing.T) {
	for text, want := range map[string]bool{
		"Who is the commerce secretary who chairs the investment committee?": true,
		"Who is Solenne's chief financial officer?":                          true,
		"Who are the buyers?":                                                    true,
		"Who is the director of the steel users' group?":                         true,
		"Who is funding the worker training scheme?":                             false,
		"Who was hurt most, the farmer or the exporter?":                         false,
		"Who is expected to replace the governor?":                               false,
		"Who is the company behind the bid?":                                     false,
		"Who chairs the federation?":                                             false,
		"Who is commerce secretary that chairs investment committee?":            true,
		"• Who is the *commerce secretary* who chairs the investment committee?": true,
		"Who is speaking for the exporters?":                                     false,
	} {
		if got := parseQuestion(text).role != ""; got != want {
			t.Errorf("%q: role asked %v, want %v", text, got, want)
		}
	}
}

// TestPersonNames: two capitalised words side by side anywhere in a
// sentence, at its start too, names someone, whether or not WordNet lists
// the person ("Jerome Powell"), with a function word or initials inside
// ("He Lifeng", "J.D. Vance"); not the question's own capitalised role, a
// surname alone, a surname beside a place across a comma, nor a name
// ending in a common noun (a group's, a day's, a paper's).
func TestPersonNames(t *testing.T) {
	q := parseQuestion("Who is the Commerce Secretary?")
	cache := newAnalysisCache(16)
	for text, want := range map[string]bool{
		"Park Jin-ho, the trade minister, said the committee would meet monthly.": true,
		"Howard Lutnick chairs the committee.":                                    true,
		"Federal Reserve Chair Jerome Powell said rates would hold.":              true,
		"Britain's Finance Minister Rachel Reeves spoke in London.":               true,
		"China's Vice Premier He Lifeng will lead the delegation.":                true,
		"Vice President J.D. Vance said the talks went well.":                     true,
		"Tran Quoc Hung, the trade minister, was more measured.":                  true,
		"The committee is chaired by Lutnick.":                                    false,
		"The committee is chaired by the Commerce Secretary.":                     false,
		"Projects will be chosen by a committee chaired by the secretary.":        false,
		"Speaking in Pohang, Ferrandi said the yard would hire.":                  false,
		"The Indonesian Nickel Smelters Association wants a review.":              false,
		"Last Monday, the committee met at the White House.":                      false,
		"He told the Financial Times the deal was done.":                          false,
	} {
		if got := len(q.personNames(cache.excerpt(text))) > 0; got != want {
			t.Errorf("names someone in %q: %v, want %v", text, got, want)
		}
	}
}

// TestRoleHolderNamedInTheRole: for "who is Hoshida's chief executive",
// a sentence that names someone in another role ("Chief Financial
// Officer Ayumi Kuroda") names no holder of the role asked about; one
// that names the chief executive does.
func TestRoleHolderNamedInTheRole(t *testing.T) {
	nameless := func(text string) bool {
		q := weighed("Who is Hoshida's chief executive?", 60, map[string]int{"hoshida": 10, "chief": 4, "executive": 3})
		return rank(&q, []index.Hit{sentenceHit("s", text, 2)}, newAnalysisCache(8))[0].nameless
	}
	if !nameless("Hoshida Chief Financial Officer Ayumi Kuroda said the tariff cost the company $300 million.") {
		t.Error("the chief financial officer named as the holder of the chief executive's role")
	}
	if nameless("Hoshida chief executive Kenji Mori said the tariff cost the company $300 million.") {
		t.Error("the chief executive named, read as naming nobody in the role")
	}
}
