package handlers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the tests' zones, wherever they run

	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/bot/bottest"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/handlers"
)

// newDigester returns a digester with a real bot over docs, or over the
// embedded coverage when docs is nil.
func newDigester(tb testing.TB, coverage []corpus.Document) *bot.Digester {
	tb.Helper()
	if coverage == nil {
		return bot.NewDigester(docs{}, realBot(tb))
	}
	return bottest.Digester(tb, coverage)
}

func mustZone(tb testing.TB, name string) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		tb.Fatal(err)
	}
	return loc
}

func TestDigestGolden(t *testing.T) {
	now := time.Date(2025, time.July, 24, 9, 0, 0, 0, mustZone(t, "Asia/Tokyo"))
	d, err := newDigester(t, nil).Digest(context.Background(), now, nil)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("Text", func(t *testing.T) {
		var out bytes.Buffer
		handlers.WriteDigest(&out, d)
		golden(t, "digest.golden", out.Bytes())
	})

	t.Run("BlockKit", func(t *testing.T) {
		blocks := handlers.DigestBlocks(d)
		golden(t, "digest-blocks.golden", blocksJSON(t, blocks))
		assertBlockLimits(t, blocks)
	})

	t.Run("Summary", func(t *testing.T) {
		got := handlers.DigestSummary(d)
		want := "Japan–US trade deal digest for Thursday 24 July 2025: 1 new article, 4 key figures, 3 open questions."
		if got != want {
			t.Errorf("summary = %q, want %q", got, want)
		}
	})
}

// blocksJSON is blocks as Slack receives them, indented, with & < > as
// they are rather than as JSON's \u0026 escapes.
func blocksJSON(tb testing.TB, blocks []slack.Block) []byte {
	tb.Helper()
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(blocks); err != nil {
		tb.Fatal(err)
	}
	return out.Bytes()
}

// assertBlockLimits checks Slack's limits: at most 50 blocks, a header of
// at most 150 characters, section text of at most 3000.
func assertBlockLimits(t *testing.T, blocks []slack.Block) {
	t.Helper()
	if len(blocks) > 50 {
		t.Errorf("%d blocks, over Slack's 50", len(blocks))
	}
	for i, b := range blocks {
		switch b := b.(type) {
		case *slack.HeaderBlock:
			if n := len([]rune(b.Text.Text)); n > 150 {
				t.Errorf("block %d: header of %d characters", i, n)
			}
		case *slack.SectionBlock:
			if n := len([]rune(b.Text.Text)); n > 3000 || n == 0 {
				t.Errorf("block %d: section text of %d characters", i, n)
			}
		}
	}
}

func TestDigestBlocksLimitsAndEscaping(t *testing.T) {
	hostile := "Tariffs <!channel> & <https://evil.example|click> at 15% rate <@U123>"
	var docs []corpus.Document
	for i := range 15 {
		text := fmt.Sprintf("%s %d\n\n%s for wire %d; officials said it remains unclear whether the %d%% tariff on item %d applies.\n",
			strings.Repeat("Long headline ", 20), i, hostile, i, i+1, i)
		doc, err := corpus.Parse(fmt.Sprintf("wire-%02d.txt", i), []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		doc.URL = "https://example.com/a?b=1&c=<x>"
		docs = append(docs, doc)
	}
	d, err := newDigester(t, docs).Digest(context.Background(), time.Date(2025, 1, 2, 9, 0, 0, 0, time.UTC), nil)
	if err != nil {
		t.Fatal(err)
	}
	blocks := handlers.DigestBlocks(d)
	assertBlockLimits(t, blocks)
	out := blocksJSON(t, blocks)
	for _, bad := range []string{"<!channel>", "<https://evil", "<@U123>", "&c=<x>"} {
		if bytes.Contains(out, []byte(bad)) {
			t.Errorf("rendered blocks contain %q unescaped", bad)
		}
	}
	if !bytes.Contains(out, []byte("&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;")) {
		t.Error("corpus text not shown escaped")
	}
	if !strings.Contains(handlers.DigestSummary(d), "15 new articles") {
		t.Errorf("summary %q does not count every new article", handlers.DigestSummary(d))
	}
}
