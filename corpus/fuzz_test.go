package corpus_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dealbot/dealbot/corpus"
)

// FuzzParse checks that no file content crashes the parser and that what
// it accepts yields passages that are verbatim and short enough.
func FuzzParse(f *testing.F) {
	f.Add("doc.md", "---\nid: a\ntitle: T\n---\n\n## H\n\nU.S. tariffs rose. Mr. Chou said \"yes.\"\n")
	f.Add("doc.txt", "Title\nJapan ‘s edge. don ‘t [x. y] (a. b)\nRELATED:\nHeadline\n")
	f.Add("doc.md", "---\ntitle: [\n---\n")
	f.Add("doc.md", "---\n---\n# Only a title\n")
	f.Add("doc.txt", "\x00\xff")
	for _, style := range []corpus.Style{corpus.Realistic, corpus.Templated} {
		for _, src := range corpus.Synthetic(2, 1, style) {
			f.Add("gen.md", src)
		}
	}
	f.Fuzz(func(t *testing.T, name, src string) {
		doc, err := corpus.Parse(name, []byte(src))
		if err != nil {
			return
		}
		if doc.ID == "" || doc.Title == "" && strings.HasSuffix(name, ".md") {
			t.Fatalf("accepted a document without id or title: %+v", doc)
		}
		for _, p := range doc.Passages() {
			if len(p.Text) > corpus.MaxExcerpt || !utf8.ValidString(p.Text) {
				t.Fatalf("bad passage %q", p.Text)
			}
			if !strings.HasSuffix(p.Text, "…") && !strings.Contains(p.Context, p.Text) {
				t.Fatalf("passage %q not verbatim from %q", p.Text, p.Context)
			}
		}
	})
}

func TestSyntheticParses(t *testing.T) {
	for _, style := range []struct {
		name  string
		style corpus.Style
	}{{"Realistic", corpus.Realistic}, {"Templated", corpus.Templated}} {
		t.Run(style.name, func(t *testing.T) {
			srcs := corpus.Synthetic(50, 7, style.style)
			if again := corpus.Synthetic(50, 7, style.style); strings.Join(again, "") != strings.Join(srcs, "") {
				t.Fatal("same seed gave different documents")
			}
			for i, src := range srcs {
				doc, err := corpus.Parse("gen.md", []byte(src))
				if err != nil {
					t.Fatalf("document %d: %v", i, err)
				}
				if len(doc.Passages()) == 0 || doc.Published.IsZero() {
					t.Fatalf("document %d: %d passages, date %v", i, len(doc.Passages()), doc.Published)
				}
				// Every placeholder filled, no formatting debris.
				if j := strings.IndexAny(src, "{}%"); j >= 0 {
					t.Fatalf("document %d: unfilled template near %q", i, src[j:min(j+40, len(src))])
				}
			}
		})
	}
}
