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
)

// referenceWords introduce the event another time is counted from.
var referenceWords = toSet(`after before since following until`)

// referenceWindow is how many words may stand between such a word and the
// question's verb: "after *Kaldmark's delegation* walked out".
const referenceWindow = 4

// onlyReference reports whether a text says the verb of a question of
// when only in a clause that another time is counted from: within
// referenceWindow words after a reference word, in the same clause (no
// comma between: "Shortly after the election, Seoul announced the deal"
// dates the announcement), and with no statement of time after it
// ("since the deal was signed on July 22", "… last year").
func onlyReference(q *question, e *excerptAnalysis) bool {
	if q.kinds&kindTime == 0 {
		return false
	}
	read := undot(e.text)
	qRead, qToks := undot(q.text), tokenize(q.text)
	said := false
	for i := range q.terms {
		t := &q.terms[i]
		if !t.verb && !t.verbForm {
			continue
		}
		if k := slices.IndexFunc(qToks, t.matchToken); k >= 0 && afterReferenceWord(qRead, qToks, k) {
			continue // the question's own reference: "when did Brunner phone Trump *before the tariff was announced*?"
		}
		for j, tk := range e.toks {
			if !t.matchToken(tk) {
				continue
			}
			said = true
			if !afterReferenceWord(read, e.toks, j) || timeAfter(read, e, tk) {
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

// timeAfter reports whether the text states a time after the word tk.
func timeAfter(read string, e *excerptAnalysis, tk token) bool {
	rest := read[tk.end:]
	return dateExpr.MatchString(rest) || timeExpr.MatchString(rest)
}
