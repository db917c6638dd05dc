package bot

// Stage 7 (cite): the answer's first excerpt carried on into the sentence
// after it.

import (
	"strings"

	"github.com/dealbot/dealbot/corpus"
)

// carryOn shows the answer's first excerpt, c, with the sentence after
// it in its paragraph when c does not itself hold the kind of answer q
// asks for (a figure, a name, a date, a reason; any sentence for a
// question of no such kind) and the two fit in one excerpt. News often
// puts what a sentence announces in the next one: the speaker, then the
// quote ("Senator Tom Aldridge … was more cautious." "A pledge is not a
// purchase order," he said); the change, then its reason ("The ministry
// said the increase came after …"). Round sixteen: never-tuned top1 +13,
// top3 +4, nothing lower but one set's top3 (−1); carrying on after every
// first excerpt won 6 more first answers but made a first excerpt of over
// 300 characters two and a half times as common.
//
// Not for a topic's best passages, which stay single sentences, nor for
// a count of something else, whose answer is decided by what the first
// excerpt counts (see countedFirst).
func (b *Bot) carryOn(q *question, g grounded, c *candidate) {
	if q.topicOnly() || g.lacks == lackCount || c.holds(q.kinds&(figureKinds|kindReason)) != 0 {
		return
	}
	if text := carriedOn(c); text != c.text {
		c.text, c.excerptAnalysis = text, b.analyses.excerpt(text)
	}
}

// carriedOn returns the text of an excerpt with the sentence that
// follows it in its paragraph, when the two fit in one excerpt and the
// paragraph is not shown whole already; otherwise the excerpt as it is.
// It stays verbatim: the two sentences side by side as written.
func carriedOn(c *candidate) string {
	p := c.hit.Passage
	if len(p.Context) <= shortParagraph || !strings.HasSuffix(c.text, p.Text) {
		return c.text // a short paragraph is shown whole already
	}
	sents := corpus.SplitSentences(p.Context)
	if p.Sentence < 1 || p.Sentence >= len(sents) || sents[p.Sentence-1] != p.Text {
		return c.text
	}
	next := sents[p.Sentence]
	if !strings.Contains(p.Context, p.Text+" "+next) {
		return c.text // not side by side as written
	}
	if joined := c.text + " " + next; len(joined) <= corpus.MaxExcerpt {
		return joined
	}
	return c.text
}
