package index_test

import (
	"context"
	"testing"
)

// TestVersion: every write a search can see moves the version on; a Sync
// that writes nothing and a search leave it alone.
func TestVersion(t *testing.T) {
	ctx := context.Background()
	ix := openIndex(t, "")
	defer ix.Close()
	a := doc(t, "a", "The harbour fee rose to 12 dollars.")
	b := doc(t, "b", "The ferry timetable changes in May.")
	steps := []struct {
		name    string
		do      func()
		changes bool
	}{
		{"PutSynonyms", func() {
			if err := ix.PutSynonyms(ctx, [][]string{{"fee", "charge"}}); err != nil {
				t.Fatal(err)
			}
		}, true},
		{"SameSynonyms", func() {
			if err := ix.PutSynonyms(ctx, [][]string{{"fee", "charge"}}); err != nil {
				t.Fatal(err)
			}
		}, false},
		{"SyncAdds", func() { syncDocs(t, ix, a) }, true},
		{"SyncUnchanged", func() { syncDocs(t, ix, a) }, false},
		{"Search", func() { hitDocs(t, ix, "harbour fee") }, false},
		{"SyncChanges", func() { syncDocs(t, ix, a, b) }, true},
		{"SyncRemoves", func() { syncDocs(t, ix, b) }, true},
		{"Put", func() {
			if err := ix.Put(ctx, []string{"a"}, a.Passages); err != nil {
				t.Fatal(err)
			}
		}, true},
		{"OtherSynonyms", func() {
			if err := ix.PutSynonyms(ctx, [][]string{{"ferry", "boat"}}); err != nil {
				t.Fatal(err)
			}
		}, true},
	}
	for _, s := range steps {
		before := ix.Version()
		s.do()
		if got := ix.Version() != before; got != s.changes {
			t.Errorf("%s: version %d → %d, changed %v, want %v", s.name, before, ix.Version(), got, s.changes)
		}
	}
}
