package bot

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// A "when" inside a question most often opens a clause that sets the
// time of what is asked, not a question of when: "what did Barrera say
// *when* the duty was first imposed", "how many workers lose their jobs
// *when* the plant idles". Such a question asks for what was said or how
// many, and a date is no answer to it. A "when" asks for a time where it
// opens the question or a clause of its own: after a preposition or a
// conjunction ("*since when* has", "*by when*", "and when"), after a
// mark of punctuation ("…, when would it arrive", "… – when did it
// start"), or before an auxiliary ("when did it start", "when won't it
// apply"). In a yes-or-no question it asks for one after any word used
// mostly as a verb, which it may be the object of ("did Commerce *say
// when* the duty starts"); "will tariffs *rise when* the truce ends" is
// read so too.

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
		if last, _ := utf8.DecodeLastRuneInString(before); before == "" || !unicode.IsLetter(last) && !unicode.IsDigit(last) {
			continue // opens the question, or follows a mark of punctuation
		}
		words := strings.FieldsFunc(before, notLetter)
		prev := ""
		if len(words) > 0 {
			prev = words[len(words)-1]
		}
		if whenOpeners[prev] || asksAfter(lower[m[1]:]) || yesNo && wordnet.MostlyVerb(prev) {
			continue
		}
		for i := m[0]; i < m[1]; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// asksAfter reports whether the text after a "when" opens with an
// auxiliary, which makes the "when" ask: "when *did* it start", "when
// *won't* it apply".
func asksAfter(rest string) bool {
	rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	end := strings.IndexFunc(rest, func(r rune) bool { return notLetter(r) && r != '\'' && r != '’' })
	if end < 0 {
		end = len(rest)
	}
	w := rest[:end]
	if base, ok := strings.CutSuffix(strings.ReplaceAll(w, "’", "'"), "n't"); ok {
		_, negated := negatedAuxiliaries[base]
		return negated
	}
	return auxiliaries[w] || modals[w]
}

// notLetter reports whether a rune is no letter: what separates words.
func notLetter(r rune) bool { return !unicode.IsLetter(r) }
