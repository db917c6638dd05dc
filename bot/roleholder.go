package bot

// Stage 1 (parse), continued: a question of who holds a role it names,
// and whether a passage names anyone.

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// whoIs opens a question of who someone is: "Who is …", "Who was …",
// and the determiner or possessive after it, if any ("the", "a",
// "Solenne's").
var whoIs = regexp.MustCompile(`^\W*who (?:is|was|are|were) ((?:the |an? |\S+['’]s )?)`)

// roleHolderAsked returns the role a question, in lower case, asks the
// holder of, as it writes it, or "": "commerce secretary" for "Who is the
// commerce secretary who chairs the committee?", "chief financial
// officer" for "Who is Solenne's chief financial officer?", "buyers" for
// "Who are the buyers?". Its answer names the person; a sentence that
// says only the role ("chaired by the US commerce secretary") says the
// question's own words back, and is the closest the coverage comes (see
// candidate.nameless). The role is the noun phrase after "who is" and its
// determiner, if any, up to a function word ("Who is commerce secretary
// that chairs …" too), whose head's commonest sense, as its lemma, is a
// person (wordnet.IsPerson). "Who are the commerce secretary's advisers?"
// asks for the advisers; "Who is the company behind the bid?" for no
// person.
func roleHolderAsked(lower string) string {
	m := whoIs.FindStringSubmatchIndex(lower)
	if m == nil {
		return ""
	}
	var phrase []string
	for i, w := range strings.Fields(lower[m[1]:]) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) // "*commerce", "secretary?"
		if w == "" || stopwords[w] {
			break
		}
		if i == 0 && m[2] == m[3] && (verbForm(w) || wordnet.MostlyVerb(w)) {
			return "" // no determiner, and a participle or verb follows: "Who is funding …", "Who was hurt …"
		}
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			phrase = phrase[:0] // "the commerce secretary's advisers": the role is what follows
			continue
		}
		phrase = append(phrase, w)
	}
	if len(phrase) == 0 || !wordnet.IsPerson(wordnet.Lemma(phrase[len(phrase)-1])) {
		return ""
	}
	return strings.Join(phrase, " ")
}

// roleHead returns the term of the role's head noun ("executive" of
// "chief executive"), or -1.
func (q *question) roleHead() int {
	ws := strings.Fields(q.role)
	if len(ws) == 0 {
		return -1
	}
	return slices.IndexFunc(q.terms, func(t term) bool { return t.word == ws[len(ws)-1] })
}
