package wordnet

import (
	_ "embed"
	"strings"
)

//go:embed placekinds.tsv.gz
var placeKindsGz []byte

var loadPlaceKinds = wordLists("placekinds.tsv.gz", placeKindsGz, strings.Fields)

// PlaceKinds returns the kinds of place a proper name names, one word
// each, from the classes WordNet makes it an instance of ("south
// carolina": state; "houston": city, port; "japan": archipelago,
// country), or nil. A story that has named the place may call it "the
// state" or "the country" after. name is lower-case, its words one space
// apart.
func PlaceKinds(name string) []string {
	return loadPlaceKinds()[name]
}
