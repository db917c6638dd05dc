package wordnet

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed inflections.tsv
var inflectionsTSV string

var loadInflections = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for line := range strings.Lines(inflectionsTSV) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		base, forms, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok {
			panic("wordnet: inflections.tsv: bad line " + line)
		}
		m[base] = strings.Fields(forms)
	}
	return m
})

// Inflections returns the irregular inflections of a base form, from
// WordNet's exception lists read backwards: "lose" → "lost", "buy" →
// "bought", "child" → "children". Regular ones ("tariffs", "imposed") are
// the stemmer's. The result is shared: callers must not modify it.
func Inflections(base string) []string { return loadInflections()[lower(base)] }
