package bot

// A figure's scale, in words or abbreviated: "$550bn" is "$550 billion".

import (
	"cmp"
	"maps"
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
	"bn": "billion", "bln": "billion", "bil": "billion", "mn": "million", "mln": "million", "mil": "million", "tn": "trillion", "trn": "trillion",
}

// scaleAbbreviationRE matches the abbreviations of scaleAbbreviations,
// longest first, for the patterns that find a figure with its scale
// ("220mn wet tonnes", "$550 bn").
var scaleAbbreviationRE = func() string {
	abbrs := slices.Collect(maps.Keys(scaleAbbreviations))
	slices.SortFunc(abbrs, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	return strings.Join(abbrs, "|")
}()

// scaleWordsRE matches a figure's scale as written after it, in words or
// abbreviated ("billion", "bn").
var scaleWordsRE = `billion|million|trillion|thousand|` + scaleAbbreviationRE

// currencyScaleAbbreviations are the one-letter scale forms.
var currencyScaleAbbreviations = map[string]string{"b": "billion", "m": "million", "k": "thousand"}

// splitScale splits a field of text that is a figure with its scale
// abbreviated ("550bn" in "$550bn") into the figure and the scale in
// words ("550", "billion"); scale is "" for any other field. at is where
// the field starts in s.
func splitScale(s string, at int, f string) (figure, scale string) {
	i := strings.IndexFunc(f, notFigureRune)
	if i <= 0 || !isDigitASCII(f[i-1]) {
		return "", ""
	}
	abbr := strings.ToLower(f[i:])
	if w, ok := scaleAbbreviations[abbr]; ok {
		return f[:i], w
	}
	if w, ok := currencyScaleAbbreviations[abbr]; ok && afterCurrency(s, at) {
		return f[:i], w
	}
	return "", ""
}

// isScaleWord reports whether w is the scale of a figure in words, one
// the abbreviations stand for.
func isScaleWord(w string) bool { return scaleWords[w] }

// scaleWords are the scales the abbreviations stand for.
var scaleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, abbrs := range []map[string]string{scaleAbbreviations, currencyScaleAbbreviations} {
		for _, w := range abbrs {
			m[w] = true
		}
	}
	return m
}()

// lastRune returns the last rune of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// scaleVariants returns the ways a figure with a scale in words may be
// written glued ("550", "billion" → "550bn"), as the index reads them:
// one word. The one-letter forms ("550b") only for money, a figure after
// a currency sign: "300m" may be a pier's length.
func scaleVariants(figure, scale string, money bool) []string {
	var out []string
	for abbr, w := range scaleAbbreviations {
		if w == scale {
			out = append(out, figure+abbr)
		}
	}
	for abbr, w := range currencyScaleAbbreviations {
		if w == scale && money {
			out = append(out, figure+abbr)
		}
	}
	slices.Sort(out)
	return out
}

// isFigure reports whether a word is a figure: digits, with full stops
// or commas between them ("550", "1.5", "2,500").
func isFigure(w string) bool {
	if w == "" || !isDigitASCII(w[0]) || !isDigitASCII(w[len(w)-1]) {
		return false
	}
	return strings.IndexFunc(w, notFigureRune) < 0
}

// notFigureRune reports whether r cannot be part of a figure as written:
// not a digit, full stop or comma.
func notFigureRune(r rune) bool {
	return !(r >= '0' && r <= '9' || r == '.' || r == ',')
}

// afterCurrency reports whether the word that starts at offset at of s
// follows a currency sign: "$550", "US$3", "€ 40".
func afterCurrency(s string, at int) bool {
	return at > 0 && currencySign(lastRune(strings.TrimRight(s[:at], " ")))
}
