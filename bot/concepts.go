package bot

import (
	"fmt"
	"strings"
	"unicode"
)

// The digest compares what two sentences are about by concepts: a
// content word's stem, and the group the engine's thesaurus puts it in,
// so that "cars" and "automobiles" or "plan" and "scheme" meet. This
// file is the digest's one door to those resources.

// conceptGroups returns the thesaurus groups of a word, as concepts.
func conceptGroups(w string) []string {
	var out []string
	for _, g := range thesaurusGroups[strings.ToLower(w)] {
		out = append(out, fmt.Sprintf("g%d", g))
	}
	return out
}

// conceptSet returns the concepts of a text's content words.
func conceptSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-' && r != '\''
	}) {
		w = strings.Trim(withoutPossessive(w), "-'")
		lw := strings.ToLower(w)
		if len(lw) < 2 || (stopwords[lw] || pronouns[lw] || labelDeterminers[lw] || labelAuxiliaries[lw]) && !nounLike(w) ||
			changeVerbs[lw] || changeAdjectives[lw] {
			continue
		}
		set[stem(singular(lw))] = true
		for _, g := range conceptGroups(lw) {
			set[g] = true
		}
		if sg := singular(lw); sg != lw {
			for _, g := range conceptGroups(sg) {
				set[g] = true
			}
		}
	}
	return set
}

// shared counts the concepts two sets have in common.
func shared(a, b map[string]bool) int {
	n := 0
	for c := range a {
		if b[c] {
			n++
		}
	}
	return n
}
