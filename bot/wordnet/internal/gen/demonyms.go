package main

import (
	"slices"
	"strings"
)

// locationFile is WordNet's lexicographer file of places (noun.location).
const locationFile = 15

// addDemonym records a pertainym from an adjective to a place when
// WordNet writes both with a capital: "Swiss" pertains to Switzerland,
// "Dutch" to the Netherlands, "Korean" to Korea. Their spelling rarely
// shares a stem, but news calls a country by either ("Swiss exporters",
// "tariffs on Switzerland"). A common word's pertainym ("naval", "navy";
// "boreal", "north") and an adjective of an organisation ("European",
// linked to the European Union by derivation) are left out.
func (d *db) addDemonym(fromKey, ptr, adjective string, place *synset, name string) {
	if ptr != `\` || fromKey[0] != 'a' || place.lexfile != locationFile || !capitalised(adjective) || !capitalised(name) {
		return
	}
	a, p := strings.ToLower(adjective), strings.ToLower(name)
	if a == p || strings.Contains(a, "_") || strings.Contains(p, "_") {
		return
	}
	d.places[p] = appendNew(d.places[p], a)
	d.places[a] = appendNew(d.places[a], p)
}

// capitalised reports whether WordNet writes a lemma with a capital.
func capitalised(lemma string) bool {
	return lemma != "" && lemma[0] >= 'A' && lemma[0] <= 'Z'
}

// demonymLines returns "word<TAB>its kin|…" for each place and each
// adjective addDemonym recorded, sorted.
func (d *db) demonymLines() []string {
	var lines []string
	for w, kin := range d.places {
		k := slices.Clone(kin)
		slices.Sort(k)
		lines = append(lines, w+"\t"+strings.Join(k, "|"))
	}
	slices.Sort(lines)
	return lines
}
