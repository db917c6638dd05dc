package wordnet

import (
	_ "embed"
	"maps"
	"slices"
)

//go:embed locations.tsv.gz
var locationsGz []byte

var loadLocations = wordSet("locations.tsv.gz", locationsGz)

// IsLocation reports whether a common noun's commonest noun sense is a
// kind of place ("province", "region", "district", "port"; WordNet's
// noun.location) and the tagged corpus uses it mostly as a noun: a word a
// text names a place by with its name ("the *province* of Castellón", "the
// Karaganda *region*"). Not "see", "left" or "there", mostly other parts
// of speech though their commonest noun sense is a place. word is
// lower-case and a lemma ("region", not "regions").
func IsLocation(word string) bool {
	return loadLocations()[word]
}

// Locations returns every noun IsLocation reports, sorted.
func Locations() []string {
	return slices.Sorted(maps.Keys(loadLocations()))
}
