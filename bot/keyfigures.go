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
		if m.part || m.label == "" || m.kind == figDate || m.kind == figCount && (!startsWithDigit(m.figure.value) || singular(lastWord(m.label)) == m.unit) {
			continue
		}
		gi := slices.IndexFunc(gs, func(g *group) bool {
			return g.first.key() == m.key() && (g.first.head == m.head || sameMeasure(g.first, m) >= sameMeasureAcross)
		})
		if gi < 0 {
			gs = append(gs, &group{
				fig: Figure{Value: m.figure.value, Label: capitalize(m.label), Kind: m.kind.String(),
					New: len(seen) > 0 && !seen[m.passage.DocID], Excerpt: Excerpt{Text: m.passage.Text, Citation: m.passage.Citation}},
				first: m, docs: map[string]bool{m.passage.DocID: true}, clause: m.clause,
			})
			continue
		}
		g := gs[gi]
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
			for _, v := range []Value{c.From, c.To} {
				if v.DocID == g.fig.DocID && figureKeyOf(v.Value) == g.first.key() {
					return true
				}
			}
			return false
		})
	}
	rank := func(g *group) int {
		r := 10 * outlets(g.fig.Excerpt)
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
