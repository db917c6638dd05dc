package bot

// Stage 2 (expand), continued: a noun made of a verb and its particle
// ("walkout", "layoffs", "shutdown") and the multi-word verb it names
// ("walked out", "laid off", "shut down") say one thing. English news
// writes either: one outlet reports "the walkout", another that the
// delegation "walked out". WordNet's multi-word verbs (see
// wordnet.CollocationAt) tell which joins are such nouns.

import (
	"slices"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// phrasalVerb is a multi-word verb a term's noun names: the forms of its
// verb ("lay", "laid", "lays", "laying") and its particle ("off").
type phrasalVerb struct {
	forms    []string
	particle string
}

// phrasalOf returns the multi-word verb a noun is made of ("layoffs" →
// lay off), if WordNet lists one.
func phrasalOf(noun string) (phrasalVerb, bool) {
	l := wordnet.Lemma(noun)
	for k := 2; k <= len(l)-2; k++ {
		verb, particle := l[:k], l[k:]
		if wordnet.CollocationAt([]string{verb, particle}) != 2 || !wordnet.IsVerb(verb) {
			continue
		}
		forms := append([]string{verb, verb + "s", verb + "ed", verb + "d", verb + "ing"}, wordnet.Inflections(verb)...)
		return phrasalVerb{forms: forms, particle: particle}, true
	}
	return phrasalVerb{}, false
}

// saidBy reports whether a text says the multi-word verb: a form of its
// verb right before its particle ("walked out").
func (p *phrasalVerb) saidBy(a *analysed) bool {
	for i := 0; i+1 < len(a.toks); i++ {
		if a.toks[i+1].word == p.particle && slices.Contains(p.forms, a.toks[i].word) {
			return true
		}
	}
	return false
}

// joinedNoun returns the noun a verb and the particle after it make, as
// WordNet lists it ("shut" "down" → "shutdown"), or "".
func joinedNoun(verb, particle string) string {
	n := wordnet.Lemma(verb) + particle
	if wordnet.CollocationAt([]string{wordnet.Lemma(verb), particle}) == 2 && wordnet.IsNoun(n) && wordnet.Known(n) {
		return n
	}
	return ""
}
