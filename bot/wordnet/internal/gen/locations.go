package main

import (
	"slices"
	"strings"
)

// locationLexfile is WordNet's lexicographer file of nouns for places
// (noun.location).
const locationLexfile = 15

// locationNouns returns the single-word common nouns whose commonest
// sense is a kind of place ("province", "region", "district", "port"):
// the words a text names a place by with its name ("the *province* of
// Castellón", "the Karaganda *region*"). Not the proper names of places
// ("Canada"), which WordNet writes with a capital.
func (d *db) locationNouns() []string {
	var out []string
	for w, keys := range d.first {
		if len(keys) == 0 || keys[0][0] != 'n' || !isWords(w) || strings.Contains(w, "_") {
			continue
		}
		if s := d.synsets[keys[0]]; s != nil && s.lexfile == locationLexfile && slices.Contains(s.lemmas, w) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}
