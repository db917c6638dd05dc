package main

import (
	"slices"
	"strings"
)

// inflections returns "base<TAB>forms" lines: the exception lists read
// backwards, so that a base form reaches its irregular inflections ("lose"
// → "lost", "buy" → "bought", "child" → "children"), which no suffix rule
// or stemmer makes.
func (d *db) inflections() []string {
	forms := map[string][]string{}
	for form, bases := range d.except {
		for _, b := range bases {
			forms[b.word] = appendNew(forms[b.word], form)
		}
	}
	out := make([]string, 0, len(forms))
	for b, fs := range forms {
		slices.Sort(fs)
		out = append(out, b+"\t"+strings.Join(fs, " "))
	}
	slices.Sort(out)
	return out
}

func writeInflections(path string, lines []string) error {
	return writeLines(path, "base<TAB>irregular inflections, from the exception lists", lines)
}
