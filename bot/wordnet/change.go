package wordnet

import (
	_ "embed"
	"sync"
)

//go:embed change.tsv.gz
var changeGz []byte

// loadChange reads the verbs of change with their irregular inflections
// ("rose", "fell", "grew").
var loadChange = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for w := range rows("change.tsv.gz", changeGz, 1) {
		m[w] = true
		for _, f := range Inflections(w) {
			m[f] = true
		}
	}
	return m
})

// IsChange reports whether a verb, in any form, can say that something
// changed: one of its three commonest WordNet senses is a verb of change
// (verb.change: "rise", "cut", "increase", "add", "double"), or any of
// its senses is a change in amount ("soar", "jump", "gain", "slump"), as
// none of "export", "pay", "sell", "take" or "bring" is.
func IsChange(verb string) bool {
	return verbIn(loadChange(), verb)
}
