package wordnet

import (
	_ "embed"
	"sync"
)

//go:embed persons.tsv.gz
var personsGz []byte

var loadPersons = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for word := range rows("persons.tsv.gz", personsGz, 1) {
		m[word] = true
	}
	return m
})

// IsPerson reports whether a common noun's commonest sense is a kind of
// person ("ambassador", "minister", "chairman"): a title a name may
// carry. word is lower-case.
func IsPerson(word string) bool {
	return loadPersons()[word]
}
