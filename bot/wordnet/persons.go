package wordnet

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed persons.tsv.gz
var personsGz []byte

var loadPersons = sync.OnceValue(func() map[string]bool {
	raw := mustGunzip("persons.tsv.gz", personsGz)
	m := map[string]bool{}
	for line := range strings.Lines(raw) {
		if !strings.HasPrefix(line, "#") {
			m[strings.TrimSuffix(line, "\n")] = true
		}
	}
	return m
})

// IsPerson reports whether a common noun's commonest sense is a kind of
// person ("ambassador", "minister", "chairman"): a title a name may
// carry. word is lower-case.
func IsPerson(word string) bool {
	return loadPersons()[word]
}
