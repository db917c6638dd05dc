package wordnet

import _ "embed"

//go:embed money.tsv.gz
var moneyGz []byte

var loadMoney = wordSet("money.tsv.gz", moneyGz)

// IsMoney reports whether a noun's commonest sense is an amount (see
// IsAmount) that only a sum of money states: a sum ("revenue"), a
// monetary value ("price") or an income ("sales", "earnings", "profit"). Not a
// quantity ("quota", "volume"), nor a cost or a liability ("fee",
// "royalty", "tariff", "tax"), as often a rate. word is lower-case, as
// the table writes it.
func IsMoney(word string) bool {
	return loadMoney()[word]
}
