package bot

import "regexp"

// A number in a date is no count of things: "halted production on May
// 25 and has since …" says when, not how many. The count pattern reads
// any number followed by a word, so the days of dates and the years are
// masked before it is matched, keeping every other byte in place for
// the spans (see spansOf).

// dateNumber matches the numbers of a date: a day beside its month ("May
// 25", "25 May") and a year from 1900 to 2099.
var dateNumber = regexp.MustCompile(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b|\b(\d{1,2})\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b((?:19|20)\d\d)\b`)

// cueText is the text a kind's pattern is matched on: for a count, the
// text with the numbers of its dates masked.
func cueText(k kind, text string) string {
	if k != kindCount {
		return text
	}
	ms := dateNumber.FindAllStringSubmatchIndex(text, -1)
	if ms == nil {
		return text
	}
	b := []byte(text)
	for _, m := range ms {
		for g := 1; g < len(m)/2; g++ {
			for i := m[2*g]; i >= 0 && i < m[2*g+1]; i++ {
				b[i] = '#'
			}
		}
	}
	return string(b)
}
