package bot

// Stage 5 (score), continued: a thing of another owner. A possessive
// says whose thing a question asks about ("*India's* chief negotiator");
// a sentence that gives another owner's ("*Canada's* chief negotiator,
// Martin Obradovic") and never names the question's is about another
// thing, however many words they share. English news writes owners this
// way in any story.

import (
	"regexp"
	"slices"
	"strings"
)

// ownerPossessive finds a name's possessive and the word after it: "India's
// chief", "Hoshida’s chief".
var ownerPossessive = regexp.MustCompile(`\b(\p{Lu}[\p{L}\d.-]*)['’]s\s+([\p{L}-]+)`)

// otherOwner returns the owner a question names by its possessive
// ("India's chief negotiator") when a sentence gives the same thing
// under another name's possessive ("Canada's chief negotiator") and never
// says the question's owner (ms, how well it says each term), or nil.
func otherOwner(q *question, ms []float64, text string) []int {
	for _, m := range ownerPossessive.FindAllStringSubmatch(q.text, -1) {
		owner := q.termOf(m[1])
		thing := q.termOf(m[2])
		if owner < 0 || thing < 0 || ms[owner] > 0 || !q.terms[owner].capital {
			continue
		}
		for _, s := range ownerPossessive.FindAllStringSubmatch(text, -1) {
			if tks := tokenize(s[2]); !strings.EqualFold(s[1], m[1]) && len(tks) > 0 && q.terms[thing].matchToken(tks[0]) {
				return []int{owner}
			}
		}
	}
	return nil
}

// termOf returns the index of the question's term for a word as written,
// or -1.
func (q *question) termOf(w string) int {
	lw := strings.ToLower(w)
	return slices.IndexFunc(q.terms, func(t term) bool { return t.word == lw })
}
