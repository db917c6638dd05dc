package bot_test

import (
	"context"
	"os"
	"testing"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/bot/bottest"
	"github.com/dealbot/dealbot/corpus"
)

// BenchmarkDigest builds a first digest of the synthetic coverage that
// "dealbot gen-corpus" writes, 300 documents: every figure, change and
// difference of the whole coverage is compared.
func BenchmarkDigest(b *testing.B) {
	dir := b.TempDir()
	if err := corpus.WriteSynthetic(dir, 300, 1, corpus.Realistic); err != nil {
		b.Fatal(err)
	}
	docs, _ := corpus.Load(os.DirFS(dir))
	dg := bot.NewDigester(bottest.Library(docs))
	b.ResetTimer()
	for b.Loop() {
		if _, err := dg.Digest(context.Background(), day, nil); err != nil {
			b.Fatal(err)
		}
	}
}
