package bot

// Stage 5 (score), continued: the period a figure is for.

import (
	"regexp"
	"strings"
)

// periodFigure matches a figure and the first month or year written after
// it in its sentence with no other figure between: "fell 47% *in
// September*", "exported ¥860 billion of chip-making equipment to the US
// *in 2024*", "worth $12.6 billion, *in 2024*"; not the period of a
// comparison further on ("fell 29% in November, a smaller drop than in
// September").
var periodFigure = regexp.MustCompile(`(?i)\d[\d,.]*[^;:.\d]*?\b(?:in|during|for|over|through)\s+(?:the\s+month\s+of\s+)?(` + monthsRE + `|may|(?:19|20)\d\d)\b`)

// figurePeriod returns the one month or year a question asking for a
// figure names ("how far did shipments drop *in September*"), or "".
func figurePeriod(q *question) string {
	if q.kinds&(kindAmount|kindPercent|kindCount) == 0 {
		return ""
	}
	found := ""
	for _, t := range q.terms {
		w := strings.ToLower(t.word)
		if !(isMonth(w) || t.number && len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))) {
			continue
		}
		if found != "" {
			return "" // two periods: a comparison, not one period
		}
		found = w
	}
	return found
}

var monthRE = regexp.MustCompile(`^(?:` + monthsRE + `|may)$`)

func isMonth(w string) bool { return monthRE.MatchString(w) }

// periodFit scores how a sentence's figures fit the period asked: 1 when
// a figure is written as for that period, -1 when every figure written
// with a period is for another one ("fell 29% in November" for a
// question of September), 0 otherwise.
func periodFit(asked, text string) float64 {
	if asked == "" {
		return 0
	}
	ms := periodFigure.FindAllStringSubmatch(text, -1)
	if len(ms) == 0 {
		return 0
	}
	for _, m := range ms {
		if strings.EqualFold(m[1], asked) {
			return 1
		}
	}
	return -1
}
