package bot

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Figure is a key figure of the coverage: one value of one measure, cited
// everywhere the coverage states it.
type Figure struct {
	Value string // as first written: "$50 million", "1% to 3%", "90 minutes"
	Label string // what it measures, in the sentence's words: "Public share of the budget"
	Kind  string // money, percent, count, duration or date
	New   bool   // first found in a document the channel's last digest did not cover
	Excerpt
}

// keyFigures merges the mentions of each figure (the same value of the
// same measure, in any outlet) into one Figure citing all of them, and
// ranks them: figures more outlets state first, then money and shares,
// then figures labelled by a noun phrase. A figure whose sentence gives no
// label, a part of a sum, and a small number written as a word ("two
// governments") are not key figures. ms is newest document first.
func keyFigures(ms []figMention, seen map[string]bool, changes []Change) []Figure {
	type group struct {
		fig    Figure
		first  figMention
		docs   map[string]bool
		clause bool
	}
	var gs []*group
	byKey := map[string][]*group{} // the groups of each value
	// Oldest document first, each in its own order: a figure is cited
	// where it was first stated.
	byAge := slices.Clone(ms)
	slices.SortStableFunc(byAge, func(a, b figMention) int {
		if a.passage.DocID == b.passage.DocID {
			return a.order - b.order
		}
		return -earlierDoc(a, b)
	})
	for _, m := range byAge {
		if m.part || m.label == "" || m.kind == figDate || m.kind == figCount && (!startsWithDigit(m.figure.value) || strings.EqualFold(m.label, countedNoun(m.figure.value))) {
			continue
		}
		key := m.id
		gi := slices.IndexFunc(byKey[key], func(g *group) bool {
			return g.first.head == m.head || sameMeasure(g.first, m) >= sameMeasureAcross
		})
		if gi < 0 {
			byKey[key] = append(byKey[key], nil)
			gs = append(gs, &group{
				fig: Figure{Value: m.figure.value, Label: capitalize(m.label), Kind: m.kind.String(),
					New: len(seen) > 0 && !seen[m.passage.DocID], Excerpt: Excerpt{Text: m.passage.Text, Citation: m.passage.Citation}},
				first: m, docs: map[string]bool{m.passage.DocID: true}, clause: m.clause,
			})
			byKey[key][len(byKey[key])-1] = gs[len(gs)-1]
			continue
		}
		g := byKey[key][gi]
		if g.clause && !m.clause {
			g.fig.Label, g.clause = capitalize(m.label), false
		}
		if !g.docs[m.passage.DocID] {
			g.docs[m.passage.DocID] = true
			g.fig.AlsoIn = append(g.fig.AlsoIn, m.passage.Citation)
		}
	}
	inChange := func(g *group) bool {
		return slices.ContainsFunc(changes, func(c Change) bool {
			for i, v := range []Value{c.From, c.To} {
				key := c.fromKey
				if i == 1 {
					key = c.toKey
				}
				if v.DocID == g.fig.DocID && key == g.first.id {
					return true
				}
			}
			return false
		})
	}
	// The largest sum a document states is usually its headline figure.
	largest := map[string]float64{}
	for _, m := range ms {
		if m.kind == figMoney && !m.part && m.amount > largest[m.passage.DocID] {
			largest[m.passage.DocID] = m.amount
		}
	}
	rank := func(g *group) int {
		r := 10 * outlets(g.fig.Excerpt)
		if g.first.kind == figMoney && g.first.amount == largest[g.first.passage.DocID] {
			r += 3
		}
		switch g.first.kind {
		case figMoney, figPercent:
			r += 4
		default:
			r += 2
		}
		if !g.clause {
			r += 3
		}
		if g.fig.New {
			r += 2
		}
		return r
	}
	slices.SortStableFunc(gs, func(a, b *group) int { return rank(b) - rank(a) })
	// A figure "what changed" shows already is left out unless several
	// outlets state it; no article fills more than its share of the list.
	var out []Figure
	perArticle := map[string]int{}
	for _, g := range gs {
		article := g.fig.Title + "\x00" + g.fig.Publisher
		if inChange(g) && outlets(g.fig.Excerpt) < 2 || perArticle[article] >= maxFiguresPerArticle {
			continue
		}
		perArticle[article]++
		out = append(out, g.fig)
	}
	return out
}

// maxFiguresPerArticle keeps one long article from filling the key
// figures.
const maxFiguresPerArticle = 3

// countedNoun is what a count counts, as written: "square kilometres" in
// "12 square kilometres".
func countedNoun(v string) string {
	return strings.TrimSpace(strings.TrimLeft(v[len(leadingNumber().FindString(v)):], "- "))
}

// earlierDoc compares two mentions' documents by date: 1 when a's is
// older, -1 when b's is; undated documents count as oldest, and equal
// dates keep the coverage's order.
func earlierDoc(a, b figMention) int {
	switch {
	case a.date.Equal(b.date):
		return 0
	case a.date.IsZero() || !b.date.IsZero() && a.date.Before(b.date):
		return 1
	}
	return -1
}

// outlets counts the distinct articles an excerpt is cited from: editions
// of one article count once.
func outlets(e Excerpt) int {
	seen := map[string]bool{e.Title + "\x00" + e.Publisher: true}
	for _, c := range e.AlsoIn {
		seen[c.Title+"\x00"+c.Publisher] = true
	}
	return len(seen)
}

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// nounSet returns the stems of a text's content words.
func nounSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		lw := strings.ToLower(w)
		if len(lw) < 3 || stopwords[lw] || labelDeterminers[lw] || labelAuxiliaries[lw] || pronouns[lw] || conjunctions[lw] {
			continue
		}
		set[stem(singular(lw))] = true
	}
	return set
}
