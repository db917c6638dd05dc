package index_test

import (
	"context"
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestTermCountsFollowChanges: counts kept from one question to the next
// are those of the coverage as it is now, however often it was counted
// before it changed.
func TestTermCountsFollowChanges(t *testing.T) {
	ctx := context.Background()
	var c oneParagraphDocs
	c.add("mills", "Lumber mills in Canada cut jobs.")
	ix := openWith(t, c.ids, c.ps)
	count := func(want int) {
		t.Helper()
		for range 2 { // counted, then kept
			got, err := ix.TermCounts(ctx, []string{"lumber", "Canada"})
			if err != nil {
				t.Fatal(err)
			}
			if got[0] != want || got[1] != 1 {
				t.Fatalf("TermCounts = %v, want [%d 1]", got, want)
			}
		}
	}
	count(1)
	var more oneParagraphDocs
	more.add("prices", "Lumber prices rose.")
	more.add("duty", "A duty on lumber.")
	if err := ix.Put(ctx, more.ids, more.ps); err != nil {
		t.Fatal(err)
	}
	count(3)
	if err := ix.Put(ctx, []string{"prices"}, nil); err != nil {
		t.Fatal(err)
	}
	count(2)
}

// TestMatches: whether a document says something anywhere, in any form a
// group gives; the answer kept for a document changes when the document
// does.
func TestMatches(t *testing.T) {
	ctx := context.Background()
	var c oneParagraphDocs
	c.add("canada", "Canadian mills pay tariffs on lumber.")
	c.add("japan", "Japan pays tariffs on cars.")
	ix := openWith(t, c.ids, c.ps)
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
