package bot

// Stage 5 (score), continued: the period a figure is for.

import (
	"regexp"
	"strings"
)

// periodReach is how many words after a figure the period it is for may
// stand: "exported ¥860 billion of chip-making equipment to the US *in
// 2024*" (ten words on, a hyphen splitting words).
const periodReach = 10

// The words of a period, shared by the question's reading (askedPeriod)
// and the sentence's (periodAfter): a month's name or a year, and the
// prepositions before the period a figure is for.
const (
	monthOrYearRE        = `(?:` + monthsRE + `|may|(?:19|20)\d\d)`
	periodPrepositionsRE = `in|during|for|over|through`
)

// monthOrYear matches a month's name or a year.
var monthOrYear = regexp.MustCompile(`^` + monthOrYearRE + `$`)

// periodPreposition are the words before the period a figure is for.
var periodPreposition = toSet(strings.ReplaceAll(periodPrepositionsRE, "|", " "))

// periodBreak are the words after which a period belongs to another
// clause or a comparison: "the steepest drop *since* the pandemic hit
// shipments in 2020", "a smaller drop *than* in September".
var periodBreak = toSet(`since than and but while whereas after before`)

// askedPeriod finds the month or year a question names as a period, after
// a preposition ("in September", "for 2025"; not "the October framework",
// which names a thing).
var askedPeriod = regexp.MustCompile(`(?i)\b(?:` + periodPrepositionsRE + `)\s+(?:the\s+month\s+of\s+)?(` + monthOrYearRE + `)\b(?:\s+((?:19|20)\d\d)\b)?`)

// askedRange finds a span of months or years a question names ("*from
// April through June*", "between 2023 and 2025"): a period of its own,
// which none of its ends names.
var askedRange = regexp.MustCompile(`(?i)\b(?:from\s+` + monthOrYearRE + `\s+(?:through|to|until|till)|between\s+` + monthOrYearRE + `\s+and)\s+` + monthOrYearRE + `\b`)

// figurePeriod returns the one month or year a question asking for a
// figure names as its period ("how far did shipments drop *in
// September*", "in May"), or "": none, two (a comparison) or a span
// (see askedRange). A month and its year ("in September 2025") name the
// month.
func figurePeriod(q *question) string {
	if q.kinds&(kindAmount|kindPercent|kindCount) == 0 {
		return ""
	}
	ms := askedPeriod.FindAllStringSubmatch(q.text, -1)
	if len(ms) != 1 || askedRange.MatchString(q.text) {
		return ""
	}
	return strings.ToLower(ms[0][1])
}

// periodFit scores how a sentence's figures fit the period asked: 1 when
// a figure is written as for that period, -1 when every figure written
// with a period is for another one ("fell 29% in November" for a
// question of September), 0 otherwise. A figure's period is the first
// month or year after "in", "during", "for", "over" or "through" within
// periodReach words of it, in its clause: before another figure, a
// sentence's end (a full stop before a capital; "the U.S. in" goes on)
// or a word of another clause or comparison (periodBreak). A day of a
// date ("on 14 October") and a year are no figures here.
func periodFit(asked string, e *excerptAnalysis) float64 {
	if asked == "" {
		return 0
	}
	read, toks := undot(e.text), e.toks
	other := false // a figure written for another period
	for k, tk := range toks {
		if !startsFigure(tk) || isYear(tk.word) || k+1 < len(toks) && monthOrYear.MatchString(toks[k+1].word) && !isYear(toks[k+1].word) || k > 0 && monthOrYear.MatchString(toks[k-1].word) {
			continue
		}
		if p := periodAfter(read, toks, k); p != "" {
			if p == asked {
				return 1
			}
			other = true
		}
	}
	if other {
		return -1
	}
	return 0
}

// startsFigure reports whether a word is written in digits.
func startsFigure(tk token) bool { return tk.word != "" && tk.word[0] >= '0' && tk.word[0] <= '9' }

// periodAfter returns the period written for the figure at toks[k] (see
// periodFit), lower case, or "".
func periodAfter(read string, toks []token, k int) string {
	for j := k + 1; j < len(toks) && j <= k+periodReach; j++ {
		gap := read[toks[j-1].end:toks[j].at]
		if strings.ContainsAny(gap, ";:!?") || strings.Contains(gap, ".") && toks[j].capital || startsFigure(toks[j]) && !monthOrYear.MatchString(toks[j].word) || periodBreak[toks[j].word] {
			return ""
		}
		if periodPreposition[toks[j].word] && j+1 < len(toks) {
			n := j + 1
			if toks[n].word == "the" && n+3 < len(toks) && toks[n+1].word == "month" && toks[n+2].word == "of" {
				n += 3
			}
			if monthOrYear.MatchString(toks[n].word) && !strings.ContainsAny(read[toks[j].end:toks[n].at], ".;:,") {
				return toks[n].word
			}
		}
	}
	return ""
}
