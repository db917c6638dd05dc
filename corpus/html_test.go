package corpus_test

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dealbot/dealbot/corpus"
)

func readTestdata(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func TestParseHTML(t *testing.T) {
	doc, err := corpus.Parse("fund-vetting.html", readTestdata(t, "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	t.Run("Metadata", func(t *testing.T) {
		if doc.ID != "fund-vetting" {
			t.Errorf("ID = %q, want the file name", doc.ID)
		}
		if doc.Title != "Japan Starts Vetting Projects for the $550 Billion Fund" {
			t.Errorf("Title = %q", doc.Title)
		}
		if doc.Publisher != "Harbor Ledger" || doc.Author != "Mika Tanaka" {
			t.Errorf("Publisher, Author = %q, %q", doc.Publisher, doc.Author)
		}
		if doc.URL != "https://harbor-ledger.example/2025/08/japan-vetting-fund-projects" {
			t.Errorf("URL = %q, want the og:url", doc.URL)
		}
		if got := doc.Published.Format(time.DateOnly); got != "2025-08-04" {
			t.Errorf("Published = %s", got)
		}
		if doc.Hash != corpus.ContentHash(readTestdata(t, "article.html")) {
			t.Errorf("Hash = %q, want the hash of the file", doc.Hash)
		}
	})
	t.Run("MainTextOnly", func(t *testing.T) {
		var all []string
		for _, p := range doc.Paragraphs {
			all = append(all, p.Text)
		}
		text := strings.Join(all, "\n")
		for _, clutter := range []string{"Subscribe", "Privacy", "Nikkei hits record", "analytics", "By Mika Tanaka"} {
			if strings.Contains(text, clutter) {
				t.Errorf("paragraphs keep page clutter %q:\n%s", clutter, text)
			}
		}
		first := doc.Paragraphs[0]
		if !strings.HasPrefix(first.Text, "Japan's state lenders have begun") || first.Section != "" {
			t.Errorf("first paragraph = %+v", first)
		}
	})
	t.Run("Sections", func(t *testing.T) {
		var sections []string
		for _, p := range doc.Paragraphs {
			if n := len(sections); p.Section != "" && (n == 0 || sections[n-1] != p.Section) {
				sections = append(sections, p.Section)
			}
		}
		if want := "Who Picks the Projects|Tariff Relief"; strings.Join(sections, "|") != want {
			t.Errorf("sections = %q, want %q", sections, want)
		}
		last := doc.Paragraphs[len(doc.Paragraphs)-1]
		if last.Text != "Most other goods: 15 percent, with no stacking on existing duties." {
			t.Errorf("list items not kept as paragraphs: last = %q", last.Text)
		}
	})
}

func TestParseHTMLCharset(t *testing.T) {
	// A page in ISO-8859-1 that says so: not UTF-8, and still read.
	page := "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9 talks</title></head><body><article>" +
		"<p>Negotiators met at a caf\xe9 in Tokyo to discuss the tariff schedule for autos and parts in detail.</p>" +
		"<p>They agreed to meet again next week to settle the remaining questions about the fund.</p></article></body></html>"
	doc, err := corpus.Parse("cafe.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Café talks" || !strings.Contains(doc.Paragraphs[0].Text, "café in Tokyo") {
		t.Errorf("not decoded from ISO-8859-1: %q / %+v", doc.Title, doc.Paragraphs)
	}
}

func TestLoadSkipsBrokenHTML(t *testing.T) {
	fsys := fstest.MapFS{
		"good.html":   {Data: readTestdata(t, "article.html")},
		"empty.html":  {Data: []byte("\n \n")},
		"blank.html":  {Data: []byte("<html><head><title>Nothing</title></head><body></body></html>")},
		"binary.htm":  {Data: []byte("<html>\x00\x01\x02")},
		"toolarge.md": {Data: []byte(strings.Repeat("x", corpus.MaxFileSize+1))},
	}
	docs, skipped := corpus.Load(fsys)
	if len(docs) != 1 || docs[0].ID != "good" {
		t.Errorf("docs = %d, want only good.html", len(docs))
	}
	want := map[string]string{
		"empty.html":  "empty file",
		"blank.html":  "no article",
		"binary.htm":  "binary",
		"toolarge.md": "limit",
	}
	for _, s := range skipped {
		if frag, ok := want[s.Path]; !ok || !strings.Contains(s.Reason, frag) {
			t.Errorf("%s skipped for %q, want a reason with %q", s.Path, s.Reason, frag)
		}
		delete(want, s.Path)
	}
	for p := range want {
		t.Errorf("%s not skipped", p)
	}
}
