// Package morphy holds WordNet's detachment rules: the suffixes morphy(7WN)
// strips from an inflected form to guess its base form. The generator and the
// wordnet package share them, so the table and the runtime look-up agree.
package morphy

import "strings"

// POS is a set of WordNet parts of speech.
type POS uint8

// The parts of speech, in the order morphy tries them.
const (
	Noun POS = 1 << iota
	Verb
	Adj
	Adv
)

// Order lists the parts of speech in the order morphy tries them.
var Order = [...]POS{Noun, Verb, Adj, Adv}

// Rule replaces Suffix by Ending for words of part of speech POS.
type Rule struct {
	POS            POS
	Suffix, Ending string
}

// Rules are WordNet 3.0's detachment rules (morph.c), in the order morphy
// applies them. Adverbs have none: they only have an exception list.
var Rules = [...]Rule{
	{Noun, "s", ""}, {Noun, "ses", "s"}, {Noun, "xes", "x"}, {Noun, "zes", "z"},
	{Noun, "ches", "ch"}, {Noun, "shes", "sh"}, {Noun, "men", "man"}, {Noun, "ies", "y"},
	{Verb, "s", ""}, {Verb, "ies", "y"}, {Verb, "es", "e"}, {Verb, "es", ""},
	{Verb, "ed", "e"}, {Verb, "ed", ""}, {Verb, "ing", "e"}, {Verb, "ing", ""},
	{Adj, "er", ""}, {Adj, "est", ""}, {Adj, "er", "e"}, {Adj, "est", "e"},
}

// Stem returns word without the rule's suffix (the caller adds Ending), or
// false when the rule does not apply. As in morph.c, nouns ending in "ss" and
// words of two letters or fewer are left alone, and a rule must leave at
// least one letter.
func (r Rule) Stem(word string) (string, bool) {
	if len(word) <= 2 || !strings.HasSuffix(word, r.Suffix) || len(word) == len(r.Suffix) {
		return "", false
	}
	if r.POS == Noun && strings.HasSuffix(word, "ss") {
		return "", false
	}
	return word[:len(word)-len(r.Suffix)], true
}
