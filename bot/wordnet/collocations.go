package wordnet

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed collocations.tsv
var collocationsTSV string

type collocationTable struct {
	phrases map[string]bool
	longest int // words in the longest phrase
}

var loadCollocations = sync.OnceValue(func() collocationTable {
	t := collocationTable{phrases: map[string]bool{}}
	for line := range strings.Lines(collocationsTSV) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		phrase, _, ok := strings.Cut(line, "\t")
		if !ok {
			panic("wordnet: collocations.tsv: bad line " + line)
		}
		t.phrases[phrase] = true
		t.longest = max(t.longest, strings.Count(phrase, " ")+1)
	}
	return t
})

// CollocationAt returns how many of words, from the first, make one of
// WordNet's multi-word verbs ("take place", "hand out", "walk out"): the
// longest such phrase, or 0. The first word may be
// inflected ("walked out", "took place"). Words are lower-case.
func CollocationAt(words []string) int {
	n, _ := PhraseAt(words)
	return n
}

// PhraseAt is CollocationAt that also returns the multi-word verb found,
// as WordNet lists it ("walk out" for "walked out"), or "".
func PhraseAt(words []string) (int, string) {
	t := loadCollocations()
	for n := min(t.longest, len(words)); n >= 2; n-- {
		rest := strings.Join(words[1:n], " ")
		if p := words[0] + " " + rest; t.phrases[p] {
			return n, p
		}
		if l := Lemma(words[0]); l != words[0] && t.phrases[l+" "+rest] {
			return n, l + " " + rest
		}
	}
	return 0, ""
}
