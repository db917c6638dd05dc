package corpus_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// largeMarkdown is a Markdown document of n short paragraphs under a
// section heading every 20, with the inline markup news text carries
// (emphasis, links) in some of them.
func largeMarkdown(tb testing.TB, n int) []byte {
	tb.Helper()
	var b strings.Builder
	b.WriteString("---\nid: large\ntitle: A Very Long Report\n---\n\n")
	for i := 1; i <= n; i++ {
		if i%20 == 1 {
			fmt.Fprintf(&b, "## Part %d\n\n", i/20+1)
		}
		switch i % 3 {
		case 0:
			fmt.Fprintf(&b, "Item %d: Japan cut *tariffs* on steel to 15 percent.\n\n", i)
		case 1:
			fmt.Fprintf(&b, "Item %d: the [fund](https://e.x/%d) grew to $550 billion.\n\n", i, i)
		default:
			fmt.Fprintf(&b, "Item %d: officials said talks would go on.\n\n", i)
		}
	}
	if b.Len() > corpus.MaxFileSize {
		tb.Fatalf("large document is %d bytes, over the %d-byte limit", b.Len(), corpus.MaxFileSize)
	}
	return []byte(b.String())
}

// BenchmarkParseLarge parses one Markdown file of 11,250 to 45,000
// paragraphs (45,000 is about 2.5 MB): the time per paragraph must not
// grow with the size of a document.
//
//	go test -run '^$' -bench BenchmarkParseLarge -benchtime 10x ./corpus/
func BenchmarkParseLarge(b *testing.B) {
	for _, paragraphs := range []int{11250, 22500, 45000} {
		b.Run(fmt.Sprintf("paragraphs=%d", paragraphs), func(b *testing.B) {
			src := largeMarkdown(b, paragraphs)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				doc, err := corpus.Parse("large.md", src)
				if err != nil {
					b.Fatal(err)
				}
				if len(doc.Paragraphs) != paragraphs {
					b.Fatalf("got %d paragraphs, want %d", len(doc.Paragraphs), paragraphs)
				}
			}
		})
	}
}
