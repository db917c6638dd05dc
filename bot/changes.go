package bot

import (
	"slices"
	"strings"
	"time"
)

// Change is a figure that moved: one measure, its old and its new value,
// each where the coverage states it.
type Change struct {
	Label    string // what moved, in the coverage's words: "bus fare on weekdays"
	From, To Value
	When     string // the date the new value's sentence gives, if any: "Monday, March 3"

	fromKey, toKey string // the values' keys, for comparing without parsing again
}

// Value is one value of a measure, or one version of a claim, with the
// sentence that states it.
type Value struct {
	Value string    // "$50 million"; "" for a claim without a figure
	Date  time.Time // the stating document's publication date; zero when it has none
	Excerpt
}

// Thresholds for sameMeasure: the evidence that two figures measure the
// same thing. Inside one document a moved figure needs less, since the
// document's subject ties its figures together.
const (
	sameMeasureInDoc  = 2
	sameMeasureAcross = 3
	sameMeasureDiffer = 4 // sources that differ must be about the very same thing
)

// sameMeasure scores how surely two figures measure the same thing: the
// same head noun, shared words in their labels, and, less, in their
// sentences. Figures of other kinds or units, or of amounts more than ten
// times apart, score nothing.
func sameMeasure(a, b figMention) float64 {
	if !a.comparable(b.figure) || a.amount <= 0 || b.amount <= 0 || a.amount/b.amount > 10 || b.amount/a.amount > 10 {
		return 0
	}
	score := 0.0
	counted := map[string]bool{}
	if a.head != "" && a.head == b.head {
		score += 3
		counted[a.head] = true
	}
	for c := range a.concepts {
		if b.concepts[c] && !counted[c] {
			score++
			counted[c] = true
		}
	}
	ctx := 0.0
	for c := range a.context {
		if b.context[c] && !counted[c] {
			ctx += 0.5
		}
	}
	score += min(ctx, 2)
	if p := perSuffix(a.figure.value); p != "" && p == perSuffix(b.figure.value) {
		score++
	}
	return score
}

// earlier reports whether mention a comes before b in time: earlier in the
// same document, or in a document published before b's.
func earlier(a, b figMention) bool {
	if a.passage.DocID == b.passage.DocID {
		// News states the new value first and the old one as background:
		// in one document, a value not given as new is the older.
		return a.order < b.order || !a.moved
	}
	return !a.date.IsZero() && !b.date.IsZero() && a.date.Before(b.date)
}

// findChanges returns the figures that moved: changes a sentence states
// itself ("from $4 billion to $7 billion", "£6 rather than £8"), and a
// figure given as a new value ("raised the grant to $50 million", "the
// reduced fare of £3") paired with the earlier value of the same
// measure, in its document or an earlier one.
func findChanges(ms []figMention, sentences map[string][]int) []Change {
	var out []Change
	used := map[int]bool{} // mentions already in a change
	for i, m := range ms {
		if m.old < 0 {
			continue
		}
		j := sentences[m.passage.ID][m.old]
		out = append(out, newChange(ms[j], m))
		used[i], used[j] = true, true
	}
	// A moved figure is compared only with figures of its kind and unit.
	byClass := map[string][]int{}
	for i, m := range ms {
		c := m.kind.String() + "\x00" + m.unit
		byClass[c] = append(byClass[c], i)
	}
	for i, m := range ms {
		if !m.moved || m.old >= 0 || used[i] || m.part || m.kind == figDate {
			continue
		}
		best, bestScore := -1, 0.0
		for _, j := range byClass[m.kind.String()+"\x00"+m.unit] {
			u := ms[j]
			if j == i || used[j] || u.part || u.delta || u.id == m.id || !earlier(u, m) {
				continue
			}
			s := sameMeasure(u, m)
			need := float64(sameMeasureAcross)
			if u.passage.DocID == m.passage.DocID {
				need = sameMeasureInDoc
			}
			if s >= need && (s > bestScore || s == bestScore && u.passage.DocID == m.passage.DocID) {
				best, bestScore = j, s
			}
		}
		if best >= 0 {
			out = append(out, newChange(ms[best], m))
			used[i], used[best] = true, true
		}
	}
	// Newest first; in one document, in the order it tells them.
	slices.SortStableFunc(out, func(a, b Change) int {
		if c := b.To.Date.Compare(a.To.Date); c != 0 {
			return c
		}
		if a.To.DocID == b.To.DocID {
			return a.To.Paragraph - b.To.Paragraph
		}
		return 0
	})
	return mergeChanges(out)
}

// mergeChanges folds the same change stated in several documents (another
// edition, another outlet) into one, citing each.
func mergeChanges(cs []Change) []Change {
	var out []Change
	for _, c := range cs {
		i := slices.IndexFunc(out, func(o Change) bool {
			return o.fromKey == c.fromKey && o.toKey == c.toKey
		})
		if i < 0 {
			out = append(out, c)
			continue
		}
		o := &out[i]
		if o.From.DocID != c.From.DocID && !citesDoc(o.From.Excerpt, c.From.DocID) {
			o.From.AlsoIn = append(o.From.AlsoIn, c.From.Citation)
		}
		if o.To.DocID != c.To.DocID && !citesDoc(o.To.Excerpt, c.To.DocID) {
			o.To.AlsoIn = append(o.To.AlsoIn, c.To.Citation)
		}
	}
	return out
}

func newChange(from, to figMention) Change {
	label := to.label
	if label == "" || to.clause && from.label != "" && !from.clause {
		label = from.label
	}
	if to.kind == figCount && label == to.unit && !strings.HasSuffix(label, "s") {
		label += "s" // "one seat → 14": the seats changed
	}
	return Change{Label: label, From: from.asValue(), To: to.asValue(), When: to.when, fromKey: from.id, toKey: to.id}
}

// value is a mention as a Value of the digest.
func (m figMention) asValue() Value {
	return Value{Value: m.figure.value, Date: m.date, Excerpt: Excerpt{Text: m.passage.Text, Citation: m.passage.Citation}}
}

// figureDifferences returns pairs of documents that give different values
// for the very same measure (the same head noun, and more), where no
// change explains the difference.
func figureDifferences(ms []figMention, changes []Change) []Difference {
	explained := map[[2]string]bool{}
	for _, c := range changes {
		explained[[2]string{c.fromKey, c.toKey}] = true
		explained[[2]string{c.toKey, c.fromKey}] = true
	}
	// Only mentions of one kind, unit and head can differ: compare
	// within those buckets, not every pair of the coverage.
	buckets := map[string][]int{}
	var order []string
	for i, m := range ms {
		if m.part || m.moved || m.delta || m.kind == figDate || m.head == "" {
			continue
		}
		b := m.kind.String() + "\x00" + m.unit + "\x00" + m.head
		if _, ok := buckets[b]; !ok {
			order = append(order, b)
		}
		buckets[b] = append(buckets[b], i)
	}
	var out []Difference
	seen := map[[2]string]bool{}
	for _, b := range order {
		idx := buckets[b]
		for x, i := range idx {
			a := ms[i]
			for _, j := range idx[x+1:] {
				b := ms[j]
				k := [2]string{a.id, b.id}
				if a.passage.DocID == b.passage.DocID || k[0] == k[1] || seen[k] || explained[k] || sameMeasure(a, b) < sameMeasureDiffer {
					continue
				}
				seen[k] = true
				label := a.label
				if label == "" || a.clause && b.label != "" && !b.clause {
					label = b.label
				}
				out = append(out, Difference{Label: label, Versions: []Value{a.asValue(), b.asValue()}})
			}
		}
	}
	return out
}
