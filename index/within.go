package index

import (
	"cmp"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// A search may be kept within the paragraphs that say each of a few
// things, each in one of several ways (Query.Within): the bot's question
// "what tariff does Canada charge on lumber" can only be answered by a
// paragraph that says both Canada and lumber. Bleve then walks the
// postings of the rarest of them and only checks the query's other words
// on the paragraphs it finds, where a disjunction of the question's words
// scores every paragraph that says any of them, most of an answer's cost
// on a large index.
//
// The groups add nothing to a paragraph's score (their clauses are
// boosted by 0): a paragraph found scores as the query's clauses alone
// score it, so the hits are the best paragraphs of the whole query among
// those that say every group.

// withinQuery keeps top to the paragraphs that match a clause of each
// group; when top has required clauses (required), to those it matches.
func withinQuery(groups [][]Clause, top query.Query, required bool) (query.Query, error) {
	must := make([]query.Query, 0, len(groups))
	for _, g := range groups {
		alts := make([]query.Query, 0, len(g))
		for _, c := range g {
			c.Field = cmp.Or(c.Field, fieldText)
			if !searchFields[c.Field] {
				return nil, fmt.Errorf("search: no field %q", c.Field)
			}
			q := clauseQuery(c, c.Text)
			q.SetBoost(0)
			alts = append(alts, q)
		}
		must = append(must, bleve.NewDisjunctionQuery(alts...))
	}
	bq := bleve.NewBooleanQuery()
	bq.AddMust(must...)
	switch {
	case top != nil && required:
		bq.AddMust(top)
	case top != nil:
		bq.AddShould(top)
		bq.SetMinShould(0)
	}
	return bq, nil
}
