package wordnet

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

//go:embed usage.tsv.gz
var usageGz []byte

// usage is how often WordNet's sense-tagged corpus (SemCor) uses a word
// as a noun, a verb, an adjective and an adverb.
type usage [4]uint32

var loadUsage = sync.OnceValue(func() map[string]usage {
	m := map[string]usage{}
	for word, counts := range rows("usage.tsv.gz", usageGz, 2) {
		f := strings.Fields(counts)
		if len(f) != 4 {
			panic("wordnet: usage.tsv.gz: bad line " + word + "\t" + counts)
		}
		var u usage
		for i, c := range f {
			n, err := strconv.ParseUint(c, 10, 32)
			if err != nil {
				panic("wordnet: usage.tsv.gz: bad line " + word + "\t" + counts)
			}
			u[i] = uint32(n)
		}
		m[word] = u
	}
	return m
})

// usageOf returns the tagged corpus's counts for word, or for the base
// form it inflects ("offers" → "offer"), and whether it has any.
func usageOf(word string) (usage, bool) {
	word = lower(word)
	m := loadUsage()
	if u, ok := m[word]; ok {
		return u, true
	}
	u, ok := m[Lemma(word)]
	return u, ok
}

// MostlyVerb reports whether WordNet's sense-tagged corpus uses word, or
// the base form it inflects, more often as a verb than as any other part
// of speech ("offer", "run", "carry"; not "cost", "face", "land", "last").
func MostlyVerb(word string) bool {
	u, ok := usageOf(word)
	return ok && u[1] > max(u[0], u[2], u[3])
}

// OnlyModifier reports whether the tagged corpus uses word, or its base
// form, as an adjective or an adverb and never as a noun or a verb, though
// WordNet may list a rare noun sense ("far", "aside", "keen"): in a
// question it qualifies, it names no thing.
func OnlyModifier(word string) bool {
	u, ok := uninflectedUsage(word)
	return ok && u[0] == 0 && u[1] == 0 && u[2]+u[3] > 0
}

// MostlyModifier reports whether the tagged corpus uses word as an
// adjective or an adverb more often than as a noun and a verb together
// ("original", "initial", "first", "overall", and every OnlyModifier
// word; not "current", "steel"): in a question it qualifies, it most
// often names no thing.
func MostlyModifier(word string) bool {
	u, ok := uninflectedUsage(word)
	return ok && u[2]+u[3] > u[0]+u[1]
}

// uninflectedUsage returns the tagged corpus's counts for a word that is
// its own base form: an inflected word is no modifier, as adjectives are
// not inflected ("pharmaceuticals").
func uninflectedUsage(word string) (usage, bool) {
	if Lemma(word) != lower(word) {
		return usage{}, false
	}
	return usageOf(word)
}

// MostlyNoun reports whether the tagged corpus uses word, or its base
// form, as a noun at least as often as a verb ("minister", "trade",
// "cost").
func MostlyNoun(word string) bool {
	u, ok := usageOf(word)
	return ok && u[0] > 0 && u[0] >= u[1]
}

// CommonNoun reports whether WordNet's sense-tagged corpus uses word, or
// the base form it inflects, as a noun: "association", "monday",
// "house", "times" are; most surnames, even those WordNet lists for
// someone famous ("Powell", "Reeves"), are not.
func CommonNoun(word string) bool {
	u, ok := usageOf(word)
	return ok && u[0] > 0
}

// InUse reports whether WordNet's sense-tagged corpus uses word, or the
// base form it inflects, at all: "slash" and "cut" are in use; "HQ" and
// "MOU", initials, are not.
func InUse(word string) bool {
	_, ok := usageOf(word)
	return ok
}
