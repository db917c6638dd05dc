package bot

// Stage 1 (parse): a question that names an amount by its noun.

import (
	"regexp"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// kindOf asks for a kind of a thing, not for an amount of it: "what
// *kind of* tariffs are on steel".
var kindOf = regexp.MustCompile(`\b(kind|kinds|type|types|sort|sorts) of\b`)

// asksAmount reports whether a question that asks for no figure by its
// wh-words asks for one by the noun it asks about: "what *tariff* do
// Japanese cars pay now?", "what *fine* did Apple get?", "what *quota*
// did Kaldmark set?". The noun is one WordNet files as an amount (see
// wordnet.IsAmount), singular: "which *tariffs* apply to steel?" asks
// which ones ("Section 232 tariffs"), as "what kind of tariff" does. Only
// a figure answers such a question in full; a candidate that gives none
// is an answer in part (see states). lower is the question in lower case.
//
// Read only for grounding, not for ranking: counting such a question as
// a question of how much in ranking too moved four never-tuned sets down
// by one answer each (docs/answers.md, round thirteen).
func (q *question) asksAmount(lower string) bool {
	if q.focus < 0 || q.kinds&figureKinds != 0 || kindOf.MatchString(lower) {
		return false
	}
	t := &q.terms[q.focus]
	return t.word == t.form && wordnet.IsAmount(t.form)
}
