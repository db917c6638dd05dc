package wordnet

import (
	_ "embed"
	"sync"
)

//go:embed capitals.tsv.gz
var capitalsGz []byte

var loadCapitals = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for capital, country := range rows("capitals.tsv.gz", capitalsGz, 2) {
		m[capital] = country
	}
	return m
})

// CountryOf returns the country a national capital is the capital of,
// as WordNet relates them ("seoul": "south korea", "ottawa": "canada",
// through Ontario), or "" for any other word. News names a government
// by its capital ("Seoul wants a swap line", "Ottawa made the quotas
// stricter"). capital is lower-case, with single spaces.
func CountryOf(capital string) string {
	return loadCapitals()[capital]
}
