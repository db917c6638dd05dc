package bot

// Stage 5 (score), continued: a thing of another owner. "Who was India's
// chief negotiator" is not answered by "Canada's chief negotiator,
// Martin Obradovic", though the sentence says every word the question
// does but its owner, and its paragraph names India too.

import "slices"

// owned is a name a question writes as an owner ("India's") and the
// first word of what it owns ("chief" of "chief negotiator").
type owned struct {
	owner int    // the owner's term, or -1
	stem  string // the stem of the first word owned
}

// ownedAsked finds the first name the question writes in the possessive
// before a word it owns: "India's chief negotiator", not "Japan's" of
// "Japan's?" nor a possessive the question opens with (a capital
// there names nothing for sure).
func ownedAsked(toks []token, termAt map[int]int) owned {
	for i := 1; i+1 < len(toks); i++ {
		tk, next := toks[i], toks[i+1]
		k, ok := termAt[i]
		if ok && tk.capital && tk.possessive && !tk.stop && !next.stop && !next.capital && !isFigure(next.word) {
			return owned{owner: k, stem: next.stem}
		}
	}
	return owned{owner: -1}
}

// ownedByAnother reports whether a sentence writes what the question's
// owner owns only as another name's: each time it says the word owned,
// right after a name in the possessive that does not say the owner
// ("Canada's chief negotiator"; not "India's", nor "Tokyo's" for Japan's).
func (q *question) ownedByAnother(a *analysed) bool {
	if q.owned.owner < 0 {
		return false
	}
	o := &q.terms[q.owned.owner]
	another := false
	for i, tk := range a.toks {
		if tk.stem != q.owned.stem {
			continue
		}
		if i == 0 {
			return false
		}
		p := a.toks[i-1]
		if !p.capital || !p.possessive || o.saysToken(p) {
			return false
		}
		another = true
	}
	return another
}

// saysToken reports whether one word of a text says a name term: the
// name itself, a word of its family ("Indian"), another name for it, or
// its country for a capital ("Korea's" for "Seoul's").
func (t *term) saysToken(tk token) bool {
	return t.matchToken(tk) || t.near[tk.stem] || slices.Contains(t.countryNames, tk.word)
}
