package bot

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dealbot/dealbot/corpus"
)

// figMention is one figure where one sentence states it, with what the
// sentence says about it: its label, and whether it is a new value.
type figMention struct {
	figure
	id       string // the figure's key, computed once
	label    string
	clause   bool   // the label is a subject and verb, not a noun phrase
	head     string // the label's main noun, as a concept
	concepts map[string]bool
	context  map[string]bool // the sentence's concepts
	moved    bool            // the sentence gives it as a new value ("cut to", "reduced", "rather than")
	old      int             // index in the sentence's mentions of the value it replaced, or -1
	part     bool            // one of several figures that add up to another in the sentence
	delta    bool            // the size of a change ("rose by 5%"), not a value of the measure
	when     string          // a date the sentence gives for it
	passage  corpus.Passage
	date     time.Time // the document's publication date
	order    int       // position in the coverage
}

// changeVerbs say that a value moved, in any English news.
var changeVerbs = toSet(`raise raised raises raising lower lowered lowers lowering cut cuts cutting
reduce reduced reduces reducing increase increased increases increasing decrease decreased decreases
rise rises rose rising risen fall falls fell falling fallen drop drops dropped dropping grow grows grew
growing grown shrink shrank shrinks climb climbed climbs jump jumped jumps slash slashed slashes boost
boosted boosts lift lifted lifts trim trimmed trims double doubled doubles halve halved revise revised
revises adjust adjusted adjusts expand expanded expands narrow narrowed widen widened bring brings
bringing brought take takes taking took push pushed pushes pushing`)

// changeAdjectives before a figure's phrase mark it as a new value ("the
// reduced fare", "the new rate").
var changeAdjectives = toSet(`reduced lower higher new revised increased raised cut lowered`)

// replacedBy introduces the old value after the new one: "£6 rather than
// £8", "15%, down from 25%".
var replacedBy = regexp.MustCompile(`(?i)^\s*,?\s*(?:rather than|instead of|up from|down from|compared with|compared to|from)\s*$`)

// sentenceMentions finds the figures of one passage with their labels and
// the changes the sentence itself states.
func sentenceMentions(p corpus.Passage, published time.Time) []figMention {
	s := p.Text
	figs := mergeRanges(s, findFiguresIn(s))
	ts := labelTokens(s, figs)
	ctx := conceptSet(s)
	var out []figMention
	var when string
	for _, f := range figs {
		if f.kind == figDate {
			when = f.value
		}
	}
	for k, t := range ts {
		if t.fig < 0 {
			continue
		}
		f := figs[t.fig]
		m := figMention{figure: f, id: f.key(), old: -1, passage: p, date: published, context: ctx, delta: byBefore.MatchString(s[:f.start])}
		m.label, m.clause = figureLabel(ts, k, f)
		m.moved = movedTo(ts, k) || labelChanged(m.label) || nowBefore(ts, k)
		if !m.clause {
			m.label = trimLabel(m.label) // a clause ends as it ends: "what it will bring in"
		}
		m.concepts, m.head = labelConcepts(m.label, m.clause)
		if f.kind != figDate {
			m.when = when
		}
		out = append(out, m)
	}
	linkOldValues(s, out)
	markParts(out)
	return out
}

// trimLabel drops the words a label does not need at its ends.
func trimLabel(l string) string {
	ws := strings.Fields(l)
	for len(ws) > 0 && (labelDeterminers[strings.ToLower(ws[0])] || changeAdjectives[strings.ToLower(ws[0])]) {
		ws = ws[1:]
	}
	for len(ws) > 0 && joinPreps[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

// movedTo reports whether a change verb leads to the figure at token k:
// "raised the grant to $50 million", "falls to 10%".
func movedTo(ts []labelToken, k int) bool {
	for k > 0 && approximators[ts[k-1].lower] {
		k--
	}
	if k == 0 || ts[k-1].lower != "to" {
		return false
	}
	for i := k - 2; i >= 0 && i >= k-6 && !ts[i].stop; i-- {
		if changeVerbs[ts[i].lower] {
			return true
		}
	}
	return false
}

// nowBefore reports whether "now" comes just before a figure, in its
// clause: "the rate is now 15%", "now stands at $5".
func nowBefore(ts []labelToken, k int) bool {
	for i := k - 1; i >= 0 && i >= k-3 && !ts[i].stop; i-- {
		if ts[i].lower == "now" {
			return true
		}
	}
	return false
}

func labelChanged(label string) bool {
	for _, w := range strings.Fields(strings.ToLower(label)) {
		if changeAdjectives[w] {
			return true
		}
	}
	return false
}

// linkOldValues finds the changes a sentence states within itself: "from
// $4 billion to $7 billion", "the 20% levy … falls to 10%", "£6 a day
// rather than £8".
func linkOldValues(s string, ms []figMention) {
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			a, b := &ms[i], &ms[j]
			if !a.comparable(b.figure) || a.key() == b.key() {
				continue
			}
			between := s[a.end:b.start]
			switch {
			case replacedBy.MatchString(between):
				// "£6 rather than £8": the second is the old value.
				b.old, a.moved = -1, true
				a.old = j
				b.label, b.concepts, b.head = a.label, a.concepts, a.head
			case b.moved && !strings.ContainsAny(between, ".;") && !a.moved && (a.kind != figMoney || near(a.amount, b.amount)) &&
				!participleChange(between) && !byBefore.MatchString(s[:a.start]):
				a.label = orLabel(a.label, b.label)
				b.old = i
				b.label, b.concepts, b.head = a.label, a.concepts, a.head
			}
		}
	}
}

// near reports whether two sums are within ten times of each other: an
// old and a new value of one budget are, an increment and a total are not ("adds $180 million, bringing the total
// to $2.6 billion").
func near(a, b float64) bool {
	return a > 0 && b > 0 && a/b <= 10 && b/a <= 10
}

// participleChange reports whether the change verb between two figures is
// an -ing participle ("…, bringing the total to"): it starts a clause of
// its own, whose subject is not the first figure.
func participleChange(between string) bool {
	for _, w := range strings.Fields(strings.ToLower(between)) {
		w = strings.Trim(w, `,.;:"'`)
		if changeVerbs[w] {
			return strings.HasSuffix(w, "ing")
		}
	}
	return false
}

func orLabel(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// markParts marks figures that add up to another figure of the sentence
// ("12%: a 2% base levy plus an extra 10% surcharge"): they are parts of
// it, not values of their own measure.
func markParts(ms []figMention) {
	for i := range ms {
		var sum float64
		var parts []int
		for j := range ms {
			if j != i && ms[j].comparable(ms[i].figure) && ms[j].amount < ms[i].amount {
				sum += ms[j].amount
				parts = append(parts, j)
			}
		}
		if len(parts) >= 2 && sum > 0 && abs(sum-ms[i].amount) < 1e-9*max(1, ms[i].amount) {
			for _, j := range parts {
				ms[j].part = true
			}
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

var (
	rangeBetween = regexp.MustCompile(`(?i)^\s*(?:to|and|-|–)\s*$`)
	fromBefore   = regexp.MustCompile(`(?i)\b(from|between)\s*$`)
	bareNumber   = regexp.MustCompile(`^\s+to\s+(\d[\d,]*)\b`)
	byBefore     = regexp.MustCompile(`(?i)\bby\s+(?:about\s|nearly\s|almost\s|some\s|roughly\s|another\s|a further\s)?$`)
)

// mergeRanges joins "1% to 3%" and "between $4 billion and $7 billion"
// into one figure, unless a change verb makes a "from … to" a change. A
// count changed to a bare number ("from two seats to 11") gains the
// number as a figure of its own.
func mergeRanges(s string, figs []figure) []figure {
	var out []figure
	for i := 0; i < len(figs); i++ {
		f := figs[i]
		from := fromBefore.FindString(s[:f.start])
		changed := from != "" && strings.EqualFold(strings.TrimSpace(from), "from") && hasChangeVerb(s[:f.start])
		delta := byBefore.MatchString(s[:f.start]) // "raised by $2 billion to $12 billion"
		if i+1 < len(figs) && rangeBetween.MatchString(s[f.end:figs[i+1].start]) && figs[i+1].kind == f.kind && !changed && !delta {
			g := figs[i+1]
			f.value = s[f.start:g.end]
			f.end = g.end
			f.amount = g.amount // a range compares by its top
			out = append(out, f)
			i++
			continue
		}
		out = append(out, f)
		if f.kind == figCount && changed {
			if m := bareNumber.FindStringSubmatchIndex(s[f.end:]); m != nil {
				g := figure{kind: figCount, value: s[f.end+m[2] : f.end+m[3]], start: f.end + m[2], end: f.end + m[3], unit: f.unit}
				n, err := strconv.ParseFloat(strings.ReplaceAll(g.value, ",", ""), 64)
				g.amount = n
				if err == nil && (i+1 >= len(figs) || figs[i+1].start >= g.end) {
					out = append(out, g)
				}
			}
		}
	}
	return out
}

func hasChangeVerb(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if changeVerbs[strings.Trim(w, `,.;:"'`)] {
			return true
		}
	}
	return false
}

// labelConcepts returns the concepts of a label's content words and its
// head: the last noun of its first noun group ("fare" in "bus fare on
// weekdays"), or a clause's subject.
func labelConcepts(label string, clause bool) (map[string]bool, string) {
	set := conceptSet(label)
	ws := strings.Fields(label)
	head := ""
	for _, w := range ws {
		lw := strings.ToLower(w)
		if pronouns[lw] || labelDeterminers[lw] {
			continue // "what the project will cost"
		}
		if joinPreps[lw] || labelAuxiliaries[lw] || commonVerbs[lw] || changeVerbs[lw] {
			break
		}
		if !changeAdjectives[lw] {
			head = lw
		}
	}
	return set, headConcept(head)
}

// headConcept is a noun as a concept: its stem, or its thesaurus group.
func headConcept(w string) string {
	if w == "" {
		return ""
	}
	if g := conceptGroups(w); len(g) > 0 {
		return g[0]
	}
	return stem(singular(w))
}
