package index_test

import (
	"context"
	"testing"
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
