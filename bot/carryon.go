package bot

// Stage 7 (cite): the answer's first excerpt carried on into the sentence
// after it.

import (
	"regexp"
	"strings"

	"github.com/dealbot/dealbot/corpus"
)

// carryOn shows the answer's first excerpt, c, with the sentence after
// it (in its paragraph, or after its paragraph's last sentence the first
// of the next paragraph in its section: corpus.Passage.After) when c does
// not itself hold the kind of answer q
// asks for (a figure, a name, a date, a reason, also when asked by a noun:
// "what tariff"; any sentence for a question of no such kind), or when it
// is only the closest the coverage comes (g: an answer in part), and the
// two fit in one excerpt. News often puts what a sentence announces in the
// next one: the speaker, then the quote ("Senator Tom Aldridge … was more
// cautious." "A pledge is not a purchase order," he said); the change,
// then its reason ("The ministry said the increase came after …").
// Round sixteen: never-tuned top1 +15, top3 +5, no set lower (the answers
// in part: +2 and +2); carrying on after every first excerpt won 4 more
// first answers but made a first excerpt of over 300 characters two and a
// half times as common. Round thirty-five carried on across the
// paragraph's end too: wire copy gives most sentences a paragraph of
// their own, so the sentence after was seldom in the same one. On 144
// never-tuned sets top1 +52 (41 sets up, none lower), top3 +30; a first
// excerpt of 300 bytes or more 8% → 23% of answers (mean 203 → 237
// bytes). Across paragraphs only for a question that asks for a kind of
// answer: +33, 18%. A first excerpt holds a kind only in full (see
// holdsFully): a role is no name, a length of time no date (+1, top3 +3,
// no set lower).
//
// For a question of why, a first excerpt whose only connective of cause
// is one that as often says when ("after debuts in Taiwan") is carried
// on too (see reasonOnlyByTime); for a question of who, one that names
// a group but no person (see showsAsked).
//
// The sentence carried on is kept apart (candidate.carried): the excerpt
// is compared with others as ranked (see cluster). Not for a topic's best
// passages, which stay single sentences; nor when the next sentence only
// announces a list (see leadIn), which it would leave out; nor for a
// count of something else, whose note says the number is not given
// directly and whose verdict rests on what the first excerpt counts (see
// countedFirst): a count carried on would read as the answer.
func carryOn(q *question, g grounded, c *candidate) {
	if q.topicOnly() || g.lacks == lackCount {
		return
	}
	if g.verdict != partly && c.showsAsked(q, (q.kinds|q.needs)&(figureKinds|kindReason)) {
		return // it holds what is asked: shown as ranked
	}
	if next := nextSentence(c); next != "" && !leadIn(next) {
		c.carried = next
	}
}

// carryOnBelow shows an excerpt below the first, c, with the sentence
// after it when the question asks for a kind of answer (a figure, a name,
// a date, a reason) that c does not hold and the two fit in one excerpt:
// the event, then its reason, as carryOn reads the first ("the DOC
// lowered the duty to 7.36% from 9.81%." "The department said it had
// counted one exporter's freight costs twice"). Unlike the first, an
// excerpt below is not carried on for a question of no such kind, where
// any sentence would be. A sentence after it that is shown already,
// above, is not shown again (see cluster). Round twenty-two: never-tuned
// top3 +3, tuning +1, no set lower, no near-duplicate; the first three
// excerpts 1% longer on average (300 bytes or more: 527 → 568 of 9,683).
func carryOnBelow(q *question, g grounded, c *candidate) {
	asked := (q.kinds | q.needs) & (figureKinds | kindReason)
	if q.topicOnly() || g.lacks == lackCount || asked == 0 || c.showsAsked(q, asked) {
		return
	}
	if next := nextSentence(c); next != "" && !leadIn(next) {
		c.carried = next
	}
}

// nextSentence returns the sentence that follows an excerpt when the two
// fit in one excerpt, or "": the next in its paragraph, or, after the
// paragraph's last sentence or a short paragraph shown whole, the first
// of the paragraph after it in the same section.
func nextSentence(c *candidate) string {
	p := c.hit.Passage
	next := p.After
	if len(p.Context) > shortParagraph {
		if !strings.HasSuffix(c.text, p.Text) {
			return ""
		}
		sents := corpus.SplitSentences(p.Context)
		if p.Sentence < 1 || p.Sentence > len(sents) || sents[p.Sentence-1] != p.Text {
			return ""
		}
		if p.Sentence < len(sents) {
			next = sents[p.Sentence]
		}
	} else if !strings.HasSuffix(c.text, p.Context) {
		return "" // a short paragraph is shown whole
	}
	if next != "" && len(c.text)+1+len(next) <= corpus.MaxExcerpt {
		return next
	}
	return ""
}

// shownText is the text an excerpt shows: the candidate's, with the
// sentence carried on after it.
func (c *candidate) shownText() string {
	if c.carried == "" {
		return c.text
	}
	return c.text + " " + c.carried
}

// holdsFully reports whether an excerpt holds an answer of one of the
// kinds k as that kind's answer is said in full (see inFull): a role is
// no name, a length of time no date, units no count.
func (c *candidate) holdsFully(k kind) bool {
	for held := c.holds(k); held != 0; held &= held - 1 {
		kk := held & -held
		if full := inFull(kk); full == 0 || c.holds(full) != 0 {
			return true
		}
	}
	return false
}

// showsAsked reports whether an excerpt shows the kind of answer asked
// for (k) on its own, without the sentence after it: it holds the kind in
// full (see holdsFully), a reason by more than a word of time (see
// reasonOnlyByTime), and, for a question of who (whoAsked), a person's
// name (see personNames), not only a group's: "The Harbour Exporters
// Council said it would challenge the duty" is carried on into "Its
// chairwoman, Dana Whitlock, said …". Round sixty-three: never-tuned
// top1 +1, top3 +5 (six answers up, none down); first excerpts of 300
// bytes or more 1,817 → 1,842 of 7,375.
func (c *candidate) showsAsked(q *question, k kind) bool {
	if !c.holdsFully(k) || reasonOnlyByTime(q, c.text) {
		return false
	}
	return k&kindPerson == 0 || !whoAsked.MatchString(q.text) || len(q.personNames(c.excerptAnalysis)) > 0
}

// timeConnectivesRE are the connectives of cause that as often say when,
// among those the reason cue reads (passageCues[kindReason]).
const timeConnectivesRE = `after|following|since|amid`

// timeConnectives finds them (see timeConnectivesRE).
var timeConnectives = regexp.MustCompile(`(?i)\b(` + timeConnectivesRE + `)\b`)

// reasonOnlyByTime reports whether, for a question of why that asks for
// no figure, a text gives a reason only by a connective that as often
// says when (timeConnectives): "Kurobane said it would launch its single
// malt in the United States in March 2026, *after* debuts in Taiwan and
// Singapore". carryOn shows such a first excerpt with the sentence after
// it, where news often gives the reason; carryOnBelow, an excerpt below
// the first. Round sixty-two: never-tuned top1 +4 (four answers up, none
// down), top3 +1; first excerpts of 300 bytes or more 1,755 → 1,788 of
// 7,262; below the first too: top3 +1 more, nothing down. Round sixteen
// had tried carrying on unless a cause was said in so many words, on 71
// sets: no answer moved then.
func reasonOnlyByTime(q *question, text string) bool {
	if q.kinds&kindReason == 0 || (q.kinds|q.needs)&figureKinds != 0 {
		return false
	}
	rest := timeConnectives.ReplaceAllString(cueText(kindReason, text), "_")
	return !passageCues[kindReason].MatchString(rest) && !givesPurpose(text)
}
