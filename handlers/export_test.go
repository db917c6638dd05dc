package handlers

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"time"

	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
)

// Test hooks: the clock, the acknowledgement window and the retry count
// are fixed in production and set by tests.

// SetClock makes a read the time from now (signatures, event ids).
func SetClock(a *SlackApp, now func() time.Time) {
	a.now = now
}

// SetAckWithin sets how long a slash command may take to answer in its
// acknowledgement.
func SetAckWithin(a *SlackApp, d time.Duration) { a.ackWithin = d }

// SetFollowUpLookup sets how long a follow-up may spend reading its
// conversation.
func SetFollowUpLookup(a *SlackApp, d time.Duration) { a.lookup = d }

// NewSlackClientRetries is NewSlackClient with a retry count.
func NewSlackClientRetries(token, apiURL string, log *slog.Logger, retries int) *slack.Client {
	cc := defaultClientConfig
	cc.retries = retries
	return newSlackClient(token, apiURL, log, cc)
}

// NewSlackClientTimeout is NewSlackClient with a shorter request timeout
// and back-off, for tests of a Slack that hangs.
func NewSlackClientTimeout(token, apiURL string, log *slog.Logger, timeout, backoff time.Duration) *slack.Client {
	cc := defaultClientConfig
	cc.requestTimeout, cc.backoff = timeout, backoff
	return newSlackClient(token, apiURL, log, cc)
}

// The renderers, as the JSON Slack receives.
func RenderAnswer(ans bot.Answer, slash bool) ([]byte, error) {
	return renderJSON(answerMessage(ans, slash))
}

func RenderAnswers(answers []bot.Answer, slash bool) ([]byte, error) {
	return renderJSON(answersMessage(answers, slash))
}

func RenderMore(ans bot.Answer, offset int) ([]byte, error) {
	return renderJSON(moreMessage(ans, askRef{Topic: ans.Topic, Question: ans.Question, Offset: offset}))
}

func RenderSources(docs []corpus.Document, skipped []corpus.Skipped) ([]byte, error) {
	return renderJSON(sourcesMessage(docs, skipped, true))
}

func RenderHelp() ([]byte, error) { return renderJSON(helpMessage(true)) }

func renderJSON(m message) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(m)
	return buf.Bytes(), err
}

// PlainText exposes the reading of incoming Slack text.
var PlainText = plainText

// Plural is "1 reply", "2 replies".
var Plural = plural

// TimestampBefore is before: whether one Slack timestamp is earlier than
// another.
var TimestampBefore = before
