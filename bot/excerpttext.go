package bot

// Stage 7 (cite and render), begun in ranking: the verbatim text a
// passage shows, and the part of its paragraph that is its context.

import (
	"strings"

	"github.com/dealbot/dealbot/corpus"
)

// leadIn reports whether an excerpt only announces what follows it ("The
// main concessions are:", "The two fleets differ sharply:"): the answer
// is in the list after it, which the ranking finds as passages of their
// own.
func leadIn(text string) bool {
	return strings.HasSuffix(strings.TrimSpace(text), ":")
}

// leadInShare is how much of its score a lead-in keeps.
const leadInShare = 0.7

// shortParagraph is the length up to which a paragraph is shown whole:
// two short sentences read better together than either alone.
const shortParagraph = 250

// excerptText is the text shown for a passage: the sentence, preceded by
// the sentence before it when it opens by referring back (anaphoric, see
// corpus.RefersBack) and both fit in an excerpt; a short paragraph whole.
// It is verbatim: consecutive sentences of the document.
func excerptText(p corpus.Passage, anaphoric bool) string {
	if p.Sentence == 1 && anaphoric && p.Before != "" {
		text := p.Text
		if len(p.Context) <= shortParagraph {
			text = p.Context
		}
		if joined := p.Before + " " + text; len(joined) <= corpus.MaxExcerpt {
			return joined
		}
	}
	if len(p.Context) <= shortParagraph {
		return p.Context
	}
	if p.Sentence < 2 || !anaphoric {
		return p.Text
	}
	sents := corpus.SplitSentences(p.Context)
	if p.Sentence > len(sents) || sents[p.Sentence-1] != p.Text {
		return p.Text
	}
	joined := sents[p.Sentence-2] + " " + p.Text
	if len(joined) > corpus.MaxExcerpt || !strings.Contains(p.Context, joined) {
		return p.Text
	}
	return joined
}

// contextSentences is the most sentences of a paragraph that are all
// context for each of them: in a longer one (outlets that write a section
// as one paragraph), a sentence's context is the sentences near it.
const contextSentences = 4

// nearContext returns the text of a passage's paragraph that is its
// context: the whole paragraph, or, in a paragraph of more than
// contextSentences sentences, the two sentences before it, it and the one
// after it.
func nearContext(p corpus.Passage) string {
	if strings.Count(p.Context, ".")+strings.Count(p.Context, "?")+strings.Count(p.Context, "!") < contextSentences {
		return p.Context // too few sentence ends to be longer
	}
	sents := corpus.SplitSentences(p.Context)
	if len(sents) <= contextSentences || p.Sentence < 1 || p.Sentence > len(sents) {
		return p.Context
	}
	from, to := max(0, p.Sentence-3), min(len(sents), p.Sentence+1)
	return strings.Join(sents[from:to], " ")
}
