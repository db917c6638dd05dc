package bot

// Stage 5 (score), continued: who holds the role. "Who chairs the
// smelter owners' group?" is answered by "said Dewi Anggraini, INSA's
// chairwoman", which names a person beside the word for what she is, and
// not by "The Indonesian Nickel Smelters Association (INSA) estimates
// …", which says more of the question's words but names only the group.

import (
	"slices"
	"strings"
	"sync"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// holderWindow is how many words from a word for who holds a role the
// holder's name may stand: "Dewi Anggraini, INSA's chairwoman", "Sabine
// Kraus, the EU's chief negotiator".
const holderWindow = 4

// holderAsked is what a question of who heads something or holds a role
// asks for, read once for all its candidates (see namesHolder).
type holderAsked struct {
	charge []int    // the terms of being in charge it asks who does ("chairs")
	role   []string // the words of the role it asks the holder of ("commerce minister"), or none
	head   string   // the role's head word ("minister"), or ""
	// inCharge: it asks who is in charge, by a verb ("who chairs …") or
	// a role that is a word for who is in charge ("who is the head of
	// …"), which any such word for a person says ("its president, Frank
	// Ruiz").
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
	if h.role = strings.Fields(strings.ToLower(q.role)); len(h.role) > 0 {
		h.head = h.role[len(h.role)-1]
	}
	h.inCharge = len(h.charge) > 0 || chargePersons()[h.head]
	return h, len(h.charge) > 0 || h.head != ""
}

// chargePersons are WordNet's words for who is in charge that name a
// person ("chairman", "president", "director"), not its verbs ("deal",
// "handle"): a word that says who holds the role.
var chargePersons = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range wordnet.ChargeWords() {
		if wordnet.IsPerson(w) {
			m[w] = true
		}
	}
	return m
})

// namesHolder reports whether a text names someone (names, see
// personNames) beside a word that says who holds the role (see
// nameBeside and holdingWord), or right after a verb of being in charge
// and "by" ("led by", "headed by"; round fifty-seven: never-tuned top1
// +1, nothing else moved).
func (q *question) namesHolder(h holderAsked, a *analysed, names [][2]int) bool {
	if !namesAnyone(a.toks, names) {
		return false // most sentences name nobody: no need to look for the role's words
	}
	for k, tk := range a.toks {
		if q.holdingWord(h, tk) && nameBeside(a.toks, names, k) {
			return true
		}
		if h.inCharge && !tk.capital && wordnet.InCharge(tk.word) && slices.ContainsFunc(names, func(n [2]int) bool { return n[0] == k+1 }) {
			return true // a title of being in charge right before a name: "union *chair* Eva Mrazova"
		}
		if h.inCharge && !tk.capital && wordnet.InCharge(tk.word) && k+1 < len(a.toks) && a.toks[k+1].word == "by" && nameBeside(a.toks, names, k+1) {
			return true // a verb of being in charge, passive, before a name: "a delegation *led by* Minister Lemalu Tavita Seiuli"
		}
	}
	return false
}

// holdingWord reports whether a word says who holds the role asked: the
// question's verb of being in charge in any form ("who *chairs*"), a
// word for a person in charge when it asks who is ("chairman"), the
// role's head word ("*Minister* Helena Varga"), or a word for a person
// of the family of one of the question's words ("the EU's chief
// *negotiator*" for "who led the negotiations").
func (q *question) holdingWord(h holderAsked, tk token) bool {
	switch {
	case h.head != "" && (tk.word == h.head || tk.form == h.head):
		return true
	case h.inCharge && chargePersons()[tk.form]:
		return true
	case slices.ContainsFunc(h.charge, func(i int) bool { return q.terms[i].stem == tk.stem }):
		return true
	}
	return isPersonWord(tk) && slices.ContainsFunc(q.terms, func(t term) bool { return t.form != tk.form && t.matchToken(tk) })
}

// isPersonWord reports whether a word's commonest sense is a kind of
// person, as written or as its base form ("officials", "negotiator").
func isPersonWord(tk token) bool {
	return wordnet.IsPerson(tk.form) || wordnet.IsPerson(wordnet.Lemma(tk.word))
}

// heldUnsaid reports whether a candidate leaves unsaid, in its own words
// and not only by being about the topic, every thing the question asks
// who runs or holds a role in ("the *fund*", "the *federation*"): the
// deputy director of another institute does not run the fund. A question
// that names only the role ("who is the commerce minister") holds
// nothing else to say. A sentence that says the whole role of two or
// more words ("Tran Quoc Hung, the *trade minister*") says the rest
// where its paragraph or title does (mcs, how well the candidate's
// context says each term; see rank): "Vietnam's trade minister" in a
// story about Vietnam.
func (q *question) heldUnsaid(h holderAsked, a *analysed, mcs []float64) bool {
	whole := q.saysRole(h, a)
	held := false
	for i := range q.terms {
		t := &q.terms[i]
		if t.inCharge || !t.thing() || slices.Contains(h.role, t.word) || slices.Contains(h.role, t.form) {
			continue
		}
		if t.df > 0 && (t.match(a) > 0 || whole && mcs[i] > 0) {
			return false
		}
		held = true
	}
	return held
}

// saysRole reports whether a text says the whole of a role of two or more
// words, in order, opening the text or after "the", "its", "their" or a
// word of the question ("the *trade minister*, Tran Quoc Hung", "Vietnam's
// *trade minister*"): not another's ("the *deputy* trade minister",
// "*Thailand's* trade minister").
func (q *question) saysRole(h holderAsked, a *analysed) bool {
	if len(h.role) < 2 {
		return false
	}
	for k := 0; k+len(h.role) <= len(a.toks); k++ {
		if !slices.EqualFunc(h.role, a.toks[k:k+len(h.role)], func(w string, tk token) bool { return tk.word == w || tk.form == w }) {
			continue
		}
		if k == 0 || roleOwners[a.toks[k-1].word] || q.saysToken(a.toks[k-1]) {
			return true
		}
	}
	return false
}

// roleOwners are the words before a role that leave whose it is to the
// text around it: "the trade minister", "its chairman".
var roleOwners = toSet(`the its their`)
