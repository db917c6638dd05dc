package main

import (
	"slices"
	"strings"
)

// placeKinds returns, for each proper name of a place, the kinds of
// place it is, one word each: for each class WordNet makes any of its
// places an instance of, the class's first word, or when that is more
// than one word ("Asian country", "American state") the first word of the
// class one step broader ("south carolina\tstate", "japan\tarchipelago
// country", "houston\tcity port"). A story that has named the place may
// go on to call it by its kind: "the state", "the country's exports".
func (d *db) placeKinds() []string {
	kinds := map[string][]string{}
	for _, key := range d.keys {
		s := d.synsets[key]
		if s.lexfile != locationFile || key[0] != 'n' {
			continue
		}
		var ks []string
		for _, c := range d.classes[key] {
			if w, ok := d.kindWord(c); ok {
				ks = appendNew(ks, w)
				continue
			}
			for _, b := range d.broader[c] {
				if w, ok := d.kindWord(b); ok {
					ks = appendNew(ks, w)
				}
			}
		}
		for _, n := range s.lemmas {
			if lo := strings.ToLower(n); n != lo {
				name := strings.ReplaceAll(lo, "_", " ")
				for _, k := range ks {
					kinds[name] = appendNew(kinds[name], k)
				}
			}
		}
	}
	var lines []string
	for name, ks := range kinds {
		slices.Sort(ks)
		lines = append(lines, name+"\t"+strings.Join(ks, " "))
	}
	slices.Sort(lines)
	return lines
}

// kindWord returns a synset's first word when it is a single lower-case
// word ("city", "state"; not "Asian_country").
func (d *db) kindWord(key string) (string, bool) {
	w := d.synsets[key].lemmas[0]
	return w, isWords(w) && !strings.Contains(w, "_") && w == strings.ToLower(w)
}
