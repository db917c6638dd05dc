package wordnet

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed spellings.tsv.gz
var spellingsGz []byte

// spellingTables are the British spellings with their American ones, and
// the other way round.
type spellingTables struct{ american, british map[string]string }

var loadSpellings = sync.OnceValue(func() spellingTables {
	t := spellingTables{american: map[string]string{}, british: map[string]string{}}
	for b, a := range rows("spellings.tsv.gz", spellingsGz, 2) {
		t.american[b] = a
		if _, dup := t.british[a]; !dup {
			t.british[a] = b
		}
	}
	return t
})

// spellingSuffixes are the regular endings an inflected or derived form
// adds to the spelling the table lists: "defences", "organised",
// "organising".
var spellingSuffixes = []string{"s", "es", "d", "ed", "ing", "r", "rs", "er", "ers"}

// respell returns word in the other spelling the table gives, itself or
// with a regular ending ("organising" → "organizing"), or "".
func respell(table map[string]string, word string) string {
	if w, ok := table[word]; ok {
		return w
	}
	for _, suf := range spellingSuffixes {
		stem, ok := strings.CutSuffix(word, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		if w, ok := table[stem]; ok {
			return w + suf
		}
		// "organising": the listed form "organise" lost its e.
		if w, ok := table[stem+"e"]; ok && suf[0] != 's' {
			return strings.TrimSuffix(w, "e") + suf
		}
	}
	return ""
}

// American returns the American spelling of a British one ("defence" →
// "defense", "organisations" → "organizations"), and any other word as it
// is. The pairs are WordNet's: two lemmas of one sense that differ by a
// regular British/American difference (-our/-or, -re/-er, -ence/-ense,
// -ise/-ize, -yse/-yze, -ogue/-og, -mme/-m, ae/oe, a doubled l).
func American(word string) string {
	if w := respell(loadSpellings().american, word); w != "" {
		return w
	}
	return word
}

// OtherSpelling returns the word in the other spelling, British or
// American ("defense" → "defence", "centre" → "center"), or "" when
// WordNet gives it only one.
func OtherSpelling(word string) string {
	t := loadSpellings()
	if w := respell(t.american, word); w != "" {
		return w
	}
	return respell(t.british, word)
}
