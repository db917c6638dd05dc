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
	for w, keys := range d.first {
		if len(keys) == 0 || keys[0][0] != 'n' || !isWords(w) || strings.Contains(w, "_") {
			continue
		}
		s := d.synsets[keys[0]]
		if s == nil || s.lexfile != personLexfile {
			continue
		}
		// A common noun: WordNet writes it in lower case in that sense.
		if slices.ContainsFunc(s.lemmas, func(l string) bool { return l == w }) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}
