package handlers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
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

// newDigester returns a digester over docs, or over the embedded
// coverage when docs is nil.
func newDigester(tb testing.TB, coverage []corpus.Document) *bot.Digester {
	tb.Helper()
	if coverage == nil {
		realBot(tb) // loads the embedded coverage
		return bot.NewDigester(docs{})
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
		want := fmt.Sprintf("Japan–US trade deal digest for Thursday 24 July 2025: 1 new article, %s, %s, %s.",
			plural(len(d.Changes), "change"), plural(len(d.Figures), "key figure"), plural(len(d.Questions), "open question"))
		if got != want {
			t.Errorf("summary = %q, want %q", got, want)
		}
	})
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// TestDigestCoveragePackGolden renders the digest of the embedded article
// and the four reports of the coverage pack (bot/testdata/coverage-pack,
// a copy of the shared pack), as "dealbot digest" prints and posts it.
func TestDigestCoveragePackGolden(t *testing.T) {
	pack, skipped := corpus.Load(os.DirFS("../bot/testdata/coverage-pack"))
	if len(skipped) > 0 || len(pack) != 4 {
		t.Fatalf("coverage pack: %d documents, skipped %v", len(pack), skipped)
	}
	coverage := append(bottest.Embedded(t), pack...)
	now := time.Date(2025, time.September, 20, 9, 0, 0, 0, mustZone(t, "Asia/Tokyo"))
	d, err := newDigester(t, coverage).Digest(context.Background(), now, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	handlers.WriteDigest(&out, d)
	text := out.String()

	t.Run("Text", func(t *testing.T) {
		golden(t, "digest-coverage-pack.golden", out.Bytes())
	})
	t.Run("BlockKit", func(t *testing.T) {
		blocks := handlers.DigestBlocks(d)
		golden(t, "digest-coverage-pack-blocks.golden", blocksJSON(t, blocks))
		assertBlockLimits(t, blocks)
		js := string(blocksJSON(t, blocks))
		for _, title := range []string{"New coverage", "What changed", "Sources differ", "Key figures", "By topic", "Open questions"} {
			if !strings.Contains(text, strings.ToUpper(title)) || !strings.Contains(js, "*"+title+"*") {
				t.Errorf("section %q missing from the text or the blocks", title)
			}
		}
	})
	t.Run("NewCoverageNewestFirstWithDates", func(t *testing.T) {
		section := sectionOf(text, "NEW COVERAGE")
		var dates []string
		for _, l := range strings.Split(strings.TrimSpace(section), "\n") {
			dates = append(dates, strings.SplitN(strings.TrimPrefix(l, "• "), " — ", 2)[0])
		}
		want := []string{"15 Sep 2025", "8 Sep 2025", "5 Aug 2025", "26 Jul 2025", "undated"}
		if strings.Join(dates, "|") != strings.Join(want, "|") {
			t.Errorf("new coverage dates = %q, want %q", dates, want)
		}
	})
	t.Run("WhatChanged", func(t *testing.T) {
		section := sectionOf(text, "WHAT CHANGED")
		for _, want := range []string{"27.5% → 15%", "$400 billion → $550 billion"} {
			if !strings.Contains(section, want) {
				t.Errorf("what changed lacks %q:\n%s", want, section)
			}
		}
	})
	t.Run("SourcesDiffer", func(t *testing.T) {
		section := sectionOf(text, "SOURCES DIFFER")
		for _, want := range []string{"90% of the profits", "how much risk it carries", "Financial Times", "New York Times"} {
			if !strings.Contains(section, want) {
				t.Errorf("sources differ lacks %q:\n%s", want, section)
			}
		}
	})
	t.Run("NoFragmentLabels", func(t *testing.T) {
		section := sectionOf(text, "KEY FIGURES")
		if strings.Contains(section, "Only 1%") || strings.Contains(section, "— Receive") || strings.Contains(section, "Raised the fund") {
			t.Errorf("a key figure is labelled by a fragment:\n%s", section)
		}
	})
	t.Run("NoStatementAsQuestion", func(t *testing.T) {
		if section := sectionOf(text, "OPEN QUESTIONS"); strings.Contains(section, "His announcement came") {
			t.Errorf("a statement is listed as an open question:\n%s", section)
		}
	})
}

// sectionOf is the lines of one section of a text digest.
func sectionOf(text, title string) string {
	_, rest, ok := strings.Cut(text, "\n"+title+"\n")
	if !ok {
		return ""
	}
	body, _, _ := strings.Cut(rest, "\n\n")
	return body
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
