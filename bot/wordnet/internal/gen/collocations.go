package main

import (
	"slices"
	"strings"
)

// collocations returns "phrase<TAB>parts of speech" lines: WordNet's
// multi-word verbs ("take place", "hand out", "walk out") and its
// adjectives and adverbs made of a preposition and a word or two ("in
// force", "under fire", "at stake"), whose words say one thing together
// and none of them a thing on its own: a question about a tariff "in
// force" does not ask about force. Other multi-word adjectives and
// adverbs are left out: many are a concrete thing with a qualifier
// ("first class", "long distance").
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
	return writeLines(path, "multi-word verb, or adjective or adverb opening with a preposition<TAB>parts of speech (v, a, r)", lines)
}

// idiomPrepositions open the multi-word adjectives and adverbs kept as
// collocations: the closed class of English prepositions such phrases
// begin with.
var idiomPrepositions = []string{"at", "by", "in", "of", "off", "on", "out", "under", "within", "without"}

// prepositionalIdiom reports whether a multi-word lemma ("in_force") is a
// preposition and one or two words.
func prepositionalIdiom(w string) bool {
	parts := strings.Split(w, "_")
	return len(parts) >= 2 && len(parts) <= 3 && slices.Contains(idiomPrepositions, parts[0])
}
