package bot

// Stage 0, continued: chat's shorthand. People type to a bot as they
// type to a colleague: "whats the tariff rn", "can u say why", "how big is
// the fund w/ the loans", "what did the govt say". Read as typed, "rn",
// "u" and "w" were words the coverage never uses, and the answer said
// "The coverage doesn't give that for cars rn". The shorthand is chat's,
// a closed class of English as typed, not the wording of any article:
// it is written out before the question is read.

import (
	"regexp"
	"strings"
)

// shorthandAnyCase are abbreviations that mean one thing however they are
// typed ("Govt", "govt").
var shorthandAnyCase = map[string]string{
	"govt": "government", "gov't": "government", "dept": "department", "intl": "international",
	"approx": "approximately", "abt": "about", "thru": "through",
}

// shorthandLower are abbreviations that mean one thing in lower case
// only: in capitals they are acronyms ("ATM", "BC", "R&D").
var shorthandLower = map[string]string{
	"rn": "now", "atm": "now", "u": "you", "ur": "your", "r": "are",
	"bc": "because", "cuz": "because", "coz": "because", "yr": "year", "yrs": "years",
}

// shorthandSlashed are the shorthand written with a slash: "w/", "w/o",
// "b/c".
var shorthandSlashed = regexp.MustCompile(`(?i)(^|[\s(])(w/o|w/|b/c)(\s|$)`)

// shorthandWord finds a word that may be shorthand.
var shorthandWord = regexp.MustCompile(`\b[A-Za-z]+('[a-z])?\b`)

// writtenOut returns a message with chat's shorthand written out ("rn" →
// now, "u" → you, "w/" → with, "govt" → government). A word joined to
// another by a dot, "&", "-", "/" or an apostrophe ("u.s.", "r&d") is
// part of that word, and left as typed.
func writtenOut(msg string) string {
	msg = shorthandSlashed.ReplaceAllStringFunc(msg, func(m string) string {
		sub := shorthandSlashed.FindStringSubmatch(m)
		word := map[string]string{"w/o": "without", "w/": "with", "b/c": "because"}[strings.ToLower(sub[2])]
		return sub[1] + word + sub[3]
	})
	var b strings.Builder
	last := 0
	for _, loc := range shorthandWord.FindAllStringIndex(msg, -1) {
		w := msg[loc[0]:loc[1]]
		full, ok := shorthandAnyCase[strings.ToLower(w)]
		if !ok {
			full, ok = shorthandLower[w]
		}
		if !ok || joined(msg, loc[0], loc[1]) {
			continue
		}
		b.WriteString(msg[last:loc[0]])
		b.WriteString(full)
		last = loc[1]
	}
	b.WriteString(msg[last:])
	return b.String()
}

// joined reports whether the word at msg[start:end] is joined to another
// by a dot, "&", "-", "/" or an apostrophe.
func joined(msg string, start, end int) bool {
	if start > 0 && strings.ContainsRune(".&-/'’", rune(msg[start-1])) {
		return true
	}
	if end < len(msg) && strings.ContainsRune("&-/'’", rune(msg[end])) {
		return true
	}
	return end+1 < len(msg) && msg[end] == '.' && msg[end+1] != ' '
}
