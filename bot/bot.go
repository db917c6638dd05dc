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

// searcher is what the bot needs from an index.
type searcher interface {
	Search(ctx context.Context, q index.Query) ([]index.Hit, error)
	TermCounts(ctx context.Context, words []string) ([]int, error)
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
	Question string    `json:"question"`
	Topic    string    `json:"topic"`
	Covered  bool      `json:"covered"`
	Text     string    `json:"answer"`         // one sentence from the coverage, or a not-covered message
	Excerpts []Excerpt `json:"excerpts"`       // best first, at most MaxExcerpts
	More     []Excerpt `json:"more,omitempty"` // further excerpts for "More excerpts", at most MaxMore
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

// MaxMore is how many further excerpts an answer keeps for "More excerpts".
const MaxMore = 5

// MaxQuestion is the longest question text considered; the rest is cut.
const MaxQuestion = 500

// candidates is how many paragraphs the index returns, for their sentences
// to be re-ranked, and
// aliasHits how many paragraphs that define a question word it reads.
const candidates, aliasHits = 25, 8

// minSupport is the share of a question's weight that the best excerpts
// must say for the question to count as covered. Calibrated on the
// evaluation sets: answerable questions score 0.45 and above, questions
// about things the coverage never mentions (another country's goods, a
// sports final, the weather) 0.39 and below.
const minSupport = 0.42

// ErrEmptyQuestion is returned for a question with no words in it.
var ErrEmptyQuestion = errors.New("empty question")

// Ask answers a question from the whole coverage.
func (b *Bot) Ask(ctx context.Context, question string) (Answer, error) {
	return b.AskTopic(ctx, "", question)
}

// AskTopic answers a question within one topic; with topic "" the topic
// is detected from the question. With question "" it returns the topic's
// best passages (the "/deal tariffs" command and the digest ask this way).
func (b *Bot) AskTopic(ctx context.Context, topic, question string) (Answer, error) {
	question = clip(strings.TrimSpace(question), MaxQuestion)
	if !IsTopic(topic) {
		topic = ""
	}
	q := parseQuestion(question)
	if len(q.terms) == 0 && topic == "" && q.topic == "" {
		return Answer{}, ErrEmptyQuestion
	}
	if topic != "" && topic != q.topic {
		q.topic, q.terse = topic, false
	}
	ans := Answer{Question: question, Topic: q.topic}
	if err := b.expandAliases(ctx, &q); err != nil {
		return Answer{}, err
	}
	if err := b.weigh(ctx, &q); err != nil {
		return Answer{}, err
	}
	hits, err := b.idx.Search(ctx, retrieval(&q))
	if err != nil {
		return Answer{}, fmt.Errorf("search candidates: %w", err)
	}
	cands := rank(&q, hits, b.analyses)
	if len(cands) == 0 || (!q.topicOnly() && (q.absent || !answered(cands))) {
		ans.Text = notCovered
		return ans, nil
	}
	ex := cluster(cands, MaxExcerpts+MaxMore, !q.topicOnly())
	ans.Covered = true
	ans.Excerpts = ex[:min(len(ex), MaxExcerpts)]
	if len(ex) > MaxExcerpts {
		ans.More = ex[MaxExcerpts:]
	}
	ans.Text = ans.Excerpts[0].Text
	return ans, nil
}

// weigh looks up how many passages use each question word (and its
// synonyms) and weighs the words by it.
func (b *Bot) weigh(ctx context.Context, q *question) error {
	n, err := b.idx.Count()
	if err != nil {
		return fmt.Errorf("count passages: %w", err)
	}
	words := q.lookupWords()
	counts, err := b.idx.TermCounts(ctx, words)
	if err != nil {
		return fmt.Errorf("count question words: %w", err)
	}
	byWord := make(map[string]int, len(words))
	for i, w := range words {
		byWord[w] = counts[i]
	}
	q.weigh(int(n), byWord)
	return nil
}

// answered reports whether one of the excerpts that would be shown
// answers the question: says enough of it, all its key content in one
// place, and a time if it asks when, a figure if it asks how much.
func answered(cands []candidate) bool {
	for _, c := range cands[:min(len(cands), MaxExcerpts)] {
		if c.support >= minSupport && c.together && c.fits {
			return true
		}
	}
	return false
}

// notCovered is the answer when the coverage does not answer a question;
// it says what the coverage does cover.
var notCovered = "The coverage I have doesn't answer that. It covers these topics: " +
	strings.Join(Topics, ", ") + "."

// retrieval is the index query that finds candidate passages: the
// question's words (Bleve expands single-word synonyms), multi-word
// synonyms and learned aliases as phrases, and the topic. A question that
// is only a topic is limited to the topic's passages, best first those
// whose paragraph has the most sentences on it (the index counts a topic
// once per tagged sentence); the ranking then prefers those most about it.
func retrieval(q *question) index.Query {
	var words []string
	for _, t := range q.terms {
		words = append(words, t.word)
		if t.alt != "" {
			words = append(words, t.alt)
		}
	}
	text := strings.Join(words, " ")
	iq := index.Query{Size: candidates}
	if text != "" {
		iq.Clauses = append(iq.Clauses,
			index.Clause{Text: text, Boost: 1},
			index.Clause{Field: "section", Text: text, Boost: 0.3},
			// A sentence that says "this clause" for "safety clause".
			index.Clause{Field: "aliases", Text: text, Boost: 0.1},
		)
	}
	seen := map[string]bool{}
	for _, t := range q.terms {
		for _, ph := range t.expand {
			if !seen[ph.text] {
				seen[ph.text] = true
				iq.Clauses = append(iq.Clauses, index.Clause{Text: ph.text, Phrase: true, Boost: 1})
			}
		}
		for _, ci := range t.concepts {
			for _, ph := range defaultLexicon.concepts[ci].phrases {
				if !seen[ph.text] {
					seen[ph.text] = true
					iq.Clauses = append(iq.Clauses, index.Clause{Text: ph.text, Phrase: true, Boost: 0.5})
				}
			}
		}
	}
	if q.topic != "" {
		iq.Clauses = append(iq.Clauses, index.Clause{Field: "topics", Text: q.topic, Boost: 0.5, Required: q.topicOnly()})
	}
	return iq
}

// expandAliases looks up what the coverage says the question's names
// mean (acronyms, people's roles) and the names of what it describes, and
// adds each as an expansion of the term that asked for it.
func (b *Bot) expandAliases(ctx context.Context, q *question) error {
	if len(q.terms) == 0 {
		return nil
	}
	var words []string
	for _, t := range q.terms {
		words = append(words, t.word)
	}
	hits, err := b.idx.Search(ctx, index.Query{
		Clauses: []index.Clause{{Field: "aliases", Text: strings.Join(words, " ")}},
		Size:    aliasHits,
	})
	if err != nil {
		return fmt.Errorf("look up aliases: %w", err)
	}
	qstems := make([]string, len(q.terms))
	for i, t := range q.terms {
		qstems[i] = t.stem
	}
	for _, h := range hits {
		for _, a := range h.Aliases {
			if isReference(a) {
				continue // what a passage's "this clause" means is for ranking that passage
			}
			name, meaning := stems(a.Name), stems(a.Meaning)
			switch {
			case len(name) == 0 || len(meaning) == 0:
			case q.mentions(a.Name):
				q.addExpansion(name[len(name)-1], newPhrase(a.Meaning))
			case roleAsked(qstems, meaning):
				for _, s := range meaning {
					q.addExpansion(s, newPhrase(a.Name))
				}
			}
		}
	}
	return nil
}

// roleAsked reports whether a question names a role or long form: all its
// content words when it has one or two, two or more otherwise.
func roleAsked(qstems, meaning []string) bool {
	n := 0
	for _, s := range meaning {
		if contains(qstems, s) {
			n++
		}
	}
	return n == len(meaning) || (len(meaning) > 2 && n >= 2)
}

// addExpansion records that the term with stem s may be said as ph.
func (q *question) addExpansion(s string, ph phrase) {
	for i := range q.terms {
		if q.terms[i].stem != s {
			continue
		}
		for _, e := range q.terms[i].expand {
			if e.text == ph.text {
				return
			}
		}
		q.terms[i].expand = append(q.terms[i].expand, ph)
	}
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
