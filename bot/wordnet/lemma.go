package wordnet

// Lemma returns word's base form as WordNet's morphy finds it: for nouns,
// then verbs, adjectives and adverbs, the word itself if WordNet lists it,
// else its exception-list base (went -> go, children -> child), else what
// the suffix rules give and the index confirms (tariffs -> tariff,
// negotiated -> negotiate). A word WordNet lists stays itself (better,
// found), so Lemma(Lemma(w)) == Lemma(w); Related still gives good and
// find. Words WordNet cannot place are returned unchanged.
func Lemma(word string) string {
	word = lower(word)
	t := load()
	if e, ok := t.words[word]; ok {
		return t.group[e.lemma]
	}
	if e, ok := t.inflected(word); ok {
		return t.group[e.start]
	}
	return word
}
