package main

import (
	"slices"
	"strings"
)

// capitalClass is the noun whose commonest sense classes a capital, and
// countryClass the noun whose senses class a country: Ottawa is an
// instance of a national capital, Canada of a North American country,
// a kind of country (in its sense of a territory, not its commonest, a
// body politic).
const capitalClass, countryClass = "national_capital", "country"

// capitals returns "capital<TAB>country" for each national capital in
// WordNet, lower-case with single spaces: the first country among the
// wholes it is part of, or their wholes ("ottawa": Ontario, part of
// Canada). News names a government by its capital ("Seoul wants a swap
// line"), which a text may call by its country.
func (d *db) capitals() []string {
	capital := d.noun[capitalClass]
	var countries []string
	for _, k := range d.keys {
		if k[0] == 'n' && slices.Contains(d.synsets[k].lemmas, countryClass) {
			countries = append(countries, k)
		}
	}
	if capital == "" || len(countries) == 0 {
		return nil
	}
	isCountry := func(k string) bool {
		return slices.ContainsFunc(d.classes[k], func(c string) bool { return d.reaches(c, countries) })
	}
	var out []string
	for _, k := range d.keys {
		if !slices.Contains(d.classes[k], capital) {
			continue
		}
		seen := map[string]bool{}
		for todo := slices.Clone(d.wholes[k]); len(todo) > 0; {
			w := todo[0]
			todo = todo[1:]
			if seen[w] {
				continue
			}
			seen[w] = true
			if isCountry(w) {
				out = append(out, asName(d.synsets[k].lemmas[0])+"\t"+asName(d.synsets[w].lemmas[0]))
				break
			}
			todo = append(todo, d.wholes[w]...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// asName writes a WordNet lemma as a name is matched: lower-case, with
// spaces ("New_Delhi": "new delhi").
func asName(lemma string) string {
	return strings.ToLower(strings.ReplaceAll(lemma, "_", " "))
}
