package index_test

import (
	"context"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// TestSearchWithin: a search kept within groups finds only the paragraphs
// that match a clause of each group, in any field or form the group
// gives, and scores each exactly as the same search without the groups
// scores it when it scores every paragraph.
func TestSearchWithin(t *testing.T) {
	ctx := context.Background()
	c := fillerDocs(1500)
	c.add("both", "Canada pays tariffs on lumber.")
	c.add("canada", "Canada pays tariffs on steel.")
	c.add("lumber", "Lumber tariffs rose.")
	c.add("timber", "Canadian timber faces tariffs.")
	// Says lumber only in its section heading.
	c.ids = append(c.ids, "section")
	c.ps = append(c.ps, corpus.Passage{ID: "section#p1s1", Citation: corpus.Citation{DocID: "section", Section: "Lumber", Paragraph: 1},
		Sentence: 1, Text: "Canada pays tariffs.", Context: "Canada pays tariffs."})
	ix, err := index.Open("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if err := ix.PutSynonyms(ctx, [][]string{{"lumber", "timber"}}); err != nil {
		t.Fatal(err)
	}
	if err := ix.Put(ctx, c.ids, c.ps); err != nil {
		t.Fatal(err)
	}
	clauses := []index.Clause{{Text: "tariffs Canada lumber", Boost: 1}, {Field: "section", Text: "tariffs Canada lumber", Boost: 0.3}}
	canada := []index.Clause{{Text: "Canada"}, {Text: "Canadian"}}
	lumber := []index.Clause{{Text: "lumber"}, {Field: "section", Text: "lumber"}}

	all, err := ix.Search(ctx, index.Query{Clauses: clauses, Size: 2000, Exhaustive: true})
	if err != nil {
		t.Fatal(err)
	}
	score := map[string]float64{}
	for _, h := range all {
		score[h.DocID] = h.Score
	}
	for _, c := range []struct {
		name   string
		within [][]index.Clause
		want   []string // in any order
	}{
		{"OneGroup", [][]index.Clause{canada}, []string{"both", "canada", "timber", "section"}},
		// "timber" by the thesaurus, "section" by its heading.
		{"TwoGroups", [][]index.Clause{canada, lumber}, []string{"both", "timber", "section"}},
		{"NoneSaysAll", [][]index.Clause{canada, lumber, {{Text: "rice"}}}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			hits, err := ix.Search(ctx, index.Query{Clauses: clauses, Within: c.within, Size: 10})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, h := range hits {
				got[h.DocID] = true
				if h.Score != score[h.DocID] {
					t.Errorf("%s scores %.4f, %.4f without the groups", h.DocID, h.Score, score[h.DocID])
				}
			}
			if len(got) != len(c.want) {
				t.Errorf("found %v, want %v", got, c.want)
			}
			for _, id := range c.want {
				if !got[id] {
					t.Errorf("found %v, want %v", got, c.want)
				}
			}
		})
	}
	t.Run("RequiredKept", func(t *testing.T) {
		// A required clause still holds within groups.
		hits, err := ix.Search(ctx, index.Query{Clauses: []index.Clause{{Field: "doc_id", Text: "canada", Required: true}}, Within: [][]index.Clause{canada}, Size: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != 1 || hits[0].DocID != "canada" {
			t.Errorf("found %v, want only canada", hits)
		}
	})
	t.Run("UnknownField", func(t *testing.T) {
		_, err := ix.Search(ctx, index.Query{Clauses: clauses, Within: [][]index.Clause{{{Field: "body", Text: "x"}}}})
		if err == nil {
			t.Error("a group on an unknown field searched without error")
		}
	})
}
