package pgstore_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/handlers/pgstore"
	"github.com/dealbot/dealbot/handlers/pgstore/pgtest"
)

// TestFeedReplicasImportOnce: two replicas poll the same feed at the same
// moment, each with its own connection to the database: every item is
// fetched and stored once, in the documents table.
func TestFeedReplicasImportOnce(t *testing.T) {
	var mu sync.Mutex
	fetches := map[string]int{}
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>`)
		for i := range 6 {
			fmt.Fprintf(w, `<item><title>Tariff story %d</title><link>%s/story-%d</link><guid>story-%d</guid></item>`, i, srv.URL, i, i)
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		fetches[r.URL.Path]++
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, `<html><head><title>Tariff story `+r.URL.Path+`</title><meta property="og:site_name" content="Wire"></head><body><article>
<h1>Tariff story</h1><p>The tariff on Japanese cars fell to 15 percent on Tuesday, officials in Tokyo said in a statement.</p>
<p>Talks on the investment fund continue through the autumn, both governments said.</p></article></body></html>`)
	})
	srv = httptest.NewServer(mux)
	defer srv.Close()

	url := pgtest.URL(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	for r := range 2 {
		db, err := pgstore.Open(ctx, url, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		p := &corpus.FeedPoller{
			Feeds:    []string{srv.URL + "/feed.xml"},
			Items:    handlers.NewFeedItems(db, "T1"),
			Importer: &corpus.Importer{Shelf: db.Documents("T1"), Fetcher: &corpus.Fetcher{Guard: corpus.NewGuard([]string{"127.0.0.1"}, nil)}},
		}
		wg.Go(func() {
			if _, err := p.Poll(ctx); err != nil {
				t.Errorf("replica %d: %v", r, err)
			}
		})
	}
	wg.Wait()

	db, err := pgstore.Open(ctx, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	shelved, err := db.Documents("T1").Shelved(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(shelved) != 6 {
		t.Errorf("%d documents stored from 6 feed items: %+v", len(shelved), shelved)
	}
	mu.Lock()
	defer mu.Unlock()
	for i := range 6 {
		if n := fetches[fmt.Sprintf("/story-%d", i)]; n != 1 {
			t.Errorf("story-%d fetched %d times by two replicas, want once", i, n)
		}
	}
}
