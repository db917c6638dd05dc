package main

import (
	"slices"
	"strings"
)

// acronymPairs finds, within each synset, an acronym lemma ("EU", "U.S.")
// and a multi-word lemma whose initials spell it ("European_Union"). Pairs
// are lower-cased, with spaces for underscores, and marked "name" when
// WordNet writes the long form with capitals (a proper noun: "European
// Union") or "common" when it does not (a kind of thing: "chief executive
// officer"): "eu\teuropean union\tname".
func (d *db) acronymPairs() []string {
	var pairs []string
	for _, key := range d.keys {
		s := d.synsets[key]
		for _, a := range s.lemmas {
			letters, ok := acronymLetters(a)
			if !ok {
				continue
			}
			for _, long := range s.lemmas {
				if strings.Contains(long, "_") && spells(long, letters) {
					kind := "common"
					if strings.ToLower(long) != long {
						kind = "name"
					}
					p := strings.ToLower(a) + "\t" + strings.ToLower(strings.ReplaceAll(long, "_", " ")) + "\t" + kind
					pairs = append(pairs, p)
				}
			}
		}
	}
	slices.Sort(pairs)
	return slices.Compact(pairs)
}

// acronymLetters returns a's letters when a is written as an acronym: 2 to 6
// capital letters, optionally each followed by a full stop ("U.S.").
func acronymLetters(a string) (string, bool) {
	letters := strings.ReplaceAll(a, ".", "")
	if len(letters) < 2 || len(letters) > 6 {
		return "", false
	}
	if strings.Contains(a, ".") && len(a) != 2*len(letters) {
		return "", false // "St.Louis", not "U.S."
	}
	for _, c := range letters {
		if c < 'A' || c > 'Z' {
			return "", false
		}
	}
	return letters, true
}

// minor words an acronym may skip: "Organization of Petroleum-Exporting
// Countries" is OPEC.
var minor = map[string]bool{"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "to": true, "a": true, "an": true, "&": true}

// spells reports whether the initials of long's words (split at underscores
// and hyphens), with or without its minor words, are letters.
func spells(long, letters string) bool {
	words := strings.FieldsFunc(long, func(r rune) bool { return r == '_' || r == '-' })
	var all, major strings.Builder
	for _, w := range words {
		c := strings.ToUpper(w[:1])
		all.WriteString(c)
		if !minor[strings.ToLower(w)] {
			major.WriteString(c)
		}
	}
	return all.String() == letters || major.String() == letters
}

func writeAcronyms(path string, pairs []string) error {
	return writeLines(path, "acronym<TAB>long form<TAB>name or common (WordNet writes the long form with capitals or not), both from one synset", pairs)
}
