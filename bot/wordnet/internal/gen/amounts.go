package main

import (
	"slices"
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet/internal/morphy"
)

// amountRoots are the nouns whose commonest senses head WordNet's
// amounts: a quantity ("measure, quantity, amount": quota, volume, acre),
// a sum of money ("revenue", "profit"), a magnitude ("deficit",
// "surplus"), a cost ("fee", "fine", "wage"), a monetary value
// ("price"), an income ("sales") and a liability ("tax", "tariff",
// "loan").
var amountRoots = []string{"quantity", "amount", "magnitude", "cost", "monetary_value", "income", "liabilities"}

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

// currencyNouns returns the single-word nouns whose commonest sense is a
// monetary unit or narrower ("dollar", "cent", "dirham", "zloty"), each
// with its plurals, regular and irregular ("cents", "pennies", "pence"):
// a figure written before one is a sum of money ("64 cents a pound"). Not
// a name whose commonest sense is another thing ("yen", a yearning;
// "pound", a weight; "mill", a factory).
func (d *db) currencyNouns() []string {
	roots := d.commonestNouns([]string{"monetary_unit"})
	var out []string
	for w, k := range d.noun {
		if !strings.Contains(w, "_") && isWords(strings.ReplaceAll(w, "-", "")) && d.reaches(k, roots) {
			out = append(out, w, regularPlural(w))
		}
	}
	for form, bases := range d.except {
		for _, b := range bases {
			if b.pos == morphy.Noun && slices.Contains(out, b.word) {
				out = append(out, form) // "pence", "lire"
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// regularPlural returns a noun's regular English plural: "cents",
// "pennies", "kopecks".
func regularPlural(noun string) string {
	switch {
	case len(noun) > 1 && strings.HasSuffix(noun, "y") && !strings.ContainsRune("aeiou", rune(noun[len(noun)-2])):
		return noun[:len(noun)-1] + "ies"
	case strings.HasSuffix(noun, "s"), strings.HasSuffix(noun, "x"), strings.HasSuffix(noun, "z"), strings.HasSuffix(noun, "ch"), strings.HasSuffix(noun, "sh"):
		return noun + "es"
	}
	return noun + "s"
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
