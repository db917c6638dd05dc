package main

import (
	"slices"
	"strings"
)

// amountRoots are the nouns whose commonest senses head WordNet's
// amounts: a quantity ("measure, quantity, amount": quota, volume, acre),
// a sum of money ("revenue", "profit"), a magnitude ("deficit",
// "surplus"), a cost ("fee", "fine", "wage"), a monetary value
// ("price"), an income ("sales") and a liability ("tax", "tariff",
// "loan").
var amountRoots = []string{"quantity", "amount", "magnitude", "cost", "monetary_value", "income", "liabilities"}

// moneyRoots are the amounts that only a sum of money states: a sum
// ("sum, sum of money": "revenue", "receipts"), a monetary value
// ("price") and an income ("sales", "earnings", "profit"). A question
// of one of them asks for money, not a share or a tonnage. Not a cost
// nor a liability: a fee, a royalty, a tariff or a tax is as often a
// rate.
var moneyRoots = []string{"sum", "monetary_value", "income"}

// notAmountRoots head the kinds of quantity a question does not ask the
// figure of: systems and units of measurement ("standard", "currency",
// "fund", "unit", "pound"), indefinite quantities ("supply", "lot",
// "outage") and numbers themselves ("two", "digit").
var notAmountRoots = []string{"system_of_measurement", "unit_of_measurement", "indefinite_quantity", "digit", "integer"}

// timeLexfile is WordNet's lexicographer file of nouns of time
// (noun.time): "year", "deadline" and "phase" are kinds of measure too,
// but a question of them asks when or how long.
const timeLexfile = 28

// amountNouns returns the single-word nouns whose commonest sense is one
// of amountRoots or narrower, not narrower than notAmountRoots, and not a
// time: what a figure answers ("what tariff …", "what fine …").
func (d *db) amountNouns() []string {
	roots, not := d.commonestNouns(amountRoots), d.commonestNouns(notAmountRoots)
	var out []string
	for w, k := range d.noun {
		if strings.Contains(w, "_") || !isWords(strings.ReplaceAll(w, "-", "")) {
			continue
		}
		if s := d.synsets[k]; s != nil && s.lexfile != timeLexfile && d.reaches(k, roots) && !d.reaches(k, not) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// moneyNouns returns the amount nouns (see amountNouns) whose commonest
// sense is one of moneyRoots or narrower and that the tagged corpus uses
// more often as a noun than as any other part of speech, or never tags;
// not a word that heads other amounts than money ("amount": what amount
// of steel), nor one mostly a verb ("take": the analyst's take on it).
func (d *db) moneyNouns(used map[string]*[4]int) []string {
	roots := d.commonestNouns(moneyRoots)
	var out []string
	for _, w := range d.amountNouns() {
		if mostlyNoun(used, w) && (!slices.Contains(amountRoots, w) || slices.Contains(moneyRoots, w)) && d.reaches(d.noun[w], roots) {
			out = append(out, w)
		}
	}
	return out
}

// commonestNouns returns the commonest noun sense of each word it has one.
func (d *db) commonestNouns(words []string) []string {
	var out []string
	for _, w := range words {
		if k := d.noun[w]; k != "" {
			out = append(out, k)
		}
	}
	return out
}

// reaches reports whether synset k is one of targets or narrower than
// one, through WordNet's hypernyms.
func (d *db) reaches(k string, targets []string) bool {
	seen := map[string]bool{}
	todo := []string{k}
	for len(todo) > 0 {
		k, todo = todo[len(todo)-1], todo[:len(todo)-1]
		if slices.Contains(targets, k) {
			return true
		}
		for _, b := range d.broader[k] {
			if !seen[b] {
				seen[b] = true
				todo = append(todo, b)
			}
		}
	}
	return false
}
