package corpus_test

import (
	"reflect"
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
	f.Add("doc.md", "---\ntitle: T\n---\n## H\nText *em* [link](u) `code` &amp; \\*\n- a\n- b\n\n> q\n\n<p>html</p>\n\n    code\n")
	f.Add("doc.md", "---\ntitle: T\n---\nSetext\n===\n1. one\n2) two\n\n[a](<b [[c]] ![i](j)\n")
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

// FuzzMarkdownRoundTrip checks that any paragraph and section text saved
// with Document.Markdown loads back unchanged.
func FuzzMarkdownRoundTrip(f *testing.F) {
	for _, s := range []string{"plain text", "1. a", "# h #", "*a* _b_ [c](d) <e> &amp; \\", "> q", "- l", "~~~", "a\tb"} {
		f.Add(s, "Section "+s)
	}
	f.Fuzz(func(t *testing.T, text, section string) {
		text, section = corpus.Normalize(text), corpus.Normalize(section)
		if text == "" || !utf8.ValidString(text) || !utf8.ValidString(section) || strings.ContainsRune(text+section, 0) {
			return
		}
		doc := corpus.Document{ID: "d", Title: "T", Paragraphs: []corpus.Paragraph{
			{Number: 1, Section: section, Text: text},
			{Number: 2, Section: section, Text: "A closing paragraph. It is prose."},
		}}
		src := doc.Markdown()
		got, err := corpus.Parse("d.md", src)
		if err != nil {
			if strings.Contains(err.Error(), "nesting too deep") {
				return
			}
			t.Fatalf("Parse: %v\n%s", err, src)
		}
		if !reflect.DeepEqual(got.Paragraphs, doc.Paragraphs) {
			t.Fatalf("saved as\n%s\nloaded as %+v, want %+v", src, got.Paragraphs, doc.Paragraphs)
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
