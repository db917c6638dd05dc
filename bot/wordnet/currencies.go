package wordnet

import (
	_ "embed"
	"maps"
	"slices"
)

//go:embed currencies.tsv.gz
var currenciesGz []byte

var loadCurrencies = wordSet("currencies.tsv.gz", currenciesGz)

// Currencies returns, sorted, the nouns whose commonest sense is a
// monetary unit or narrower ("dollar", "cent", "dirham", "zloty"; 161 of
// them), and their plurals ("cents", "pence"): a figure written before
// one is a sum of money. Not a name whose commonest sense is another
// thing ("yen", "pound", "crown", "real").
func Currencies() []string {
	return slices.Sorted(maps.Keys(loadCurrencies()))
}
