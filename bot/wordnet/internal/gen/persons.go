package main

import (
	"slices"
	"strings"
)

// personLexfile is WordNet's lexicographer file of nouns for people
// (noun.person).
const personLexfile = 18

// personNouns returns the single-word common nouns whose commonest sense
// is a kind of person ("ambassador", "minister", "chairman"): the titles
// a name may carry ("Ambassador Greer") that a text may leave out.
func (d *db) personNouns() []string {
	var out []string
	for w := range d.first {
		if d.isPersonNoun(w) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// isPersonNoun reports whether w is a single-word common noun whose
// commonest sense is a kind of person: WordNet writes it in lower case
// in that sense.
func (d *db) isPersonNoun(w string) bool {
	keys := d.first[w]
	if len(keys) == 0 || keys[0][0] != 'n' || !isWords(w) || strings.Contains(w, "_") {
		return false
	}
	s := d.synsets[keys[0]]
	return s != nil && s.lexfile == personLexfile && slices.Contains(s.lemmas, w)
}
