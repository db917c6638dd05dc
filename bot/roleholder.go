package bot

// Stage 1 (parse), continued: a question of who holds a role it names.

import (
	"regexp"
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// whoIs opens a question of who someone is: "Who is …", "Who was …".
var whoIs = regexp.MustCompile(`^\W*who (is|was|are|were)\b`)

// asksRoleHolder reports whether the question asks who holds a role it
// names: "Who is the commerce secretary who chairs the committee?", "Who
// is the director of the steel users' group?". Its answer names the
// person; a sentence that says only the role ("chaired by the US commerce
// secretary") says the question's own words back, and is the closest the
// coverage comes. The role is any lower-case word of the question whose
// commonest sense is a person (wordnet.IsPerson), wherever it stands; the
// word is not lemmatised, so a plural role ("Who are the buyers?") is not
// found.
func (q *question) asksRoleHolder() bool {
	if q.kinds&kindPerson == 0 || !whoIs.MatchString(strings.ToLower(q.text)) {
		return false
	}
	for _, t := range q.terms {
		if !t.capital && wordnet.IsPerson(t.word) {
			return true
		}
	}
	return false
}
