package main

import (
	"slices"
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet/internal/morphy"
)

// currencyNouns returns the single-word nouns whose commonest sense is a
// monetary unit or narrower ("dollar", "cent", "dirham", "zloty"), each
// with its plurals, regular and irregular ("cents", "pennies", "pence"):
// a figure written before one is a sum of money ("64 cents a pound"). Not
// a name whose commonest sense is another thing ("yen", a yearning;
// "pound", a weight; "mill", a factory).
func (d *db) currencyNouns() []string {
	roots := d.commonestNouns([]string{"monetary_unit"})
	units := map[string]bool{}
	var out []string
	for w, k := range d.noun {
		if !strings.Contains(w, "_") && isWords(strings.ReplaceAll(w, "-", "")) && d.reaches(k, roots) {
			units[w] = true
			out = append(out, w, regularPlural(w))
		}
	}
	for form, bases := range d.except {
		for _, b := range bases {
			if b.pos == morphy.Noun && units[b.word] {
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
