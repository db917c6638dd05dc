package bot

// Stage 5 (score), continued: the event a time is counted from. "Two
// weeks after Kaldmark's delegation walked out, the countries agreed a
// deal" dates the deal, not the walkout; "the talks have stalled for two
// months since the deal was announced" dates no announcement. A sentence
// that says the question's event only after such a word, and gives no
// date, does not say when it happened.

// referenceWords introduce the event another time is counted from.
var referenceWords = toSet(`after before since following until`)

// referenceWindow is how many words may stand between such a word and the
// question's verb: "after *Kaldmark's delegation* walked out".
const referenceWindow = 4

// onlyReference reports whether a text says the verb of a question of
// when only in a clause that another time is counted from, and gives no
// date of its own.
func onlyReference(q *question, e *excerptAnalysis) bool {
	if q.kinds&kindTime == 0 || e.holds(kindDate) != 0 {
		return false
	}
	said := false
	for i := range q.terms {
		t := &q.terms[i]
		if !t.verb && !t.verbForm {
			continue
		}
		for j, tk := range e.toks {
			if !t.matchToken(tk) {
				continue
			}
			said = true
			if !afterReferenceWord(e.toks, j) {
				return false
			}
		}
	}
	return said
}

// afterReferenceWord reports whether one of the referenceWindow words
// before toks[j] introduces a reference event.
func afterReferenceWord(toks []token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-referenceWindow-1; k-- {
		if referenceWords[toks[k].word] {
			return true
		}
	}
	return false
}
