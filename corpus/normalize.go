package corpus

import (
	"regexp"
	"strings"
)

var (
	// A left quote used as an apostrophe after a stray space, as in
	// "Japan ‘s", "don ‘t", "it ‘ll": a contraction or possessive suffix.
	brokenContraction = regexp.MustCompile(`(\p{L})\s+[‘’](s|t|ll|re|ve|d|m)\b`)
	// A plural possessive written "countries ‘ push".
	brokenPluralPossessive = regexp.MustCompile(`(\p{L}s)\s+[‘’]\s`)
	typography             = strings.NewReplacer(
		"‘", "'", "’", "'", "‚", "'", "′", "'",
		"“", `"`, "”", `"`, "„", `"`, "″", `"`,
		"\u00a0", " ", "\u2009", " ", "\u202f", " ", "\u200b", "",
		"…", "...",
	)
)

// Normalize cleans one paragraph of text by rule: it repairs apostrophes
// broken by a stray space, straightens curly quotes and collapses white
// space. Dashes are kept as published.
func Normalize(s string) string {
	if strings.ContainsAny(s, "‘’") { // both patterns need one; most text has none
		s = brokenContraction.ReplaceAllString(s, "$1'$2")
		s = brokenPluralPossessive.ReplaceAllString(s, "$1' ")
	}
	s = typography.Replace(s)
	return strings.TrimSpace(collapseSpaces(s))
}

// collapseSpaces replaces each run of white space (\s: space, tab, line
// feed, form feed, carriage return) with one space, as
// regexp.MustCompile(`\s+`).ReplaceAllString(s, " ") does, at a fraction of
// the cost.
func collapseSpaces(s string) string {
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
	var b strings.Builder
	b.Grow(len(s))
	inSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isSpace(c) {
			if !inSpace {
				b.WriteByte(' ')
			}
			inSpace = true
			continue
		}
		inSpace = false
		b.WriteByte(c)
	}
	return b.String()
}
