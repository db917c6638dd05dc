package bot

import (
	"context"
	"fmt"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// AskBM25 is the baseline the answer engine is measured against: plain
// Bleve BM25 over the question's text, one paragraph a passage, the best
// three paragraphs as excerpts (clipped to an excerpt's length), never
// "not covered". `dealbot eval --bm25` scores it, so a change to the
// engine can be compared with what a search box alone would give on the
// same coverage.
func (b *Bot) AskBM25(ctx context.Context, question string) (Answer, error) {
	question = clip(question, MaxQuestion)
	hits, err := b.idx.Search(ctx, index.Query{Clauses: []index.Clause{{Text: question}}, Size: candidates})
	if err != nil {
		return Answer{}, fmt.Errorf("search: %w", err)
	}
	ans := Answer{Question: question, Covered: true}
	seen := map[string]bool{}
	for _, h := range hits {
		key := fmt.Sprint(h.DocID, "#", h.Paragraph)
		if seen[key] || len(ans.Excerpts) == MaxExcerpts {
			continue
		}
		seen[key] = true
		ans.Excerpts = append(ans.Excerpts, Excerpt{Text: corpus.Clip(h.Context, corpus.MaxExcerpt), Citation: h.Citation, Score: round(h.Score)})
	}
	if len(ans.Excerpts) > 0 {
		ans.Text = ans.Excerpts[0].Text
	}
	return ans, nil
}
