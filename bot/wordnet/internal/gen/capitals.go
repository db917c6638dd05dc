package main

import (
	"slices"
	"strings"
)

// capitalClass is the noun whose commonest sense classes a capital:
// Ottawa is an instance of a national capital.
const capitalClass = "national_capital"

// countryLemmas name, together, the senses that class a country: "state,
// nation, country, land" (a body politic) and "country, state, land" (a
// territory). Canada is an instance of a North American country, a kind
// of the second. "Area, country" (a region) names no state and is left
// out: a capital or a camp may be an instance of it.
var countryLemmas = []string{"country", "state"}

// capitals returns "capital<TAB>country" for each name of each national
// capital in WordNet ("bruxelles" and "brussels"; not "belgian capital"),
// lower-case with single spaces. The country is the outermost country
// among the wholes the capital is part of, and their wholes ("ottawa":
// Ontario, part of Canada; "london": England, part of the United
// Kingdom). News names a government by its capital ("Seoul wants a swap
// line"), which a text may call by its country. WordNet gives some
// capitals no country this way: Tallinn, Riga and Vilnius (the Baltic
// States are areas), Taipei (Taiwan is an island), Astana and
// Yamoussoukro (no part-of link).
func (d *db) capitals() []string {
	capital := d.noun[capitalClass]
	var countries []string
	for _, k := range d.keys {
		if s := d.synsets[k]; k[0] == 'n' && !slices.ContainsFunc(countryLemmas, func(l string) bool { return !slices.Contains(s.lemmas, l) }) {
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
		country := ""
		seen := map[string]bool{}
		for todo := slices.Clone(d.wholes[k]); len(todo) > 0; {
			w := todo[0]
			todo = todo[1:]
			if seen[w] {
				continue
			}
			seen[w] = true
			if isCountry(w) {
				country = d.synsets[w].lemmas[0]
			}
			todo = append(todo, d.wholes[w]...)
		}
		if country == "" {
			continue
		}
		for _, l := range d.synsets[k].lemmas {
			if !strings.Contains(strings.ToLower(l), "capital") {
				out = append(out, asName(l)+"\t"+asName(country))
			}
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
