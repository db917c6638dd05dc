package main

import "slices"

// physicalFiles are WordNet's lexicographer files of nouns for physical
// things (wndb(5)): noun.animal, noun.artifact, noun.body, noun.food,
// noun.location, noun.object, noun.person, noun.plant, noun.substance.
// The others name acts, attributes, thoughts, communications, events,
// feelings, groups, possessions, quantities, relations, states and times.
var physicalFiles = []int{5, 6, 8, 13, locationFile, 17, personFile, 20, 27}

// physicalNouns returns the single-word common nouns whose commonest noun
// sense is a physical thing ("rice", "motorcycle", "steel", "farmer"),
// not an abstraction ("weakness", "methodology", "behalf", "proportion").
func (d *db) physicalNouns() []string {
	var out []string
	for _, f := range physicalFiles {
		out = append(out, d.nounsIn(f, func(string) bool { return true })...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
