package index_test

import (
	"context"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// TestSearchKeepsNeighbours: the sentence a passage refers back to (see
// corpus.Passage.Before) and the first sentence of the paragraph after
// it (corpus.Passage.After) are stored with its paragraph and come back
// with its hits.
func TestSearchKeepsNeighbours(t *testing.T) {
	ctx := context.Background()
	ix, err := index.Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	const (
		before = "Ishiba beat Sanae Takaichi in a party runoff in 2024."
		after  = "Party elders have asked her to wait."
	)
	p := corpus.Passage{ID: "wire#p2s1", Citation: corpus.Citation{DocID: "wire", Paragraph: 2}, Sentence: 1,
		Text: "She is tipped to run again in the race to succeed him.", Context: "She is tipped to run again in the race to succeed him.",
		Before: before, After: after}
	if err := ix.Put(ctx, []string{"wire"}, []corpus.Passage{p}); err != nil {
		t.Fatal(err)
	}
	hits, err := ix.Search(ctx, index.Query{Clauses: []index.Clause{{Text: "succeed"}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].Before != before || hits[0].After != after {
		t.Fatalf("hits %+v; want one whose Before is %q and After %q", hits, before, after)
	}
}
