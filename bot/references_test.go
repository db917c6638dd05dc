package bot_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
)

// longRecord is one Markdown document of n short paragraphs, each with a
// reference ("the fund") that no earlier mention resolves, the case that
// made resolving references scan the whole document back each time.
func longRecord(tb testing.TB, n int) []corpus.Passage {
	tb.Helper()
	var b strings.Builder
	b.WriteString("---\ntitle: A long record\n---\n\n")
	heads := []string{"fund", "clause", "tariff", "committee", "agreement", "proposal", "ministry", "report"}
	for i := range n {
		fmt.Fprintf(&b, "Day %d: the %s met. The panel%d agreed on it.\n\n", i, heads[i%len(heads)], i%97)
	}
	d, err := corpus.Parse("long.md", []byte(b.String()))
	if err != nil {
		tb.Fatal(err)
	}
	return d.Passages()
}

// tagCost tags the passages of a document of n paragraphs, best of
// three, and returns the time and the bytes allocated.
func tagCost(tb testing.TB, n int) (time.Duration, uint64) {
	tb.Helper()
	best := time.Duration(1<<63 - 1)
	var heap uint64
	for range 3 {
		ps := longRecord(tb, n)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		bot.Tag(ps)
		best = min(best, time.Since(start))
		runtime.ReadMemStats(&after)
		heap = after.TotalAlloc - before.TotalAlloc
	}
	return best, heap
}

// TestTagIsLinear: tagging (topics, aliases and references) a document of
// 45,000 paragraphs costs about 4.5 times what 10,000 cost, not the 20
// times it did when each unresolved reference scanned the document back.
// The bound allows twice the linear cost for noise; the memory allocated
// grows linearly too.
func TestTagIsLinear(t *testing.T) {
	if testing.Short() || raceDetector {
		t.Skip("compares running times: run without -race and -short")
	}
	t10, h10 := tagCost(t, 10000)
	t45, h45 := tagCost(t, 45000)
	t.Logf("10,000 paragraphs: %v, %d KiB allocated; 45,000: %v, %d KiB allocated", t10, h10>>10, t45, h45>>10)
	if t45 > 9*t10 {
		t.Errorf("45,000 paragraphs took %.1f× the time of 10,000, want at most 9× (linear is 4.5×)", float64(t45)/float64(t10))
	}
	if h45 > 6*h10 {
		t.Errorf("45,000 paragraphs allocated %.1f× the memory of 10,000, want at most 6× (linear is 4.5×)", float64(h45)/float64(h10))
	}
}
