package wordnet

import _ "embed"

//go:embed amounts.tsv.gz
var amountsGz []byte

var loadAmounts = wordSet("amounts.tsv.gz", amountsGz)

// IsAmount reports whether a noun's commonest sense is an amount that a
// figure states: a quantity ("quota", "volume"), a magnitude ("deficit",
// "surplus"), a sum of money ("revenue"), a cost ("fee", "fine"), a
// monetary value ("price"), an income ("profit") or a liability ("tariff",
// "tax", "loan"); not a unit, a standard, an indefinite quantity or a
// digit. Units of time ("year", "deadline") are not amounts either:
// they ask when or how long. word is lower-case and read as written:
// the table holds lemmas ("tariff", not "tariffs") and the plurals WordNet
// lists as nouns of their own ("sales", "earnings", "damages").
func IsAmount(word string) bool {
	return loadAmounts()[word]
}
