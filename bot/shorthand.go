package bot

// Stage 0, continued: chat's shorthand. People type to a bot as they
// type to a colleague: "whats the tariff rn", "can u say why", "how big is
// the fund w/ the loans", "what did the govt say". Read as typed, "rn",
// "u" and "w" were words the coverage never uses, and the answer said
// "The coverage doesn't give that for cars rn". The shorthand is chat's,
// a closed class of English as typed, not the wording of any article:
// it is written out before the question is read, and contractions typed
// without their apostrophe ("whats", "didnt") get it back.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// shorthandAnyCase are abbreviations that mean one thing however they are
// typed ("Govt", "govt").
var shorthandAnyCase = map[string]string{
	"govt": "government", "gov't": "government", "dept": "department", "intl": "international",
	"approx": "approximately", "abt": "about", "thru": "through",
	"gonna": "going to", "wanna": "want to", "gotta": "have to", "kinda": "kind of", "tmrw": "tomorrow",
	"biz": "business", "assn": "association", "mgmt": "management", "avg": "average", "qtr": "quarter",
	"orig": "original", "wk": "week", "wks": "weeks", "yoy": "year on year", "ytd": "year to date", "fy": "fiscal year",
	"eta": "expected date",
}

// shorthandLower are abbreviations that mean one thing in lower case
// only: in capitals they are acronyms ("ATM", "BC", "R&D").
var shorthandLower = map[string]string{
	"rn": "now", "atm": "now", "u": "you", "ur": "your", "r": "are",
	"bc": "because", "cuz": "because", "coz": "because", "yr": "year", "yrs": "years",
	"pct": "percent", "est": "estimated",
}

// shorthandSlashed are the shorthand written with a slash: "w/", "w/o",
// "b/c". What follows is checked apart (see writtenOut), so that one
// shorthand's space is the next one's start: "w/ w/o".
var shorthandSlashed = regexp.MustCompile(`(?i)(^|[\s(])(w/o|w/|b/c)`)

// slashedWords are the shorthand of shorthandSlashed written out.
var slashedWords = map[string]string{"w/o": "without", "w/": "with", "b/c": "because"}

// tldr is chat's "too long; didn't read", which asks for a summary:
// "tl;dr on the fund".
var tldr = regexp.MustCompile(`(?i)\btl;?dr\b`)

// numberSign is "#" for "number": "# of staff hit".
var numberSign = regexp.MustCompile(`(^|\s)#\s*of\b`)

// quarterHalf is the shorthand of business news for a quarter or half
// of a year: "Q4", "H1" (also "Q4 2025"); coverage writes them out ("the
// fourth quarter", "the first half").
var quarterHalf = regexp.MustCompile(`\b([QqHh])([1-4])\b`)

// ordinals name a quarter or half by its number.
var ordinals = [...]string{"", "first", "second", "third", "fourth"}

// writeOutPeriod writes out one match of quarterHalf: "Q4" → "fourth
// quarter"; "H3" is no half and stays as typed.
func writeOutPeriod(m string) string {
	n := int(m[1] - '0')
	if m[0] == 'Q' || m[0] == 'q' {
		return ordinals[n] + " quarter"
	}
	if n <= 2 {
		return ordinals[n] + " half"
	}
	return m
}

// shorthandWord finds a word that may be shorthand.
var shorthandWord = regexp.MustCompile(`\b[A-Za-z]+('[a-z])?\b`)

// spokenPoint finds a decimal figure as dictated: "27 point 5".
var spokenPoint = regexp.MustCompile(`\b(\d+) point (\d+)\b`)

// writtenOut returns a message with chat's shorthand written out ("rn" →
// now, "u" → you, "w/" → with, "govt" → government). A word joined to
// another by a letter, a digit, a dot, "&", "-", "/" or an apostrophe
// ("u.s.", "r&d", "Bjørn") is part of that word, and left as typed.
func writtenOut(msg string) string {
	msg = spokenPoint.ReplaceAllString(msg, "$1.$2") // "27 point 5", as dictated
	msg = numberSign.ReplaceAllString(tldr.ReplaceAllString(msg, "summary"), "${1}number of")
	msg = quarterHalf.ReplaceAllStringFunc(msg, writeOutPeriod) // "Q4" → "fourth quarter"
	var b strings.Builder
	last := 0
	var slashed [][]int
	if strings.Contains(msg, "/") {
		slashed = shorthandSlashed.FindAllStringSubmatchIndex(msg, -1)
	}
	for _, m := range slashed {
		end := m[5]
		if r, _ := utf8.DecodeRuneInString(msg[end:]); end < len(msg) && !unicode.IsSpace(r) {
			continue // "w/out", "b/cs": not the shorthand
		}
		b.WriteString(msg[last:m[4]])
		b.WriteString(slashedWords[strings.ToLower(msg[m[4]:end])])
		last = end
	}
	b.WriteString(msg[last:])
	msg = b.String()
	b.Reset()
	last = 0
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

// joined reports whether the word at msg[start:end] is joined to another:
// a letter or digit beside it (the ASCII word boundary splits "Bjørn"
// after "Bj"), or a dot, "&", "-", "/" or an apostrophe.
func joined(msg string, start, end int) bool {
	if before, _ := utf8.DecodeLastRuneInString(msg[:start]); start > 0 && (unicode.IsLetter(before) || unicode.IsDigit(before) || strings.ContainsRune(".&-/'’", before)) {
		return true
	}
	if end == len(msg) {
		return false
	}
	after, size := utf8.DecodeRuneInString(msg[end:])
	if unicode.IsLetter(after) || unicode.IsDigit(after) || strings.ContainsRune("&-/'’", after) {
		return true
	}
	return after == '.' && end+size < len(msg) && msg[end+size] != ' '
}

// unapostrophed are the contractions people type without their apostrophe
// ("whats", "didnt", "isnt"), with it. Contractions that are words of
// their own without it ("its", "were", "well", "ill", "id", "lets",
// "shed") are not among them: they are left as typed.
var unapostrophed = map[string]string{
	"whats": "what's", "whos": "who's", "wheres": "where's", "whens": "when's", "hows": "how's", "whys": "why's",
	"thats": "that's", "theres": "there's", "heres": "here's", "hes": "he's", "shes": "she's",
	"isnt": "isn't", "arent": "aren't", "wasnt": "wasn't", "werent": "weren't", "aint": "ain't",
	"dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "wont": "won't", "cant": "can't",
	"couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "mustnt": "mustn't",
	"hasnt": "hasn't", "havent": "haven't", "hadnt": "hadn't",
	"theyre": "they're", "youre": "you're", "theyve": "they've", "weve": "we've", "youve": "you've",
	"ive": "I've", "im": "I'm", "theyll": "they'll", "youll": "you'll", "itll": "it'll",
	"whatre": "what're", "whatll": "what'll",
}

// bareWord finds a word of letters.
var bareWord = regexp.MustCompile(`\b[A-Za-z]+\b`)

// apostrophed returns the message with the contractions typed without
// their apostrophe written with it ("whats the tariff" → "what's the
// tariff"): read as typed, "whats" was a word the coverage never uses,
// and the question was answered only in part, or refused.
func apostrophed(msg string) string {
	return bareWord.ReplaceAllStringFunc(msg, func(w string) string {
		c, ok := unapostrophed[strings.ToLower(w)]
		if !ok {
			return w
		}
		switch r, _ := utf8.DecodeRuneInString(w); {
		case len(w) > 1 && strings.ToUpper(w) == w:
			return strings.ToUpper(c) // shouted: see unshouted
		case unicode.IsUpper(r) && c != "I've" && c != "I'm":
			return strings.ToUpper(c[:1]) + c[1:]
		}
		return c
	})
}
