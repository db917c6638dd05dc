package index_test

import (
	"context"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

func TestSearchTiesInPassageOrder(t *testing.T) {
	ctx := context.Background()
	ix, err := index.Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	// The same sentence in five documents scores the same in each.
	var ids []string
	var ps []corpus.Passage
	for _, id := range []string{"e", "b", "d", "a", "c"} {
		ids = append(ids, id)
		ps = append(ps, corpus.Passage{ID: id + "#p1s1", Citation: corpus.Citation{DocID: id, Paragraph: 1}, Sentence: 1,
			Text: "The timing has sparked political backlash in Tokyo.", Context: "The timing has sparked political backlash in Tokyo."})
	}
	if err := ix.Put(ctx, ids, ps); err != nil {
		t.Fatal(err)
	}
	for range 5 {
		hits, err := ix.Search(ctx, index.Query{Clauses: []index.Clause{{Text: "political backlash"}}})
		if err != nil {
			t.Fatal(err)
		}
		var got string
		for _, h := range hits {
			got += h.DocID
		}
		if got != "abcde" {
			t.Fatalf("tied hits in order %q, want passage id order %q", got, "abcde")
		}
	}
}
