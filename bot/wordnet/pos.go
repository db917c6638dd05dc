package wordnet

import "github.com/dealbot/dealbot/bot/wordnet/internal/morphy"

// IsNoun reports whether WordNet lists word as a noun, itself or as an
// inflection its suffix rules undo ("planes" → "plane"). A word WordNet
// does not know (a name, a coinage) is not a noun here.
func IsNoun(word string) bool {
	word = lower(word)
	t := load()
	if e, ok := t.words[word]; ok && e.pos&morphy.Noun != 0 {
		return true
	}
	for _, r := range morphy.Rules {
		if r.POS != morphy.Noun {
			continue
		}
		if s, ok := r.Stem(word); ok {
			if e, ok := t.words[s+r.Ending]; ok && e.pos&morphy.Noun != 0 {
				return true
			}
		}
	}
	return false
}

// Known reports whether WordNet lists word, itself or as an inflection
// of a word it lists: a word it does not know is a name, a coinage or a
// compound ("chipmakers").
func Known(word string) bool {
	word = lower(word)
	t := load()
	if _, ok := t.words[word]; ok {
		return true
	}
	_, ok := t.inflected(word)
	return ok
}
