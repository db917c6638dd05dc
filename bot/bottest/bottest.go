// Package bottest gives tests the real answer engine over coverage of
// their choosing: documents indexed in a temporary Bleve index. Only tests
// use it.
package bottest

import (
	"context"
	"testing"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// Embedded returns the coverage that ships with dealbot, failing the test
// if any of it does not load.
func Embedded(tb testing.TB) []corpus.Document {
	tb.Helper()
	docs, skipped := corpus.Load(corpus.Embedded())
	if len(skipped) > 0 || len(docs) == 0 {
		tb.Fatalf("load embedded coverage: %d docs, skipped %v", len(docs), skipped)
	}
	return docs
}

// Library serves a fixed set of documents, as the loaded coverage does.
type Library []corpus.Document

// Documents returns the documents; none are skipped.
func (l Library) Documents() ([]corpus.Document, []corpus.Skipped) { return l, nil }

// Digester returns a digester over docs.
func Digester(tb testing.TB, docs []corpus.Document) *bot.Digester {
	tb.Helper()
	return bot.NewDigester(Library(docs))
}

// Bot indexes docs in a temporary index, removed when the test ends, and
// returns the answer engine over them.
func Bot(tb testing.TB, docs []corpus.Document) *bot.Bot {
	tb.Helper()
	idx, err := index.Open("")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { idx.Close() })
	if err := Index(context.Background(), idx, docs); err != nil {
		tb.Fatal(err)
	}
	return bot.New(idx)
}

// Index cuts docs into passages, tags their topics and aliases as the
// library does and puts them in idx, with the bot's thesaurus as the
// command does.
func Index(ctx context.Context, idx *index.Index, docs []corpus.Document) error {
	ids := make([]string, 0, len(docs))
	var passages []corpus.Passage
	for _, d := range docs {
		ids = append(ids, d.ID)
		passages = append(passages, d.Passages()...)
	}
	bot.Tag(passages)
	if err := idx.PutSynonyms(ctx, bot.Thesaurus()); err != nil {
		return err
	}
	return idx.Put(ctx, ids, passages)
}
