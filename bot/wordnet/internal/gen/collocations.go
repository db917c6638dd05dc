package main

import (
	"slices"
	"strings"
)

// collocations returns "phrase<TAB>parts of speech" lines: WordNet's
// multi-word verbs ("take place", "hand out", "walk out"), whose words
// say one thing together and none of them a thing on its own. Multi-word
// adjectives and adverbs are left out: many end in a concrete noun a
// question may ask about ("at sea", "on board", "in stock").
func (d *db) collocations() []string {
	var out []string
	for phrase, pos := range d.phrases {
		if letters := posLetters(pos); letters != "-" {
			out = append(out, strings.ReplaceAll(phrase, "_", " ")+"\t"+letters)
		}
	}
	slices.Sort(out)
	return out
}

func writeCollocations(path string, lines []string) error {
	return writeLines(path, "multi-word verb<TAB>parts of speech (v)", lines)
}
