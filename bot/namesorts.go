package bot

// The sort of thing a name names, as far as general tables tell: a place
// (or a union or body of places), a person, a month or day, or anything
// else. A follow-up's new name takes the place of a name of a sort it can
// stand for ("what about Korea?" after "What tariff does Japan pay?"),
// never of a person's ("Why did Ishiba quit?") nor of a date's ("… in
// July?").

import (
	"slices"
	"strings"

	"github.com/dealbot/dealbot/bot/countries"
	"github.com/dealbot/dealbot/bot/wordnet"
)

// nameSort is the sort of thing a name names.
type nameSort int

const (
	otherName  nameSort = iota // known to WordNet, no place: "Toyota", "Trump"
	placeName                  // see namesPlace
	personName                 // unknown to WordNet, as most surnames are, or with a person's title ("Prime Minister …")
	dateName                   // a month or a day of the week
)

// sortOf returns the sort of thing a name names.
func sortOf(name string) nameSort {
	words := strings.Fields(strings.ToLower(plainName(name)))
	if len(words) == 0 {
		return otherName
	}
	last := words[len(words)-1]
	switch {
	case monthNames[last] != nil || weekdays[last]:
		return dateName
	case namesPlace(name):
		return placeName
	case !wordnet.Known(last) || slices.ContainsFunc(words, wordnet.IsPerson):
		return personName
	}
	return otherName
}

// standsFor reports whether a name of one sort may take the place of a
// name of another in a follow-up: any but a place for a person or a
// person for a place, and a date only for a date.
func (s nameSort) standsFor(o nameSort) bool {
	if s == dateName || o == dateName {
		return s == o
	}
	return !(s == placeName && o == personName || s == personName && o == placeName)
}

// weekdays are the days of the week, in lower case.
var weekdays = toSet(strings.ReplaceAll(weekdaysRE, "|", " "))

// plainName returns a name without its article, the stops of its
// initials and its possessive ("the U.S.'s" → "US").
func plainName(name string) string {
	n := strings.TrimSpace(leadingArticle.ReplaceAllString(undot(name), ""))
	n = withoutPossessive(n)
	return strings.TrimRight(n, ".")
}

// namesPlace reports whether a name names a place or a union or body of
// places: a country ISO names ("Canada"), a place or organisation
// WordNet gives other names ("Korea", "Tokyo", "US"), an acronym of one
// ("EU": European Union), or the adjective of one ("Japanese", "South
// Korean"), the name or its last word.
func namesPlace(name string) bool {
	n := strings.ToLower(strings.Join(strings.Fields(plainName(name)), " "))
	if n == "" {
		return false
	}
	words := strings.Fields(n)
	for _, w := range []string{n, words[len(words)-1]} {
		if placeNamed(w) {
			return true
		}
		for _, long := range wordnet.LongForms(w) {
			if placeNamed(long) {
				return true
			}
		}
		for _, r := range wordnet.Related(w) {
			if placeNamed(r) {
				return true
			}
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
// ("Korea": "Korean"): a word WordNet links to the place both ways that
// is an adjective and a noun, as the adjectives of countries are ("the
// Koreans"); of several, the one that begins most as the place does
// ("Thailand": "Thai", not "Tai"; "Malaysia": "Malaysian", not
// "Malayan"). It is "" when there is none.
func adjectiveOf(place string) string {
	n := strings.ToLower(plainName(place))
	best, shared := "", 0
	for _, w := range wordnet.Related(n) {
		if !wordnet.IsAdjective(w) || !wordnet.IsNoun(w) || !slices.Contains(wordnet.Related(w), n) {
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
