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
// holder's name may stand: "Dewi Anggraini, INSA's chairwoman", "Sabine
// Kraus, the EU's chief negotiator".
const holderWindow = 4

// holderAsked is what a question of who heads something or holds a role
// asks for, read once for all its candidates (see namesHolder).
type holderAsked struct {
	charge []int  // the terms of being in charge it asks who does ("chairs", said by "chairman" too)
	role   string // the head word of the role it asks the holder of ("minister" of "commerce minister"), or ""
	// inCharge: it asks who is in charge, by a verb ("who chairs …") or
	// a role that is a word for who is in charge ("who is the head of
	// …"), which any such word says ("its president, Frank Ruiz").
	inCharge bool
}

// asksHolder returns what a question of who is in charge of something
// ("who chairs …") or who holds a role ("who is the commerce minister")
// asks for, and whether it asks that (see expandInCharge and
// roleHolderAsked).
func (q *question) asksHolder() (holderAsked, bool) {
	var h holderAsked
	if q.kinds&kindPerson == 0 {
		return h, false
	}
	for i := range q.terms {
		if q.terms[i].inCharge {
			h.charge = append(h.charge, i)
		}
	}
	if words := strings.Fields(strings.ToLower(q.role)); len(words) > 0 {
		h.role = words[len(words)-1]
	}
	h.inCharge = len(h.charge) > 0 || slices.Contains(wordnet.ChargeWords(), h.role)
	return h, len(h.charge) > 0 || h.role != ""
}

// namesHolder reports whether a text names someone (names, see
// personNames) within holderWindow words of a word that says who holds
// the role, or right after it as a title ("Prime Minister Takaichi").
func (q *question) namesHolder(h holderAsked, a *analysed, names [][2]int) bool {
	if len(names) == 0 && !slices.ContainsFunc(a.toks, titled) {
		return false // most sentences name nobody: no need to look for the role's words
	}
	var anchors []int
	for j, tk := range a.toks {
		if q.saysHolding(h, tk) {
			anchors = append(anchors, j)
		}
	}
	if len(anchors) == 0 {
		return false
	}
	for _, r := range anchors {
		if r+1 < len(a.toks) && titled(a.toks[r+1]) {
			return true
		}
		for _, n := range names {
			if n[1] >= r-holderWindow && n[0] <= r+holderWindow {
				return true
			}
		}
	}
	return false
}

// saysHolding reports whether a word says who holds the role asked: the
// verb of being in charge in any form, or any word for who is
// ("chairs", "chairman"; see expandInCharge), the role's head word
// ("*Minister* Helena Varga"), or a word for a person that says one of
// the question's words ("the EU's chief *negotiator*" for "who led the
// negotiations").
func (q *question) saysHolding(h holderAsked, tk token) bool {
	if h.role != "" && (tk.word == h.role || tk.form == h.role) {
		return true
	}
	if h.inCharge && wordnet.IsPerson(tk.form) && slices.Contains(wordnet.ChargeWords(), tk.form) {
		return true // "who is the head of …": its president, chairman or director
	}
	if slices.ContainsFunc(h.charge, func(i int) bool { return q.terms[i].matchToken(tk) }) {
		return true
	}
	// A word for who does what the question names is another word of
	// its family, not the question's own: "owners" in "who chairs the
	// smelter owners' group" names no holder.
	return wordnet.IsPerson(tk.form) && slices.ContainsFunc(q.terms, func(t term) bool { return t.form != tk.form && t.matchToken(tk) })
}

// titled reports whether a word after a title is a surname the title
// gives: capitalised, and unknown to WordNet ("Minister *Akazawa*", not
// "Chief Executive *Officer*").
func titled(tk token) bool {
	return tk.capital && !tk.upper && !tk.stop && !wordnet.Known(tk.word)
}

// saysHeld reports whether a candidate says, in its own words and not
// only by being about the topic, a thing the question asks who runs or
// holds a role in ("the *fund*", "the *federation*"): the deputy director
// of another institute does not run the fund. A question that names only
// the role ("who is the commerce minister") holds nothing else to say.
func (q *question) saysHeld(a *analysed) bool {
	role := strings.Fields(strings.ToLower(q.role))
	held := false
	for i := range q.terms {
		t := &q.terms[i]
		if t.inCharge || !t.thing() || slices.Contains(role, t.word) || slices.Contains(role, t.form) {
			continue
		}
		held = true
		if t.df > 0 && t.match(a) > 0 {
			return true
		}
	}
	return !held
}
