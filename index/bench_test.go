package index_test

import (
	"context"
	"fmt"
	"runtime"
	"testing"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// synthetic parses n generated documents into their ids and passages.
func synthetic(tb testing.TB, n int) ([]string, []corpus.Passage) {
	tb.Helper()
	var ids []string
	var ps []corpus.Passage
	for i, src := range corpus.Synthetic(n, 1, corpus.Realistic) {
		doc, err := corpus.Parse(fmt.Sprintf("gen-%d.md", i), []byte(src))
		if err != nil {
			tb.Fatal(err)
		}
		ids = append(ids, doc.ID)
		ps = append(ps, doc.Passages()...)
	}
	return ids, ps
}

// putInBatches indexes passages a few hundred documents at a time, as a
// growing corpus folder is indexed.
func putInBatches(tb testing.TB, ix *index.Index, ps []corpus.Passage) {
	tb.Helper()
	ctx := context.Background()
	const batchDocs = 500
	start, docs := 0, 0
	for i := range ps {
		last := i == len(ps)-1
		if last || ps[i+1].DocID != ps[i].DocID {
			docs++
			if docs%batchDocs == 0 || last {
				if err := ix.Put(ctx, nil, ps[start:i+1]); err != nil {
					tb.Fatal(err)
				}
				start = i + 1
			}
		}
	}
}

// BenchmarkIndexBuild reports indexing throughput in documents per second
// and the heap in use once 10,000 documents are indexed.
func BenchmarkIndexBuild(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			_, ps := synthetic(b, n)
			b.ResetTimer()
			for range b.N {
				ix, err := index.Open("")
				if err != nil {
					b.Fatal(err)
				}
				putInBatches(b, ix, ps)
				b.StopTimer()
				runtime.GC()
				var m runtime.MemStats
				runtime.ReadMemStats(&m)
				b.ReportMetric(float64(m.HeapInuse)/(1<<20), "heapMiB")
				ix.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}

// BenchmarkPlainMatch is the yardstick of the answer pipeline: one plain
// Bleve match query on the passage text of the embedded coverage.
func BenchmarkPlainMatch(b *testing.B) {
	ctx := context.Background()
	ix, err := index.Open("")
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	ids, ps := embeddedPassages(b)
	if err := ix.Put(ctx, ids, ps); err != nil {
		b.Fatal(err)
	}
	q := index.Query{Clauses: []index.Clause{{Text: "who decides which projects the fund invests in"}}, Size: 10}
	b.ResetTimer()
	for range b.N {
		if _, err := ix.Search(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
}
