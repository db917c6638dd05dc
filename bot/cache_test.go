package bot_test

import (
	"context"
	"reflect"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/bot/bottest"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// cachedBot is the real bot over docs in a temporary index, and a cache
// of its answers.
func cachedBot(tb testing.TB, docs []corpus.Document, opts bot.CacheOptions) (*bot.Bot, *bot.AnswerCache, *index.Index) {
	tb.Helper()
	idx, err := index.Open("")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { idx.Close() })
	if err := bottest.Index(context.Background(), idx, docs); err != nil {
		tb.Fatal(err)
	}
	b := bot.New(idx)
	return b, bot.NewAnswerCache(b, idx, opts), idx
}

// TestAnswerCacheSameAnswers: on the extra question set, the cache gives
// exactly the bot's answer to the question with its spaces made single,
// the first time (a miss) and when the question comes back with other
// spacing (hits).
func TestAnswerCacheSameAnswers(t *testing.T) {
	ctx := context.Background()
	b, cache, _ := cachedBot(t, bottest.Embedded(t), bot.CacheOptions{})
	qs := readSet(t, "testdata/extra-questions.jsonl")
	for _, q := range qs {
		want, err := b.Ask(ctx, q.Question)
		if err != nil {
			t.Fatal(err)
		}
		for _, asked := range []string{q.Question, "  " + strings.ReplaceAll(q.Question, " ", "  ") + " ", "\t" + q.Question + "\n"} {
			got, err := cache.Ask(ctx, asked)
			if err != nil {
				t.Fatal(err)
			}
			want.Question = strings.TrimSpace(asked)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q: cached answer\n%+v\nwant the bot's\n%+v", asked, got, want)
			}
		}
	}
	st := cache.Stats()
	if st.Misses != uint64(len(qs)) || st.Hits != uint64(2*len(qs)) {
		t.Errorf("stats %+v, want %d misses and %d hits", st, len(qs), 2*len(qs))
	}
}

// harbourDocs is a small coverage whose harbour fee is the given figure.
func harbourDocs(t *testing.T, fee string) []corpus.Document {
	t.Helper()
	docs, skipped := corpus.Load(fstest.MapFS{
		"fee.md":   {Data: []byte("---\nid: fee\ntitle: Harbour fee\npublisher: Port News\npublished: 2025-03-01\n---\n\nThe harbour authority set the mooring fee at " + fee + " a night.\n")},
		"ferry.md": {Data: []byte("---\nid: ferry\ntitle: Ferry timetable\npublisher: Port News\npublished: 2025-03-02\n---\n\nThe ferry to the island will run every hour from May.\n")},
	})
	if len(skipped) > 0 {
		t.Fatalf("skipped %+v", skipped)
	}
	return docs
}

// TestAnswerCacheCoverageChanges: once the coverage changes, a question
// asked before is answered from the new coverage, not from memory.
func TestAnswerCacheCoverageChanges(t *testing.T) {
	ctx := context.Background()
	_, cache, idx := cachedBot(t, harbourDocs(t, "40 dollars"), bot.CacheOptions{})
	const q = "What is the mooring fee?"
	for range 2 {
		if a, err := cache.Ask(ctx, q); err != nil || !strings.Contains(a.Text, "40 dollars") {
			t.Fatalf("before the change: %q, %v", a.Text, err)
		}
	}
	if err := bottest.Index(ctx, idx, harbourDocs(t, "55 dollars")); err != nil {
		t.Fatal(err)
	}
	a, err := cache.Ask(ctx, q)
	if err != nil || !strings.Contains(a.Text, "55 dollars") {
		t.Fatalf("after the change: %q, %v; want the new fee", a.Text, err)
	}
	if st := cache.Stats(); st.Hits != 1 || st.Misses != 2 {
		t.Errorf("stats %+v, want 1 hit and 2 misses", st)
	}
}

// TestAnswerCacheBounds: the cache keeps at most MaxEntries answers and
// MaxBytes of them, dropping the least recently asked.
func TestAnswerCacheBounds(t *testing.T) {
	ctx := context.Background()
	qs := readSet(t, "testdata/extra-questions.jsonl")[:20]
	for _, tc := range []struct {
		name string
		opts bot.CacheOptions
	}{
		{"Entries", bot.CacheOptions{MaxEntries: 5}},
		{"Bytes", bot.CacheOptions{MaxBytes: 8 << 10}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, cache, _ := cachedBot(t, bottest.Embedded(t), tc.opts)
			for _, q := range qs {
				if _, err := cache.Ask(ctx, q.Question); err != nil {
					t.Fatal(err)
				}
				st := cache.Stats()
				if tc.opts.MaxEntries > 0 && st.Entries > tc.opts.MaxEntries || tc.opts.MaxBytes > 0 && st.Bytes > tc.opts.MaxBytes {
					t.Fatalf("after %q: %+v, over the bounds %+v", q.Question, st, tc.opts)
				}
			}
			if st := cache.Stats(); st.Entries == 0 || st.Entries == len(qs) {
				t.Errorf("%+v: want some answers kept and some dropped", st)
			}
			// The last question is the most recently used: kept.
			cache.Ask(ctx, qs[len(qs)-1].Question)
			if st := cache.Stats(); st.Hits != 1 {
				t.Errorf("the last question again: %+v, want a hit", st)
			}
			// The first was dropped.
			cache.Ask(ctx, qs[0].Question)
			if st := cache.Stats(); st.Hits != 1 {
				t.Errorf("the first question again: %+v, want a miss", st)
			}
		})
	}
}

// TestAnswerCacheConcurrent: many askers of one question at once get one
// answer made once; a failed answer is not kept.
func TestAnswerCacheConcurrent(t *testing.T) {
	ctx := context.Background()
	_, cache, _ := cachedBot(t, bottest.Embedded(t), bot.CacheOptions{})
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := cache.Ask(cancelled, "How big is the investment framework?"); err == nil {
		t.Fatal("a cancelled question was answered")
	}
	const askers = 20
	var wg sync.WaitGroup
	texts := make([]string, askers)
	for i := range askers {
		wg.Go(func() {
			a, err := cache.Ask(ctx, "How big is the investment framework?")
			if err != nil {
				t.Error(err)
			}
			texts[i] = a.Text
		})
	}
	wg.Wait()
	for i, s := range texts {
		if s != texts[0] || s == "" {
			t.Fatalf("asker %d: %q, asker 0: %q", i, s, texts[0])
		}
	}
	if st := cache.Stats(); st.Misses != 2 || st.Hits != askers-1 || st.Entries != 1 {
		t.Errorf("stats %+v, want 2 misses (the cancelled one and the first), %d hits, 1 entry", st, askers-1)
	}
}
