package bot

// Stage 6 (ground), continued: a document that never names what the
// question is about, neither the answer nor shown beside it.

import (
	"context"
	"fmt"
	"slices"
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
	names := q.namings(q.subjectNames())
	if len(names) == 0 {
		return g, nil
	}
	checked := map[string]bool{}
	for g.best >= 0 && !checked[cands[g.best].hit.DocID] {
		doc := cands[g.best].hit.DocID
		checked[doc] = true
		unsaid, err := b.unnamed(ctx, names, doc)
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

// namedFirst moves the candidates below the first whose document never
// names a place the question names (see placeNames; rare or common in
// the coverage) after the others, in their order: an excerpt from the
// embedded article on Japan's deal, shown beside the answer to a
// question about Argentina, tells of something else. Documents are
// looked up in rank order until as many candidates as an answer shows,
// with "More", are known to name it. Places, and names of two or more
// words no dictionary lists ("the Harlan Institute"); not a single such
// word, nor an acronym: a body may go by another name through a whole
// story ("the Rada": "parliament"; "USTR": "the US Trade
// Representative"), as may a people ("Burkinabe": "Burkina Faso").
func (b *Bot) namedFirst(ctx context.Context, q *question, cands []candidate) error {
	if len(cands) < 2 {
		return nil
	}
	names := q.namings(q.placeNames(false))
	if len(names) == 0 {
		return nil
	}
	named := map[string]bool{}
	var moved []candidate // most answers move none
	kept := 1             // cands[1:kept] are the candidates kept in place so far
	for i := 1; i < len(cands); i++ {
		doc := cands[i].hit.DocID
		says, ok := named[doc]
		if !ok && kept-1 < MaxExcerpts+MaxMore {
			unsaid, err := b.unnamed(ctx, names, doc)
			if err != nil {
				return err
			}
			says, ok = len(unsaid) == 0, true
			named[doc] = says
		}
		if ok && !says {
			moved = append(moved, cands[i])
			continue
		}
		if kept != i {
			cands[kept] = cands[i]
		}
		kept++
	}
	copy(cands[kept:], moved)
	return nil
}

// subjectNames returns the question's names of the coverage's subject: a
// name (not a figure) in more than commonShare of the passages, of a
// place ("Argentine", "Ottawa") or of something no dictionary lists
// ("Nexperia"). A dictionary's word written as a name may be said
// another way ("Commerce": the department), as may a date ("September").
func (q *question) subjectNames() []int {
	return slices.DeleteFunc(q.placeNames(true), func(i int) bool {
		return float64(q.terms[i].df) <= commonShare*float64(q.passages)
	})
}

// placeNames returns the question's names (not figures) that the
// coverage says, of a place, or of something no dictionary lists: when
// unlisted is set any such word, otherwise one of a name of two or more
// capitalised words, not an acronym ("*Harlan* Institute", not the first
// word of the question). Not the end of a longer name ("Port of
// *Spain*", "Bank of *Japan*"), which is not the place's.
func (q *question) placeNames(unlisted bool) []int {
	var out []int
	toks := tokenize(q.text)
	for i := range q.terms {
		t := &q.terms[i]
		if !t.capital || t.number || t.df <= 0 || t.saidByName() || t.commonAcronym() {
			continue
		}
		k := slices.IndexFunc(toks, t.matchToken)
		if k >= 2 && toks[k-1].word == "of" && toks[k-2].capital {
			continue
		}
		w := strings.ToLower(t.word)
		inName := k >= 0 && !t.upper && (k > 1 && toks[k-1].capital && !toks[k-1].stop || k+1 < len(toks) && toks[k+1].capital && !toks[k+1].stop)
		if wordnet.PlaceKinds(w) != nil || wordnet.Demonyms(w) != nil || len(t.countryNames) > 0 || (unlisted || inName) && !wordnet.Known(w) {
			out = append(out, i)
		}
	}
	return out
}

// naming is one of the question's names (a term) with every way a
// document may say it: its forms (sayings) and, for a capital, its
// country ("Ottawa": Canada).
type naming struct {
	term int
	says []index.Clause
}

// namings returns how a document may say each of the question's names,
// worked out once for all the documents looked up.
func (q *question) namings(names []int) []naming {
	out := make([]naming, 0, len(names))
	for _, i := range names {
		t := &q.terms[i]
		says := sayings(t)
		if len(t.countryNames) > 0 {
			says = append(says, index.Clause{Text: strings.Join(t.countryNames, " ")})
		}
		out = append(out, naming{i, says})
	}
	return out
}

// unnamed returns the terms among names that a document says nowhere: in
// no passage, section or title, in none of their ways (see namings).
func (b *Bot) unnamed(ctx context.Context, names []naming, doc string) ([]int, error) {
	var out []int
	for _, n := range names {
		found, err := b.idx.Matches(ctx, index.Query{
			Clauses: []index.Clause{{Field: "doc_id", Text: doc, Required: true}},
			Within:  [][]index.Clause{n.says},
		})
		if err != nil {
			return nil, fmt.Errorf("find the subject's names: %w", err)
		}
		if !found {
			out = append(out, n.term)
		}
	}
	return out, nil
}
