package wordnet

import _ "embed"

//go:embed demonyms.tsv.gz
var demonymsGz []byte

var loadDemonyms = wordLists("demonyms.tsv.gz", demonymsGz, bars)

// Demonyms returns the adjectives WordNet says pertain to a place
// ("switzerland": swiss; "netherlands": dutch), the nouns it makes its
// people members of it by ("australia": aussie, australian; "sweden":
// swede) and the word before the style of its formal name
// ("madagascar": malagasy, of the Malagasy Republic), where WordNet
// writes both with a capital; or for such a word its places ("swiss":
// switzerland; "aussie": australia; "malagasy": madagascar); nil for any
// other word. A text may name a country either way, and the two seldom
// share a stem. word is lower-case. The result is shared: callers must
// not modify it.
func Demonyms(word string) []string {
	return loadDemonyms()[word]
}
