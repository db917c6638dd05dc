package pgstore_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/handlers/pgstore"
	"github.com/dealbot/dealbot/handlers/pgstore/pgtest"
)

const article = `---
id: tokyo-harbor
title: Tokyo harbor tariffs
publisher: Harbor Ledger
url: https://example.com/tokyo-harbor
---

The harbor authority said tariffs on steel fell to 15 percent.
`

func TestDocumentsPutAndFiles(t *testing.T) {
	db, _ := open(t)
	ctx := context.Background()
	docs := db.Documents("T1")
	doc := corpus.Document{ID: "tokyo-harbor", URL: "https://example.com/tokyo-harbor"}
	where, err := docs.Put(ctx, doc, []byte(article))
	if err != nil {
		t.Fatal(err)
	}
	if want := pgstore.PathPrefix + "tokyo-harbor.md"; where != want {
		t.Errorf("Put said %q, want %q", where, want)
	}
	t.Run("SameIDAgain", func(t *testing.T) {
		if _, err := docs.Put(ctx, doc, []byte(article)); !errors.Is(err, fs.ErrExist) {
			t.Errorf("second Put: %v, want fs.ErrExist", err)
		}
	})
	t.Run("Files", func(t *testing.T) {
		files, err := docs.Files(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got, skipped := corpus.Load(files)
		if len(got) != 1 || len(skipped) != 0 || got[0].ID != "tokyo-harbor" || got[0].Publisher != "Harbor Ledger" {
			t.Fatalf("loaded %+v, skipped %v", got, skipped)
		}
	})
	t.Run("Shelved", func(t *testing.T) {
		s, err := docs.Shelved(ctx)
		if err != nil || len(s) != 1 || s[0].URL != doc.URL || s[0].Where != where {
			t.Errorf("Shelved = %+v, %v", s, err)
		}
	})
	t.Run("OtherTeamSeesNothing", func(t *testing.T) {
		files, err := db.Documents("T2").Files(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := corpus.Load(files); len(got) != 0 {
			t.Errorf("team T2 sees %d documents of T1", len(got))
		}
		if _, err := db.Documents("T2").Put(ctx, doc, []byte(article)); err != nil {
			t.Errorf("the same id in another team: %v", err)
		}
	})
}

// An importer saving on the database shelf, twice the same URL: the
// second import is refused, whichever process runs it.
func TestImportFileToDatabase(t *testing.T) {
	db, _ := open(t)
	ctx := context.Background()
	path := t.TempDir() + "/tokyo-harbor.md"
	if err := os.WriteFile(path, []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	im := &corpus.Importer{Shelf: db.Documents("")}
	doc, err := im.ImportFile(ctx, path)
	if err != nil || doc.Path != pgstore.PathPrefix+"tokyo-harbor.md" {
		t.Fatalf("ImportFile = %q, %v", doc.Path, err)
	}
	other := &corpus.Importer{Shelf: db.Documents("")} // another replica
	if _, err := other.ImportFile(ctx, path); !errors.Is(err, corpus.ErrExists) {
		t.Errorf("the same file again: %v, want ErrExists", err)
	}
}

// Follow reports a document added by another connection at once (a
// notification), and one added while its connection was cut once the
// connection is back.
func TestFollow(t *testing.T) {
	db, url := open(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var calls atomic.Int64
	changed := make(chan struct{}, 16)
	go db.Documents("T1").Follow(ctx, pgstore.FollowOptions{Every: time.Hour}, func(context.Context) {
		calls.Add(1)
		changed <- struct{}{}
	})
	wait := func(what string) time.Duration {
		t.Helper()
		start := time.Now()
		select {
		case <-changed:
			return time.Since(start)
		case <-time.After(5 * time.Second):
			t.Fatalf("no change reported within 5 s after %s", what)
			return 0
		}
	}
	wait("listening started") // the catch-up at start
	writer, err := pgstore.Open(ctx, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	if _, err := writer.Documents("T1").Put(ctx, corpus.Document{ID: "a"}, []byte(article)); err != nil {
		t.Fatal(err)
	}
	if d := wait("a Put"); d > time.Second {
		t.Errorf("a notification took %v", d)
	}
	// Cut every other session (the listener's): Follow reconnects and
	// calls changed for what it may have missed.
	pgtest.Exec(t, url, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
		WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE '%LISTEN%'`)
	wait("the listener's connection was cut")
}

// TestFilesFollowsChanges: Files, called again and again as a library
// does, sees a document added, one changed in place by hand and one
// deleted.
func TestFilesFollowsChanges(t *testing.T) {
	db, url := open(t)
	ctx := context.Background()
	docs := db.Documents("T1")
	titles := func() map[string]string {
		t.Helper()
		files, err := docs.Files(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got, skipped := corpus.Load(files)
		if len(skipped) > 0 {
			t.Fatalf("skipped %v", skipped)
		}
		out := map[string]string{}
		for _, d := range got {
			out[d.ID] = d.Title
		}
		return out
	}
	put := func(id, title string) {
		t.Helper()
		text := "---\nid: " + id + "\ntitle: " + title + "\n---\n\nThe tariff fell to 15 percent.\n"
		if _, err := docs.Put(ctx, corpus.Document{ID: id}, []byte(text)); err != nil {
			t.Fatal(err)
		}
	}
	put("a", "First")
	put("b", "Second")
	if got := titles(); len(got) != 2 || got["a"] != "First" || got["b"] != "Second" {
		t.Fatalf("after two puts: %v", got)
	}
	put("c", "Third")
	pgtest.Exec(t, url, `UPDATE documents SET content = replace(content, 'title: First', 'title: First, revised') WHERE id = 'a'`,
		`DELETE FROM documents WHERE id = 'b'`)
	got := titles()
	want := map[string]string{"a": "First, revised", "c": "Third"}
	if len(got) != len(want) || got["a"] != want["a"] || got["c"] != want["c"] {
		t.Errorf("after an add, a change and a delete: %v, want %v", got, want)
	}
}
