package wordnet

import _ "embed"

//go:embed physical.tsv.gz
var physicalGz []byte

var loadPhysical = wordSet("physical.tsv.gz", physicalGz)

// IsPhysical reports whether a common noun's commonest noun sense is a
// physical thing: an animal, an artifact, a part of the body, a food, a
// place, a natural object, a person, a plant or a substance ("rice",
// "motorcycles", "steel"). It is false for an abstraction ("weakness",
// "methodology", "behalf"), and also for the nouns whose commonest sense
// WordNet files elsewhere though they name things: its unique beginners
// ("person", "food"), phenomena ("electricity"), states and groups; and
// "goods", read as the plural of "good", a benefit. word is lower-case; a
// plural is read by its noun's lemma.
func IsPhysical(word string) bool {
	m := loadPhysical()
	return m[word] || IsNoun(word) && m[Lemma(word)]
}
