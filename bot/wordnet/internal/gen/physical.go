package main

import "slices"

// physicalFiles are WordNet's lexicographer files of nouns for physical
// things. The others name acts, attributes, thoughts, communications,
// events, feelings, groups, possessions, quantities, relations, states
// and times.
var physicalFiles = []int{animalFile, artifactFile, bodyFile, foodFile, locationFile, objectFile, personFile, plantFile, substanceFile}

// physicalNouns returns the single-word common nouns whose commonest noun
// sense is a physical thing ("rice", "motorcycle", "steel", "farmer"),
// not an abstraction ("weakness", "methodology", "behalf", "proportion").
func (d *db) physicalNouns() []string {
	var out []string
	for _, f := range physicalFiles {
		out = append(out, d.nounsIn(f, func(string) bool { return true })...)
	}
	slices.Sort(out) // a word's commonest sense is in one file only
	return out
}
