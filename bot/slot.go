package bot

// Stage 5 (score), continued: where the answer sits. A sentence that
// states what the question asks for (a figure, a date, a name) right beside
// the question's own words gives it as the answer to that question: "Kaldmark
// has 74 large pelagic trawlers" for "how many trawlers", where "every two
// hours" in a sentence about boats is a figure of something else. This is
// the answer window of classic question answering: the question's words
// near a candidate answer.

import (
	"iter"
	"math"
	"sort"
	"strings"
	"sync"
)

// slotWindow is how many content words from the answer a question word may
// stand and still be said of it.
const slotWindow = 4

// answerSlot is the share of the question's known weight (total) that an
// excerpt says within slotWindow content words of one statement of the kind
// of answer the question asks for: a figure, a name, a date, a place or a
// reason (a connective of cause or purpose, see passageCues: "sold ships
// *because* fuel costs rose"); for a question of "what X" that asks for
// none of them, a figure beside X ("a fee of $40" for "what fee"). Reasons
// were added in round thirty-two: never-tuned top1 +3 in three sets, top3
// +2, no set lower; tuning top3 −1, regression top1 −1 (a reason cue
// "after" beside the question's words, "after losing its majority",
// above the answer). For a question of when, a word anywhere in the
// time's clause counts too (see inClause; round fifty-seven: never-tuned
// top1 +7, top3 +1, nothing else moved; tuning top1 −1, top3 −2; for
// every kind, top1 −8), and a time in a clause of the other tense does
// not count (see tense.go; never-tuned top1 +13 with none lower, top3 +5
// with two lower, refused +2, false answers −2; tuning top1 +2, top3
// +1). It is 0 when the question asks for neither, or the excerpt states
// none. said, when not nil, is how well the excerpt says each term (see
// rank): a term it does not say is not looked for.
func answerSlot(q *question, e *excerptAnalysis, total float64, said []float64) float64 {
	asked := scoredCues(q.kinds & (figureKinds | kindReason))
	focused := false // "what tariff": a figure of the thing named answers it
	if asked == 0 && q.focus >= 0 {
		asked, focused = kindAmount|kindPercent, true
	}
	if asked == 0 || total <= 0 || e.holds(asked) == 0 {
		return 0
	}
	// Where the excerpt says each question word.
	at := make([][]int, len(q.terms))
	for i := range q.terms {
		if t := &q.terms[i]; t.df > 0 && (said == nil || said[i] > 0) {
			at[i] = e.positions(t)
		}
	}
	best := 0.0
	for k, sp := range e.statements(asked) {
		if k&(kindTime|kindDate|kindDay) != 0 && q.tense.contradicts(e.tenseAt(sp[0])) {
			continue // "signed on Sunday" for when the deal takes effect
		}
		if focused && !beside(at[q.focus], sp[0], sp[1]) {
			continue
		}
		if q.ownName(e.content[sp[0]:min(sp[1], len(e.content))]) {
			continue // "the Federation of Malaysian Manufacturers" for who heads it: the question's own name, no answer
		}
		share := 0.0
		for i := range q.terms {
			if beside(at[i], sp[0], sp[1]) || q.kinds&kindTime != 0 && e.inClause(at[i], sp[0], sp[1]) {
				share += q.terms[i].weight
			}
		}
		best = math.Max(best, share/total)
	}
	return best
}

// positions returns where the excerpt says a term, as indices of its
// content words.
func (e *excerptAnalysis) positions(t *term) []int {
	var at []int
	for j, tk := range e.content {
		if t.matchToken(tk) {
			at = append(at, j)
		}
	}
	return at
}

// statements yields where the excerpt states each of the kinds asked,
// with the kind, as spans of its content words (see spansOf).
func (e *excerptAnalysis) statements(asked kind) iter.Seq2[kind, [2]int] {
	return func(yield func(kind, [2]int) bool) {
		for rest := e.holds(asked); rest != 0; rest &= rest - 1 {
			for _, sp := range e.spansOf(rest & -rest) {
				if !yield(rest&-rest, sp) {
					return
				}
			}
		}
	}
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

// clauseMarks are the punctuation that ends a clause.
const clauseMarks = ",;:.!?()—–"

// clauseBreak reports whether clause punctuation stands in u[from:to],
// the text between two words.
func clauseBreak(u string, from, to int) bool {
	return strings.ContainsAny(u[from:to], clauseMarks)
}

// inClause reports whether one of the word positions is in the clause of
// the span [from, to): no clause punctuation (a comma, a semicolon, a
// colon, a dash, a bracket or a sentence's end) stands between them. A
// time is said of its clause's verb wherever the clause puts it
// ("Vestria and Norland signed an accord on harbour fees in Kell on
// Monday, March 9"). Capping the clause at 10 words or at 40 answered
// the same.
func (e *excerptAnalysis) inClause(positions []int, from, to int) bool {
	if from >= len(e.content) || to > len(e.content) {
		return false
	}
	u := undot(e.text)
	for _, p := range positions {
		var a, b int
		switch {
		case p < from:
			a, b = e.content[p].end, e.content[from].at
		case p >= to:
			a, b = e.content[to-1].end, e.content[p].at
		default:
			continue
		}
		if a <= b && !clauseBreak(u, a, b) {
			return true
		}
	}
	return false
}

// lazySpans keeps where an excerpt states each kind of answer, found as
// questions ask for them: finding every match is dearer than finding one
// (see holds), and the same passages come back question after question.
type lazySpans struct {
	mu sync.Mutex
	by map[kind][][2]int
}

// spansOf returns where the excerpt states the kind k (one kind, with a
// pattern in passageCues), as spans [from, to) of its content words.
func (e *excerptAnalysis) spansOf(k kind) [][2]int {
	e.spans.mu.Lock()
	defer e.spans.mu.Unlock()
	if sp, ok := e.spans.by[k]; ok {
		return sp
	}
	var out [][2]int
	if re, ok := passageCues[k]; ok {
		// The words' offsets are in the text as tokenize reads it. A
		// match may start inside a word ("$2,500" matched from "2"): it
		// starts with that word.
		after := func(off int) int {
			return sort.Search(len(e.content), func(i int) bool { return e.content[i].at >= off })
		}
		for _, m := range re.FindAllStringIndex(cueText(k, undot(e.text)), -1) {
			from := after(m[0])
			if k := from - 1; k >= 0 && e.content[k].end > m[0] {
				from = k
			}
			out = append(out, [2]int{from, max(after(m[1]), from+1)})
		}
	}
	if e.spans.by == nil {
		e.spans.by = map[kind][][2]int{}
	}
	e.spans.by[k] = out
	return out
}

// rarestApart reports whether the rarest question word an excerpt says
// stands apart from every statement in it of what the question asks for:
// "how much did Swiss *chocolate* exports fall" and "60% of Swiss
// exports" say a figure of exports, not of chocolate. said is how well
// the excerpt says each term (see rank).
func rarestApart(q *question, e *excerptAnalysis, said []float64) bool {
	asked := scoredCues(q.kinds & figureKinds)
	if asked == 0 || e.holds(asked) == 0 {
		return false
	}
	rare := -1
	for i := range q.terms {
		if t := &q.terms[i]; t.df > 0 && said[i] > 0 && (rare < 0 || t.weight > q.terms[rare].weight) {
			rare = i
		}
	}
	if rare < 0 {
		return false
	}
	at := e.positions(&q.terms[rare])
	for _, sp := range e.statements(asked) {
		if beside(at, sp[0], sp[1]) {
			return false
		}
	}
	return true
}

// ownName reports whether a statement's words are a name the question
// says itself: all capitalised, all the question's ("Federation …
// Malaysian Manufacturers" for "who heads the Federation of Malaysian
// Manufacturers"). It states no answer to the question.
func (q *question) ownName(words []token) bool {
	if len(words) == 0 {
		return false
	}
	for _, tk := range words {
		if !tk.capital || !q.saysToken(tk) {
			return false
		}
	}
	return true
}
