package bot

// Stage 5 (score), continued: the event a time is counted from. "Two
// weeks after Kaldmark's delegation walked out, the countries agreed a
// deal" dates the deal, not the walkout; "the talks have stalled for two
// months since the deal was announced" dates no announcement. A sentence
// that says the question's event only in a clause another time is
// counted from, and gives no time after it, does not say when it
// happened.

import (
	"slices"
	"strings"

	"github.com/dealbot/dealbot/corpus"
)

// referenceWords introduce the event another time is counted from.
var referenceWords = toSet(`after before since following until`)

// referenceWindow is how many words may stand between such a word and the
// question's verb: "after *Kaldmark's delegation* walked out".
const referenceWindow = 4

// eventVerbs returns, for a question of when, the terms of its verbs
// that say the event it asks the time of: not a verb the question itself
// puts in a clause another time is counted from ("when did Brunner phone
// Trump *before the tariff was announced*?"). It is read once per
// question (see rank).
func (q *question) eventVerbs() []int {
	if q.kinds&kindTime == 0 {
		return nil
	}
	read, toks := undot(q.text), tokenize(q.text)
	var out []int
	for i := range q.terms {
		t := &q.terms[i]
		if !t.verb && !t.verbForm {
			continue
		}
		if k := slices.IndexFunc(toks, t.matchToken); k >= 0 && afterReferenceWord(read, toks, k) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// onlyReference reports whether a text says the event of a question of
// when (its verbs, see eventVerbs) only in a clause that another time is
// counted from: within referenceWindow words after a reference word, in
// the same clause (no comma between: "Shortly after the election, Seoul
// announced the deal" dates the announcement), and with no statement of
// time after it ("since the deal was signed on July 22", "… last year").
func onlyReference(q *question, verbs []int, e *excerptAnalysis) bool {
	read := "" // the text as its words' offsets read it, once a verb is found
	said := false
	for _, i := range verbs {
		t := &q.terms[i]
		for j, tk := range e.toks {
			if !t.matchToken(tk) {
				continue
			}
			if read == "" {
				read = undot(e.text)
			}
			said = true
			if !afterReferenceWord(read, e.toks, j) || timeAfter(read, tk) {
				return false
			}
		}
	}
	return said
}

// afterReferenceWord reports whether a reference word stands among the
// referenceWindow words before toks[j] plus one, with no comma between.
func afterReferenceWord(read string, toks []token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-referenceWindow-1; k-- {
		if strings.Contains(read[toks[k].end:toks[j].at], ",") {
			return false
		}
		if referenceWords[toks[k].word] {
			return true
		}
	}
	return false
}

// timeAfter reports whether read states a time after the word tk, in
// its sentence: an excerpt may be a short paragraph whose next sentence
// dates something else ("… since the deal was announced. Japanese cars
// have paid 15% since September 16").
func timeAfter(read string, tk token) bool {
	rest := read[tk.end:]
	if sents := corpus.SplitSentences(rest); len(sents) > 0 {
		rest = sents[0]
	}
	return dateExpr.MatchString(rest) || timeExpr.MatchString(rest)
}
