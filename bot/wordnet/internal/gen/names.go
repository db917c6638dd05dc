package main

import (
	"slices"
	"strings"
)

// nameFiles are the lexicographer files of the names namePairs reads:
// noun.group (organisations, parties, agencies) and noun.location
// (countries, cities, regions). People's names are left out: a surname
// names many people.
var nameFiles = map[int]bool{14: true, 15: true}

// namePairs returns, for each proper name of an organisation or a place
// whose commonest sense is that one, the other proper names of the sense
// whose commonest sense it is too, lower-cased, with spaces for
// underscores: "uk\tunited kingdom|u.k.|britain|great britain|…",
// "burma\tmyanmar|union of burma". A text may call a country or an
// agency by any of them.
func (d *db) namePairs() []string {
	var lines []string
	for _, key := range d.keys {
		s := d.synsets[key]
		if !nameFiles[s.lexfile] || key[0] != 'n' {
			continue
		}
		var names []string
		for _, l := range s.lemmas {
			if l != strings.ToLower(l) {
				names = append(names, l)
			}
		}
		if len(names) < 2 {
			continue
		}
		for _, n := range names {
			if d.noun[strings.ToLower(n)] != key {
				continue // "Fed" is a federal agent first
			}
			var others []string
			for _, o := range names {
				// Another name counts only when it names this first too:
				// "Labor" is work first, "Europe" the continent, not the
				// EU; "the States" is any states.
				if lo := strings.ToLower(o); o != n && d.noun[lo] == key && !strings.HasPrefix(lo, "the_") {
					others = appendNew(others, strings.ReplaceAll(lo, "_", " "))
				}
			}
			if len(others) == 0 {
				continue
			}
			lines = append(lines, strings.ToLower(strings.ReplaceAll(n, "_", " "))+"\t"+strings.Join(others, "|"))
		}
	}
	slices.Sort(lines)
	return slices.Compact(lines)
}
