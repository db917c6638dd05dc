package wordnet

// Related returns the words WordNet links directly to word: its base forms
// (from the exception lists: went -> go, better -> good; and from the
// suffix rules: resigned -> resign), then, sorted, the words one
// derivational ("+") or pertainym ("\") pointer away in either direction
// (resign <-> resignation, korea <-> korean). Links are not followed
// further: act -> action -> active -> activity drifts in meaning.
//
// A form WordNet does not list as a lemma ("resignations", "went") gets its
// base form first, then the base form's links, so an inflection reaches the
// same family as its base. Multi-word lemmas are left out; see LongForms.
//
// The result is shared: callers must not modify it. It is nil or empty when
// WordNet knows nothing to add.
func Related(word string) []string {
	word = lower(word)
	t := load()
	if e, ok := t.words[word]; ok {
		return t.group[e.start+1 : e.end : e.end]
	}
	if e, ok := t.inflected(word); ok {
		return t.group[e.start:e.end:e.end]
	}
	return nil
}
