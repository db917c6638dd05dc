package index_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// doc parses a small Markdown document into what Sync takes.
func doc(tb testing.TB, id, body string) index.Doc {
	tb.Helper()
	d, err := corpus.Parse(id+".md", []byte("---\nid: "+id+"\ntitle: "+id+"\n---\n\n"+body+"\n"))
	if err != nil {
		tb.Fatal(err)
	}
	return index.Doc{ID: d.ID, Passages: d.Passages()}
}

func openIndex(tb testing.TB, dir string) *index.Index {
	tb.Helper()
	ix, err := index.Open(dir)
	if err != nil {
		tb.Fatal(err)
	}
	return ix
}

func syncDocs(tb testing.TB, ix *index.Index, docs ...index.Doc) index.SyncStats {
	tb.Helper()
	stats, err := ix.Sync(context.Background(), docs, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return stats
}

func hitDocs(tb testing.TB, ix *index.Index, text string) []string {
	tb.Helper()
	hits, err := ix.Search(context.Background(), index.Query{Clauses: []index.Clause{{Text: text}}, Size: 10})
	if err != nil {
		tb.Fatal(err)
	}
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.DocID)
	}
	return ids
}

func TestSyncIncremental(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	a := doc(t, "alpha", "Tariffs on autos fall to fifteen percent.")
	b := doc(t, "bravo", "The fund will invest in shipbuilding.")
	c := doc(t, "charlie", "Rice imports rise under the minimum access scheme.")

	ix := openIndex(t, dir)
	if got, want := syncDocs(t, ix, a, b, c), (index.SyncStats{Added: 3}); got != want {
		t.Errorf("first sync = %+v, want %+v", got, want)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	ix = openIndex(t, dir)
	defer ix.Close()
	if r := ix.Rebuilt(); r != "" {
		t.Fatalf("a sound index was rebuilt: %s", r)
	}
	t.Run("ReopenUnchanged", func(t *testing.T) {
		if got, want := syncDocs(t, ix, a, b, c), (index.SyncStats{Unchanged: 3}); got != want {
			t.Errorf("sync = %+v, want %+v", got, want)
		}
		if ids := hitDocs(t, ix, "shipbuilding"); len(ids) != 1 || ids[0] != "bravo" {
			t.Errorf("search after reopen = %v, want bravo", ids)
		}
	})
	t.Run("OnlyChangesWritten", func(t *testing.T) {
		b2 := doc(t, "bravo", "The fund will invest in semiconductors instead.")
		d := doc(t, "delta", "Defense procurement grows by a fifth.")
		var calls [][2]int
		stats, err := ix.Sync(context.Background(), []index.Doc{a, b2, d}, func(done, total int) {
			calls = append(calls, [2]int{done, total})
		})
		if err != nil {
			t.Fatal(err)
		}
		if want := (index.SyncStats{Added: 1, Changed: 1, Removed: 1, Unchanged: 1}); stats != want {
			t.Errorf("sync = %+v, want %+v", stats, want)
		}
		if stats.Indexed() != 2 {
			t.Errorf("Indexed = %d, want 2 (bravo and delta only)", stats.Indexed())
		}
		if n := len(calls); n < 2 || calls[0] != [2]int{0, 3} || calls[n-1] != [2]int{3, 3} {
			t.Errorf("progress calls = %v, want 0/3 … 3/3", calls)
		}
		for text, want := range map[string]string{"shipbuilding": "", "semiconductors": "bravo", "rice": "", "procurement": "delta", "autos": "alpha"} {
			ids := hitDocs(t, ix, text)
			if got := strings.Join(ids, ","); got != want {
				t.Errorf("search %q = %q, want %q", text, got, want)
			}
		}
		n, _ := ix.Count()
		if want := len(a.Passages) + len(b2.Passages) + len(d.Passages); n != uint64(want) {
			t.Errorf("Count = %d, want %d (no stale passages)", n, want)
		}
		if m := ix.Manifest(); len(m) != 3 || m["bravo"] != index.Fingerprint(b2.Passages) {
			t.Errorf("manifest = %v", m)
		}
	})
	t.Run("TopicsCount", func(t *testing.T) {
		tagged := doc(t, "alpha", "Tariffs on autos fall to fifteen percent.")
		tagged.Passages[0].Topics = []string{"tariffs"}
		stats := syncDocs(t, ix, tagged, doc(t, "bravo", "The fund will invest in semiconductors instead."), doc(t, "delta", "Defense procurement grows by a fifth."))
		if stats.Changed != 1 || stats.Unchanged != 2 {
			t.Errorf("a new topic tag: sync = %+v, want alpha changed", stats)
		}
	})
}

func TestOpenRebuildsCorruptIndex(t *testing.T) {
	a := doc(t, "alpha", "Tariffs on autos fall to fifteen percent.")
	for _, tc := range []struct {
		name   string
		damage func(t *testing.T, dir string)
		// Scorch may fall back to an older snapshot of its own, which is
		// whole (passages and manifest together): then no rebuild is needed.
		mayRecover bool
	}{
		{"GarbageMeta", func(t *testing.T, dir string) {
			writeFile(t, filepath.Join(dir, "index_meta.json"), "{not json")
		}, false},
		{"MissingMeta", func(t *testing.T, dir string) {
			if err := os.Remove(filepath.Join(dir, "index_meta.json")); err != nil {
				t.Fatal(err)
			}
		}, false},
		{"GarbageRoot", func(t *testing.T, dir string) {
			writeFile(t, filepath.Join(dir, "store", "root.bolt"), strings.Repeat("garbage ", 1000))
		}, false},
		{"MissingSegments", func(t *testing.T, dir string) {
			zaps, _ := filepath.Glob(filepath.Join(dir, "store", "*.zap"))
			if len(zaps) == 0 {
				t.Fatal("no segment files to remove")
			}
			for _, z := range zaps {
				os.Remove(z)
			}
		}, true},
		{"TruncatedSegments", func(t *testing.T, dir string) {
			zaps, _ := filepath.Glob(filepath.Join(dir, "store", "*.zap"))
			for _, z := range zaps {
				writeFile(t, z, "zap")
			}
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "index")
			ix := openIndex(t, dir)
			syncDocs(t, ix, a)
			if err := ix.Close(); err != nil {
				t.Fatal(err)
			}
			tc.damage(t, dir)

			ix, err := index.Open(dir)
			if err != nil {
				t.Fatalf("Open of a damaged index: %v, want a rebuild", err)
			}
			defer ix.Close()
			t.Logf("rebuilt: %s", ix.Rebuilt())
			if ix.Rebuilt() == "" && !tc.mayRecover {
				t.Error("Rebuilt() is empty, want the reason")
			}
			if got := syncDocs(t, ix, a); ix.Rebuilt() != "" && got != (index.SyncStats{Added: 1}) {
				t.Errorf("sync after rebuild = %+v, want alpha added again", got)
			}
			if ids := hitDocs(t, ix, "autos"); len(ids) != 1 {
				t.Errorf("search after reopening = %v, want alpha", ids)
			}
			if n, _ := ix.Count(); n != uint64(len(a.Passages)) {
				t.Errorf("Count = %d, want %d", n, len(a.Passages))
			}
		})
	}
	t.Run("FolderOfOtherFiles", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "notes.txt"), "mine")
		_, err := index.Open(dir)
		if err == nil || !strings.Contains(err.Error(), "other files") {
			t.Errorf("err = %v, want a refusal to use a folder of other files", err)
		}
		if _, err := os.Stat(filepath.Join(dir, "notes.txt")); err != nil {
			t.Errorf("a file of the folder was touched: %v", err)
		}
	})
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// openWithin opens dir, failing the test if Open takes longer than d.
func openWithin(t *testing.T, dir string, d time.Duration) error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		ix, err := index.Open(dir)
		if err == nil {
			ix.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(d):
		t.Fatalf("Open still waiting after %v: it hangs on the lock", d)
		return nil
	}
}

func TestOpenLocked(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ix := openIndex(t, dir)
	syncDocs(t, ix, doc(t, "alpha", "Tariffs on autos fall to fifteen percent."))

	t.Run("SameProcess", func(t *testing.T) {
		err := openWithin(t, dir, 5*time.Second)
		if !errors.Is(err, index.ErrLocked) {
			t.Errorf("err = %v, want ErrLocked", err)
		}
	})
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	t.Run("OtherProcess", func(t *testing.T) {
		// A child process (this test binary, see TestHoldIndex) holds the
		// index until its stdin closes.
		cmd := exec.Command(os.Args[0], "-test.run=^TestHoldIndex$")
		cmd.Env = append(os.Environ(), "DEALBOT_TEST_HOLD_INDEX="+dir)
		stdin, _ := cmd.StdinPipe()
		stdout, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		defer cmd.Wait()
		defer stdin.Close()
		line, err := bufio.NewReader(stdout).ReadString('\n')
		if err != nil || strings.TrimSpace(line) != "holding" {
			t.Fatalf("child: %q, %v", line, err)
		}
		start := time.Now()
		err = openWithin(t, dir, 5*time.Second)
		if !errors.Is(err, index.ErrLocked) {
			t.Errorf("err = %v, want ErrLocked", err)
		}
		if !strings.Contains(err.Error(), "another process") {
			t.Errorf("error %q does not say what is wrong", err)
		}
		t.Logf("second process refused after %v", time.Since(start).Round(time.Millisecond))
		stdin.Close()
		if err := cmd.Wait(); err != nil {
			t.Fatalf("child: %v", err)
		}
		// Once the other process is gone the index opens, intact.
		ix := openIndex(t, dir)
		defer ix.Close()
		if ix.Rebuilt() != "" || len(ix.Manifest()) != 1 {
			t.Errorf("after the lock: rebuilt %q, manifest %v", ix.Rebuilt(), ix.Manifest())
		}
	})
}

// TestHoldIndex is not a test: TestOpenLocked runs it in a child process
// to hold an index open from another process.
func TestHoldIndex(t *testing.T) {
	dir := os.Getenv("DEALBOT_TEST_HOLD_INDEX")
	if dir == "" {
		t.Skip("helper process for TestOpenLocked")
	}
	ix, err := index.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	fmt.Println("holding")
	bufio.NewReader(os.Stdin).ReadString('\n') // until the parent closes stdin
}

// BenchmarkReopenUnchanged measures a restart over an unchanged corpus:
// open the persistent index and Sync the same documents (nothing written).
func BenchmarkReopenUnchanged(b *testing.B) {
	dir := filepath.Join(b.TempDir(), "index")
	var docs []index.Doc
	for i := range 200 {
		docs = append(docs, doc(b, fmt.Sprintf("doc%03d", i), strings.Repeat(fmt.Sprintf("Sentence %d about tariffs and the fund. ", i), 20)))
	}
	ix := openIndex(b, dir)
	syncDocs(b, ix, docs...)
	ix.Close()
	b.ResetTimer()
	for b.Loop() {
		ix := openIndex(b, dir)
		if s := syncDocs(b, ix, docs...); s.Indexed() != 0 {
			b.Fatalf("sync wrote %d documents", s.Indexed())
		}
		ix.Close()
	}
}
