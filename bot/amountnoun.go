package bot

// Stage 1 (parse): a question that names an amount by its noun.

import (
	"regexp"
	"slices"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// whatNoun opens a question with "what" and a noun, or "what is the" and
// a noun, not with "which" (which one) nor "what kind of" (which kind):
// "what tariff …", "at what price …", "what's the tariff on …". A
// preposition may come first (see leadPrepositions).
var whatNoun = regexp.MustCompile(`^\W*([a-z]+ )?what(?:'s| is| was| will be)? (?:the |a )?(kind|kinds|type|types|sort|sorts)?`)

// asksAmount reports whether a question that asks for no figure by its
// wh-words asks for one by the noun it asks about: "what *tariff* do
// Japanese cars pay now?", "what *fine* did Apple get?", "what *quota*
// did Kaldmark set?". The noun comes right after "what" or "what is the"
// ("what's the *tariff* on …"), is singular and ends the noun phrase
// ("what *tariff* deal" asks for a deal; a name after it starts another:
// "what tariff Japanese cars pay", typed without "do"), and its
// commonest WordNet sense is an amount (see wordnet.IsAmount). "Which
// tariff …" asks which one ("the fentanyl tariff"), "what tariffs" and
// "what kind of tariff" which ones. Only a figure answers such a question
// in full (see states), as for "how much". lower is the question in lower
// case.
//
// It is read for grounding and for which sources' versions are shown,
// which need the answer to state a figure, and it halves the weight of
// the question's verb in ranking (amountVerbShare); it does not make
// ranking prefer candidates with a figure: counted as a question of how
// much there too, it moved four never-tuned sets down by one answer each
// (docs/answers.md, round thirteen).
func (q *question) asksAmount(lower string) bool {
	if q.focus < 0 || q.kinds&figureKinds != 0 {
		return false
	}
	m := whatNoun.FindStringSubmatch(lower)
	if m == nil || m[2] != "" || (m[1] != "" && !leadPrepositions[m[1][:len(m[1])-1]]) {
		return false
	}
	t := &q.terms[q.focus]
	if next := q.termAfter(q.focus); next >= 0 && !q.terms[next].verb && !q.terms[next].verbForm && !q.startsPhrase(next) {
		return false // "what tariff deal", "What Tariff Deal"; not "what tariff Japanese cars pay", typed without "do"
	}
	return wordnet.IsAmount(t.word) // as typed: "tariffs" is not listed, "sales" and "earnings" are
}

// startsPhrase reports whether the question's i-th term, right after the
// noun it asks about, starts a new noun phrase rather than going on with
// it: a name ("what tariff *Japanese* cars pay") where the noun is not
// capitalised too ("What Tariff Deal"), or, in a question typed all in
// lower case, a place or its adjective ("what tariff *japanese* cars
// pay").
func (q *question) startsPhrase(i int) bool {
	t := &q.terms[i]
	if q.caseless {
		return namesPlace(t.word)
	}
	return t.capital && !q.terms[q.focus].capital
}

// namesAmount reports whether a question that asks for no other kind of
// answer names an amount ("what's the potash *tariff* being cut to",
// which the patterns of how much do not read as asking a figure).
func (q *question) namesAmount() bool {
	if q.kinds&(kindReason|kindPerson|kindPlace|kindQuote) != 0 {
		return false
	}
	return slices.ContainsFunc(q.terms, func(t term) bool { return !t.verb && wordnet.IsAmount(t.word) })
}
