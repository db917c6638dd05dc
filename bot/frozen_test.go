package bot_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFrozenSetsBeatBM25 runs the held-out sets of testdata/frozen (written
// before any tuning and never tuned on: see their README) and checks the
// one claim that must hold on coverage nobody fitted the engine to: it
// puts the answer first at least as often as plain BM25 does, and refuses
// more of the questions the coverage does not answer (BM25 refuses none).
// The scores are logged, for docs/answers.md.
func TestFrozenSetsBeatBM25(t *testing.T) {
	sets, err := filepath.Glob("testdata/frozen/*-questions.jsonl")
	if err != nil || len(sets) < 2 {
		t.Fatalf("want at least two frozen sets, found %v (%v)", sets, err)
	}
	for _, set := range sets {
		name := strings.TrimSuffix(filepath.Base(set), "-questions.jsonl")
		t.Run(name, func(t *testing.T) {
			b, _ := newBot(t, os.DirFS(filepath.Join("testdata/frozen", name)))
			qs := readSet(t, set)
			ctx := context.Background()
			engine, err := b.Evaluate(ctx, qs)
			if err != nil {
				t.Fatal(err)
			}
			bm25, err := b.EvaluateBM25(ctx, qs)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("engine %s; %s", engine, engine.Errors())
			t.Logf("bm25   %s", bm25)
			if engine.Top1 < bm25.Top1 {
				t.Errorf("top1 %d, below BM25's %d", engine.Top1, bm25.Top1)
			}
			if engine.Abstained <= bm25.Abstained {
				t.Errorf("refused %d of %d, no more than BM25's %d", engine.Abstained, engine.Abstainable, bm25.Abstained)
			}
			if engine.Dup != 0 || engine.Long != 0 {
				t.Errorf("dup %d, long %d; want 0", engine.Dup, engine.Long)
			}
		})
	}
}
