package bot

import "testing"

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

// TestNamesSomeone: two capitalised words anywhere in a sentence, at its
// start too; not the question's own capitalised role, nor a surname alone.
func TestNamesSomeone(t *testing.T) {
	q := parseQuestion("Who is the Commerce Secretary?")
	for text, want := range map[string]bool{
		"Park Jin-ho, the trade minister, said the committee would meet monthly.": true,
		"Howard Lutnick chairs the committee.":                                    true,
		"The committee is chaired by Lutnick.":                                    false,
		"The committee is chaired by the Commerce Secretary.":                     false,
		"Projects will be chosen by a committee chaired by the secretary.":        false,
	} {
		a := analyseConcepts(text)
		if got := len(q.personNames(&a)) > 0; got != want {
			t.Errorf("names someone in %q: %v, want %v", text, got, want)
		}
	}
}
