package wordnet

import _ "embed"

//go:embed persons.tsv.gz
var personsGz []byte

var loadPersons = wordSet("persons.tsv.gz", personsGz)

// IsPerson reports whether a common noun's commonest sense is a kind of
// person ("ambassador", "minister", "chairman"): a title a name may
// carry. word is lower-case.
func IsPerson(word string) bool {
	return loadPersons()[word]
}
