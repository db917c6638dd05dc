package bot

// The sort of thing a name names, as far as general tables tell: a place
// (or a union of places) or anything else. A follow-up's new name takes
// the place of a name of its own sort ("what about Korea?" after "What
// tariff does Japan pay?"), never of a person's ("Why did Ishiba quit?").

import (
	"slices"
	"strings"

	"github.com/dealbot/dealbot/bot/countries"
	"github.com/dealbot/dealbot/bot/wordnet"
)

// namesPlace reports whether a name names a place or a union of places:
// a country ISO names ("Canada"), an ISO code ("US"), a place or
// organisation WordNet gives other names ("Korea", "Tokyo"), an acronym
// of one ("EU": European Union), or the adjective of one ("Japanese").
func namesPlace(name string) bool {
	n := strings.ToLower(strings.Join(strings.Fields(strings.TrimRight(leadingArticle.ReplaceAllString(undot(name), ""), ".")), " "))
	if n == "" {
		return false
	}
	if placeNamed(n) {
		return true
	}
	if _, ok := countries.Name(n); ok && allCapitals(strings.TrimRight(strings.TrimSpace(undot(name)), ".")) {
		return true
	}
	for _, long := range wordnet.LongForms(n) {
		if placeNamed(long) {
			return true
		}
	}
	for _, w := range wordnet.Related(n) {
		if placeNamed(w) {
			return true
		}
	}
	return false
}

// placeNamed reports whether a lower-case name is a country's or one
// WordNet gives other names as a place or organisation.
func placeNamed(n string) bool {
	return countries.IsName(n) || len(wordnet.OtherNames(n)) > 0
}

// adjectiveOf returns the adjective of a place, capitalised as a name
// ("Korea": "Korean"), when WordNet links the two both ways; of several,
// the one that begins most as the place does ("Thailand": "Thai", not
// "Tai"; "Malaysia": "Malaysian", not "Malayan"). It is "" when there is
// none.
func adjectiveOf(place string) string {
	n := strings.ToLower(place)
	best, shared := "", 0
	for _, w := range wordnet.Related(n) {
		if !wordnet.IsAdjective(w) || !slices.Contains(wordnet.Related(w), n) {
			continue
		}
		if k := commonPrefix(w, n); k > shared {
			best, shared = w, k
		}
	}
	return capitalize(best)
}

// commonPrefix returns how many bytes a and b begin with alike.
func commonPrefix(a, b string) int {
	k := 0
	for k < len(a) && k < len(b) && a[k] == b[k] {
		k++
	}
	return k
}
