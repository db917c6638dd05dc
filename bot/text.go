package bot

import (
	"strings"
	"unicode"
)

// stopwords are words that carry no meaning for search in a question.
var stopwords = toSet(`a about above after again against all am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself just me
more most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your
yours yourself yourselves tell said says say`)

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// words splits text into lower-case words, keeping "$", digits and
// inner hyphens and apostrophes.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '$' || r == '-' || r == '\'')
	})
}

// contentTerms returns the words of a question that are not stop words.
func contentTerms(s string) []string {
	var out []string
	for _, w := range words(s) {
		w = strings.Trim(w, "-'")
		w = strings.TrimSuffix(w, "'s")
		if w != "" && !stopwords[w] {
			out = append(out, w)
		}
	}
	return out
}

// tokenSet is the set of tokens NearDuplicate compares: runs of letters,
// digits and "$", lower-cased, as the evaluation scorer measures them.
func tokenSet(s string) map[string]bool {
	s = strings.ToLower(s)
	set := map[string]bool{}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return !((r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || r == '$')
	}) {
		set[f] = true
	}
	return set
}

// NearDuplicate reports whether two token sets overlap by 60% or more
// (Jaccard), the point at which two excerpts say the same thing.
func NearDuplicate(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	inter := 0
	for t := range a {
		if b[t] {
			inter++
		}
	}
	return float64(inter)/float64(len(a)+len(b)-inter) >= 0.6
}
