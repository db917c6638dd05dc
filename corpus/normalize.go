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
	spaces                 = regexp.MustCompile(`\s+`)
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
	s = brokenContraction.ReplaceAllString(s, "$1'$2")
	s = brokenPluralPossessive.ReplaceAllString(s, "$1' ")
	s = typography.Replace(s)
	return strings.TrimSpace(spaces.ReplaceAllString(s, " "))
}
