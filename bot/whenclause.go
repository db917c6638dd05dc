package bot

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// A "when" inside a question most often opens a clause that sets the
// time of what is asked, not a question of when: "what did Barrera say
// *when* the duty was first imposed", "how many workers lose their jobs
// *when* the plant idles". Such a question asks for what was said or how
// many, and a date is no answer to it. A "when" asks for a time where it
// opens the question or a clause of its own: after a preposition or a
// conjunction ("*since when* has", "*by when*", "and when"), after a
// comma or a dash ("…, when would it arrive"), before an auxiliary
// ("when did it start"), or after a verb of a yes-or-no question, whose
// object it is ("did Commerce say when the duty starts").

// whenWord finds each "when" of a question's lower-case text.
var whenWord = regexp.MustCompile(`\bwhen\b`)

// whenOpeners are the words after which "when" asks for a time.
var whenOpeners = toSet(`by since until till from and or but`)

// withoutTimeClauses returns a question's lower-case text with the "when"
// of each clause of time inside it blanked, so that it asks for no time
// by that word (see above). yesNo says whether the question asks whether
// (kindUncertain).
func withoutTimeClauses(lower string, yesNo bool) string {
	b := []byte(lower)
	for _, m := range whenWord.FindAllStringIndex(lower, -1) {
		before := strings.TrimRightFunc(lower[:m[0]], unicode.IsSpace)
		if before == "" || !isWordEnd(before) {
			continue // opens the question, or follows a comma, a dash, a colon
		}
		prev := before[strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
		next := strings.FieldsFunc(lower[m[1]:], func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
		if whenOpeners[prev] || (len(next) > 0 && (auxiliaries[next[0]] || modals[next[0]])) {
			continue
		}
		if yesNo && wordnet.MostlyVerb(prev) {
			continue // "did they say when …": the verb's object
		}
		for i := m[0]; i < m[1]; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// isWordEnd reports whether a text ends with a letter or a digit, not a
// mark of punctuation.
func isWordEnd(s string) bool {
	r := []rune(s[max(0, len(s)-4):])
	last := r[len(r)-1]
	return unicode.IsLetter(last) || unicode.IsDigit(last)
}
