package index_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// version is the text of version v of a document: v+1 paragraphs, each
// one sentence carrying the marker "mkV", so a search can tell which
// version each passage came from and whether it saw all of them.
func version(id string, v int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "---\nid: %s\ntitle: Live document\npublisher: Test Wire\n---\n", id)
	for p := range v + 1 {
		fmt.Fprintf(&b, "\nParagraph %d of version mk%d mentions the tariff schedule.\n", p+1, v)
	}
	return b.String()
}

func write(tb testing.TB, path, text string) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// writeRenamed saves a file the way many editors do: a temporary file,
// then a rename over the real name.
func writeRenamed(tb testing.TB, path, text string) {
	tb.Helper()
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".swp")
	write(tb, tmp, text)
	if err := os.Rename(tmp, path); err != nil {
		tb.Fatal(err)
	}
}

// passagesOf returns the version markers of every indexed passage of a
// document.
func passagesOf(ctx context.Context, ix *index.Index, docID string) ([]string, error) {
	hits, err := ix.Search(ctx, index.Query{Clauses: []index.Clause{{Field: "doc_id", Text: docID}}, Size: 100})
	if err != nil {
		return nil, err
	}
	var vs []string
	for _, h := range hits {
		i := strings.Index(h.Text, "mk")
		vs = append(vs, strings.Fields(h.Text[i:])[0])
	}
	return vs, nil
}

// eventually polls cond until it holds, failing after 5 seconds.
func eventually(t *testing.T, what string, cond func() bool) time.Duration {
	t.Helper()
	start := time.Now()
	for !cond() {
		if time.Since(start) > 5*time.Second {
			t.Fatalf("after 5s: %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return time.Since(start)
}

func TestWatchWhileSearching(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dir := t.TempDir()
	ix, err := index.Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	write(t, filepath.Join(dir, "steady.md"), version("steady", 2))
	var tagged atomic.Int64
	lib := index.NewLibrary(ix, index.LibraryOptions{
		Dir:      dir,
		Debounce: 50 * time.Millisecond,
		Tag: func(ps []corpus.Passage) {
			tagged.Add(int64(len(ps)))
			for i := range ps {
				ps[i].Topics = []string{"tariffs"}
			}
		},
	})
	if _, err := lib.Reload(ctx, nil); err != nil {
		t.Fatal(err)
	}
	watchDone := make(chan error, 1)
	go func() { watchDone <- lib.Watch(ctx) }()

	// Searchers run throughout: every search must succeed, and a document
	// must always show all the passages of exactly one version. Each
	// searcher also notes when "live" goes from present to absent: it is
	// deleted once, so any other vanishing is a window between the removal
	// of a version and the arrival of the next.
	var searches atomic.Int64
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			vanished, present := 0, false
			defer func() {
				if vanished > 1 {
					t.Errorf("live vanished %d times during searches; it was deleted once", vanished)
				}
			}()
			for {
				select {
				case <-stop:
					return
				default:
				}
				for _, id := range []string{"steady", "live"} {
					vs, err := passagesOf(ctx, ix, id)
					if err != nil {
						t.Errorf("search failed during reload: %v", err)
						return
					}
					if id == "live" {
						if present && len(vs) == 0 {
							vanished++
						}
						present = len(vs) > 0
					}
					if len(vs) == 0 {
						continue
					}
					want := 0
					fmt.Sscanf(vs[0], "mk%d", &want)
					for _, v := range vs {
						if v != vs[0] {
							t.Errorf("%s: passages of two versions at once: %v", id, vs)
							return
						}
					}
					if len(vs) != want+1 {
						t.Errorf("%s: half a document: %d passages of mk%d, want %d", id, len(vs), want, want+1)
						return
					}
				}
				searches.Add(1)
			}
		}()
	}

	live := filepath.Join(dir, "news", "live.md")
	has := func(id, v string, n int) func() bool {
		return func() bool {
			vs, err := passagesOf(ctx, ix, id)
			return err == nil && len(vs) == n && (n == 0 || vs[0] == v)
		}
	}
	t.Run("AppearsInNewSubfolder", func(t *testing.T) {
		write(t, live, version("live", 1))
		d := eventually(t, "live.md not indexed", has("live", "mk1", 2))
		t.Logf("indexed %v after the write", d.Round(time.Millisecond))
	})
	t.Run("Changes", func(t *testing.T) {
		// Saved whole each time (a file rewritten in place can be read
		// half-written; see docs/coverage.md): what is tested is the index.
		for v := 2; v <= 6; v++ {
			writeRenamed(t, live, version("live", v))
			time.Sleep(15 * time.Millisecond) // edits faster than the debounce
		}
		eventually(t, "live.md not at mk6", has("live", "mk6", 7))
	})
	t.Run("EditorRenameIntoPlace", func(t *testing.T) {
		writeRenamed(t, live, version("live", 3))
		eventually(t, "renamed file not indexed", has("live", "mk3", 4))
	})
	t.Run("BrokenFileListed", func(t *testing.T) {
		write(t, filepath.Join(dir, "broken.md"), "---\ntitle: [oops\n---\n\nText.\n")
		eventually(t, "broken.md not listed as skipped", func() bool {
			_, skipped := lib.Documents()
			return len(skipped) == 1 && skipped[0].Path == filepath.Join(dir, "broken.md") && strings.Contains(skipped[0].Reason, "front matter")
		})
		docs, _ := lib.Documents()
		if len(docs) != 2 {
			t.Errorf("documents = %d, want steady and live", len(docs))
		}
	})
	t.Run("Vanishes", func(t *testing.T) {
		if err := os.RemoveAll(filepath.Join(dir, "news")); err != nil {
			t.Fatal(err)
		}
		eventually(t, "live.md still indexed", has("live", "", 0))
		eventually(t, "live.md still listed", func() bool {
			docs, _ := lib.Documents()
			return len(docs) == 1 && docs[0].ID == "steady"
		})
	})
	t.Run("SubfolderAgain", func(t *testing.T) {
		write(t, live, version("live", 4))
		eventually(t, "live.md not indexed again", has("live", "mk4", 5))
	})

	close(stop)
	wg.Wait()
	if searches.Load() == 0 {
		t.Error("no search ran")
	}
	if n, _ := passagesOf(ctx, ix, "steady"); len(n) != 3 {
		t.Errorf("the unchanged document has %d passages, want 3", len(n))
	}
	cancel()
	if err := <-watchDone; err != nil {
		t.Errorf("Watch: %v", err)
	}
	t.Logf("%d searches ran during the changes; %d passages tagged", searches.Load(), tagged.Load())
}

func TestReloadWritesOnlyChanges(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for i := range 5 {
		write(t, filepath.Join(dir, fmt.Sprintf("doc%d.md", i)), version(fmt.Sprintf("doc%d", i), i))
	}
	ixDir := filepath.Join(t.TempDir(), "index")
	reload := func() index.SyncStats {
		t.Helper()
		ix, err := index.Open(ixDir)
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		stats, err := index.NewLibrary(ix, index.LibraryOptions{Dir: dir, Embedded: true}).Reload(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		return stats
	}
	embedded, _ := corpus.Load(corpus.Embedded())
	if got := reload(); got.Added != 5+len(embedded) {
		t.Fatalf("first build = %+v, want %d added", got, 5+len(embedded))
	}
	if got := reload(); got.Indexed() != 0 || got.Removed != 0 {
		t.Errorf("restart over the same files = %+v, want nothing written", got)
	}
	write(t, filepath.Join(dir, "doc1.md"), version("doc1", 7))
	os.Remove(filepath.Join(dir, "doc4.md"))
	if got, want := reload(), (index.SyncStats{Changed: 1, Removed: 1, Unchanged: 3 + len(embedded)}); got != want {
		t.Errorf("after one edit and one delete = %+v, want %+v", got, want)
	}
}

func TestDocuments(t *testing.T) {
	dir := t.TempDir()
	embedded, _ := corpus.Load(corpus.Embedded())
	write(t, filepath.Join(dir, "note.txt"), "A note on tariffs\n\nJapan pays fifteen percent on autos.\n")
	write(t, filepath.Join(dir, "empty.md"), "")
	write(t, filepath.Join(dir, "clash.md"), "---\nid: "+embedded[0].ID+"\ntitle: Same id\n---\n\nText.\n")
	write(t, filepath.Join(dir, ".hidden.md"), version("hidden", 1))

	for _, tc := range []struct {
		name         string
		embedded     bool
		docs         int
		skippedPaths []string
	}{
		{"WithEmbedded", true, len(embedded) + 1, []string{"clash.md", "empty.md"}},
		{"FolderOnly", false, 2, []string{"empty.md"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, skipped := index.Scan(context.Background(), index.LibraryOptions{Dir: dir, Embedded: tc.embedded})
			if len(docs) != tc.docs {
				t.Errorf("%d documents, want %d", len(docs), tc.docs)
			}
			var paths []string
			for _, s := range skipped {
				paths = append(paths, filepath.Base(s.Path))
				if !filepath.IsAbs(s.Path) {
					t.Errorf("skipped path %q is not the file's full path", s.Path)
				}
			}
			if strings.Join(paths, ",") != strings.Join(tc.skippedPaths, ",") {
				t.Errorf("skipped %v, want %v", skipped, tc.skippedPaths)
			}
			for _, d := range docs {
				if d.Hash == "" {
					t.Errorf("%s has no content hash", d.ID)
				}
				if tc.embedded && d.ID == embedded[0].ID && !strings.HasPrefix(d.Path, index.EmbeddedPrefix) {
					t.Errorf("embedded document path %q", d.Path)
				}
			}
		})
	}
}

// BenchmarkRestartUnchanged measures what a restart over an unchanged
// corpus costs: open the persistent index, read and parse every file,
// find that nothing changed.
func BenchmarkRestartUnchanged(b *testing.B) {
	ctx := context.Background()
	dir, ixDir := b.TempDir(), filepath.Join(b.TempDir(), "index")
	embedded, err := os.ReadFile("../corpus/docs/japan-forward-trade-deal-original.md")
	if err != nil {
		b.Fatal(err)
	}
	_, body, _ := strings.Cut(strings.TrimPrefix(string(embedded), "---\n"), "\n---\n")
	for i := range 200 {
		write(b, filepath.Join(dir, fmt.Sprintf("d%03d.md", i)), fmt.Sprintf("---\ntitle: Copy %d\n---\n%s", i, body))
	}
	restart := func() index.SyncStats {
		ix, err := index.Open(ixDir)
		if err != nil {
			b.Fatal(err)
		}
		defer ix.Close()
		stats, err := index.NewLibrary(ix, index.LibraryOptions{Dir: dir}).Reload(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		return stats
	}
	restart()
	b.ResetTimer()
	for b.Loop() {
		if s := restart(); s.Indexed() != 0 {
			b.Fatalf("restart wrote %d documents", s.Indexed())
		}
	}
}
