package bot

// Stage 2 (expand), continued: a government named by its capital.

import (
	"strings"

	"github.com/dealbot/dealbot/bot/countries"
	"github.com/dealbot/dealbot/bot/wordnet"
)

// countryStems returns the stems a text may name a country by, as weak
// evidence (see term.near) for a question that names it by its capital
// ("how long does *Seoul* get to decide?": "Korea will have 45 days").
// They are the stems of its one-word names and of their adjectives
// ("canada", "canadian"; "britain", "british"), and of the last word of
// a longer name that names a place but no other country ("korea" for
// "south korea"; not "states", nor "ireland" for "united kingdom of
// great britain and northern ireland", nor "guinea" for "papua new
// guinea"). A neighbour, not another name: "when will Trump visit
// Beijing" asks about the city, which "China" does not say. Where the
// question puts the capital as the one who acts ("when did Ottawa
// conclude"), the country's noun says it for deciding whether a
// passage answers, though it still ranks as a neighbour (see
// namesGovernment).
//
// Limits: a capital is read only as a name written capitalised inside
// the question, alone ("Seoul") or as a run of capitalised words that is
// the whole of its name ("New Delhi"; not "seoul" typed in lower case);
// a stem is shared by other words, as everywhere
// ("france" and "francs" are both "franc"); and a person or paper named
// like a capital ("George Washington", "the Washington Post") is read
// as the capital.
//
// The set is worked out once per country (see countryCache) and shared:
// callers must not modify it.
func countryStems(country string) map[string]bool {
	return countryCache.get(country, stemsOfCountry)
}

// countryCache keeps each country's stems: a few hundred countries at most.
var countryCache = wordCache[map[string]bool]{max: 512} // country → stems it is named by

// stemsOfCountry works out countryStems.
func stemsOfCountry(country string) map[string]bool {
	set := map[string]bool{}
	for _, w := range countryWords(country) {
		set[stem(w)] = true
	}
	return set
}

// countryWords returns the words a text may name a country by (see
// countryStems), as written: "canada", "canadian".
func countryWords(country string) []string {
	var out []string
	add := func(name string) {
		out = append(out, name)
		for _, w := range wordnet.Related(name) {
			if wordnet.IsAdjective(w) && !strings.Contains(w, " ") {
				out = append(out, w) // "french" for "france"
			}
		}
	}
	for _, n := range append([]string{country}, wordnet.OtherNames(country)...) {
		ws := strings.Fields(n)
		switch {
		case strings.Contains(n, ".") || len(ws) == 0:
		case len(ws) == 1:
			add(n)
		case namesPlace(ws[len(ws)-1]) && !countries.IsName(ws[len(ws)-1]):
			add(ws[len(ws)-1])
		}
	}
	return out
}
