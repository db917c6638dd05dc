package bot

// Stage 5 (score), continued: a thing of another owner. "Who was India's
// chief negotiator" is not answered by "Canada's chief negotiator,
// Martin Obradovic", though the sentence says every word the question
// does but its owner, and its paragraph names India too; nor "what
// tariff do Colombian coffee beans pay" by "Brazilian coffee … pays 50%".

import (
	"slices"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// owned is a name a question writes as an owner ("India's", or a place's
// adjective: "Colombian") and the first word of what it owns ("chief" of
// "chief negotiator"), and the word after that, if it is one.
type owned struct {
	owner int    // the owner's term, or -1
	stem  string // the stem of the first word owned
	then  string // the stem of the noun after it ("negotiator"), or ""
	// adjective: the owner is a place's adjective, not a possessive.
	adjective bool
}

// ownedAsked finds the first name the question writes in the possessive,
// or the first place's adjective, before a word it owns: "India's chief
// negotiator", "Colombian coffee", not "Japan's" of "Japan's?" nor a
// name the question opens with (a capital there names nothing for
// sure).
func ownedAsked(toks []token, termAt map[int]int) owned {
	for i := 1; i+1 < len(toks); i++ {
		tk, next := toks[i], toks[i+1]
		k, ok := termAt[i]
		if ok && ownerWord(tk) && !tk.stop && ownable(next) {
			o := owned{owner: k, stem: next.stem, adjective: !tk.possessive}
			if i+2 < len(toks) && ownable(toks[i+2]) && !wordnet.MostlyVerb(toks[i+2].word) {
				o.then = toks[i+2].stem // "beans" of "Colombian coffee beans", not "pay" of "does Colombian coffee pay"
			}
			return o
		}
	}
	return owned{owner: -1}
}

// ownedByAnother reports whether a sentence writes what the question's
// owner owns only as another name's: each time it says the word owned,
// right after a name in the possessive or a place's adjective that does
// not say the owner ("Canada's chief negotiator", "Brazilian coffee";
// not "India's", nor "Tokyo's" for Japan's, nor "Colombian coffee"),
// written as the question writes its owner: a possessive says who has a
// thing, an adjective where it comes from, and "Scotch whisky" is no
// other owner's for "India's whisky duty", nor "the Botswanan
// delegation" for "Ramotswa's delegation". The word owned in another
// compound ("American farm products" for "Japan's farm ministry") or in
// a name ("the American Pellet Producers Coalition") is another thing,
// whoever owns it.
func (q *question) ownedByAnother(a *analysed) bool {
	if q.owned.owner < 0 {
		return false
	}
	o := &q.terms[q.owned.owner]
	another := false
	for i, tk := range a.toks {
		if tk.stem != q.owned.stem || tk.capital {
			continue
		}
		if q.owned.then != "" && i+1 < len(a.toks) && otherCompound(a.toks[i+1], q.owned.then) {
			continue
		}
		if i == 0 {
			return false
		}
		p := a.toks[i-1]
		if !ownerWord(p) || p.possessive == q.owned.adjective || o.saysToken(p) {
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

// ownerWord reports whether a word names an owner of what follows it: a
// name in the possessive ("India's"), or the adjective of a place
// ("Colombian", "Swiss"): a capitalised word WordNet's demonym table
// holds that names no place itself (not "Mexico" of "does Mexico
// charge", a subject).
func ownerWord(tk token) bool {
	if !tk.capital {
		return false
	}
	if tk.possessive {
		return true
	}
	return wordnet.Demonyms(tk.word) != nil && wordnet.PlaceKinds(tk.word) == nil // tk.word is lower case
}

// ownable reports whether a word may be owned: a word of content, not a
// name nor a figure.
func ownable(tk token) bool {
	return !tk.stop && !tk.capital && !isFigure(tk.word)
}

// otherCompound reports whether the word after one owned, tk, makes it
// part of another compound than the question's, whose next word is then:
// a noun of another stem ("farm *products*" for "farm ministry"), not a
// verb ("coffee *pays*") nor a small word.
func otherCompound(tk token, then string) bool {
	return ownable(tk) && tk.stem != then && !wordnet.MostlyVerb(tk.word)
}
