package bot

// Stage 5 (score), continued: who holds the role. "Who chairs the
// smelter owners' group?" is answered by "said Dewi Anggraini, INSA's
// chairwoman", which names a person beside the word for what she is, and
// not by "The Indonesian Nickel Smelters Association (INSA) estimates
// …", which says more of the question's words but names only the group.

import (
	"slices"
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// holderWindow is how many words from a word for who holds a role the
// holder's name may stand: "Dewi Anggraini, INSA's chairwoman", "SUA
// director Priya Okonjo".
const holderWindow = 4

// asksHolder reports whether a question asks who is in charge of
// something or who holds a role: "who chairs …", "who is the director of
// …" (see expandInCharge and roleHolderAsked).
func (q *question) asksHolder() bool {
	return q.role != "" || slices.ContainsFunc(q.terms, func(t term) bool { return t.inCharge })
}

// namesHolder reports whether a text names someone, in words the
// question does not use, within holderWindow words of a word for who is
// in charge (wordnet.ChargeWords, a person's), of the role asked, or of
// a word for a person that says one of the question's words.
func (q *question) namesHolder(a *analysed) bool {
	role := strings.Fields(strings.ToLower(q.role))
	var roles, names []int
	for j, tk := range a.toks {
		switch {
		case slices.Contains(role, tk.word) || wordnet.IsPerson(tk.form) && (slices.Contains(wordnet.ChargeWords(), tk.form) || slices.ContainsFunc(q.terms, func(t term) bool { return t.matchToken(tk) })):
			// "chairwoman", a title ("Commerce *Minister* Helena
			// Varga"), or who does what the question names: "the EU's
			// chief *negotiator*" for "who led the negotiations".
			roles = append(roles, j)
		case tk.capital && !tk.stop && !tk.upper && !slices.ContainsFunc(q.terms, func(t term) bool { return t.matchToken(tk) }):
			names = append(names, j)
		}
	}
	for _, r := range roles {
		for k, n := range names {
			// A name is two capitalised words side by side, or one
			// right after a title: "Prime Minister Takaichi".
			if n == r+1 || k+1 < len(names) && names[k+1] == n+1 && n+1 >= r-holderWindow && n <= r+holderWindow {
				return true
			}
		}
	}
	return false
}

// saysHeld reports whether a candidate says something the question asks
// who runs or holds a role in, a thing it names ("the *fund*", "the
// *federation*"), in its own words, not only by being about the topic:
// the deputy director of another institute does not run the fund.
func (q *question) saysHeld(a *analysed) bool {
	for i := range q.terms {
		if t := &q.terms[i]; t.df > 0 && !t.inCharge && t.match(a) > 0 && t.thing() && !strings.Contains(strings.ToLower(q.role), t.word) {
			return true
		}
	}
	return false
}
