package bot

// Stage 6 (sources): a later report's revised figure before the one it
// revised, for a question of a figure's latest value.

import (
	"regexp"
	"slices"
)

// latestFirst orders the excerpts shown for a question of a figure's
// latest value ("how much copper is in US warehouses now") that the
// coverage answers only in part, which versions skips: the first
// excerpt, and those that name the thing asked about (or count what the
// first counts, see countsAlike) with a figure like one of the first's
// (see likeFigure), are put newest first, in the places they hold; the
// others keep theirs. Round twenty-five: never-tuned top1 +6 in six
// sets, top3 +1, no set lower. Putting every excerpt shown newest first,
// or every one that names the thing asked about, or doing so for "still"
// and "yet", for questions of any kind or for full answers too, moved a
// newer sentence about something else first ("rents for US warehouses
// rose 12%" for "how much copper do US warehouses hold now"; Colombia's
// quota for "Brazil's quota now").
func latestFirst(q *question, cands []candidate) {
	if len(cands) == 0 {
		return
	}
	first := &cands[0]
	firstCounts := countedUnits(first.excerptAnalysis)
	at := []int{0}
	for i := 1; i < len(cands); i++ {
		c := &cands[i]
		if (c.namesFocus(q) || c.countsAlike(firstCounts)) && c.likeFigure(first) {
			at = append(at, i)
		}
	}
	order := slices.Clone(at)
	slices.SortStableFunc(order, func(a, b int) int { return newerFirst(&cands[a], &cands[b]) })
	moved := make([]candidate, len(order))
	for k, i := range order {
		moved[k] = cands[i]
	}
	for k, i := range at {
		cands[i] = moved[k]
	}
}

// likeFigure reports whether a candidate gives a figure of the kind and
// unit of one of another's (see figure.comparable), or a date where the
// other gives one: a revision of it may.
func (c *candidate) likeFigure(o *candidate) bool {
	theirs := o.parsedFigures()
	return slices.ContainsFunc(c.parsedFigures(), func(f figure) bool {
		return slices.ContainsFunc(theirs, func(g figure) bool { return f.comparable(g) || f.kind == figDate && g.kind == figDate })
	})
}

// latestAsked finds a question of a figure's latest value ("how many …
// now", "so far", "the latest"); not "still" or "yet", which ask whether
// a state goes on ("how many are still on strike") more than for a
// revised figure.
var latestAsked = regexp.MustCompile(`(?i)\b(now|latest|current|currently|today|newest|most recent|so far|to date|as of|update|updates)\b`)

// namesFocus reports whether a candidate names the thing a question asks
// about ("how many *jobs*", "the latest *cost*"), as the question words
// it; a question with none names nothing.
func (c *candidate) namesFocus(q *question) bool {
	return q.focus >= 0 && q.terms[q.focus].match(&c.analysed) > 0
}
