package bot

// Stage 6 (cluster): folding near-identical excerpts and editions into one, cited as "also in".

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/dealbot/dealbot/corpus"
)

// editionOverlap is the share of content words two passages of different
// documents must share to count as one passage told twice: another
// edition rewords a sentence ("features a significant … framework" for
// "includes an ambitious … framework") but keeps most of its words.
const editionOverlap = 0.6

// overlap is the overlap coefficient of two sets of sizes na and nb
// sharing inter members: the share of the smaller one that is in the
// other.
func overlap(inter, na, nb int) float64 {
	if min(na, nb) == 0 {
		return 0
	}
	return float64(inter) / float64(min(na, nb))
}

// sameEdition reports whether two passages of different documents, by
// their content words, are one passage told twice.
func sameEdition(inter, na, nb int) bool {
	return overlap(inter, na, nb) >= editionOverlap
}

// cluster folds near-identical candidates (the same sentence in two
// editions, reworded or not, or a sentence repeated inside a longer
// excerpt) into the best of them, whose excerpt cites the others as "also
// in".
//
// With widen, a shown sentence gives way to the same sentence with the one
// after it when that answers as well (see widens); a topic's best passages
// (the digest, "/deal tariffs") stay single sentences.
//
// Two documents' sentences that each give a figure the other does not
// are two versions unless one nearly repeats the other (see saysSame).
// With figures, for a question a figure answers, a near duplicate folded
// so keeps the figures the shown one lacks, for the answer to name.
func cluster(cands []candidate, limit int, widen, figures bool) []Excerpt {
	var out []Excerpt
	var shown []*candidate
	// carriedTokens are the tokens of each shown excerpt's sentence
	// carried on, worked out when first compared (see repeatsCarried).
	var carriedTokens [][]string
next:
	for k := range cands {
		c := &cands[k]
		for i, s := range shown {
			if s.carried != "" && len(c.text) > len(s.carried) && strings.HasPrefix(c.text, s.carried) {
				// The sentence carried on with the one after it, which
				// refers back to it: the shown excerpt goes on to that
				// one when the three are its paragraph's and fit in one
				// excerpt; otherwise the pair is shown already but for
				// its last sentence.
				if ext := s.text + " " + c.text; len(ext) <= corpus.MaxExcerpt && strings.Contains(s.hit.Context, ext) {
					s.carried, carriedTokens[i] = c.text, nil
					out[i].Text = ext
				} else {
					alsoIn(&out[i], c, s)
				}
				continue next
			}
			if s.carried != "" && carriedTokens[i] == nil {
				carriedTokens[i] = sortedKeys(tokenSet(s.carried))
			}
			if s.carried != "" && (strings.Contains(s.shownText(), c.text) || repeatsCarried(c.tokens, carriedTokens[i])) {
				// The sentence carried on after a shown one, alone or with
				// the one before it, here or in another edition, or
				// another outlet's near copy of it: shown already.
				alsoIn(&out[i], c, s)
				continue next
			}
			if widen && widens(c, s) {
				// The same sentence with the one before it, which it
				// refers back to, and scoring about as well: show the
				// fuller excerpt ("These tariffs, imposed on …").
				old := out[i].Citation
				out[i].Text, out[i].Citation, out[i].Score = c.text, c.hit.Citation, round(c.score)
				out[i].AlsoIn = slices.DeleteFunc(out[i].AlsoIn, func(a corpus.Citation) bool { return a == c.hit.Citation })
				if old.DocID != c.hit.DocID || old.Paragraph != c.hit.Paragraph {
					// The shorter excerpt came from another edition: it
					// is there too.
					out[i].AlsoIn = appendCitation(out[i].AlsoIn, old)
				}
				shown[i] = c
				continue next
			}
			if saysSame(c, s) {
				alsoIn(&out[i], c, s)
				if figures && !sameSource(c, s) && figuresDiffer(c, s) {
					// The same sentence from another outlet with another
					// figure: folded, but named (see othersNote).
					out[i].others = append(out[i].others, otherFigures{c.hit.Citation, otherValues(c, s)})
				}
				continue next
			}
		}
		if len(out) == limit {
			continue
		}
		if c.carried != "" && slices.ContainsFunc(shown, func(s *candidate) bool {
			return strings.Contains(s.shownText(), c.carried) || strings.Contains(c.carried, s.text)
		}) {
			c.carried = "" // the sentence after it is shown already, above
		}
		out = append(out, Excerpt{Text: c.shownText(), Citation: c.hit.Citation, Score: round(c.score)})
		shown = append(shown, c)
		carriedTokens = append(carriedTokens, nil)
	}
	return out
}

// widens reports whether candidate c is a shown excerpt with the sentence
// after it, and answers the question as well by all that the excerpt says:
// only BM25, which scores the sentence the index found rather than the
// excerpt, may rank it lower.
func widens(c, shown *candidate) bool {
	return len(c.text) > len(shown.text) && strings.HasPrefix(c.text, shown.text) &&
		c.score-c.bm25 >= shown.score-shown.bm25
}

// repeatsCarried reports whether a candidate, its tokens, nearly repeats
// the sentence carried on after a shown one, carried its tokens (see
// nearDuplicate), or repeats it and adds a little: another outlet's copy
// of it, which would show it twice.
func repeatsCarried(tokens, carried []string) bool {
	return shareEnough(tokens, carried, nearDuplicate) ||
		len(tokens) <= len(carried)+len(carried)/4 && shareEnough(tokens, carried, contained)
}

// alsoIn cites c, folded into the excerpt e shown for s, as also in,
// when it is another paragraph that says all e shows: the sentence
// carried on after s too.
func alsoIn(e *Excerpt, c, s *candidate) {
	if (c.hit.DocID != e.DocID || c.hit.Paragraph != e.Paragraph) && strings.Contains(c.hit.Context, s.carried) {
		e.AlsoIn = appendCitation(e.AlsoIn, c.hit.Citation)
	}
}

func appendCitation(cs []corpus.Citation, c corpus.Citation) []corpus.Citation {
	for _, x := range cs {
		if x == c {
			return cs
		}
	}
	return append(cs, c)
}

func round(x float64) float64 { return math.Round(x*1000) / 1000 }

// saysSame reports whether candidate c says what a shown one, s, says: it
// nearly repeats it (see nearDuplicate), repeats it and adds a little (see
// contained), or is the same passage in another document that keeps most
// of its words and a figure (see sameEdition). Another source's sentence
// that differs from s in a figure (see figuresDiffer) is another version,
// unless it is a near duplicate: the same sentence with one figure
// changed is folded, cited as also in, so that no excerpt is shown twice.
// Whatever the question asks: "Hyundai Motor Group estimates that the 25%
// tariff costs Hyundai and Kia together about 8.4 trillion won a year"
// was folded into another outlet's "roughly 6 trillion won a year" and
// its carried sentence for "what's the 25% tariff costing Hyundai and
// Kia", which the question kinds read as asking for no figure (round
// forty-four: never-tuned multi +2, top3 +2, no set lower; for a
// question a figure answers only, as before, neither).
func saysSame(c, s *candidate) bool {
	if shareEnough(c.tokens, s.tokens, nearDuplicate) {
		return true
	}
	folds := shareEnough(c.tokens, s.tokens, contained) ||
		c.hit.DocID != s.hit.DocID && shareEnough(c.formList, s.formList, sameEdition) && !sharesNoFigure(c, s)
	// Parsing figures is dear: only for a pair that would be folded.
	return folds && (sameSource(c, s) || !figuresDiffer(c, s) && !oneGivesFigures(c, s) && !addsFigure(c, s))
}

// addsFigure reports whether candidate c gives a sum of money where s
// gives none: another outlet's "India will pay 60% of the cost of the
// preclearance programme, which runs at about $1.2 million a season" is
// no repeat of "India will pay 75% of the cost of the US preclearance
// programme, up from the 60% share reported in July", though most of its
// words are, and folded into it the programme's cost was lost. A share
// added ("…, and shares rose 3%") is still folded (see
// TestRewordedVersionKeptApart).
func addsFigure(c, s *candidate) bool {
	gs := s.parsedFigures()
	for _, f := range c.parsedFigures() {
		if f.kind == figMoney && !slices.ContainsFunc(gs, func(g figure) bool { return g.kind == figMoney }) {
			return true
		}
	}
	return false
}

// oneGivesFigures reports whether one of two candidates gives figures
// and the other none in digits: another outlet's "about 40% of US
// kiwifruit imports" is its version of "roughly a third of the
// kiwifruit the United States imports", not the sentence told twice.
func oneGivesFigures(a, b *candidate) bool {
	return (len(a.figures) == 0) != (len(b.figures) == 0)
}

// otherFigures is a source whose sentence was folded into a shown excerpt
// as a near duplicate though it gives other figures: "$200 billion" where
// the excerpt says "$150 billion".
type otherFigures struct {
	citation corpus.Citation
	figures  []string // as written
}

// othersNote names the sources folded into the shown excerpts that give
// other figures, and those figures: "Reuters gives $200 billion." A
// source is named by its publisher, or its title.
func othersNote(ex []Excerpt) string {
	var notes []string
	for _, e := range ex {
		for _, o := range e.others {
			who := cmp.Or(o.citation.Publisher, o.citation.Title, o.citation.DocID)
			notes = append(notes, who+" gives "+strings.Join(o.figures, " and ")+".")
		}
	}
	return strings.Join(notes, " ")
}
