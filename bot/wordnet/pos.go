package wordnet

import "github.com/dealbot/dealbot/bot/wordnet/internal/morphy"

// IsNoun reports whether WordNet lists word as a noun, itself or as an
// inflection ("tariffs", "children"; not "fought").
func IsNoun(word string) bool { return is(word, morphy.Noun) }

// IsVerb reports whether WordNet lists word as a verb, itself or as an
// inflection ("decides", "added", "fought", "paid"): "sewage" is not one,
// "plant" is.
func IsVerb(word string) bool { return is(word, morphy.Verb) }

// IsAdjective reports whether WordNet lists word as an adjective or an
// adverb, itself or as an inflection ("far", "big", "larger", "often").
func IsAdjective(word string) bool { return is(word, morphy.Adj) || is(word, morphy.Adv) }

// is reports whether WordNet lists word, or a base form its suffix rules
// give, with part of speech pos.
func is(word string, pos morphy.POS) bool {
	word = lower(word)
	t := load()
	if e, ok := t.words[word]; ok && e.pos&pos != 0 {
		return true // a lemma, or an irregular inflection: "children", "ran", "paid"
	}
	for b := range t.bases(word) {
		if b.rule.POS == pos {
			return true // "tariffs", "decides", and "getting" → "get", "planned" → "plan"
		}
	}
	return false
}

// Known reports whether WordNet lists word, itself or as an inflection
// of a word it lists: a word it does not know is a name, a coinage or a
// compound ("chipmakers").
func Known(word string) bool {
	word = lower(word)
	t := load()
	if _, ok := t.words[word]; ok {
		return true
	}
	_, ok := t.inflected(word)
	return ok
}

// Comparative reports whether word is an adjective's comparative or
// superlative by WordNet's suffix rules ("lower", "biggest", "later":
// low, big, late), though WordNet may list the word itself too ("lower"
// is a verb and a noun).
func Comparative(word string) bool { return adjectiveBy(word, "") }

// Superlative reports whether word is an adjective's superlative by
// WordNet's suffix rules ("biggest", "latest": big, late).
func Superlative(word string) bool { return adjectiveBy(word, "est") }

// adjectiveBy reports whether an adjective's suffix rule makes word, the
// rule's suffix being suffix unless that is "".
func adjectiveBy(word, suffix string) bool {
	for b := range load().bases(lower(word)) {
		if b.rule.POS == morphy.Adj && (suffix == "" || b.rule.Suffix == suffix) {
			return true
		}
	}
	return false
}

// IsAdverbOnly reports whether WordNet lists word as an adverb and as no
// noun or adjective ("already", "actually"; not "far", "back", "still").
func IsAdverbOnly(word string) bool {
	return is(word, morphy.Adv) && !is(word, morphy.Adj) && !is(word, morphy.Noun)
}
