package bot

import "regexp"

// A number in a date is no count of things: "halted production on May
// 25 and has since …" says when, not how many. The count pattern reads
// any number followed by a word, so the days of dates and the years are
// masked before it is matched, keeping every other byte in place for
// the spans (see spansOf).

// dateNumber matches the numbers of a date: a day beside its month ("May
// 25", "25 May", in figures.go's spelling of month names) and a year
// after a word that dates by it ("in 2025", "since 1993").
var dateNumber = regexp.MustCompile(month + `\s+(\d{1,2})\b|\b(\d{1,2})\s+` + month +
	`|\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Bb]efore|[Aa]fter|[Oo]f|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id)\s+((?:19|20)\d\d)\b`)

// wireDateline finds the date of a wire story's dateline, which opens
// its first paragraph: "TOKYO, Sept 4 (Reuters) -", "WASHINGTON, July
// 22 (AP) —". It dates the story, not what the sentence reports.
var wireDateline = regexp.MustCompile(`^\s*[A-Z][A-Z .'’-]{1,40},\s*((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+(?:19|20)\d\d)?)\s*(?:\([A-Za-z .&]+\)\s*)?[-–—]`)

// periodHalf finds a half that is part of a period, not a share of
// something: "in the second half of 2028", "first-half sales", "a
// half-year report", "half an hour".
var periodHalf = regexp.MustCompile(`(?i)\b(?:first|second|latter|former|back|final|last|next|previous|coming|current)[ -]half\b|\bhalf[ -](?:year|yearly|an? (?:hour|day|week|month|year|decade|century))\b`)

// cueText is the text a kind's pattern is matched on: for a time or a
// date, the text with a wire dateline's date masked; for a share, the
// text with the halves of periods masked (see periodHalf); for a count,
// the text with the numbers of its dates masked. Masks keep the text's
// length, so that a match's offsets are the text's.
func cueText(k kind, text string) string {
	if k == kindTime || k == kindDate || k == kindDay {
		m := wireDateline.FindStringSubmatchIndex(text)
		if m == nil {
			return text
		}
		return masked(text, [][]int{m[2:4]})
	}
	if k == kindPercent {
		return masked(text, periodHalf.FindAllStringIndex(text, -1))
	}
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

// masked returns text with the bytes of each span [start, end) replaced
// by '#', keeping its length.
func masked(text string, spans [][]int) string {
	if spans == nil {
		return text
	}
	b := []byte(text)
	for _, m := range spans {
		for i := m[0]; i < m[1]; i++ {
			b[i] = '#'
		}
	}
	return string(b)
}
