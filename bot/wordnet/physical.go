package wordnet

import _ "embed"

//go:embed physical.tsv.gz
var physicalGz []byte

var loadPhysical = wordSet("physical.tsv.gz", physicalGz)

// IsPhysical reports whether a common noun's commonest noun sense is a
// physical thing: an animal, an artifact, a part of the body, a food, a
// place, a natural object, a person, a plant or a substance ("rice",
// "motorcycles", "steel"), not an abstraction ("weakness", "methodology",
// "behalf"). word is lower-case; a plural is read by its lemma.
func IsPhysical(word string) bool {
	m := loadPhysical()
	return m[word] || m[Lemma(word)]
}
