package bot

import (
	"cmp"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// figureKind says what a figure measures with: the digest compares only
// figures of one kind (and one unit), and ranks money and shares first.
type figureKind int

const (
	figMoney figureKind = iota
	figPercent
	figCount
	figDuration
	figDate
)

// String names a kind for tests and logs.
func (k figureKind) String() string {
	return [...]string{"money", "percent", "count", "duration", "date"}[k]
}

// The parts figures are written with, in any English news: numbers in
// digits or words, scales, currencies, time units and months.
const (
	numWord  = `(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a dozen|dozens of|hundreds of|thousands of)`
	digits   = `(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`
	scale    = `(?:trillion|billion|million|thousand|tn|bn|mn|m|k)\b`
	currency = `(?:[A-Z]{1,3}\$|\$|€|£|¥)`
	perUnit  = `(?:\s(?:a|per|each)\s(?:year|month|week|day|hour))?`
	timeUnit = `(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b`
	month    = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`
	dayName  = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	weekday  = `(?:` + dayName + `,?\s)?`
)

// figurePattern finds figures of one kind by their form.
type figurePattern struct {
	kind figureKind
	re   *regexp.Regexp
}

// figurePatterns find figures by their form, one pattern a kind, tried in
// this order; a span taken by one is not matched again by a later one.
// They are compiled on first use: the count pattern names WordNet's
// plurals without -s, some tens of milliseconds to compile, which a
// command that reads no figure ("dealbot version") need not pay.
var figurePatterns = sync.OnceValue(func() []figurePattern {
	return []figurePattern{
		{figMoney, regexp.MustCompile(`(?:` + currency + `|\b` + currencyCodesRE + `\b)\s?` + digits + `(?:\s?` + scale + `)?` + perUnit +
			`|\b` + digits + `\s(?:` + scale + `\s)?(?:` + currencyWordsRE + `)\b` + perUnit)},
		{figPercent, regexp.MustCompile(`\b` + digits + `\s?(?:%|percent\b|per cent\b|percentage points?\b)`)},
		{figDate, regexp.MustCompile(weekday + month + `\s\d{1,2}\b(?:,?\s\d{4}\b)?` +
			`|` + weekday + `\b\d{1,2}\s` + month + `(?:,?\s\d{4}\b)?`)},
		{figDuration, regexp.MustCompile(`(?i)\b(?:` + digits + `|` + numWord + `)[\s-]` + timeUnit)},
		// A count is a number and the plural noun it counts ("9,400
		// responses", "14 city-centre traders", "450 people": a plural
		// WordNet knows without -s), or a number joined to a
		// singular noun as a modifier ("120-seat", "one seat").
		{figCount, regexp.MustCompile(`(?i)\b(?:` + digits + `|` + numWord + `)-[a-z]+\b` +
			`|\b(?:` + digits + `|` + numWord + `)\s(?:[a-z][a-z-]*\s)?[a-z][a-z-]*s\b` +
			`|\b(?:` + digits + `|` + numWord + `)\s(?:[a-z][a-z-]*\s)?(?:` + strings.Join(wordnet.Plurals(), "|") + `)\b` +
			`|\bone\s[a-z]+\b`)},
	}
})

// figure is one figure found in a sentence.
type figure struct {
	kind       figureKind
	value      string // as written
	start, end int    // its span in the sentence
	unit       string // what a count counts, a duration's unit, a money figure's currency
	amount     float64
}

// findFiguresIn returns the figures of a sentence in order of position.
func findFiguresIn(s string) []figure {
	var out []figure
	taken := func(a, b int) bool {
		for _, f := range out {
			if a < f.end && b > f.start {
				return true
			}
		}
		return false
	}
	for _, p := range figurePatterns() {
		for _, m := range p.re.FindAllStringIndex(s, -1) {
			a, b := m[0], m[1]
			if taken(a, b) {
				continue
			}
			f := figure{kind: p.kind, value: s[a:b], start: a, end: b}
			if !f.parse(s) {
				continue
			}
			out = append(out, f)
		}
	}
	sortFigures(out)
	return out
}

func sortFigures(fs []figure) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].start < fs[j-1].start; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

var (
	// leadingNumber is compiled on first use (see currencyCodesRE).
	leadingNumber = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^(?:[A-Z]{0,3}` + currencySignRE + `\s?|` + currencyCodesRE + `\s?)?(` + digits + `|` + numWord + `)`)
	})
	scaleWord = regexp.MustCompile(`(?i)[\d\s](trillion|billion|million|thousand|tn|bn|mn|m|k)\b`)
)

// figNumberWords are the values of numbers written as words.
var figNumberWords = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
	"a dozen": 12}

// countNotUnits are words after a number that do not make it a count:
// function words, and the words of times and dates.
var countNotUnits = toSet(`a an the of and or to in on at by for from with as than its their his her
this these those a.m. p.m. am pm percent per cent times`)

// parse fills a figure's amount and unit, and reports whether it is a
// figure at all (a year, a clock time or a bare ordinal is not).
func (f *figure) parse(s string) bool {
	v := strings.ToLower(f.value)
	if m := leadingNumber().FindStringSubmatch(f.value); m != nil {
		n := strings.ToLower(m[1])
		if x, ok := figNumberWords[n]; ok {
			f.amount = x
		} else if x, err := strconv.ParseFloat(strings.ReplaceAll(n, ",", ""), 64); err == nil {
			f.amount = x
		}
	}
	switch f.kind {
	case figMoney:
		if m := scaleWord.FindStringSubmatch(v); m != nil {
			sc := m[1]
			f.amount *= map[string]float64{"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9,
				"million": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3}[sc]
		}
		f.unit = cmp.Or(currencyCode(f.value), moneyUnit(v))
	case figPercent:
		f.unit = "%"
		if strings.Contains(v, "point") {
			f.unit = "points"
		}
	case figDuration:
		u := strings.TrimSuffix(lastWord(v), "s")
		f.unit = u
	case figCount:
		rest := strings.TrimSpace(v[len(leadingNumber().FindString(v)):])
		rest = strings.TrimLeft(rest, "- ")
		ws := strings.Fields(rest)
		if len(ws) == 0 || countNotUnits[ws[0]] || strings.ContainsAny(s[f.end:min(f.end+1, len(s))], ":") {
			return false
		}
		if isYear(f.value) || afterName(s[:f.start]) {
			return false
		}
		if strings.Contains(f.value, "-") {
			// "120-seat assembly": the unit is the joined noun.
			f.unit = singular(ws[0])
			break
		}
		f.unit = singular(ws[len(ws)-1])
		if len(ws) == 2 && (countNotUnits[ws[1]] || verbLikeUnit(ws[1])) {
			// "14 in the…": not a count; "5 seats rose": the first word is the unit.
			f.value = f.value[:len(f.value)-len(ws[1])-1]
			f.end = f.start + len(f.value)
			f.unit = singular(ws[0])
		}
		if verbLikeUnit(ws[0]) || countNotUnits[f.unit] {
			return false
		}
	}
	return true
}

// verbLikeUnit reports whether a word after a number reads as a verb or an
// adverb rather than the thing counted ("said", "went", "ago").
func verbLikeUnit(w string) bool {
	if commonVerbs[w] || labelAuxiliaries[w] {
		return true
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || w == "ago" || w == "is" || w == "was" ||
		w == "has" || w == "does"
}

// afterName reports whether a number follows a capitalised word inside
// the sentence: then it is part of a name ("Section 12 rules", "Route 9
// buses"), not a count.
func afterName(before string) bool {
	ws := strings.Fields(before)
	if len(ws) < 2 {
		return false
	}
	r := []rune(ws[len(ws)-1])
	return unicode.IsUpper(r[0]) && !strings.ContainsAny(ws[len(ws)-1], ",;:")
}

func isYear(v string) bool {
	n, err := strconv.Atoi(strings.Fields(v)[0])
	return err == nil && n >= 1800 && n <= 2200 && !strings.Contains(strings.Fields(v)[0], ",")
}

func moneyUnit(v string) string {
	for _, c := range []string{"€", "£", "¥", "yen", "euro", "pound", "yuan", "won", "rupee", "franc"} {
		if strings.Contains(v, c) {
			return c
		}
	}
	if w := currencyWordAt.FindString(v); w != "" && !strings.HasPrefix(w, "dollar") {
		return singular(w) // "300 million pesos": peso
	}
	return "$"
}

// currencyWordAt finds the currency a sum names in words ("5.2 billion
// crowns"; see currencyWordsRE), in lower case.
var currencyWordAt = regexp.MustCompile(`\b(?:` + currencyWordsRE + `)\b`)

func lastWord(s string) string {
	ws := strings.Fields(strings.ReplaceAll(s, "-", " "))
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// singular is a plural noun's singular form, for comparing units: the
// inflection, not a dictionary.
func singular(w string) string {
	w = strings.ToLower(w)
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// key identifies a figure's value for merging mentions: "$50 million",
// "US$50mn" and "$50 Million" are one value; so are "15%" and "15
// percent".
func (f figure) key() string {
	switch f.kind {
	case figMoney:
		return f.unit + strconv.FormatFloat(f.amount, 'g', -1, 64)
	case figPercent, figCount, figDuration:
		if strings.Contains(f.value, " to ") || strings.Contains(f.value, " and ") {
			return f.kind.String() + ":" + strings.ToLower(figSpace.ReplaceAllString(f.value, " "))
		}
		return f.kind.String() + ":" + strconv.FormatFloat(f.amount, 'g', -1, 64) + " " + f.unit
	}
	return "date:" + strings.ToLower(figSpace.ReplaceAllString(f.value, " "))
}

var perRe = regexp.MustCompile(`(?i)\s(?:a|per|each)\s(year|month|week|day|hour)$`)

func perSuffix(v string) string {
	if m := perRe.FindStringSubmatch(v); m != nil {
		return "/" + strings.ToLower(m[1])
	}
	return ""
}

// comparable reports whether two figures can be two values of one
// measure: the same kind and unit.
func (f figure) comparable(g figure) bool {
	if f.kind != g.kind || f.kind == figDate {
		return false
	}
	if f.kind == figMoney {
		pf, pg := perSuffix(f.value), perSuffix(g.value)
		return f.unit == g.unit && (pf == pg || pf == "" || pg == "")
	}
	return f.unit == g.unit
}

var figSpace = regexp.MustCompile(`\s+`)

// figureAsked returns a figure of a question as written there, with its
// signs and scale ("$900 billion", "50%"), and the kind of answer that
// states one like it: a percentage, an amount (a sum of money, a figure
// with a scale), a date ("September 8"), or else an amount or a count.
// word is the figure's digits as a term; "" and 0 when the text does not
// hold it.
func figureAsked(text, word string) (string, kind) {
	for _, g := range gluedScale.FindAllString(text, -1) {
		if strings.TrimRightFunc(strings.TrimLeftFunc(g, func(r rune) bool { return r == ' ' || currencySign(r) }), unicode.IsLetter) == word {
			return g, kindAmount // "$20bn", as typed
		}
	}
	for _, m := range figureAsWritten.FindAllStringSubmatch(text, -1) {
		if m[3] != word {
			continue
		}
		switch {
		case m[1] != "" || strings.TrimSpace(m[4]) != "" && m[5] == "" && m[6] == "":
			return strings.TrimSpace(m[0]), kindTime // "September 8", "8 September"
		case m[5] != "":
			return m[0], kindPercent
		case m[2] != "" || m[6] != "":
			return m[0], kindAmount
		}
		return m[0], kindAmount | kindCount
	}
	return "", 0
}

// gluedScale finds a figure with its scale abbreviated and glued to it,
// and the currency sign before it ("$20bn").
var gluedScale = regexp.MustCompile(`(?i)(` + currencySignRE + `\s?)?\b\d[\d,.]*(?:` + scaleAbbreviationRE + `)\b`)

// figureAsWritten finds a figure with what is written around it: a month
// before or after it (a date), a currency sign before it, a per cent sign,
// a scale or a currency's name after it.
var figureAsWritten = regexp.MustCompile(`(?i)(\b(?:` + monthsRE + `|may)\s+)?(` + currencySignRE + `\s?)?\b(\d[\d,.]*\d|\d)\b(\s?(%|percent|per cent)|\s?(` + scaleWordsRE + `|dollars?|` + currencyWordsRE + `)\b|\s+(?:` + monthsRE + `|may)\b)?`)

// currencySignRE matches a sign written before a sum of money: any of
// Unicode's currency symbols (category Sc: "$", "€", "₩", "₹", "₱", "₽"
// …), so that no hand list leaves a currency out.
const currencySignRE = `\p{Sc}`

// currencySign reports whether r is a currency sign (see currencySignRE).
func currencySign(r rune) bool { return unicode.Is(unicode.Sc, r) }
