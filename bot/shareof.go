package bot

// Stage 5 (score), continued: a question of a share of something ("what
// share of Canada's canola exports goes to China") is answered by a
// percentage of it ("about 65% of Canada's canola seed exports"), as a
// question of how many is by a number of the thing (see countsTerm).
// English writes the part and its whole as "N% of X" or "half of X"; a
// percentage written otherwise ("duties of between 3% and 7.5%") is of
// something else.

import (
	"regexp"
	"strings"
)

// shareWords are the nouns English asks for a part of a whole by: the
// share nouns and "slice". Not "part": "is dairy part of the agreement"
// asks whether it is in it.
const shareWords = shareNouns + ` slice`

// isShareWord holds shareWords, to tell the share asked for from the whole.
var isShareWord = toSet(shareWords)

// shareOfAsked matches a question of a share of a whole: "what share of",
// "what portion of", "how big a slice of", "how much of".
var shareOfAsked = regexp.MustCompile(`(?i)\b(` + strings.ReplaceAll(shareWords, " ", "|") + `)\s+of\b|\bhow much of\b`)

// partOf matches a part of a whole as English writes it, up to the "of":
// "65% of", "about 11 percent of", "half of".
var partOf = regexp.MustCompile(`(?i)(\d[\d.,]*\s*(?:%|percent\b|per cent\b)|\bhalf\b)\s+of\s`)

// partWords is how many words after the "of" name the whole ("of the
// country's glass exports").
const partWords = 5

// givesShareOf reports whether a text gives a part of a whole that one of
// the question's words names, within partWords words of the "of".
func (q *question) givesShareOf(text string) bool {
	for _, m := range partOf.FindAllStringIndex(text, -1) {
		whole := tokenize(text[m[1]:])
		for _, tk := range whole[:min(len(whole), partWords)] {
			if tk.stop {
				continue
			}
			for i := range q.terms {
				if t := &q.terms[i]; t.df > 0 && !isShareWord[t.word] && t.matchToken(tk) {
					return true
				}
			}
		}
	}
	return false
}
