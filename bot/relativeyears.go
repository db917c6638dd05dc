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

// saysYear reports whether a text, published on a date ("2026-11-03"),
// names a year ("2027") as the year after, of or before it.
func saysYear(text, published, year string) bool {
	if len(published) < 4 || len(year) != 4 {
		return false
	}
	pub, err := strconv.Atoi(published[:4])
	if err != nil {
		return false
	}
	for _, m := range relativeYear.FindAllStringSubmatch(text, -1) {
		if strconv.Itoa(pub+yearOffsets[strings.ToLower(m[1])]) == year {
			return true
		}
	}
	return false
}
