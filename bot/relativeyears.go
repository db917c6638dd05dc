package bot

// Years a story says by its date: news writes "next year's quota", "this
// year", "last year" for the years around the day it is published, and a
// reader asks "the quota for 2027".

import (
	"regexp"
	"strconv"
	"strings"
)

// relativeYear finds the years news names by the day it is published.
var relativeYear = regexp.MustCompile(`(?i)\b(next|this|last) year\b`)

// yearOffsets are how far from the year of publication each word puts
// the year.
var yearOffsets = map[string]int{"next": 1, "this": 0, "last": -1}

// publishedYear is the year of a story's date of publication
// ("2026-11-03"), and false when it gives none.
func publishedYear(published string) (int, bool) {
	if len(published) < 4 {
		return 0, false
	}
	pub, err := strconv.Atoi(published[:4])
	return pub, err == nil
}

// saysYear reports whether a text, published on a date ("2026-11-03"),
// names a year ("2027") as the year after, of or before it.
func saysYear(text, published, year string) bool {
	pub, ok := publishedYear(published)
	if !ok || len(year) != 4 {
		return false
	}
	for _, m := range relativeYear.FindAllStringSubmatch(text, -1) {
		if strconv.Itoa(pub+yearOffsets[strings.ToLower(m[1])]) == year {
			return true
		}
	}
	return false
}

// askedYear is the year a question names by its own day ("last year",
// "this year"), as an offset from each story's year of publication, and
// the terms that say it: none when it names no such year.
type askedYear struct {
	offset int
	terms  []int
}

// relativeYearAsked reads the year a question names by the day it is
// asked: news published in 2025 writes "in 2024" for what a reader asks
// of "last year". The question is read as asked of the coverage, at the
// time each story was written.
func (q *question) relativeYearAsked() askedYear {
	m := relativeYear.FindStringSubmatch(q.text)
	if m == nil {
		return askedYear{}
	}
	word := strings.ToLower(m[1])
	a := askedYear{offset: yearOffsets[word]}
	for i := range q.terms {
		if w := q.terms[i].word; w == word || w == "year" {
			a.terms = append(a.terms, i)
		}
	}
	return a
}

// namesYear reports whether a text, published on a date ("2025-06-18"),
// names the year the offset puts from it ("2024" for last year).
func namesYear(text, published string, offset int) bool {
	pub, ok := publishedYear(published)
	if !ok {
		return false
	}
	year := strconv.Itoa(pub + offset)
	for at := 0; ; {
		k := strings.Index(text[at:], year)
		if k < 0 {
			return false
		}
		start, end := at+k, at+k+len(year)
		if (start == 0 || !isDigitASCII(text[start-1])) && (end == len(text) || !isDigitASCII(text[end])) {
			return true
		}
		at = end
	}
}
