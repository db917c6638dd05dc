package bot

// Stage 5 (score), continued: the tense of a time. A question of when
// asks about something done ("when *did* the tariff take effect") or
// something now or to come ("when *does* it take effect", "when *will*
// they sign"). A date said in a clause of the other tense dates another
// event: "the tariff that took effect on August 7" does not answer when
// the quota that replaces it starts.

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// tense is when a clause or a question puts what it says.
type tense int

const (
	tenseUnknown tense = 0
	tensePast    tense = 1 // was, did, signed, took
	tenseNonPast tense = 2 // is, does, will, takes
)

// contradicts reports whether two tenses, both known, differ.
func (t tense) contradicts(u tense) bool {
	return t != tenseUnknown && u != tenseUnknown && t != u
}

// questionAux matches a question's auxiliary, which gives its tense.
var questionAux = regexp.MustCompile(`\b(did|was|were|had|does|do|is|are|will|shall|should|can|must|might)\b`)

// askedTense returns the tense of a question: that of its first
// auxiliary ("when *did* …", "by when *will* …"), or tenseUnknown.
func askedTense(lower string) tense {
	m := questionAux.FindString(lower)
	switch m {
	case "":
		return tenseUnknown
	case "did", "was", "were", "had":
		return tensePast
	}
	return tenseNonPast
}

// tenseBefore returns the tense of the clause an excerpt's token i stands
// in: that of the nearest verb before it in the clause that shows one.
// An auxiliary or a modal shows it (was, is, will, must), or a present
// form in -s (takes, applies); a past form (signed, took) with an
// auxiliary just before it takes the auxiliary's tense ("is expected
// to", "was signed"). A past form with none may be the clause's verb
// ("Malaysia *signed* … on Sunday") or describe a noun ("will impose a
// tariff on scooters *made* in Italy from July 1"): an auxiliary further
// back decides, else it is past. Clause punctuation ends the search
// (see clauseMarks).
func (e *excerptAnalysis) tenseBefore(i int) tense {
	if i >= len(e.toks) {
		return tenseUnknown
	}
	u := undot(e.text)
	found := tenseUnknown
	for j := i - 1; j >= 0; j-- {
		if clauseBreak(u, e.toks[j].end, e.toks[j+1].at) {
			break
		}
		w := e.toks[j].word
		switch t := verbTense(w); {
		case t == tenseNonPast && j > 0 && determiners[e.toks[j-1].word]:
			// "the plans": a noun
		case t == tenseUnknown:
		case t == tensePast && !pastAuxiliaries[w]:
			if aux := e.auxBefore(j); aux != tenseUnknown {
				return aux
			}
			found = tensePast
		default:
			return t
		}
	}
	return found
}

// tenseAt returns the tense of the clause the excerpt's content word i
// stands in (see tenseBefore).
func (e *excerptAnalysis) tenseAt(i int) tense {
	if i >= len(e.content) {
		return tenseUnknown
	}
	at := e.content[i].at
	return e.tenseBefore(sort.Search(len(e.toks), func(j int) bool { return e.toks[j].at >= at }))
}

// auxBefore returns the tense of an auxiliary up to two words before the
// token at j in its clause ("is *now* expected"), or tenseUnknown.
func (e *excerptAnalysis) auxBefore(j int) tense {
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		switch e.toks[k].word {
		case "is", "are", "am", "will", "be", "shall":
			return tenseNonPast
		case "was", "were", "had", "been", "has", "have":
			return tensePast // "has signed": done
		}
	}
	return tenseUnknown
}

// pastAuxiliaries show the past by themselves: no auxiliary before them
// changes it.
var pastAuxiliaries = toSet(`was were had did`)

// verbTense returns the tense a word shows as a verb, or tenseUnknown.
func verbTense(w string) tense {
	switch w {
	case "was", "were", "had", "did":
		return tensePast
	case "is", "are", "am", "will", "shall", "does", "do", "must", "can", "might", "should":
		return tenseNonPast // a modal says what is or is to be
	case "has", "have":
		return tenseUnknown // "has signed": done, see auxBefore
	}
	if w == "" || !unicode.IsLetter(rune(w[0])) || !wordnet.IsVerb(w) {
		return tenseUnknown
	}
	switch {
	case strings.HasSuffix(w, "ing"):
		return tenseUnknown
	case strings.HasSuffix(w, "s"):
		if wordnet.MostlyVerb(w) {
			return tenseNonPast // "takes", not "duties"
		}
		return tenseUnknown
	case pastForm(w):
		return tensePast
	}
	return tenseUnknown
}

// pastForm reports whether a word is a verb's past form: regular, of a
// verb WordNet lists ("signed", "agreed", "planned"; not "need" or
// "exceed"), or one of WordNet's exceptions ("took", "began").
func pastForm(w string) bool {
	l := wordnet.Lemma(w)
	if base, ok := strings.CutSuffix(w, "ed"); ok {
		return l != w || wordnet.IsVerb(base) || wordnet.IsVerb(base+"e")
	}
	return l != w && !wordnet.IsNoun(w)
}
