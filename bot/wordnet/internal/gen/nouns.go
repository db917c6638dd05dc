package main

import (
	"slices"
	"strings"
)

// WordNet's lexicographer files (wndb(5)) of the nouns this package
// reads: places (noun.location), people (noun.person), and the other
// physical things (see physicalFiles).
const (
	animalFile    = 5
	artifactFile  = 6
	bodyFile      = 8
	foodFile      = 13
	locationFile  = 15
	objectFile    = 17
	personFile    = 18
	plantFile     = 20
	substanceFile = 27
)

// nounsIn returns, sorted, the single-word common nouns whose commonest
// noun sense is in the lexicographer file lexfile and that keep accepts.
func (d *db) nounsIn(lexfile int, keep func(string) bool) []string {
	var out []string
	for w := range d.first {
		if d.isNounIn(w, lexfile) && keep(w) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// isNounIn reports whether w is a single-word common noun whose commonest
// noun sense is in the lexicographer file lexfile: WordNet writes it in
// lower case in that sense.
func (d *db) isNounIn(w string, lexfile int) bool {
	keys := d.first[w]
	if len(keys) == 0 || keys[0][0] != 'n' || !isWords(w) || strings.Contains(w, "_") {
		return false
	}
	s := d.synsets[keys[0]]
	return s != nil && s.lexfile == lexfile && slices.Contains(s.lemmas, w)
}
