package bot

// Stage 2 (expand), continued: one thing written another way by another
// outlet or another reader. Month and quarter abbreviations ("Sept.",
// "Q3"), small numbers in words ("seventeen"), thousands with or without
// commas ("1,250"), a hyphenated or closed compound ("co-operative"), a
// country's other names ("Britain" for "UK"), a percent sign or a
// currency written out ("15 per cent", "USD 400 billion"), and "us" in a
// question typed all in lower case. The abbreviations and number words are
// English's own, the names WordNet's (see wordnet.OtherNames).

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// writtenVariants gives a question's words the other ways a text may
// write a pair of them: a quarter or half year in words abbreviated
// ("third quarter": "Q3"), a hyphenated word closed ("co-operative":
// "cooperative"). text is the question as its tokens' offsets read it.
func writtenVariants(toks []token, termAt map[int]int, terms []term, text string) {
	// A quarter or half year in words ("third quarter") may be written
	// abbreviated ("Q3").
	for i := 0; i+1 < len(toks); i++ {
		if abbr := periodAbbreviation(toks[i].word, toks[i+1].form); abbr != "" {
			for _, j := range []int{i, i + 1} {
				if k, ok := termAt[j]; ok {
					terms[k].addVariant(abbr)
				}
			}
		}
	}
	// A hyphenated word ("co-operative") may be written closed
	// ("cooperative"): both its parts say it.
	for i := 0; i+1 < len(toks); i++ {
		if toks[i+1].at != toks[i].end+1 || text[toks[i].end] != '-' {
			continue
		}
		joined := toks[i].word + toks[i+1].word
		for _, j := range []int{i, i + 1} {
			if k, ok := termAt[j]; ok && !terms[k].number {
				terms[k].addVariant(joined)
			}
		}
	}
}

// addWrittenForms adds to a term the other ways a text may write it
// alone: a number in words or figures, with or without thousands
// separators; a day of the month with or without its ordinal suffix; a
// country's other names; a month's or a quarter's abbreviation or name.
func (t *term) addWrittenForms() {
	if n, ok := numberNames[t.word]; ok {
		t.addVariant(n) // "17" is "seventeen" in prose, and the other way round
	}
	if g := regrouped(t.word); g != "" {
		t.addVariant(g) // "1250" is "1,250" in another outlet's style
	}
	if o := ordinalOrDay(t.word); o != "" {
		t.addVariant(o) // "4" is "4th" in "the 4th of September", and the other way round
	}
	if t.number {
		return
	}
	for _, u := range unitNames[t.word] {
		t.addVariant(u) // "kg" is "kilogram" in prose, and the other way round
	}
	if t.capital {
		t.addNames(t.word) // "UK": Britain, United Kingdom
	}
	for _, m := range monthNames[t.word] {
		t.addVariant(m) // "September" is "Sept." in a wire story
	}
	if p, ok := periodNames[t.word]; ok {
		t.longForms = append(t.longForms, newPhrase(p)) // "Q3" is "the third quarter"
	}
}

// addNames adds the other names WordNet gives the country or organisation
// name names (see wordnet.OtherNames): one word as a variant ("Britain"
// for "UK"), more as a long form ("United Kingdom"). Dotted forms ("U.K.")
// are left to the index's reading of initials (see dotted).
func (t *term) addNames(name string) {
	for _, n := range wordnet.OtherNames(name) {
		switch {
		case strings.Contains(n, "."):
		case strings.Contains(n, " "):
			if !slices.ContainsFunc(t.longForms, func(p phrase) bool { return p.text == n }) {
				t.longForms = append(t.longForms, newPhrase(n))
			}
		default:
			t.addVariant(n)
			for _, w := range wordnet.Related(n) {
				if kin(n, w) {
					t.addVariant(w) // "US": America, and so American
				}
			}
		}
	}
}

// monthNames are the other ways news writes a month's name: its
// abbreviations (AP's "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.",
// "Dec."; "Sep", "Mar", "Apr", "Jun", "Jul" elsewhere) and, for an
// abbreviation, the name.
var monthNames = func() map[string][]string {
	m := map[string][]string{}
	for _, ms := range [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"june", "jun"}, {"july", "jul"},
		{"august", "aug"}, {"september", "sept", "sep"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	} {
		m[ms[0]] = ms[1:]
		for _, a := range ms[1:] {
			m[a] = []string{ms[0]}
		}
	}
	return m
}()

// numberNames are the small whole numbers, the tens and the first
// ordinals in figures and in words, each to the other: style guides spell
// out the small ones ("seventeen Boeing aircraft", "the first week"), a
// reader types "17", "the 1st week".
var numberNames = func() map[string]string {
	words := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	m := map[string]string{}
	add := func(n int, w string) {
		m[strconv.Itoa(n)], m[w] = w, strconv.Itoa(n)
	}
	for n, w := range words {
		add(n, w)
	}
	for i, w := range []string{"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		add(30+10*i, w)
	}
	// The first ordinals, which chat types in figures ("the 1st week").
	for i, w := range []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"} {
		o := ordinalOrDay(strconv.Itoa(i + 1))
		m[o], m[w] = w, o
	}
	return m
}()

// periodNames are the abbreviations business news writes a quarter or a
// half year with, and the words they stand for.
var periodNames = map[string]string{
	"q1": "first quarter", "q2": "second quarter", "q3": "third quarter", "q4": "fourth quarter",
	"h1": "first half", "h2": "second half",
}

// periodAbbreviation returns the abbreviation of a quarter or half year
// said in words ("third", "quarter" → "q3"), or "".
func periodAbbreviation(ordinal, period string) string {
	for abbr, words := range periodNames {
		if words == ordinal+" "+period {
			return abbr
		}
	}
	return ""
}

// regrouped returns a whole number in the other style of writing its
// thousands: "1250" as "1,250", "300,000" as "300000"; "" for anything
// else (a year such as "2026" is written without commas, and kept so).
func regrouped(w string) string {
	if !isFigure(w) || strings.Contains(w, ".") {
		return ""
	}
	if strings.Contains(w, ",") {
		plain := strings.ReplaceAll(w, ",", "")
		if len(w) != len(plain)+(len(plain)-1)/3 {
			return "" // "1,2,3": not thousands
		}
		return plain
	}
	if len(w) < 4 || len(w) == 4 && (w[:2] == "19" || w[:2] == "20") {
		return ""
	}
	var b strings.Builder
	for i, r := range w {
		if i > 0 && (len(w)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// usBefore are the words after which a lower-case "us" is the country, not
// the pronoun: "the us", "its us deal", "tariffs on us corn".
var usBefore = toSet(`the its of on in to from with and vs versus between for against`)

// countryUS reads "us" as the country in a question written all in lower
// case, where "US" lost its capitals, after a word the pronoun would not
// follow.
func countryUS(toks []token) {
	for i := 1; i < len(toks); i++ {
		if t := &toks[i]; t.word == "us" && usBefore[toks[i-1].word] {
			t.stop, t.capital, t.upper = false, true, true
		}
	}
}

// percentWords are the ways English news writes a figure's percent sign
// out ("15 percent", "15 per cent", "15 pct", "15pc" in lower case,
// "fifteen percent").
var percentWords = regexp.MustCompile(`(?i)(\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))\s*(?:percent|per[ -]cent|pct|(?-i:pc))\b`)

// currencyCodes are the ISO 4217 codes of the currencies English news
// names by a sign (see currencySigns), written before a figure: "USD 400
// billion" is "$400 billion".
var currencyCodes = regexp.MustCompile(`\b(USD|EUR|GBP|JPY|KRW|INR)\s?(\d)`)

// codeSigns are the signs of the codes in currencyCodes.
var codeSigns = map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "KRW": "₩", "INR": "₹"}

// asNewsWrites returns the question with its figures and dates written as
// English news writes them (see signedFigures, wordedDates, spacedUnits
// and gluedScales).
func asNewsWrites(q string) string { return gluedScales(spacedUnits(wordedDates(signedFigures(q)))) }

// spacedScale finds a figure with its scale abbreviated after a space:
// "$550 bn", "3 mln".
var spacedScale = regexp.MustCompile(`(?i)(\d) (` + scaleAbbreviationRE + `)\b`)

// gluedScales returns the question with a scale abbreviated after a space
// glued to its figure ("$550 bn" → "$550bn"), as outlets write it and
// the figure is read (see scaleAbbreviations): apart, "bn" was a word the
// coverage never uses.
func gluedScales(q string) string {
	if strings.IndexFunc(q, unicode.IsDigit) < 0 {
		return q
	}
	return spacedScale.ReplaceAllString(q, "$1$2")
}

// unitSymbols are the symbols of the units of measure trade news counts
// in, and their names (SI's and the common imperial and trade ones): a
// reader types "5kg", an outlet writes "5-kilogram bag".
var unitSymbols = map[string][]string{
	"kg": {"kilogram", "kilo"}, "km": {"kilometre", "kilometer"}, "mw": {"megawatt"}, "gw": {"gigawatt"},
	"kwh": {"kilowatt-hour"}, "lb": {"pound"}, "lbs": {"pound"}, "ha": {"hectare"}, "bbl": {"barrel"},
}

// unitNames are the symbols and the names of unitSymbols, each with the
// other ways it is written: "kg" gives "kilogram", "kilograms", "kilo"…;
// "kilogram" gives "kg".
var unitNames = func() map[string][]string {
	m := map[string][]string{}
	for sym, names := range unitSymbols {
		for _, n := range names {
			m[sym] = append(m[sym], n, n+"s")
			m[n] = append(m[n], sym)
			m[n+"s"] = append(m[n+"s"], sym)
		}
	}
	return m
}()

// gluedUnit finds a figure with a unit symbol glued to it: "5kg", "300MW".
var gluedUnit = regexp.MustCompile(`(?i)\b(\d[\d,.]*)(kg|km|mw|gw|kwh|lbs?|ha|bbl)\b`)

// spacedUnits returns the question with a unit symbol glued to its
// figure set apart ("5kg" → "5 kg"), so that the figure and the unit are
// each a word, as an outlet writing "5 kg" or "5-kilogram" has them.
func spacedUnits(q string) string {
	if strings.IndexFunc(q, unicode.IsDigit) < 0 {
		return q
	}
	return gluedUnit.ReplaceAllString(q, "$1 $2")
}

// isoDate finds a date written as ISO 8601 does ("2025-09-04").
var isoDate = regexp.MustCompile(`\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b`)

// wordedDates returns the question with its ISO dates written as news
// writes a date, "September 4, 2025": as figures, "2025-09-04" named
// nothing the coverage says. Dates with slashes are left: "9/4" is 4
// September in American writing, 9 April in British.
func wordedDates(q string) string {
	if !strings.Contains(q, "-") {
		return q
	}
	return isoDate.ReplaceAllStringFunc(q, func(m string) string {
		d, err := time.Parse(time.DateOnly, m)
		if err != nil {
			return m
		}
		return d.Format("January 2, 2006")
	})
}

// signedFigures returns the question with a figure's percent sign and
// currency sign written as signs ("15 per cent" → "15%", "USD 400
// billion" → "$400 billion"), which is how the question is read: as
// words, "percent" and "USD" were things the coverage must name, and a
// question about "15 percent" was answered only "in part" by a text that
// writes "15%".
func signedFigures(q string) string {
	if lower := strings.ToLower(q); strings.Contains(lower, "per") || strings.Contains(lower, "pc") {
		q = percentWords.ReplaceAllString(q, "$1%")
	}
	return currencyCodes.ReplaceAllStringFunc(q, func(m string) string {
		return codeSigns[m[:3]] + m[len(m)-1:]
	})
}

// ordinalSuffix finds a day of the month written as an ordinal: "4th",
// "21st".
var ordinalSuffix = regexp.MustCompile(`^([1-9]|[12]\d|3[01])(st|nd|rd|th)$`)

// ordinalOrDay returns a day of the month's other written form: "4th"
// for "4", "4" for "4th" ("September 4" is "the 4th of September" in
// another outlet's style), or "" for any other word.
func ordinalOrDay(w string) string {
	if m := ordinalSuffix.FindStringSubmatch(w); m != nil {
		return m[1]
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1 || n > 31 || w[0] == '0' {
		return ""
	}
	switch {
	case n%10 == 1 && n != 11:
		return w + "st"
	case n%10 == 2 && n != 12:
		return w + "nd"
	case n%10 == 3 && n != 13:
		return w + "rd"
	}
	return w + "th"
}
