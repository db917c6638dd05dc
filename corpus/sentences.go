package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations never end a sentence: titles and other short forms that
// are followed by a name or a number.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"jr": true, "sr": true, "gen": true, "gov": true, "sen": true, "rep": true,
	"rev": true, "hon": true, "pres": true, "lt": true, "col": true, "sgt": true,
	"capt": true, "cmdr": true, "adm": true, "messrs": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "bros": true,
	"vs": true, "etc": true, "no": true, "nos": true, "vol": true, "fig": true,
	"approx": true, "est": true, "dept": true, "univ": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// sentenceStarters are words that, after a dotted acronym such as "U.S.",
// show that a new sentence begins ("... with the U.S. The deal ...").
var sentenceStarters = map[string]bool{
	"the": true, "this": true, "that": true, "these": true, "those": true,
	"it": true, "its": true, "he": true, "she": true, "they": true, "we": true,
	"i": true, "you": true, "but": true, "and": true, "however": true, "in": true,
	"a": true, "an": true, "so": true, "still": true, "yet": true, "meanwhile": true,
	"although": true, "while": true, "if": true, "as": true, "on": true, "for": true,
	"there": true, "his": true, "her": true, "their": true, "our": true, "such": true,
	"both": true, "after": true, "before": true, "when": true, "despite": true,
}

// SplitSentences cuts a paragraph into sentences. A sentence ends at ".",
// "?" or "!" (with any closing quotes or brackets) followed by a space and
// an upper-case letter, digit, "$" or opening quote or bracket, unless the
// word before the stop is an abbreviation ("Mr.", "Inc."), an initial
// ("J."), a dotted acronym ("U.S.") not followed by a sentence starter
// (a decimal, "27.84%.", is none: until round fifty-four "received
// 27.84%. Kurzeme Granula …" was read as one sentence), or
// the stop sits inside brackets.
func SplitSentences(text string) []string {
	var out []string
	start := 0
	depth := 0 // bracket depth: no sentence ends inside [ ] or ( )
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		}
		if (r == '.' || r == '?' || r == '!') && depth == 0 {
			end := i + size
			for end < len(text) && strings.ContainsRune(`"')]”’.?!`, rune(text[end])) {
				end++
			}
			if end < len(text) && text[end] == ' ' && startsSentence(text[end+1:]) && !(r == '.' && isAbbreviation(text[start:i], text[end+1:])) {
				out = append(out, strings.TrimSpace(text[start:end]))
				start = end + 1
				i = start
				continue
			}
		}
		i += size
	}
	if rest := strings.TrimSpace(text[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"'“‘([$`, r)
}

// isAbbreviation reports whether the text before a full stop ends in a
// word that does not end a sentence, given the text after it.
func isAbbreviation(before, after string) bool {
	word := before
	if i := strings.LastIndexAny(before, " \"'([“‘"); i >= 0 {
		word = before[i+1:]
	}
	if word == "" {
		return false
	}
	lower := strings.ToLower(word)
	if abbreviations[lower] {
		return true
	}
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) {
		return true // an initial: "J. Smith"
	}
	if strings.Contains(word, ".") && !strings.ContainsAny(word, "0123456789") { // dotted acronym: "U.S", "e.g"; not a decimal ("27.84%")
		next := strings.TrimLeft(after, `"'“‘([`)
		if next != after {
			return false // a quote or bracket opens a new sentence
		}
		first, _, _ := strings.Cut(next, " ")
		first = strings.ToLower(strings.TrimRightFunc(first, func(r rune) bool { return !unicode.IsLetter(r) }))
		return !sentenceStarters[first]
	}
	return false
}
