package wordnet

import (
	_ "embed"
	"strings"
	"sync"
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

// loadKinds is the set of the kinds PlaceKinds gives.
var loadKinds = sync.OnceValue(func() map[string]bool {
	kinds := map[string]bool{}
	for _, ks := range loadPlaceKinds() {
		for _, k := range ks {
			kinds[k] = true
		}
	}
	return kinds
})

// IsPlaceKind reports whether some proper name is a place of this kind
// ("country", "port", "state"): whether PlaceKinds gives it for any name.
func IsPlaceKind(kind string) bool {
	return loadKinds()[kind]
}
