package main

import (
	"maps"
	"slices"
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet/internal/morphy"
)

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

// addNationals records, beside the adjectives, the nouns WordNet makes
// its people members of a place by ("Aussie", "Australian" of Australia;
// "Swede" of Sweden; "Pole" of Poland), where it writes both with a
// capital and each is one word: "What duty do *Aussie* lamb exporters
// pay" asks about Australia, and "Swedes" are its people. Not one
// person (an instance: Plato of Athens), nor a noun that is already a
// place's adjective ("American": America, not "US" too), whose places
// addDemonym has. A region's people are recorded as a country's are
// ("North": northerner, Yankee), since leaving out the places whose name
// is also a common word would leave out Turkey and Japan too.
func (d *db) addNationals() {
	adjectives := maps.Clone(d.places)
	for key, groups := range d.groups {
		people := d.synsets[key]
		if people == nil || people.lexfile != personFile || len(d.classes[key]) > 0 {
			continue
		}
		for _, g := range groups {
			place := d.synsets[g]
			if place == nil || place.lexfile != locationFile {
				continue
			}
			for _, noun := range people.lemmas {
				for _, name := range place.lemmas {
					if !capitalised(noun) || !capitalised(name) {
						continue
					}
					n, p := strings.ToLower(noun), strings.ToLower(name)
					if _, ok := adjectives[n]; ok || n == p || strings.Contains(n, "_") || strings.Contains(p, "_") {
						continue
					}
					d.places[p] = appendNew(d.places[p], n)
					d.places[n] = appendNew(d.places[n], p)
				}
			}
		}
	}
}

// stateStyles are the nouns a state's formal name ends in after its
// people's word: "Malagasy Republic", "Kyrgyz Republic", "Hellenic
// Republic".
var stateStyles = map[string]bool{"Republic": true, "Kingdom": true, "Federation": true, "Confederation": true, "Principality": true, "Sultanate": true, "Emirate": true}

// addStyledNames records, beside the adjectives and the nouns for its
// people, the word a country's formal name puts before its style
// ("Malagasy" of the Malagasy Republic, Madagascar; "Kyrgyz" of the
// Kyrgyz Republic, Kyrgyzstan), which WordNet links to the country by no
// pertainym: news calls a country's exports "Malagasy vanilla". Not a
// word WordNet knows in lower case as an adjective or a verb ("United"
// of the United Kingdom), nor one a place already has.
func (d *db) addStyledNames() {
	for _, key := range d.keys {
		s := d.synsets[key]
		if s == nil || s.lexfile != locationFile {
			continue
		}
		for _, l := range s.lemmas {
			parts := strings.Split(l, "_")
			if len(parts) != 2 || !stateStyles[parts[1]] || !capitalised(parts[0]) {
				continue
			}
			w := strings.ToLower(parts[0])
			if d.known[w]&(morphy.Adj|morphy.Verb) != 0 {
				continue
			}
			if _, ok := d.places[w]; ok {
				continue
			}
			for _, name := range s.lemmas {
				if p := strings.ToLower(name); capitalised(name) && !strings.Contains(p, "_") && p != w {
					d.places[p] = appendNew(d.places[p], w)
					d.places[w] = appendNew(d.places[w], p)
				}
			}
		}
	}
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
