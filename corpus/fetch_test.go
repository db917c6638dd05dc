package corpus_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
)

// newsSite serves the test article and pages that are not fit to import.
func newsSite(t *testing.T) *httptest.Server {
	t.Helper()
	article := readTestdata(t, "article.html")
	mux := http.NewServeMux()
	mux.HandleFunc("/2025/08/japan-vetting-fund-projects", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(article)
	})
	mux.HandleFunc("/undated", func(w http.ResponseWriter, r *http.Request) {
		page := strings.Replace(string(article), `<meta property="article:published_time" content="2025-08-04T09:30:00+09:00">`, "", 1)
		page = strings.Replace(page, `<meta property="og:url" content="https://harbor-ledger.example/2025/08/japan-vetting-fund-projects">`, "", 1)
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(page))
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7\n"))
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>" + strings.Repeat("tariff ", 4096) + "</p></body></html>"))
	})
	mux.HandleFunc("/huge-streamed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for range 64 {
			w.Write([]byte(strings.Repeat("<p>tariff</p>", 100)))
			w.(http.Flusher).Flush() // no Content-Length: the limit must hold while reading
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Query().Get("to"), http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// loopback is a fetcher allowed to reach the test servers, on 127.0.0.1.
func loopback(t *testing.T) *corpus.Fetcher {
	t.Helper()
	g := corpus.NewGuard(nil, []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32"), netip.MustParsePrefix("::1/128")})
	return &corpus.Fetcher{Guard: g}
}

func TestImport(t *testing.T) {
	srv := newsSite(t)
	ctx := context.Background()
	dir := t.TempDir()
	im := &corpus.Importer{Dir: dir, Fetcher: loopback(t)}

	doc, err := im.Import(ctx, srv.URL+"/2025/08/japan-vetting-fund-projects")
	if err != nil {
		t.Fatal(err)
	}
	if doc.ID != "japan-vetting-fund-projects" || doc.Path != filepath.Join(dir, "japan-vetting-fund-projects.md") {
		t.Errorf("ID, Path = %q, %q; want the URL slug", doc.ID, doc.Path)
	}
	written, err := os.ReadFile(doc.Path)
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "imported.md.golden", written)

	t.Run("ReadsBackTheSame", func(t *testing.T) {
		docs, skipped := corpus.Load(os.DirFS(dir))
		if len(docs) != 1 || len(skipped) != 0 {
			t.Fatalf("load: %d docs, skipped %+v", len(docs), skipped)
		}
		got := docs[0]
		if got.Title != doc.Title || got.Publisher != "Harbor Ledger" || got.URL != doc.URL || !got.Published.Equal(time.Date(2025, 8, 4, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("metadata changed on the way to disk: %+v", got)
		}
		if len(got.Paragraphs) != len(doc.Paragraphs) {
			t.Fatalf("%d paragraphs read back, %d fetched", len(got.Paragraphs), len(doc.Paragraphs))
		}
		for i := range got.Paragraphs {
			if got.Paragraphs[i] != doc.Paragraphs[i] {
				t.Errorf("paragraph %d: read back %+v, fetched %+v", i+1, got.Paragraphs[i], doc.Paragraphs[i])
			}
		}
	})
	t.Run("SameCanonicalURLTwice", func(t *testing.T) {
		_, err := im.Import(ctx, srv.URL+"/2025/08/japan-vetting-fund-projects")
		if !errors.Is(err, corpus.ErrExists) {
			t.Errorf("err = %v, want ErrExists", err)
		}
	})
	t.Run("NoDateInvented", func(t *testing.T) {
		doc, err := im.Import(ctx, srv.URL+"/undated")
		if err != nil {
			t.Fatal(err)
		}
		if !doc.Published.IsZero() {
			t.Errorf("Published = %v, want none", doc.Published)
		}
		data, _ := os.ReadFile(doc.Path)
		if strings.Contains(string(data), "published:") {
			t.Errorf("front matter has a date:\n%s", data)
		}
		if doc.ID != "japan-starts-vetting-projects-for-the-550-billion-fund" {
			t.Errorf("ID = %q, want the title slug (the URL has no words)", doc.ID)
		}
		if doc.URL != srv.URL+"/undated" {
			t.Errorf("URL = %q, want the page's own URL", doc.URL)
		}
		// The same page asked for again (another fragment, a trailing
		// slash) is recognised without fetching it.
		srv.Close()
		for _, again := range []string{srv.URL + "/undated#comments", srv.URL + "/undated/"} {
			if _, err := im.Import(ctx, again); !errors.Is(err, corpus.ErrExists) {
				t.Errorf("Import(%s): err = %v, want ErrExists", again, err)
			}
		}
	})
}

func TestImportRefuses(t *testing.T) {
	srv := newsSite(t)
	local := loopback(t).Guard
	for _, tc := range []struct {
		name, path string
		fetcher    corpus.Fetcher
		want       error
		permanent  bool
	}{
		{name: "NotHTML", path: "/report.pdf", fetcher: corpus.Fetcher{Guard: local}, want: corpus.ErrNotHTML, permanent: true},
		{name: "OversizedByLength", path: "/huge", fetcher: corpus.Fetcher{Guard: local, MaxBytes: 16 << 10}, want: corpus.ErrTooLarge, permanent: true},
		{name: "OversizedStreamed", path: "/huge-streamed", fetcher: corpus.Fetcher{Guard: local, MaxBytes: 16 << 10}, want: corpus.ErrTooLarge, permanent: true},
		{name: "NotFound", path: "/missing", fetcher: corpus.Fetcher{Guard: local}, want: &corpus.HTTPError{Status: 404}, permanent: true},
		{name: "Timeout", path: "/slow", fetcher: corpus.Fetcher{Guard: local, Timeout: 50 * time.Millisecond}},
		{name: "Loopback", path: "/2025/08/japan-vetting-fund-projects", want: corpus.ErrNotPublic, permanent: true},
		{name: "RedirectToFile", path: "/redirect?to=file:///etc/passwd", fetcher: corpus.Fetcher{Guard: local}, want: corpus.ErrUnsupportedURL, permanent: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			im := &corpus.Importer{Dir: dir, Fetcher: &tc.fetcher}
			_, err := im.Import(context.Background(), srv.URL+tc.path)
			if err == nil {
				t.Fatal("imported; want an error")
			}
			var he *corpus.HTTPError
			if tc.want != nil && !errors.Is(err, tc.want) && !(errors.As(err, &he) && he.Error() == tc.want.Error()) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
			if got := corpus.Permanent(err); got != tc.permanent {
				t.Errorf("Permanent(%v) = %v, want %v", err, got, tc.permanent)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("the folder holds %d files, want none", len(entries))
			}
		})
	}
	t.Run("NotHTTP", func(t *testing.T) {
		_, err := (&corpus.Importer{Dir: t.TempDir()}).Import(context.Background(), "file:///etc/passwd")
		if err == nil || !strings.Contains(err.Error(), "not an http(s) URL") || !corpus.Permanent(err) {
			t.Errorf("err = %v, want a clear refusal, for good", err)
		}
	})
}

// TestImportNonLatinTitles: pages whose titles have no Latin words, at
// URLs whose last segment is a number, get readable ids that differ, never
// a bare number.
func TestImportNonLatinTitles(t *testing.T) {
	page := func(title string) string {
		return `<html><head><meta charset="utf-8"><title>` + title + `</title></head><body><article><h1>` + title +
			`</h1><p>` + strings.Repeat("日本と米国は貿易協定で合意した。関税は十五パーセントとなる。", 8) + `</p><p>` +
			strings.Repeat("投資の枠組みは五千五百億ドル規模である。", 8) + `</p></article></body></html>`
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/news/15", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page("日米貿易協定の合意"))
	})
	mux.HandleFunc("/news/16", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page("関税交渉の行方"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	im := &corpus.Importer{Dir: t.TempDir(), Fetcher: loopback(t)}
	var ids []string
	for _, p := range []string{"/news/15", "/news/16"} {
		doc, err := im.Import(context.Background(), srv.URL+p)
		if err != nil {
			t.Fatal(err)
		}
		if !regexp.MustCompile(`^127-0-0-1-news-1[56]-[0-9a-f]{6}$`).MatchString(doc.ID) || filepath.Base(doc.Path) != doc.ID+".md" {
			t.Errorf("%s: id %q, file %s; want host, path and a short hash", p, doc.ID, filepath.Base(doc.Path))
		}
		ids = append(ids, doc.ID)
	}
	if ids[0] == ids[1] {
		t.Errorf("two pages share id %q", ids[0])
	}
}
