package bot

// How the bot read a question and ranked the coverage for it, for the
// people who work on the answers (`dealbot ask --explain`): the same
// reading, search and grounding Ask does, laid open. It is never shown
// in Slack.

import (
	"context"
	"slices"
)

// Explanation is how a question was read and the coverage ranked for it.
type Explanation struct {
	Question string          `json:"question"`
	Terms    []ExplainedTerm `json:"terms"`
	// Verdict is "answered", "in part" or "not covered", as ground
	// decided before the excerpts were chosen.
	Verdict string `json:"verdict"`
	// Rule names the check of ground that decided the verdict ("closest:
	// key words missing", "a thing the coverage never names", …).
	Rule string `json:"rule,omitempty"`
	// Best is the index in Candidates of the candidate that answers or
	// comes closest, which Ask shows first unless another source's
	// version or a later revision goes before it; -1 for none. It may
	// lie beyond the candidates listed, when fewer were asked for.
	Best int `json:"best"`
	// Missing are the question's words the answer in part does not give.
	Missing    []string             `json:"missing,omitempty"`
	Candidates []ExplainedCandidate `json:"candidates"`
}

// ExplainedTerm is one word of the question as the ranking weighs it.
type ExplainedTerm struct {
	Word    string  `json:"word"`
	Weight  float64 `json:"weight"`
	Key     bool    `json:"key"`      // an answer in full must say it (see isKey)
	Focus   bool    `json:"focus"`    // the thing a "which X" or "how much X" question asks about
	DocFreq int     `json:"doc_freq"` // the passages that say it
}

// ExplainedCandidate is one ranked sentence, best first.
type ExplainedCandidate struct {
	Text      string    `json:"text"`
	DocID     string    `json:"doc_id"`
	Paragraph int       `json:"paragraph"`
	Score     float64   `json:"score"`   // the sum of its features
	Support   float64   `json:"support"` // the share of the question it answers (see minSupport)
	Answers   bool      `json:"answers"` // it answers in full, by itself
	Missing   []string  `json:"missing,omitempty"`
	Features  []Feature `json:"features"`
}

// Feature is one weighted part of a candidate's score.
type Feature struct {
	Name  string  `json:"name"`
	Value float64 `json:"value"`
}

// Explain reads question as Ask does and returns its terms, the verdict
// and its best n candidates (all when n <= 0), in ranked order.
func (b *Bot) Explain(ctx context.Context, question string, n int) (Explanation, error) {
	question = clip(oneSpaced(question), MaxQuestion)
	q, _, err := b.understand(ctx, "", question)
	if err != nil {
		return Explanation{}, err
	}
	cands, g, err := b.search(ctx, &q)
	if err != nil {
		return Explanation{}, err
	}
	ex := Explanation{Question: question, Verdict: g.verdict.String(), Rule: g.rule, Best: g.best, Missing: q.words(g.missing)}
	if len(cands) == 0 {
		ex.Verdict, ex.Rule, ex.Best = notAnswered.String(), ruleNothingFound, -1
	}
	for i, t := range q.terms {
		ex.Terms = append(ex.Terms, ExplainedTerm{Word: t.word, Weight: t.weight, Key: slices.Contains(q.key, i), Focus: t.focus, DocFreq: t.df})
	}
	if n > 0 && len(cands) > n {
		cands = cands[:n]
	}
	for _, c := range cands {
		parts := c.features.parts()
		ex.Candidates = append(ex.Candidates, ExplainedCandidate{
			Text: c.text, DocID: c.hit.DocID, Paragraph: c.hit.Paragraph,
			Score: c.score, Support: c.support, Answers: c.answers(),
			Missing: q.words(c.missing), Features: parts[:],
		})
	}
	return ex, nil
}

// words returns the question's words at the term indices.
func (q *question) words(terms []int) []string {
	var out []string
	for _, i := range terms {
		out = append(out, q.terms[i].word)
	}
	return out
}

// String names a verdict as Explain reports it.
func (v verdict) String() string {
	switch v {
	case answeredFully:
		return "answered"
	case partly:
		return "in part"
	}
	return "not covered"
}
