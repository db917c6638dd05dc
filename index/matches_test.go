package index_test

import (
	"context"
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestMatches: whether a document says something anywhere, in any form a
// group gives; the answer kept for a document changes when the document
// does.
func TestMatches(t *testing.T) {
	ctx := context.Background()
	var c oneParagraphDocs
	c.add("canada", "Canadian mills pay tariffs on lumber.")
	c.add("japan", "Japan pays tariffs on cars.")
	ix, err := index.Open("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if err := ix.Put(ctx, c.ids, c.ps); err != nil {
		t.Fatal(err)
	}
	names := func(doc string) bool {
		t.Helper()
		found, err := ix.Matches(ctx, index.Query{
			Clauses: []index.Clause{{Field: "doc_id", Text: doc, Required: true}},
			Within:  [][]index.Clause{{{Text: "Canada"}, {Text: "Canadian"}}},
		})
		if err != nil {
			t.Fatal(err)
		}
		return found
	}
	if !names("canada") {
		t.Error("the document on Canadian mills does not name Canada")
	}
	if names("japan") {
		t.Error("the document on Japan names Canada")
	}
	var again oneParagraphDocs
	again.add("japan", "Japan and Canada pay tariffs on cars.")
	if err := ix.Put(ctx, again.ids, again.ps); err != nil {
		t.Fatal(err)
	}
	if !names("japan") {
		t.Error("the document on Japan, rewritten to name Canada, still does not name it")
	}
}
