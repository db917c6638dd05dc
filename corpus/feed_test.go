package corpus_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/handlers/filestore"
)

// feedSite serves an RSS feed and its articles, counting article fetches.
// The "flaky" article fails with 503 until flaky is cleared.
type feedSite struct {
	*httptest.Server
	mu      sync.Mutex
	fetches map[string]int
	flaky   bool
}

func newFeedSite(t *testing.T) *feedSite {
	t.Helper()
	s := &feedSite{fetches: map[string]int{}, flaky: true}
	article := func(title, body string) string {
		return fmt.Sprintf(`<html><head><title>%s</title><meta property="og:site_name" content="Feed Times"></head>
<body><article><h1>%s</h1><p>%s</p><p>Officials in Tokyo and Washington said talks would continue through the autumn.</p></article></body></html>`, title, title, body)
	}
	pages := map[string]string{
		"/tariff-cut": article("Tariff cut takes effect for Japanese cars",
			"The lower 15 percent tariff on Japanese automobiles took effect on Tuesday after months of negotiation between the two governments."),
		"/fund-rules": article("Fund rules published",
			"The rules for selecting projects under the investment fund were published on Friday by both governments."),
		"/baseball": article("Baseball season ends", "The season ended with a late home run in the final game of the series."),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Feed Times</title><link>%[1]s</link><description>News</description>
<item><title>Tariff cut takes effect for Japanese cars</title><link>%[1]s/tariff-cut</link><guid>tariff-cut-1</guid><description>Autos now pay 15%% at the US border.</description></item>
<item><title>Baseball season ends</title><link>%[1]s/baseball</link><guid>baseball-1</guid><description>Sports.</description></item>
<item><title>Fund rules published</title><link>%[1]s/fund-rules</link><description>How the investment FUND picks projects.</description></item>
<item><title>Tariff explainer (already in the corpus)</title><link>%[1]s/old-tariff-story</link><guid>old-1</guid></item>
<item><title>Tariff schedule (a local file)</title><link>file:///etc/passwd</link><guid>file-1</guid></item>
</channel></rss>`, s.URL)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.fetches[r.URL.Path]++
		flaky := s.flaky
		s.mu.Unlock()
		page, ok := pages[r.URL.Path]
		switch {
		case !ok:
			http.NotFound(w, r)
		case r.URL.Path == "/fund-rules" && flaky:
			http.Error(w, "try later", http.StatusServiceUnavailable)
		default:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, page)
		}
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func (s *feedSite) fetched(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.fetches[path]
}

func TestFeedPoll(t *testing.T) {
	site := newFeedSite(t)
	ctx := context.Background()
	dir, stateDir := t.TempDir(), t.TempDir()
	// An older import of one of the feed's items is already in the corpus.
	old := "---\ntitle: Tariff explainer\nurl: " + site.URL + "/old-tariff-story\n---\n\nAn older story about tariffs.\n"
	if err := os.WriteFile(filepath.Join(dir, "old.md"), []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	// A new poller each time, on the same state: a restart.
	poller := func() *corpus.FeedPoller {
		store, err := filestore.Open(stateDir)
		if err != nil {
			t.Fatal(err)
		}
		return &corpus.FeedPoller{
			Feeds:    []string{site.URL + "/feed.xml", site.URL + "/missing-feed.xml"},
			Keywords: []string{"tariff", " fund"},
			Items:    handlers.NewFeedItems(store, "T1"),
			Importer: &corpus.Importer{Dir: dir, Fetcher: loopback(t)},
			Log:      slog.New(slog.NewTextHandler(io.Discard, nil)),
		}
	}

	t.Run("FirstPoll", func(t *testing.T) {
		stats, err := poller().Poll(ctx)
		if err != nil {
			t.Fatal(err)
		}
		// tariff-cut imported; fund-rules failed (503, retried later);
		// old-tariff-story already there; the file: link refused for
		// good; baseball matches no keyword.
		want := corpus.PollStats{Feeds: 1, Unread: 1, Matched: 4, Imported: 1, Failed: 1}
		if stats != want {
			t.Errorf("stats = %+v, want %+v", stats, want)
		}
		if _, err := os.Stat(filepath.Join(dir, "tariff-cut-takes-effect-for-japanese-cars.md")); err != nil {
			t.Errorf("new item not saved: %v", err)
		}
		if site.fetched("/baseball") != 0 || site.fetched("/old-tariff-story") != 0 {
			t.Errorf("fetched an item that matches no keyword or is already in the corpus")
		}
	})
	t.Run("SecondPollImportsNothingNew", func(t *testing.T) {
		site.mu.Lock()
		site.flaky = false
		site.mu.Unlock()
		before := site.fetched("/tariff-cut")
		stats, err := poller().Poll(ctx) // a new poller: the state file is what remembers
		if err != nil {
			t.Fatal(err)
		}
		if want := (corpus.PollStats{Feeds: 1, Unread: 1, Matched: 1, Imported: 1}); stats != want {
			t.Errorf("stats = %+v, want %+v (only the item that failed before)", stats, want)
		}
		if site.fetched("/tariff-cut") != before {
			t.Errorf("an imported item was fetched again")
		}
	})
	t.Run("ThirdPoll", func(t *testing.T) {
		stats, err := poller().Poll(ctx)
		if err != nil || stats != (corpus.PollStats{Feeds: 1, Unread: 1}) {
			t.Errorf("stats = %+v, %v; want nothing to do", stats, err)
		}
		docs, skipped := corpus.Load(os.DirFS(dir))
		if len(docs) != 3 || len(skipped) != 0 {
			t.Errorf("corpus holds %d documents (skipped %v), want old + 2 imported", len(docs), skipped)
		}
	})
	t.Run("State", func(t *testing.T) {
		store, err := filestore.Open(stateDir)
		if err != nil {
			t.Fatal(err)
		}
		for _, key := range []string{"tariff-cut-1", site.URL + "/fund-rules", "old-1", "file-1"} {
			st, err := store.ClaimFeedItem(context.Background(), "T1", key, "test", time.Minute)
			if err != nil || st != handlers.ClaimDone {
				t.Errorf("item %s: %v, %v; want recorded as handled", key, st, err)
			}
		}
	})
}

// TestFeedPrivateItem: an item on a private address is refused with a
// warning, left alone while the allow list stays the same, and imported
// once DEALBOT_ALLOW_HOSTS (the guard's allow list) lets it through.
func TestFeedPrivateItem(t *testing.T) {
	site := newFeedSite(t)
	_, port, _ := strings.Cut(strings.TrimPrefix(site.URL, "http://"), ":")
	intranet := "http://localhost:" + port // the same server, by a name the guard does not allow at first
	feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Intranet</title><link>%[1]s</link><description>News</description>
<item><title>Tariff cut takes effect for Japanese cars</title><link>%[1]s/tariff-cut</link><guid>tariff-cut-1</guid></item>
</channel></rss>`, intranet)
	}))
	defer feed.Close()
	ctx := context.Background()
	dir, stateDir := t.TempDir(), t.TempDir()
	store, err := filestore.Open(stateDir)
	if err != nil {
		t.Fatal(err)
	}
	poll := func(allow ...string) (corpus.PollStats, string) {
		t.Helper()
		var logs strings.Builder
		p := &corpus.FeedPoller{
			Feeds:    []string{feed.URL},
			Items:    handlers.NewFeedItems(store, "T1"),
			Importer: &corpus.Importer{Dir: dir, Fetcher: &corpus.Fetcher{Guard: corpus.NewGuard(append([]string{"127.0.0.1"}, allow...), nil)}},
			Log:      slog.New(slog.NewTextHandler(&logs, nil)),
		}
		stats, err := p.Poll(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return stats, logs.String()
	}

	stats, logs := poll()
	if stats.Matched != 1 || stats.Imported != 0 || site.fetched("/tariff-cut") != 0 {
		t.Errorf("first poll: %+v, %d fetches; want the item refused before connecting", stats, site.fetched("/tariff-cut"))
	}
	if !strings.Contains(logs, "level=WARN") || !strings.Contains(logs, "DEALBOT_ALLOW_HOSTS") {
		t.Errorf("the refusal is not a warning naming DEALBOT_ALLOW_HOSTS:\n%s", logs)
	}
	if stats, logs := poll(); stats.Matched != 0 || strings.Contains(logs, "WARN") {
		t.Errorf("same allow list: %+v\n%s\nwant the item left alone, quietly", stats, logs)
	}
	if stats, _ := poll("localhost"); stats.Imported != 1 || site.fetched("/tariff-cut") != 1 {
		t.Errorf("allowed: %+v, %d fetches; want the item imported", stats, site.fetched("/tariff-cut"))
	}
	if stats, _ := poll("localhost"); stats.Matched != 0 {
		t.Errorf("after the import: %+v, want nothing to do", stats)
	}
}
