package bot

// Stage 5 (score), continued: where the answer sits. A sentence that
// states what the question asks for (a figure, a date, a name) right beside
// the question's own words gives it as the answer to that question: "Kaldmark
// has 74 large pelagic trawlers" for "how many trawlers", where "every two
// hours" in a sentence about boats is a figure of something else. This is
// the answer window of classic question answering: the question's words
// near a candidate answer.

import (
	"math"
	"sort"
)

// slotWindow is how many content words from the answer a question word may
// stand and still be said of it.
const slotWindow = 4

// answerSlot is the share of the question's known weight (total) that an
// excerpt says within slotWindow content words of one statement of the kind
// of answer the question asks for; 0 when the question asks for no figure,
// name, date or place, or the excerpt states none.
func answerSlot(q *question, e *excerptAnalysis, total float64) float64 {
	asked := q.kinds & figureKinds
	if asked&kindPerson != 0 {
		asked |= kindName
	}
	focused := false // "what tariff": a figure of the thing named answers it
	if asked == 0 && q.focus >= 0 {
		asked, focused = kindAmount|kindPercent, true
	}
	if asked == 0 || total <= 0 || e.holds(asked) == 0 {
		return 0
	}
	// The regular expressions and the words read the text as tokenize
	// does, with the stops of acronyms removed.
	text := undot(e.text)
	starts := contentStarts(text)
	if len(starts) != len(e.content) {
		return 0 // cannot happen: both come from the same words
	}
	// Where the excerpt says each question word.
	at := make([][]int, len(q.terms))
	for i := range q.terms {
		t := &q.terms[i]
		if t.df <= 0 {
			continue
		}
		for j, tk := range e.content {
			if t.matchToken(tk) {
				at[i] = append(at[i], j)
			}
		}
	}
	best := 0.0
	for rest := asked; rest != 0; rest &= rest - 1 {
		re, ok := passageCues[rest&-rest]
		if !ok || e.holds(rest&-rest) == 0 {
			continue
		}
		for _, m := range re.FindAllStringIndex(text, -1) {
			from := sort.SearchInts(starts, m[0])
			to := max(sort.SearchInts(starts, m[1]), from+1)
			if focused && !beside(at[q.focus], from, to) {
				continue
			}
			said := 0.0
			for i := range q.terms {
				if beside(at[i], from, to) {
					said += q.terms[i].weight
				}
			}
			best = math.Max(best, said/total)
		}
	}
	return best
}

// contentStarts returns the byte offsets at which the content words of a
// text (those tokenize does not mark as stopwords) start.
func contentStarts(text string) []int {
	var out []int
	for off, f := range fieldsAt(text) {
		if t, ok := wordToken(f); ok && !t.stop {
			out = append(out, off)
		}
	}
	return out
}

// beside reports whether one of the word positions is within slotWindow
// words of the span [from, to).
func beside(positions []int, from, to int) bool {
	for _, p := range positions {
		if p >= from-slotWindow && p < to+slotWindow {
			return true
		}
	}
	return false
}
