package bot

import "github.com/dealbot/dealbot/bot/wordnet"

// nearStems returns the stems of a word's WordNet neighbours (see
// wordnet.Neighbours) as a set, or nil when it has none. A question
// word's neighbours are dozens of words, and stemming them for every
// question was most of expanding it; they are worked out once per word
// (see wordCache). The set is shared: callers must not modify it.
func nearStems(word string) map[string]bool {
	return nearCache.get(word, func(word string) map[string]bool {
		var set map[string]bool
		for _, w := range wordnet.Neighbours(word) {
			if set == nil {
				set = map[string]bool{}
			}
			set[stem(w)] = true
		}
		return set
	})
}

// nearCache keeps the neighbours' stems of the words questions use most:
// a broad word has hundreds ("change" 468), so at most 4,096 words.
var nearCache = wordCache[map[string]bool]{max: 4096} // word → stems of its neighbours
