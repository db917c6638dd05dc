// Package bot turns a question into an Answer: a direct answer sentence
// and numbered, cited excerpts from the coverage, or an honest "not
// covered". It knows nothing of Slack; handlers render its answers.
package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// searcher is the one thing the bot needs from an index.
type searcher interface {
	Search(ctx context.Context, q index.Query) ([]index.Hit, error)
}

// Bot answers questions from the passages of an index.
type Bot struct {
	idx searcher
}

// New returns a Bot that searches idx.
func New(idx searcher) *Bot {
	return &Bot{idx: idx}
}

// Answer is what the bot says about one question.
type Answer struct {
	Question string    `json:"question"`
	Topic    string    `json:"topic"`
	Covered  bool      `json:"covered"`
	Text     string    `json:"answer"`         // one sentence from the coverage, or a not-covered message
	Excerpts []Excerpt `json:"excerpts"`       // best first, at most MaxExcerpts
	More     []Excerpt `json:"more,omitempty"` // further excerpts for "More excerpts"
}

// Excerpt is one verbatim passage with its citation.
type Excerpt struct {
	Text string `json:"text"`
	corpus.Citation
	Score  float64           `json:"score"`
	AlsoIn []corpus.Citation `json:"also_in,omitempty"` // near-identical passages elsewhere
}

// MaxExcerpts is how many excerpts an answer shows.
const MaxExcerpts = 3

// MaxQuestion is the longest question text considered; the rest is cut.
const MaxQuestion = 500

// ErrEmptyQuestion is returned for a question with no words in it.
var ErrEmptyQuestion = errors.New("empty question")

// Ask answers a question from the whole coverage.
func (b *Bot) Ask(ctx context.Context, question string) (Answer, error) {
	return b.AskTopic(ctx, "", question)
}

// AskTopic answers a question within one topic; with topic "" the topic
// is detected from the question.
func (b *Bot) AskTopic(ctx context.Context, topic, question string) (Answer, error) {
	question = strings.TrimSpace(question)
	if len(question) > MaxQuestion {
		question = question[:MaxQuestion]
		for !utf8.ValidString(question) {
			question = question[:len(question)-1]
		}
	}
	terms := contentTerms(question)
	if len(terms) == 0 && topic == "" {
		return Answer{}, ErrEmptyQuestion
	}
	ans := Answer{Question: question, Topic: topic}
	q := index.Query{Size: 30}
	text := strings.Join(terms, " ")
	if text != "" {
		q.Clauses = append(q.Clauses,
			index.Clause{Text: text, Boost: 1},
			index.Clause{Field: "context", Text: text, Boost: 0.3},
			index.Clause{Field: "section", Text: text, Boost: 0.3},
		)
	}
	hits, err := b.idx.Search(ctx, q)
	if err != nil {
		return Answer{}, fmt.Errorf("answer %q: %w", question, err)
	}
	ans.Excerpts = dedupe(hits)
	if len(ans.Excerpts) > MaxExcerpts {
		ans.More = ans.Excerpts[MaxExcerpts:]
		ans.Excerpts = ans.Excerpts[:MaxExcerpts]
	}
	if len(ans.Excerpts) == 0 {
		ans.Text = "The coverage doesn't say."
		return ans, nil
	}
	ans.Covered = true
	ans.Text = ans.Excerpts[0].Text
	return ans, nil
}

// dedupe folds near-identical passages (the same sentence in two editions)
// into the best-scoring one, which lists the others in AlsoIn.
func dedupe(hits []index.Hit) []Excerpt {
	var out []Excerpt
	var toks []map[string]bool
next:
	for _, h := range hits {
		t := tokenSet(h.Text)
		for i := range out {
			if NearDuplicate(t, toks[i]) {
				out[i].AlsoIn = append(out[i].AlsoIn, h.Citation)
				continue next
			}
		}
		out = append(out, Excerpt{Text: h.Text, Citation: h.Citation, Score: h.Score})
		toks = append(toks, t)
	}
	return out
}
