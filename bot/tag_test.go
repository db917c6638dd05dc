package bot_test

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// tagGoldenDocs is how many generated documents the tagging golden file
// covers beside the embedded and rail coverage.
const tagGoldenDocs = 200

// tagCorpus returns the documents Tag is checked and measured on: the
// embedded coverage, the rail coverage in testdata and n generated
// documents.
func tagCorpus(tb testing.TB, n int) []corpus.Document {
	tb.Helper()
	gen := fstest.MapFS{}
	for i, src := range corpus.Synthetic(n, 1, corpus.Templated) {
		gen[fmt.Sprintf("gen-%05d.md", i)] = &fstest.MapFile{Data: []byte(src)}
	}
	var docs []corpus.Document
	for _, fsys := range []fs.FS{corpus.Embedded(), os.DirFS("testdata/rail"), gen} {
		ds, skipped := corpus.Load(fsys)
		if len(skipped) > 0 {
			tb.Fatalf("load corpus: skipped %+v", skipped)
		}
		docs = append(docs, ds...)
	}
	return docs
}

// TestTagGolden checks what Tag makes of every passage of tagCorpus, a
// document a call as the library tags, against testdata/tag.golden.
func TestTagGolden(t *testing.T) {
	var b strings.Builder
	for _, d := range tagCorpus(t, tagGoldenDocs) {
		ps := d.Passages()
		bot.Tag(ps)
		for _, p := range ps {
			fmt.Fprintf(&b, "%s [%s]\n", p.ID, strings.Join(p.Topics, ","))
			for _, a := range p.Aliases {
				fmt.Fprintf(&b, "\t%s = %s\n", a.Name, a.Meaning)
			}
		}
	}
	checkGolden(t, "tag.golden", b.String())
}

// checkGolden compares got with testdata/name, rewriting it with -update.
func checkGolden(tb testing.TB, name, got string) {
	tb.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				tb.Fatalf("%s differs at line %d (run go test -update to accept):\ngot:  %s\nwant: %s", name, i+1, gl[i], wl[i])
			}
		}
		tb.Fatalf("%s differs: %d lines, want %d (run go test -update to accept)", name, len(gl), len(wl))
	}
}

// BenchmarkTag measures Tag on the embedded and rail coverage and 300
// generated documents, a document a call as the library tags, in
// nanoseconds a passage.
func BenchmarkTag(b *testing.B) {
	var docs [][]corpus.Passage
	n := 0
	for _, d := range tagCorpus(b, 300) {
		ps := d.Passages()
		docs = append(docs, ps)
		n += len(ps)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, ps := range docs {
			bot.Tag(ps)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/passage")
}
