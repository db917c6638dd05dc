package main

import (
	"slices"
	"strings"
)

// collocations returns "phrase<TAB>parts of speech" lines: WordNet's
// multi-word verbs, adjectives and adverbs ("take place", "hand out",
// "in force", "in effect"), whose words say one thing together and none
// of them a thing on its own. Multi-word nouns are names and compounds,
// which a text may split.
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
	return writeLines(path, "multi-word verb, adjective or adverb<TAB>parts of speech (var)", lines)
}
