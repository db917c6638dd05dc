package bot_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// scaledIndexes are the indexes of the embedded coverage plus n generated
// documents, built once per test binary (the 10,000 takes a while),
// shared by the benchmarks and closed by TestMain; never built by go test
// without -bench.
var scaledIndexes struct {
	sync.Mutex
	byN map[scale]*index.Index
}

// scale is how many generated documents of which style.
type scale struct {
	n     int
	style corpus.Style
}

func (s scale) String() string {
	if s.style == corpus.Templated {
		return fmt.Sprintf("templated=%d", s.n)
	}
	return fmt.Sprintf("generated=%d", s.n)
}

// scaledIndex returns the index of the embedded coverage and n generated
// documents of the given style, indexed the way dealbot indexes a corpus
// folder (the library, in batches, tagged, with the thesaurus) and
// compacted as the bot compacts it.
func scaledIndex(b *testing.B, sc scale) *index.Index {
	b.Helper()
	scaledIndexes.Lock()
	defer scaledIndexes.Unlock()
	if ix := scaledIndexes.byN[sc]; ix != nil {
		return ix
	}
	ctx := context.Background()
	dir := b.TempDir() // read once, by the Reload below
	if err := corpus.WriteSynthetic(dir, sc.n, 1, sc.style); err != nil {
		b.Fatal(err)
	}
	ix, err := index.Open("")
	if err != nil {
		b.Fatal(err)
	}
	if err := ix.PutSynonyms(ctx, bot.Thesaurus()); err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	lib := index.NewLibrary(ix, index.LibraryOptions{Dir: dir, Embedded: true, Tag: bot.Tag})
	if _, err := lib.Reload(ctx, nil); err != nil {
		b.Fatal(err)
	}
	docs, _ := lib.Documents()
	count, _ := ix.Count()
	b.Logf("indexed %d documents (%d paragraphs) in %v", len(docs), count, time.Since(start).Round(time.Millisecond))
	// As the bot does once the coverage is loaded: searches are then
	// measured on one segment, not while Bleve merges in the background.
	start = time.Now()
	if err := ix.Compact(ctx); err != nil {
		b.Fatal(err)
	}
	b.Logf("compacted in %v", time.Since(start).Round(time.Millisecond))
	if scaledIndexes.byN == nil {
		scaledIndexes.byN = map[scale]*index.Index{}
	}
	scaledIndexes.byN[sc] = ix
	return ix
}

func TestMain(m *testing.M) {
	code := m.Run()
	for _, ix := range scaledIndexes.byN {
		ix.Close()
	}
	os.Exit(code)
}

// answerCost holds the ns/op of the runs before, for the ratios reported
// by later runs of the same benchmark binary.
var answerCost struct {
	sync.Mutex
	plain    map[scale]float64
	embedded float64 // the whole pipeline on the embedded coverage
}

// BenchmarkAnswerScale measures the whole answer pipeline (Ask) on the
// embedded coverage alone and with 1,000 and 10,000 realistic generated
// documents beside it (and 10,000 templated ones, the generator of
// earlier rounds), over the project's question set, against one plain
// Bleve match query for the same question on the same index. Each answer
// run reports x_plain (its cost over the plain query's) and x_embedded
// (its cost over the answer on the embedded coverage). Run it as
//
//	go test -run '^$' -bench BenchmarkAnswerScale -benchtime 2s ./bot/
//
// The targets: x_plain ≤ 1 and, at 10,000, x_embedded ≤ 6.
func BenchmarkAnswerScale(b *testing.B) {
	qs := readSet(b, "testdata/extra-questions.jsonl")
	ctx := context.Background()
	for _, sc := range []scale{{0, corpus.Realistic}, {1000, corpus.Realistic}, {10000, corpus.Realistic}, {10000, corpus.Templated}} {
		b.Run(sc.String()+"/plain", func(b *testing.B) {
			ix := scaledIndex(b, sc)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				q := index.Query{Clauses: []index.Clause{{Text: qs[i%len(qs)].Question}}, Size: 10, Exhaustive: true}
				i++
				if _, err := ix.Search(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
			answerCost.Lock()
			defer answerCost.Unlock()
			if answerCost.plain == nil {
				answerCost.plain = map[scale]float64{}
			}
			answerCost.plain[sc] = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
		})
		b.Run(sc.String()+"/answer", func(b *testing.B) {
			bt := bot.New(scaledIndex(b, sc))
			cost := askInTurn(b, bt.Ask, qs)
			answerCost.Lock()
			defer answerCost.Unlock()
			if p := answerCost.plain[sc]; p > 0 {
				b.ReportMetric(cost/p, "x_plain")
			}
			if sc.n == 0 {
				answerCost.embedded = cost
			} else if answerCost.embedded > 0 {
				b.ReportMetric(cost/answerCost.embedded, "x_embedded")
			}
		})
	}
}

// BenchmarkIndexCoverage measures what `dealbot index` does with a corpus
// folder of generated documents: read and parse the files, cut them into
// passages, tag them, and index them in batches through the library, in
// documents a second. The target: ≥ 1,000 documents/s. (The heap
// after indexing 10,000 is index's BenchmarkIndexBuild's heapMiB.)
func BenchmarkIndexCoverage(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			ctx := context.Background()
			dir := b.TempDir()
			if err := corpus.WriteSynthetic(dir, n, 1, corpus.Realistic); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				ix, err := index.Open("")
				if err != nil {
					b.Fatal(err)
				}
				lib := index.NewLibrary(ix, index.LibraryOptions{Dir: dir, Tag: bot.Tag})
				if _, err := lib.Reload(ctx, nil); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				ix.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}

// BenchmarkAnswerCache measures an answer from the cache against one
// made by the bot, over the extra question set on the embedded coverage
// (where answers are cheapest, so the ratio is the least flattering).
// The hit run reports x_miss, its cost over the miss's. Run it as
//
//	go test -run '^$' -bench BenchmarkAnswerCache -benchtime 2s ./bot/
//
// The target: x_miss ≤ 0.02.
func BenchmarkAnswerCache(b *testing.B) {
	qs := readSet(b, "testdata/extra-questions.jsonl")
	ctx := context.Background()
	ix := scaledIndex(b, scale{0, corpus.Realistic})
	bt := bot.New(ix)
	var miss float64
	b.Run("miss", func(b *testing.B) {
		miss = askInTurn(b, bt.Ask, qs)
	})
	b.Run("hit", func(b *testing.B) {
		cache := bot.NewAnswerCache(bt, ix, bot.CacheOptions{})
		for _, q := range qs {
			if _, err := cache.Ask(ctx, q.Question); err != nil {
				b.Fatal(err)
			}
		}
		if hit := askInTurn(b, cache.Ask, qs); miss > 0 {
			b.ReportMetric(hit/miss, "x_miss")
		}
	})
}

// askInTurn asks the questions one after the other, over and over, for
// the benchmark's run, and returns the nanoseconds an answer took.
func askInTurn(b *testing.B, ask func(context.Context, string) (bot.Answer, error), qs []bot.EvalQuestion) float64 {
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := ask(ctx, qs[i%len(qs)].Question); err != nil {
			b.Fatal(err)
		}
		i++
	}
	return float64(b.Elapsed().Nanoseconds()) / float64(b.N)
}

// BenchmarkClaimedFigure measures a question of whether that gives a
// figure ("… 30% …?"), which is checked against how the coverage writes
// the figure and against its own figures of that kind, beside the same
// question with a word in place of the figure, on the embedded coverage
// with 10,000 realistic generated documents. It reports x_worded, the
// figure's question's cost over the worded one's. Run it as
//
//	go test -run '^$' -bench BenchmarkClaimedFigure -benchtime 3s ./bot/
func BenchmarkClaimedFigure(b *testing.B) {
	bt := bot.New(scaledIndex(b, scale{10000, corpus.Realistic}))
	askAgainst(b, bt.Ask, "x_worded",
		[]bot.EvalQuestion{{Question: "Was the tariff on Japanese cars high before the deal?"}, {Question: "Did Japan pledge a large sum to the fund?"}},
		[]bot.EvalQuestion{{Question: "Was the tariff on Japanese cars 30% before the deal?"}, {Question: "Did Japan pledge $900 billion to the fund?"}})
}

// askAgainst runs the questions base, then qs, each as a sub-benchmark
// ("base", "variant"), and reports qs' cost over base's as metric.
func askAgainst(b *testing.B, ask func(context.Context, string) (bot.Answer, error), metric string, base, qs []bot.EvalQuestion) {
	var baseCost float64
	b.Run("base", func(b *testing.B) { baseCost = askInTurn(b, ask, base) })
	b.Run("variant", func(b *testing.B) {
		if cost := askInTurn(b, ask, qs); baseCost > 0 {
			b.ReportMetric(cost/baseCost, metric)
		}
	})
}

// BenchmarkInCharge measures a question of who runs, heads or chairs
// something, whose verb is also said by WordNet's words for who is in
// charge (45 words and their inflections, see wordnet.ChargeWords),
// beside questions of the same shape with another verb, on the embedded
// coverage with 10,000 realistic generated documents. It reports x_other,
// the in-charge questions' cost over the others'. Run it as
//
//	go test -run '^$' -bench BenchmarkInCharge -benchtime 3s ./bot/
func BenchmarkInCharge(b *testing.B) {
	bt := bot.New(scaledIndex(b, scale{10000, corpus.Realistic}))
	askAgainst(b, bt.Ask, "x_other",
		[]bot.EvalQuestion{{Question: "Who praised the investment fund?"}, {Question: "Who criticised the tariff deal?"}},
		[]bot.EvalQuestion{{Question: "Who runs the investment fund?"}, {Question: "Who heads the tariff talks?"}})
}

// BenchmarkCountAsked measures a question of how many things, whose best
// candidates are checked for a count of the thing (see countsThing),
// beside questions of how much of the same shape, on the embedded
// coverage with 10,000 realistic generated documents. It reports
// x_howmuch, the how-many questions' cost over the others'. Run it as
//
//	go test -run '^$' -bench BenchmarkCountAsked -benchtime 3s ./bot/
func BenchmarkCountAsked(b *testing.B) {
	bt := bot.New(scaledIndex(b, scale{10000, corpus.Realistic}))
	askAgainst(b, bt.Ask, "x_howmuch",
		[]bot.EvalQuestion{{Question: "How much will the investment fund spend?"}, {Question: "How much did the Japanese carmakers export?"}},
		[]bot.EvalQuestion{{Question: "How many projects will the investment fund pick?"}, {Question: "How many people work for the Japanese carmakers?"}})
}

// BenchmarkAnswerOutlets asks a frozen set's questions over its four
// documents from several outlets, where answers compare sources'
// versions and fold their near-identical sentences (see versions,
// cluster): BenchmarkAnswer's coverage is one outlet's. Run it as
//
//	go test -run '^$' -bench BenchmarkAnswerOutlets ./bot/
func BenchmarkAnswerOutlets(b *testing.B) {
	const set = "korea-us-investment-mou-summary"
	bt, _ := newBot(b, os.DirFS(filepath.Join("testdata/frozen", set)))
	qs := readSet(b, filepath.Join("testdata/frozen", set+"-questions.jsonl"))
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := bt.Ask(ctx, qs[i%len(qs)].Question); err != nil {
			b.Fatal(err)
		}
	}
}
