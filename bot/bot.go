// Package bot turns a question into an Answer: a direct answer sentence
// and numbered, cited excerpts from the coverage, or an honest "not
// covered". It knows nothing of Slack; handlers render its answers.
package bot

import (
	"context"
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// searcher is what the bot needs from an index.
type searcher interface {
	Search(ctx context.Context, q index.Query) ([]index.Hit, error)
	Matches(ctx context.Context, q index.Query) (bool, error)
	TermCounts(ctx context.Context, words []string) ([]int, error)
	Spelling(ctx context.Context, word string) (string, int, error)
	Count() (uint64, error)
}

// Bot answers questions from the passages of an index.
type Bot struct {
	idx      searcher
	analyses *analysisCache
}

// New returns a Bot that searches idx. The index's passages should have
// been tagged with Tag.
func New(idx searcher) *Bot {
	return &Bot{idx: idx, analyses: newAnalysisCache(maxAnalyses)}
}

// Answer is what the bot says about one question.
type Answer struct {
	Question string `json:"question"`
	Topic    string `json:"topic"`
	Covered  bool   `json:"covered"`
	// Partial: the coverage answers the general question but not its
	// specific; Text says what it does not give and quotes the closest.
	Partial bool `json:"partial,omitempty"`
	// SourcesDiffer: the excerpts give different versions (figures, or
	// claims from different sources) of what was asked; each is cited.
	SourcesDiffer bool   `json:"sources_differ,omitempty"`
	Text          string `json:"answer"` // one sentence from the coverage, after Note; or a not-covered message
	// Note, when there is one, is what the answer says before the first
	// excerpt: how a slip of the keyboard was read, then "Sources differ."
	// or what the coverage does not give.
	Note     string    `json:"note,omitempty"`
	Excerpts []Excerpt `json:"excerpts"`       // best first, at most MaxExcerpts
	More     []Excerpt `json:"more,omitempty"` // further excerpts for "More excerpts", at most MaxMore
}

// Excerpt is one verbatim passage with its citation.
type Excerpt struct {
	Text string `json:"text"`
	corpus.Citation
	Score  float64           `json:"score"`
	AlsoIn []corpus.Citation `json:"also_in,omitempty"` // near-identical passages elsewhere
	// others are the sources among AlsoIn whose near-identical sentence
	// gives another figure (see cluster); the answer names them.
	others []otherFigures
}

// MaxExcerpts is how many excerpts an answer shows.
const MaxExcerpts = 3

// MaxMore is how many further excerpts an answer keeps for "More excerpts".
const MaxMore = 5

// MaxQuestion is the longest question text considered; the rest is cut.
const MaxQuestion = 500

// ErrEmptyQuestion is returned for a question with no words in it.
var ErrEmptyQuestion = errors.New("empty question")

// read analyses a question's text within topic ("" to detect it): its
// words, their other forms and names, and their weights.
func (b *Bot) read(ctx context.Context, topic, text string) (question, error) {
	q := parseQuestion(text)
	if len(q.terms) == 0 && topic == "" && q.topic == "" {
		return question{}, ErrEmptyQuestion
	}
	if topic != "" && topic != q.topic {
		q.topic, q.terse = topic, false
	}
	q.expandMorphology()
	if err := b.expandAliases(ctx, &q); err != nil {
		return question{}, err
	}
	if err := b.weigh(ctx, &q); err != nil {
		return question{}, err
	}
	if err := b.splitCompounds(ctx, &q); err != nil {
		return question{}, err
	}
	return q, nil
}

// Ask answers a question from the whole coverage.
func (b *Bot) Ask(ctx context.Context, question string) (Answer, error) {
	return b.AskTopic(ctx, "", question)
}

// AskTopic answers a question within one topic; with topic "" the topic
// is detected from the question. With question "" it returns the topic's
// best passages (the "/deal tariffs" command and the digest ask this way).
func (b *Bot) AskTopic(ctx context.Context, topic, question string) (Answer, error) {
	// Runs of spaces are one space, and blank lines none: the answer does
	// not depend on how the question was typed. A line break stays: it
	// sets a question apart from the lines around it (see clauses).
	question = clip(oneSpaced(question), MaxQuestion)
	q, slips, err := b.understand(ctx, topic, question)
	if err != nil {
		return Answer{}, err
	}
	ans := Answer{Question: question, Topic: q.topic}
	cands, g, err := b.search(ctx, &q)
	if err != nil {
		return Answer{}, err
	}
	if len(cands) == 0 || g.verdict == notAnswered {
		covered, err := b.coveredTopics(ctx)
		if err != nil {
			return Answer{}, err
		}
		ans.Text = notCoveredText(covered)
		return ans, nil
	}
	if g.best > 0 {
		// The candidate that answers leads, whatever ranked above it.
		best := cands[g.best]
		copy(cands[1:g.best+1], cands[:g.best])
		cands[0] = best
	}
	if err := b.namedFirst(ctx, &q, cands); err != nil {
		return Answer{}, err
	}
	// Sources' versions are shown for an answer, and for a count of
	// something else: shown without them, the best-ranked source's count
	// hid another's that was the answer.
	differ := false
	if g.verdict == answeredFully || g.lacks == lackCount {
		differ = versions(&q, cands)
	}
	// For an answer in part, which versions skips, a revised figure of
	// the latest value asked for goes before the one it revised.
	if g.verdict == partly && q.kinds&figureAnswers != 0 && latestAsked.MatchString(q.text) {
		latestFirst(&q, cands[:min(len(cands), MaxExcerpts)])
	}
	carryOn(&q, g, &cands[0])
	// Only the candidates that can fill the excerpts shown and "More"
	// are carried on: carrying on every candidate, which cluster may
	// reach when it folds some, moved no answer on any set (round
	// twenty-two) and reads a paragraph for each.
	for i := 1; i < min(len(cands), MaxExcerpts+MaxMore); i++ {
		carryOnBelow(&q, g, &cands[i])
	}
	ex := cluster(cands, MaxExcerpts+MaxMore, !q.topicOnly(), q.kinds&figureAnswers != 0)
	if g.lacks == lackCount && q.countedFirst(cands, ex[0].Text) {
		// Another source's version, or the sentence with the one after
		// it, shown first, counts the thing asked about.
		g = grounded{verdict: answeredFully, best: 0}
	}
	ans.Covered = true
	ans.Excerpts = ex[:min(len(ex), MaxExcerpts)]
	if len(ex) > MaxExcerpts {
		ans.More = ex[MaxExcerpts:]
	}
	if others := othersNote(ans.Excerpts); differ || others != "" {
		ans.SourcesDiffer = true
		ans.Note = strings.TrimSpace("Sources differ. " + others)
	}
	if g.verdict == partly {
		ans.Partial = true
		if g.lacks != lackNothing {
			ans.Note = strings.TrimSpace(ans.Note + " " + lackNote(&q, g.lacks))
		} else {
			ans.Note = partialNote(&q, g.missing)
		}
	}
	ans.Note = strings.TrimSpace(slipNote(slips, ans.Excerpts) + " " + ans.Note)
	ans.Text = strings.TrimSpace(ans.Note + " " + ans.Excerpts[0].Text)
	return ans, nil
}

// understand reads a question as the coverage writes its words: its
// terms weighed, its slips of spelling corrected (returned, for the
// answer's note), and the outlets it names as bylines marked.
func (b *Bot) understand(ctx context.Context, topic, text string) (question, []slip, error) {
	if !IsTopic(topic) {
		topic = ""
	}
	q, err := b.read(ctx, topic, questionOf(text))
	if err != nil {
		return question{}, nil, err
	}
	fixed, slips, err := b.respellText(ctx, &q)
	if err != nil {
		return question{}, nil, err
	}
	if fixed != q.text {
		if q, err = b.read(ctx, topic, fixed); err != nil {
			return question{}, nil, err
		}
	}
	more, err := b.correctSlips(ctx, &q)
	if err != nil {
		return question{}, nil, err
	}
	slips = append(slips, more...)
	if q.markCited() {
		if err := b.weigh(ctx, &q); err != nil {
			return question{}, nil, err
		}
	}
	return q, slips, nil
}

// oneSpaced returns s with each line's runs of white space as one space,
// its lines trimmed, and blank lines dropped.
func oneSpaced(s string) string {
	var lines []string
	for l := range strings.Lines(s) {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// clip cuts s to at most n bytes on a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	for !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}
