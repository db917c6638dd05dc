package index_test

import (
	"os"
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestCloseRemovesTemporaryIndex: an index opened without a directory
// leaves nothing behind, not even the directory it was made in.
func TestCloseRemovesTemporaryIndex(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	ix, err := index.Open("")
	if err != nil {
		t.Fatal(err)
	}
	ids, ps := embeddedPassages(t)
	if err := ix.Put(t.Context(), ids, ps); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	left, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range left {
		t.Errorf("left behind: %s", e.Name())
	}
}
