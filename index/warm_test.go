package index_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"sync/atomic"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// TestWarmRestart: a library over a persistent index, opened again by
// the same pipeline, tags no file the index was built from, answers the
// same, and lists the same documents; a file changed meanwhile, and every
// file under another pipeline, are read and tagged again.
func TestWarmRestart(t *testing.T) {
	ctx := context.Background()
	dir, indexDir := t.TempDir(), filepath.Join(t.TempDir(), "index")
	for i := range 5 {
		write(t, filepath.Join(dir, fmt.Sprintf("d%d.md", i)), version(fmt.Sprintf("d%d", i), i))
	}
	var tagged atomic.Int64
	start := func(pipeline string) (*index.Library, *index.Index, index.SyncStats) {
		t.Helper()
		ix := openIndex(t, indexDir)
		lib := index.NewLibrary(ix, index.LibraryOptions{Dir: dir, Embedded: true, Pipeline: pipeline, Tag: func(ps []corpus.Passage) {
			tagged.Add(1)
			for i := range ps {
				ps[i].Topics = []string{"tariffs"}
			}
		}})
		stats, err := lib.Reload(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		return lib, ix, stats
	}
	lib, ix, _ := start("build-1")
	wantDocs, _ := lib.Documents()
	wantHits := hitDocs(t, ix, "tariff schedule mk3")
	ix.Close()

	t.Run("SamePipeline", func(t *testing.T) {
		tagged.Store(0)
		lib, ix, stats := start("build-1")
		defer ix.Close()
		if n := tagged.Load(); n != 0 || stats.Unchanged != len(wantDocs) {
			t.Errorf("%d documents tagged, stats %+v; want none tagged, %d unchanged", n, stats, len(wantDocs))
		}
		if got := hitDocs(t, ix, "tariff schedule mk3"); !reflect.DeepEqual(got, wantHits) {
			t.Errorf("hits %v, want %v", got, wantHits)
		}
		if got, _ := lib.Documents(); !reflect.DeepEqual(got, wantDocs) {
			t.Errorf("documents after a warm restart differ:\n%+v\nwant\n%+v", got, wantDocs)
		}
	})
	t.Run("FileChanged", func(t *testing.T) {
		write(t, filepath.Join(dir, "d1.md"), version("d1", 7))
		tagged.Store(0)
		_, ix, stats := start("build-1")
		defer ix.Close()
		if n := tagged.Load(); n != 1 || stats.Changed != 1 {
			t.Errorf("%d documents tagged, stats %+v; want the changed one", n, stats)
		}
		got := hitDocs(t, ix, "mk7")
		for _, id := range got {
			if id != "d1" {
				t.Errorf("hits for the new version: %v, want d1 alone", got)
				break
			}
		}
		if len(got) == 0 {
			t.Error("the new version is not found")
		}
	})
	t.Run("OtherPipeline", func(t *testing.T) {
		tagged.Store(0)
		_, ix, stats := start("build-2")
		defer ix.Close()
		if n := tagged.Load(); n != int64(len(wantDocs)) || stats.Indexed() != 0 {
			t.Errorf("%d documents tagged, stats %+v; want all %d tagged, none written (the same passages)", n, stats, len(wantDocs))
		}
	})
}
