package bot_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
)

// FuzzAsk checks that no user text crashes the answer engine and that
// every answer keeps its promises: at most MaxExcerpts excerpts, each
// short, cited and distinct from the others, and a non-empty answer.
func FuzzAsk(f *testing.F) {
	for _, seed := range []string{
		"What is the safety clause?", "tariffs", "fund governance", "", "?", "   ",
		"who who who who", "$550", "U.S. U.S. U.S.", "\"[(", "Japan ‘s don ‘t",
		strings.Repeat("tariff ", 300), "日本の関税は?", "\x00\xff", "<!channel> @here",
		"What does NEXI stand for? What does JBIC stand for?",
		"latest on steel tariffs", "update on steel tariffs", // filler words dropped after the question was read
	} {
		f.Add("", seed)
	}
	for _, t := range bot.Topics {
		f.Add(t, "")
	}
	b, _ := tradeBot(f)
	f.Fuzz(func(t *testing.T, topic, question string) {
		ans, err := b.AskTopic(context.Background(), topic, question)
		if errors.Is(err, bot.ErrEmptyQuestion) {
			return
		}
		if err != nil {
			t.Fatalf("AskTopic(%q, %q): %v", topic, question, err)
		}
		if ans.Text == "" {
			t.Fatalf("empty answer text for %q", question)
		}
		if len(ans.Excerpts) > bot.MaxExcerpts {
			t.Fatalf("%d excerpts", len(ans.Excerpts))
		}
		for i, e := range ans.Excerpts {
			if len(e.Text) > corpus.MaxExcerpt || e.DocID == "" || e.Paragraph < 1 {
				t.Fatalf("excerpt %d broken: %+v", i, e)
			}
		}
	})
}
