package bot

// Stage 5 (score), continued: a name given for the thing a "which X"
// question asks to name.

import (
	"regexp"
	"slices"
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// namesAsked reports whether a sentence gives a name for what a "which
// X" question asks to name, described in apposition by a noun of the
// question (see descriptions): "The *Morning Gull*, a 70-metre pelagic
// trawler from Brenna, …" for "which trawler did the coastguard
// detain", "*Korvia*, the largest supplier, …" for "which country is the
// biggest supplier". The noun is the description's head or follows it
// ("the largest source *of imported furniture*"), not a word before it
// ("the only US rare earth *miner*" names no rare earth), and the name
// is none the question says itself. Only for a singular X: one name does
// not name several. English news names a thing this way in any story.
func namesAsked(q *question, e *excerptAnalysis) bool {
	if q.singularAsked() < 0 {
		return false
	}
	for _, a := range descriptions(e.text) {
		if slices.ContainsFunc(tokenize(a.Name), q.saysToken) {
			continue
		}
		pw := strings.Fields(a.Meaning)
		from := slices.Index(pw, phraseHead(pw)) // the head and what follows it: "the largest *source of imported furniture*"
		for _, tk := range tokenize(strings.Join(pw[from:], " ")) {
			if slices.ContainsFunc(q.terms, func(t term) bool { return t.thing() && !t.capital && t.matchToken(tk) }) {
				return true
			}
		}
	}
	return false
}

// saysToken reports whether any term of the question says a word.
func (q *question) saysToken(tk token) bool {
	return slices.ContainsFunc(q.terms, func(t term) bool { return t.matchToken(tk) })
}

// whichAsked finds a question of "which X" ("which trawler …", "in which
// port …").
var whichAsked = regexp.MustCompile(`(?i)^\W*(?:\w+\s+)?which\b`)

// singularAsked returns the last noun of the X a "which X" question asks
// about ("which rare *earths*", "which US *agency*") when it is singular,
// or -1: for no "which X" ("what X" asks as often for a figure: "what's
// the duty"), a question of a figure, or a plural X, which one name does
// not name.
func (q *question) singularAsked() int {
	if q.focus < 0 || q.kinds&figureKinds != 0 || !whichAsked.MatchString(q.text) {
		return -1
	}
	head := q.whichHead()
	if h := q.terms[head]; h.word != h.form {
		return -1
	}
	return head
}

// whichHead returns the last noun of the X a "which X" question asks
// about, from its focus on: "which US *ports*", "which rare *earths*".
// The question has a focus.
func (q *question) whichHead() int {
	head := q.focus
	for head+1 < len(q.terms) && q.terms[head+1].prev == head && q.terms[head+1].thing() && !wordnet.MostlyVerb(q.terms[head+1].word) {
		head++
	}
	return head
}

// oneAsked returns the term a "which X" question asks to name: X's last
// noun, singular and no name ("which *trawler* was detained"), or -1.
func (q *question) oneAsked() int {
	head := q.singularAsked()
	if head < 0 || !wordnet.IsNoun(q.terms[head].word) || q.terms[head].capital {
		return -1
	}
	return head
}

// appositive finds a noun phrase in apposition, "X, a trawler": a name
// or a word for the thing, then what it is.
var appositive = regexp.MustCompile(`\w,\s+an?\s`)

// unnamedOne reports whether a sentence says the thing a "which X"
// question asks to name only as "a X" or "an X" ("the coastguard
// detained *a Vestrian trawler*") and names nothing the question does
// not: it restates the question, not which one. rank asks it only of a
// sentence namesAsked does not credit with a name for X.
func unnamedOne(q *question, x int, e *excerptAnalysis) bool {
	if appositive.MatchString(e.text) {
		return false // "The Morning Gull, a trawler", "aluminium, a metal": it names one
	}
	indefinite := false
	for i, tk := range e.toks {
		if q.terms[x].matchToken(tk) {
			for j := i - 1; j >= 0 && j >= i-3; j-- {
				if w := e.toks[j].word; w == "a" || w == "an" {
					indefinite = true
					break
				}
			}
		}
		if tk.capital && !tk.stop && !q.saysToken(tk) {
			return false // a name the question does not say: it may be the one
		}
	}
	return indefinite
}
