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

// owned is a thing a question names by its owner's possessive, as term
// indices: "*India's* chief *negotiator*".
type owned struct{ owner, thing int }

// ownersAsked returns the things a question names by a name's
// possessive ("India's chief negotiator").
func (q *question) ownersAsked() []owned {
	var out []owned
	for _, m := range ownerPossessive.FindAllStringSubmatch(q.text, -1) {
		owner, thing := q.termOf(m[1]), q.termOf(m[2])
		if owner >= 0 && thing >= 0 && q.terms[owner].capital {
			out = append(out, owned{owner, thing})
		}
	}
	return out
}

// otherOwner returns the owner a question names by its possessive
// (owners, see ownersAsked) when a sentence gives the same thing under
// another name's possessive ("Canada's chief negotiator") and never says
// the question's owner (ms, how well it says each term), or nil.
func otherOwner(q *question, owners []owned, ms []float64, text string) []int {
	for _, o := range owners {
		if ms[o.owner] > 0 {
			continue
		}
		for _, s := range ownerPossessive.FindAllStringSubmatch(text, -1) {
			if tks := tokenize(s[2]); len(tks) > 0 && q.terms[o.thing].matchToken(tks[0]) && !strings.EqualFold(s[1], q.terms[o.owner].word) {
				return []int{o.owner}
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
