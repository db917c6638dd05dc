package index_test

import (
	"context"
	"fmt"
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

// TestSearchCutsTiesInIDOrder: when tied paragraphs run past the number of
// paragraphs asked for, the ones returned are the first in id order,
// whatever order the index holds them in (two builds of one coverage, put
// in other orders and batches, answer alike): with a few ties past the cut
// and with more than the search reads beyond it.
func TestSearchCutsTiesInIDOrder(t *testing.T) {
	ctx := context.Background()
	for _, tied := range []int{7, 30} {
		var want string
		for i := range tied {
			want += fmt.Sprintf("d%02d,", i)
			if i == 4 {
				break
			}
		}
		for _, reverse := range []bool{false, true} {
			ix, err := index.Open("")
			if err != nil {
				t.Fatal(err)
			}
			for k := range tied {
				i := k
				if reverse {
					i = tied - 1 - k
				}
				id := fmt.Sprintf("d%02d", i)
				// One document a Put: one segment each, in this order.
				if err := ix.Put(ctx, []string{id}, []corpus.Passage{{ID: id + "#p1s1", Citation: corpus.Citation{DocID: id, Paragraph: 1}, Sentence: 1,
					Text: "The timing has sparked political backlash in Tokyo.", Context: "The timing has sparked political backlash in Tokyo."}}); err != nil {
					t.Fatal(err)
				}
			}
			hits, err := ix.Search(ctx, index.Query{Clauses: []index.Clause{{Text: "political backlash"}}, Size: 5})
			ix.Close()
			if err != nil {
				t.Fatal(err)
			}
			var got string
			for _, h := range hits {
				got += h.DocID + ","
			}
			if got != want {
				t.Errorf("%d tied, put in reverse %v: got %q, want %q", tied, reverse, got, want)
			}
		}
	}
}
