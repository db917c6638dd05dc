package index_test

import (
	"context"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// TestSearchKeepsAfter: the first sentence of the paragraph after a
// passage's (see corpus.Passage.After) is stored with its paragraph and
// comes back with its hits.
func TestSearchKeepsAfter(t *testing.T) {
	ctx := context.Background()
	ix, err := index.Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	const after = "It said customs needed time to program the quota."
	p := corpus.Passage{ID: "wire#p2s1", Citation: corpus.Citation{DocID: "wire", Paragraph: 2}, Sentence: 1,
		Text: "The start of the lower rate was pushed back to July 15.", Context: "The start of the lower rate was pushed back to July 15.", After: after}
	if err := ix.Put(ctx, []string{"wire"}, []corpus.Passage{p}); err != nil {
		t.Fatal(err)
	}
	hits, err := ix.Search(ctx, index.Query{Clauses: []index.Clause{{Text: "pushed"}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].After != after {
		t.Fatalf("hits %+v; want one whose After is %q", hits, after)
	}
}
