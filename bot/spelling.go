package bot

// Stage 3 (weigh), continued: a slip of the keyboard ("tarrif") is read as
// the coverage's word it is nearest to.

import (
	"context"
	"fmt"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// minSlip is the length from which a word may be read as a slip: shorter
// words are a letter away from too many others.
const minSlip = 5

// correctSlips reads each question word that the coverage never uses in
// any form, that WordNet does not know and that is not a name or a figure
// as the coverage's word nearest to it in spelling ("tarrif" → tariff),
// and weighs the question again. A word English has ("mangoes") is a
// thing the coverage lacks, not a slip, and is left as it is.
func (b *Bot) correctSlips(ctx context.Context, q *question) error {
	corrected := false
	for i := range q.terms {
		t := &q.terms[i]
		if t.df != 0 || t.capital || t.number || len(t.word) < minSlip || wordnet.Known(t.word) {
			continue
		}
		spelled, n, err := b.idx.Spelling(ctx, t.word)
		if err != nil {
			return fmt.Errorf("spelling of a question word: %w", err)
		}
		if spelled == "" || n == 0 {
			continue
		}
		t.respell(spelled)
		corrected = true
	}
	if !corrected {
		return nil
	}
	return b.weigh(ctx, q)
}

// respell makes a term the word w (a term of the index, as its analyser
// writes it), with w's family and neighbours.
func (t *term) respell(w string) {
	t.word, t.form, t.stem = w, w, stem(w)
	t.alt, t.altStem = "", ""
	t.variants, t.variantStems, t.longForms, t.concepts = nil, nil, nil, nil
	t.expandFamily()
}
