package wordnet

import (
	_ "embed"
	"maps"
	"slices"
)

//go:embed locations.tsv.gz
var locationsGz []byte

var loadLocations = wordSet("locations.tsv.gz", locationsGz)

// IsLocation reports whether a common noun's commonest sense is a kind of
// place ("province", "region", "district", "port"; WordNet's
// noun.location): a word a text names a place by with its name ("the
// *province* of Castellón", "the Karaganda *region*"). word is lower-case
// and a lemma ("region", not "regions").
func IsLocation(word string) bool {
	return loadLocations()[word]
}

// Locations returns every noun IsLocation reports, sorted.
func Locations() []string {
	return slices.Sorted(maps.Keys(loadLocations()))
}
