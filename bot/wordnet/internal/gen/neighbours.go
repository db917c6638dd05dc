package main

import (
	"slices"
	"strings"
)

// neighbours returns "word<TAB>words" lines: for each single-word noun and
// verb, the other single-word lemmas of its commonest sense and of that
// sense's direct hypernyms ("boat" → vessel watercraft; "choose" → select
// take decide determine). They are words that may stand for it in a text
// ("the vessels" for "the boats"), weaker evidence than its own family.
func (d *db) neighbours() []string {
	var out []string
	for w, keys := range d.first {
		var near []string
		add := func(key string) {
			s := d.synsets[key]
			if s == nil {
				return
			}
			for _, l := range s.lemmas {
				if l = strings.ToLower(l); l != w && isWords(l) && !strings.Contains(l, "_") {
					near = appendNew(near, l)
				}
			}
		}
		for _, k := range keys {
			add(k)
			for _, b := range d.broader[k] {
				add(b)
			}
		}
		if len(near) > 0 {
			slices.Sort(near)
			out = append(out, w+"\t"+strings.Join(near, " "))
		}
	}
	slices.Sort(out)
	return out
}
