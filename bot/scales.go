package bot

// A figure's scale, in words or abbreviated: "$550bn" is "$550 billion".

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// scaleAbbreviations are the short forms English news writes a figure's
// scale with, glued to the figure ("$550bn", "$1.2tn", "€40mn"): those of
// the wire and business press style guides, and CLDR's English compact
// number forms (K, M, B). The one-letter forms are read only after a
// currency sign ("$3m", "¥5b"), since "100m" may be metres and "5k" a
// race. Outlets differ: one writes "$550bn", another "$550 billion";
// a question may use either.
var scaleAbbreviations = map[string]string{
	"bn": "billion", "mn": "million", "mln": "million", "tn": "trillion", "trn": "trillion",
}

// currencyScaleAbbreviations are the one-letter scale forms.
var currencyScaleAbbreviations = map[string]string{"b": "billion", "m": "million", "k": "thousand"}

// splitScale splits a field of text that is a figure with its scale
// abbreviated ("550bn" in "$550bn") into the figure and the scale in
// words ("550", "billion"); scale is "" for any other field. at is where
// the field starts in s.
func splitScale(s string, at int, f string) (figure, scale string) {
	i := strings.IndexFunc(f, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '.' || r == ',') })
	if i <= 0 || !isDigitASCII(f[i-1]) {
		return "", ""
	}
	abbr := strings.ToLower(f[i:])
	if w, ok := scaleAbbreviations[abbr]; ok {
		return f[:i], w
	}
	if w, ok := currencyScaleAbbreviations[abbr]; ok && at > 0 && strings.ContainsRune("$€£¥", lastRune(s[:at])) {
		return f[:i], w
	}
	return "", ""
}

// isScaleWord reports whether w is the scale of a figure in words.
func isScaleWord(w string) bool {
	return w == "thousand" || w == "million" || w == "billion" || w == "trillion"
}

// lastRune returns the last rune of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// scaleVariants returns the ways a figure with a scale in words may be
// written glued ("550", "billion" → "550bn", "550b"), as the index reads
// them: one word.
func scaleVariants(figure, scale string) []string {
	var out []string
	for _, m := range []map[string]string{scaleAbbreviations, currencyScaleAbbreviations} {
		for abbr, w := range m {
			if w == scale {
				out = append(out, figure+abbr)
			}
		}
	}
	slices.Sort(out)
	return out
}
