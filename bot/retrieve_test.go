package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestRetrievalIrregularForms: the index stems "sells" and "selling" as
// "sell", never "sold"; the query carries the irregular forms of a word
// the coverage uses, and only those.
func TestRetrievalIrregularForms(t *testing.T) {
	q := weighed("How much steel did Canada sell to the US last year?", 100, map[string]int{"sell": 3, "steel": 60, "canada": 40, "us": 70, "year": 30})
	var said []string
	for _, c := range retrieval(&q).Clauses {
		if c.Field == "" && !c.Phrase {
			said = append(said, strings.Fields(c.Text)...)
		}
	}
	if !slices.Contains(said, "sold") {
		t.Errorf("query words %q: want %q, the past of %q", said, "sold", "sell")
	}
	if slices.Contains(said, "selling") || slices.Contains(said, "seller") {
		t.Errorf("query words %q: a regular form or a derivation added", said)
	}
	g := weighed("Which goods are exempt from the duties?", 100, map[string]int{"goods": 30, "exempt": 5, "duties": 40})
	for _, c := range retrieval(&g).Clauses {
		if strings.Contains(c.Text, "better") || strings.Contains(c.Text, "best") {
			t.Errorf("goods: query %q carries the comparatives of good", c.Text)
		}
	}
	l := weighed("Who is the lead negotiator?", 100, map[string]int{"lead": 5, "negotiator": 4})
	for _, c := range retrieval(&l).Clauses {
		if slices.Contains(strings.Fields(c.Text), "led") {
			t.Errorf("lead, a noun here: query %q carries the verb's past", c.Text)
		}
	}
}

// TestSmallIndexRanksMoreParagraphs: on an index whose passages all stay
// analysed in the cache, the ranking reads more paragraphs than on a
// large one, where each more is analysed afresh for every question.
func TestSmallIndexRanksMoreParagraphs(t *testing.T) {
	dfs := map[string]int{"quota": 20, "cut": 5}
	small := weighed("Why was the quota cut?", maxAnalyses, dfs)
	large := weighed("Why was the quota cut?", maxAnalyses+1, dfs)
	if s, l := retrieval(&small).Size, retrieval(&large).Size; s <= l || l != candidates {
		t.Errorf("paragraphs ranked: %d of %d passages, %d of %d; want more on the small index, %d on the large", s, maxAnalyses, l, maxAnalyses+1, candidates)
	}
}
