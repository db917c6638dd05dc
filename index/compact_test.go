package index_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/dealbot/dealbot/index"
)

// TestCompact: an index written in several batches is merged into one
// segment, and searches find the same paragraphs with the same scores.
func TestCompact(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := index.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	segments := func() int { return index.RootSegments(ix) }
	// Enough batches that Bleve's own merging leaves several segments.
	for b := range 6 {
		var c oneParagraphDocs
		for i := range 1000 {
			text := "Tariffs."
			if i%100 == 0 {
				text = fmt.Sprintf("Lumber from mill %d-%d.", b, i)
			}
			c.add(fmt.Sprintf("d%d-%d", b, i), text)
		}
		if err := ix.Put(ctx, c.ids, c.ps); err != nil {
			t.Fatal(err)
		}
	}
	settled := func() int {
		n := segments()
		for i := 0; i < 50; i++ {
			time.Sleep(200 * time.Millisecond)
			m := segments()
			if m == n {
				break
			}
			n = m
		}
		return n
	}
	if n := settled(); n < 2 {
		t.Fatalf("%d segments before Compact: the test needs several", n)
	}
	q := index.Query{Clauses: []index.Clause{{Text: "lumber mill"}}, Size: 100}
	before, err := ix.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(before) != 60 {
		t.Fatalf("%d hits before Compact, want the 60 paragraphs on lumber", len(before))
	}
	version := ix.Version()
	if err := ix.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	// ForceMerge returns once the merged segment is in the index's
	// snapshot; the files of the others go later, in the background (see
	// RootSegments).
	if n := segments(); n != 1 {
		t.Errorf("%d segments after Compact, want 1", n)
	}
	after, err := ix.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before) {
		t.Fatalf("%d hits after Compact, %d before", len(after), len(before))
	}
	for i := range after {
		if after[i].ID != before[i].ID || after[i].Score != before[i].Score {
			t.Errorf("hit %d: %s (%.4f) after Compact, %s (%.4f) before", i, after[i].ID, after[i].Score, before[i].ID, before[i].Score)
		}
	}
	if ix.Version() != version {
		t.Errorf("Version %d after Compact, %d before: the coverage did not change", ix.Version(), version)
	}
}
