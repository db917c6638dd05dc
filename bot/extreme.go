package bot

// Stage 5 (score), continued: a question that asks for the extreme
// ("which country buys *the most*", "the *biggest* exporter") is answered
// by a sentence that names one ("India remains *the largest* buyer"),
// whatever adjective it ranks by. English marks the extreme by a
// superlative: WordNet's suffix rules find the adjective's ("largest",
// "biggest": large, big), and "most", "least" and "fewest" make the rest
// ("the most exposed", "buys the most"). The newest ("latest", "most
// recent") is not such an extreme: it asks for the current state, which
// ranking gives by date (see recency).

import (
	"regexp"
	"slices"
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// mostRE finds the analytic superlative of a question: "the most", "the
// least", "the fewest". "Most" alone is more often a share ("where are
// most factories"), which the answer says as a share, not an extreme.
// The word after it is read too, so that "the most recent" is the
// newest.
var mostRE = regexp.MustCompile(`(?i)\bthe\s+(?:` + strings.ReplaceAll(extremeWordList, " ", "|") + `)\b(?:\s+\w+)?`)

// extremeWordList are the words that make a superlative of any adjective,
// or are one of quantity; extremeWords holds them.
const extremeWordList = `most least fewest`

var extremeWords = toSet(extremeWordList)

// asksExtreme reports whether the question asks for the extreme: it says
// "the most" or an adjective's superlative, other than the newest.
func (q *question) asksExtreme() bool {
	if slices.ContainsFunc(mostRE.FindAllString(q.text, -1), func(m string) bool { return !recency.MatchString(m) }) {
		return true
	}
	return slices.ContainsFunc(q.terms, func(t term) bool { return superlative(t.word) })
}

// saysExtreme reports whether a text writes a superlative other than the
// newest.
func saysExtreme(a *analysed) bool {
	return slices.ContainsFunc(a.toks, func(tk token) bool {
		return extremeWords[tk.word] || !tk.capital && superlative(tk.word)
	})
}

// superlative reports whether a word is an adjective's superlative other
// than the newest ("latest"). WordNet's suffix rule for a superlative
// detaches "est", so a word without it is none, which spares the
// look-up for nearly every word of a passage.
func superlative(word string) bool {
	return strings.HasSuffix(word, "est") && wordnet.Superlative(word) && !recency.MatchString(word)
}
