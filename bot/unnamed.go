package bot

// Stage 6 (ground), continued: a document that never names what the
// question is about.

import (
	"context"
	"fmt"
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet"
	"github.com/dealbot/dealbot/index"
)

// A question's subject is often the coverage's subject too ("Argentine" in
// coverage of the US–Argentina framework), in so many passages that a
// passage need not say it (see isKey): the paragraph is about Argentina
// because its story is. A story that never names it, anywhere, is about
// something else: the embedded article on Japan's deal, asked "which
// tariffs is the US dropping on Argentine goods?", tells of Japan's. Its
// passages lack the subject as they would a key word (candidate.missing):
// they may be the closest the coverage comes, never the answer.

// groundNamed grounds q on cands (see ground) and checks that the
// document of the candidate it picks names the question's names of the
// coverage's subject (see subjectNames); when it does not, its
// candidates lack them, and q is grounded again. Only the picked
// candidate's document is looked up, once: one look-up for most
// questions (kept by the index until it changes), where a search of each
// document among the candidates made an answer 1.7 times as slow, for
// the same answers.
func (b *Bot) groundNamed(ctx context.Context, q *question, cands []candidate) (grounded, error) {
	g := ground(q, cands)
	names := q.subjectNames()
	if len(names) == 0 {
		return g, nil
	}
	checked := map[string]bool{}
	for g.best >= 0 && !checked[cands[g.best].hit.DocID] {
		doc := cands[g.best].hit.DocID
		checked[doc] = true
		unsaid, err := b.unnamed(ctx, q, names, doc)
		if err != nil || len(unsaid) == 0 {
			return g, err
		}
		for i := range cands {
			if c := &cands[i]; c.hit.DocID == doc {
				c.missing = append(c.missing, unsaid...)
				c.together = false
			}
		}
		g = ground(q, cands)
	}
	return g, nil
}

// subjectNames returns the question's names of the coverage's subject: a
// name (not a figure) in more than commonShare of the passages, of a
// place ("Argentine", "Ottawa") or of something no dictionary lists
// ("Nexperia"). A dictionary's word written as a name may be said
// another way ("Commerce": the department), as may a date ("September").
func (q *question) subjectNames() []int {
	var out []int
	for i := range q.terms {
		t := &q.terms[i]
		if !t.capital || t.number || t.saidByName() || t.commonAcronym() || float64(t.df) <= commonShare*float64(q.passages) {
			continue
		}
		w := strings.ToLower(t.word)
		if wordnet.PlaceKinds(w) != nil || wordnet.Demonyms(w) != nil || len(t.countryNames) > 0 || !wordnet.Known(w) {
			out = append(out, i)
		}
	}
	return out
}

// unnamed returns the terms among names that a document says nowhere: in
// no passage, section or title, in none of their forms (sayings), nor,
// for a capital, by its country ("Ottawa": Canada).
func (b *Bot) unnamed(ctx context.Context, q *question, names []int, doc string) ([]int, error) {
	var out []int
	for _, i := range names {
		t := &q.terms[i]
		says := sayings(t)
		if len(t.countryNames) > 0 {
			says = append(says, index.Clause{Text: strings.Join(t.countryNames, " ")})
		}
		found, err := b.idx.Matches(ctx, index.Query{
			Clauses: []index.Clause{{Field: "doc_id", Text: doc, Required: true}},
			Within:  [][]index.Clause{says},
		})
		if err != nil {
			return nil, fmt.Errorf("find the subject's names: %w", err)
		}
		if !found {
			out = append(out, i)
		}
	}
	return out, nil
}
