package bot

// Stage 2 (expand), continued: who is in charge of something.

import "github.com/dealbot/dealbot/bot/wordnet"

// expandInCharge lets a question of who runs, heads or leads something
// ("Who runs Solenne?", "Who chairs the federation?") be answered in the
// words news names such a person with: "The company's chief executive,
// Ines Marlowe", "Its chairman, Mariko Sugawara", "managed by the
// Norland Investment Bank". Its verb, when WordNet defines it as being in
// charge (see wordnet.InCharge), may be said by any verb of being in
// charge or any word for who is (wordnet.ChargeWords). Only the verb
// whose subject is "who" (or "which bank"): "a deal" and "the lead" are
// no such verb, nor is "lead" in "Who said the tariffs would lead to
// higher prices?"; "Who is the director?" asks for the director's name.
func (q *question) expandInCharge() {
	if q.kinds&kindPerson == 0 {
		return
	}
	for i := range q.terms {
		t := &q.terms[i]
		if !t.subjectVerb || !wordnet.InCharge(t.word) {
			continue
		}
		t.inCharge = true
		for _, w := range wordnet.ChargeWords() {
			t.addVariant(w)
		}
	}
}

// chargeUnsaid reports whether a candidate does not say the verb of
// being in charge the question asks who does, in any form (no verb of
// being in charge, no word for who is, nor a WordNet neighbour), nor a
// word for a kind of person beside a name (see namesPerson). Its
// paragraph or title may say the verb ("Trade Deal" says "deal", one of
// those verbs), but a sentence that names someone without saying they
// head anything, or what they are, does not say who heads it: "Who heads
// the negotiations for Japan?" is not answered by "A White House fact
// sheet highlighted …", nor by "The negotiations lasted three months,
// officials said". A word for a person says it in words the table lacks:
// "Japan's chief *negotiator*, Ryosei Akazawa", "Ines Marlowe, Harlow
// Motors' *boss*". ms is how well the candidate says each term (see
// rank); names are where it names a person (see personNames).
func chargeUnsaid(q *question, ms []float64, a *analysed, names [][2]int) bool {
	for k := range q.terms {
		if t := &q.terms[k]; t.inCharge && t.df > 0 && ms[k] == 0 && !t.saysNear(a) {
			return !namesPerson(a, names)
		}
	}
	return false
}

// namesPerson reports whether a text names someone (names, see
// personNames) beside a word for a kind of person: "Japan's chief
// *negotiator*, Ryosei Akazawa"; not "officials said", which names
// nobody.
func namesPerson(a *analysed, names [][2]int) bool {
	if !namesAnyone(a.toks, names) {
		return false
	}
	for k, tk := range a.toks {
		if isPersonWord(tk) && nameBeside(a.toks, names, k) {
			return true
		}
	}
	return false
}
