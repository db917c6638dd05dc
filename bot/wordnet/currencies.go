package wordnet

import _ "embed"

//go:embed currencies.tsv.gz
var currenciesGz []byte

// Currencies returns, in the table's (sorted) order, the nouns whose
// commonest sense is a monetary unit or narrower ("dollar", "cent",
// "dirham", "zloty"; 161 of them), and their plurals ("cents", "pence"):
// a figure written before one is a sum of money. Not a name whose
// commonest sense is another thing ("yen", "pound", "crown", "real").
// Each call reads the table; the bot reads it once, for a pattern.
func Currencies() []string {
	var out []string
	for w := range rows("currencies.tsv.gz", currenciesGz, 1) {
		out = append(out, w)
	}
	return out
}
