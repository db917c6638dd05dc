package wordnet

import (
	_ "embed"
	"sync"
)

//go:embed plurals.tsv.gz
var pluralsGz []byte

// Plurals returns the plural nouns that do not end in -s, sorted: the
// forms of WordNet's noun exception list ("children", "criteria"), the
// nouns it glosses as plural ("people") and the plurals in -men of its
// words for a person in -man ("women", "fishermen"), as the table
// lists them (sorted). The result is shared: callers must not modify it.
var Plurals = sync.OnceValue(func() []string {
	var out []string
	for w := range rows("plurals.tsv.gz", pluralsGz, 1) {
		out = append(out, w)
	}
	return out
})
