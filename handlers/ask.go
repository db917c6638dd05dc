package handlers

import (
	"context"
	"errors"
	"time"

	"github.com/dealbot/dealbot/bot"
)

// asked returns the questions a command asks, each answered on its own:
// those of a message of several questions (see bot.Questions), or the
// one question of a topic command.
func asked(cmd Command) []string {
	if cmd.Topic != "" {
		return []string{cmd.Question}
	}
	return bot.Questions(cmd.Question)
}

// answerAll answers each question cmd asks (see asked), counting each in
// m for surface. A question with no words is skipped; none answered, with
// no error, means the command asked nothing. The first failure ends it.
func answerAll(ctx context.Context, b answerer, m *Metrics, surface string, cmd Command) ([]bot.Answer, error) {
	var answers []bot.Answer
	for _, q := range asked(cmd) {
		start := time.Now()
		ans, err := b.AskTopic(ctx, cmd.Topic, q)
		if errors.Is(err, bot.ErrEmptyQuestion) {
			continue
		}
		m.Question(surface, ans, err, time.Since(start))
		if err != nil {
			return nil, err
		}
		answers = append(answers, ans)
	}
	return answers, nil
}
