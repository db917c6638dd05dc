package wordnet

import (
	"cmp"
	"iter"
	"slices"
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet/internal/morphy"
)

// Respellings returns the words WordNet lists, or their regular
// inflections (see spelledRegularly), that are one slip of the keyboard
// from word (see Slips: "carmkaers" → carmakers, "exectuive" → executive,
// "agrement" → agreement). The
// commonest in WordNet's sense-tagged corpus come first, then in
// alphabetical order. A word of anything but the letters a–z, or one
// WordNet knows, has none.
func Respellings(word string) []string {
	word = lower(word)
	if word == "" || Known(word) {
		return nil
	}
	var out []string
	for c := range Slips(word) {
		if spelledRegularly(c) {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(x, y string) int {
		return cmp.Or(cmp.Compare(used(y), used(x)), cmp.Compare(x, y))
	})
	return out
}

// Slips yields, once each, the words of the letters a–z one slip of the
// keyboard from word, in lower case: a letter left out, one added, one
// struck for another, or two neighbours swapped. A word of other
// characters has none.
func Slips(word string) iter.Seq[string] {
	return func(yield func(string) bool) {
		word = lower(word)
		for i := 0; i < len(word); i++ {
			if word[i] < 'a' || word[i] > 'z' {
				return
			}
		}
		seen := map[string]bool{word: true}
		try := func(c string) bool {
			if seen[c] {
				return true
			}
			seen[c] = true
			return yield(c)
		}
		b := []byte(word)
		for i := range b {
			if !try(string(b[:i]) + string(b[i+1:])) { // left out
				return
			}
			if i+1 < len(b) && !try(swapped(word, i)) {
				return
			}
		}
		for i := 0; i <= len(b); i++ {
			for c := byte('a'); c <= 'z'; c++ {
				if !try(string(b[:i]) + string(c) + string(b[i:])) { // added
					return
				}
				if i < len(b) && c != b[i] && !try(string(b[:i])+string(c)+string(b[i+1:])) { // struck for another
					return
				}
			}
		}
	}
}

// Swaps yields word with two neighbouring letters swapped, each way
// once ("teh" → "eth", "the"): the commonest slip of quick typing.
func Swaps(word string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := 0; i+1 < len(word); i++ {
			if s := swapped(word, i); s != word && !yield(s) {
				return
			}
		}
	}
}

// swapped returns w with its bytes i and i+1 swapped.
func swapped(w string, i int) string {
	return w[:i] + string(w[i+1]) + string(w[i]) + w[i+2:]
}

// used is how often the sense-tagged corpus uses word, or its base form,
// as any part of speech.
func used(word string) uint32 {
	u, _ := usageOf(word)
	return u[0] + u[1] + u[2] + u[3]
}

// spelledRegularly reports whether WordNet lists word, or word is one
// of its bases inflected as English spells inflections. Morphy's rules,
// made to find a base, also take forms English never writes ("brokeed"
// for broke, "chuges" for chug); a respelling must be a word.
func spelledRegularly(word string) bool {
	t := load()
	if _, ok := t.words[word]; ok {
		return true
	}
	for b := range t.bases(word) {
		if !b.doubled && regular(b.stem, b.rule) {
			return true
		}
	}
	return false
}

// regular reports whether English spells the inflection of rule r with
// stem so: "-es" after a sibilant or an "o" ("taxes", "goes"), plain "-s"
// elsewhere but after a consonant's "y" ("cities"), "-ed" never after an
// "e" ("agreed" is agree + d), "-ing" after an "e" only in "-ee", "-oe",
// "-ye" ("seeing", "hoeing", "dyeing").
func regular(stem string, r morphy.Rule) bool {
	sibilant := strings.HasSuffix(stem, "s") || strings.HasSuffix(stem, "x") || strings.HasSuffix(stem, "z") ||
		strings.HasSuffix(stem, "ch") || strings.HasSuffix(stem, "sh")
	switch {
	case r.Suffix == "es" && r.Ending == "":
		return sibilant || strings.HasSuffix(stem, "o")
	case r.Suffix == "s" && r.Ending == "":
		n := len(stem)
		return !sibilant && !(stem[n-1] == 'y' && n > 1 && !strings.ContainsRune("aeiou", rune(stem[n-2])))
	case r.Suffix == "ed" && r.Ending == "":
		return !strings.HasSuffix(stem, "e")
	case r.Suffix == "ing" && r.Ending == "":
		return !strings.HasSuffix(stem, "e") || strings.HasSuffix(stem, "ee") || strings.HasSuffix(stem, "oe") || strings.HasSuffix(stem, "ye")
	}
	return true
}
