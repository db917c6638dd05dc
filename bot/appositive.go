package bot

// Stage 5 (score), continued: a name given for the thing a "which X"
// question asks to name.

import (
	"slices"
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// appositiveReach is how many words may stand between the article of an
// appositive and the question's noun it ends in: "The Morning Gull, a
// 70-metre pelagic *trawler*".
const appositiveReach = 5

// namesAsked reports whether a sentence gives a name for what a "which
// X" or "what X" question asks to name, in apposition to a noun of the
// question: "The *Morning Gull*, a 70-metre pelagic trawler" for "which
// trawler did the coastguard detain", "*Korvia*, the largest supplier"
// for "which country is the biggest supplier". The name is a capitalised
// word before a comma and an article that the question does not say
// itself; the noun ends the apposition. Only for a singular X. English news names a thing this way in any story.
func namesAsked(q *question, e *excerptAnalysis) bool {
	if q.focus < 0 || q.kinds&figureKinds != 0 {
		return false
	}
	head := q.focus // the last noun of X: "which rare *earths*"
	for head+1 < len(q.terms) && q.terms[head+1].prev == head && q.terms[head+1].thing() && !wordnet.MostlyVerb(q.terms[head+1].word) {
		head++
	}
	if h := q.terms[head]; h.word != h.form {
		return false // a plural X: one name does not name them
	}
	read := undot(e.text)
	toks := e.toks
	for k := range toks {
		if !slices.ContainsFunc(q.terms, func(t term) bool { return t.thing() && !t.capital && t.matchToken(toks[k]) }) {
			continue
		}
		if k+1 < len(toks) && !toks[k+1].stop && sideBySide(read, toks[k], toks[k+1]) {
			continue // not the appositive's last noun: "the only US rare *earth* miner"
		}
		for j := k - 1; j >= 1 && j >= k-appositiveReach; j-- {
			if toks[j].word != "the" && toks[j].word != "a" && toks[j].word != "an" {
				continue
			}
			name := toks[j-1]
			if strings.Contains(read[name.end:toks[j].at], ",") && name.capital && !q.saysToken(name) {
				return true
			}
			break
		}
	}
	return false
}

// saysToken reports whether any term of the question says a word.
func (q *question) saysToken(tk token) bool {
	return slices.ContainsFunc(q.terms, func(t term) bool { return t.matchToken(tk) })
}
