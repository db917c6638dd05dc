package bot

// Stage 4 (retrieve), on a large index: the paragraphs that say the
// question's key content first, every paragraph only when none answers.

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/dealbot/dealbot/index"
)

// narrowFrom is the number of paragraphs from which a question's search
// is first kept to those saying its key content: a search that scores
// fewer, all paragraphs saying any of its words, costs little.
const narrowFrom = 1000

// narrowShare is how much rarer than all the question's words together a
// key term must be to narrow its search: a narrow search also looks up the
// key term's forms, which costs more than it saves when the paragraphs
// that say it are not much fewer than the whole question's.
const narrowShare = 4

// minNarrow is how many paragraphs a narrow search must find to be
// answered from: one for each excerpt an answer shows. Fewer are ranked
// among the paragraphs that say less of the question, as they are
// without narrowing.
const minNarrow = MaxExcerpts

// maxWithin is how many key terms, the rarest, keep a search narrow: the
// rarest drives it, a second cuts the paragraphs checked for the others.
const maxWithin = 2

// search finds the candidates for q and whether they answer it. On a
// large index it first searches only the paragraphs that say the
// question's rarest key content (see within), which every full answer
// says; when they are too few, or none of them answers, it widens to
// every paragraph, for a partial answer or to abstain.
func (b *Bot) search(ctx context.Context, q *question) ([]candidate, grounded, error) {
	iq := retrieval(q)
	if groups := within(q); groups != nil {
		if q.passages >= narrowFrom {
			nq := iq
			nq.Within = groups
			hits, err := b.idx.Search(ctx, nq)
			if err != nil {
				return nil, grounded{}, fmt.Errorf("search candidates: %w", err)
			}
			if paragraphs(hits) >= minNarrow {
				cands := rank(q, hits, b.analyses)
				g, err := b.groundNamed(ctx, q, cands)
				if err != nil {
					return nil, grounded{}, err
				}
				if g.best >= 0 && cands[g.best].answers() {
					return cands, g, nil
				}
			}
		}
	}
	hits, err := b.idx.Search(ctx, iq)
	if err != nil {
		return nil, grounded{}, fmt.Errorf("search candidates: %w", err)
	}
	cands := rank(q, hits, b.analyses)
	g := grounded{verdict: answeredFully, rule: "a topic's facts"}
	if !q.topicOnly() {
		if g, err = b.groundNamed(ctx, q, cands); err != nil {
			return nil, grounded{}, err
		}
	}
	return cands, g, nil
}

// within lists, for the question's rarest key terms (see isKey), every
// way a passage can say one in its paragraph, section, title or what it
// refers to, as a full answer must (see rank): its words, spellings,
// variants and synonyms, and the phrases it expands to. It leaves out a
// key term an answer may say otherwise: the thing asked for, said by a
// name or figure ("which agency"), a quantity said by a figure, a topic's
// name said by its tag; and one not much rarer than the question's other
// words (see narrowShare). Nil when no key term is left, or the question's
// words are in fewer than narrowFrom paragraphs.
func within(q *question) [][]index.Clause {
	if q.topicOnly() {
		return nil
	}
	all := 0 // the paragraphs a search for every word scores, at most
	for _, t := range q.terms {
		all += max(t.df, 0)
	}
	if all < narrowFrom {
		return nil
	}
	var keys []int
	for _, k := range q.key {
		t := &q.terms[k]
		if t.df*narrowShare > all || t.focus || (q.kinds&kindAmount != 0 && quantityWords[t.form]) || (q.topic != "" && namesTopic(t.stem, q.topic)) {
			continue
		}
		keys = append(keys, k)
	}
	slices.SortStableFunc(keys, func(a, b int) int { return cmp.Compare(q.terms[a].df, q.terms[b].df) })
	var groups [][]index.Clause
	for _, k := range keys[:min(len(keys), maxWithin)] {
		groups = append(groups, sayings(&q.terms[k]))
	}
	return groups
}

// sayings lists every way a passage can say a term in its paragraph,
// section, title or what it refers to: its words, spellings, variants and
// synonyms, and the phrases it expands to.
func sayings(t *term) []index.Clause {
	words := []string{t.word}
	if d := dotted(t.word); d != "" {
		words = append(words, d)
	}
	if t.alt != "" {
		words = append(words, t.alt)
	}
	words = append(words, t.variants...)
	text := strings.Join(words, " ")
	g := []index.Clause{{Text: text}, {Field: "section", Text: text}, {Field: "title", Text: text}, {Field: "aliases", Text: text}}
	phrases := append(append([]phrase(nil), t.expand...), t.longForms...)
	for _, ci := range t.concepts {
		phrases = append(phrases, defaultLexicon.concepts[ci].phrases...)
	}
	for _, ph := range phrases {
		g = append(g, index.Clause{Text: ph.text, Phrase: true})
	}
	return g
}

// paragraphs counts the paragraphs hits come from.
func paragraphs(hits []index.Hit) int {
	n := 0
	for i, h := range hits {
		if i == 0 || h.DocID != hits[i-1].DocID || h.Paragraph != hits[i-1].Paragraph {
			n++
		}
	}
	return n
}
