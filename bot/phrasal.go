package bot

// Stage 2 (expand), continued: a noun made of a verb and its particle
// ("walkout", "layoffs", "shutdown") and the multi-word verb it names
// ("walked out", "laid off", "shut down") say one thing. English news
// writes either: one outlet reports "the walkout", another that the
// delegation "walked out". WordNet's multi-word verbs (see
// wordnet.CollocationAt) tell which joins are such nouns. A noun the
// coverage never uses is not counted as said by its verb's forms: "made"
// would make "makeup" look mentioned.

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
		if !phrasalPair(verb, particle) || !wordnet.IsVerb(verb) {
			continue
		}
		forms := append([]string{verb, verb + "s", verb + "ed", verb + "d", verb + "ing"}, wordnet.Inflections(verb)...)
		return phrasalVerb{forms: forms, particle: particle}, true
	}
	return phrasalVerb{}, false
}

// saidBy reports whether a text says the multi-word verb: a form of its
// verb right before its particle, one space or hyphen between ("walked
// out", not "walked. Out of the talks").
func (p *phrasalVerb) saidBy(a *analysed) bool {
	for i := 0; i+1 < len(a.toks); i++ {
		if a.toks[i+1].word == p.particle && a.toks[i+1].at-a.toks[i].end == 1 && slices.Contains(p.forms, a.toks[i].word) {
			return true
		}
	}
	return false
}

// nounParticles are the adverbial particles a multi-word verb's noun ends
// with ("walk*out*", "lay*off*", "shut*down*"); not prepositions that also
// end ordinary words ("butt*on*", "put*in*").
var nounParticles = toSet(`up out down off back over away through around`)

// phrasalPair reports whether a verb and an adverb particle after it make
// one of WordNet's multi-word verbs ("lay off", "head off"; not "pay
// for", whose particle is a preposition).
func phrasalPair(verb, particle string) bool {
	return nounParticles[particle] && wordnet.CollocationAt([]string{verb, particle}) == 2
}

// joinedNoun returns the noun a verb and the particle after it make, as
// WordNet lists it ("shut" "down" → "shutdown"), or "".
func joinedNoun(verb, particle string) string {
	n := wordnet.Lemma(verb) + particle
	if phrasalPair(wordnet.Lemma(verb), particle) && wordnet.IsNoun(n) && wordnet.Known(n) {
		return n
	}
	return ""
}

// bareVerbMatch is how well a text says a multi-word verb of the
// question by its verb alone (see bareVerb).
const bareVerbMatch = 0.5

// particleReach is how many words may stand between a verb and its
// particle: "called the talks off".
const particleReach = 3

// bareVerb reports whether a text writes the term, the verb of a
// multi-word verb of the question, without the particle that makes it
// that verb: "He *called* the ad fake" for "when did Trump *call off*
// the talks", "prices *ended* higher" for "what did they *end up*
// paying". The verb alone is another verb.
func (t *term) bareVerb(a *analysed) bool {
	if t.particle == "" {
		return false
	}
	for i, tk := range a.toks {
		if tk.stem != t.stem {
			continue
		}
		for _, next := range a.toks[i+1 : min(len(a.toks), i+1+particleReach)] {
			if next.word == t.particle {
				return false
			}
		}
	}
	return true
}

// onlyInPhrasal reports whether a text writes the term, a word the
// question writes without a particle after it, only as the verb of a
// multi-word verb that WordNet lists, its adverb particle right after
// it: "*head off* a tariff" for "who *heads* the team". The verb of a
// multi-word verb is another verb (see bareVerb for the converse). A
// question that writes the same particle after the word ("on *pulling
// out*", "the *carve-out* list") asks for that verb or its noun.
func (t *term) onlyInPhrasal(a *analysed) bool {
	if t.particle != "" {
		return false
	}
	seen := false
	for i, tk := range a.toks {
		if tk.stem != t.stem && (t.altStem == "" || tk.stem != t.altStem) {
			continue
		}
		if i+1 >= len(a.toks) {
			return false
		}
		next := a.toks[i+1]
		if next.at-tk.end != 1 || next.word == t.nextWord || !phrasalPair(tk.word, next.word) {
			return false
		}
		seen = true
	}
	return seen
}
