package bot

// Stage 3 (weigh), continued: a slip of the keyboard ("tarrif") is read as
// the coverage's word it is nearest to.

import (
	"cmp"
	"context"
	"fmt"
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// minSlip is the length from which a word may be read as a slip: shorter
// words are a letter away from too many others.
const minSlip = 5

// correctSlips reads each question word that the coverage never uses in
// any form, that WordNet does not know and that is not a figure as the
// coverage's word nearest to it in spelling ("tarrif" → tariff, "Akazwa"
// → Akazawa: names are misspelt more than words), and weighs the question
// again; the answer says how it read them. A word English has ("mangoes")
// is a thing the coverage lacks, not a slip, and is left as it is; so is
// a name no coverage word is near ("Airbus").
func (b *Bot) correctSlips(ctx context.Context, q *question) ([]slip, error) {
	var slips []slip
	for i := range q.terms {
		t := &q.terms[i]
		if t.df != 0 || t.number || len(t.word) < minSlip || wordnet.Known(t.word) {
			continue
		}
		spelled, n, err := b.idx.Spelling(ctx, t.word)
		if err != nil {
			return nil, fmt.Errorf("spelling of a question word: %w", err)
		}
		if spelled == "" || n == 0 {
			continue
		}
		slips = append(slips, slip{typed: cmp.Or(q.written([]int{i}), t.word)})
		t.respell(spelled)
		slips[len(slips)-1].stem = t.stem
	}
	if len(slips) == 0 {
		return nil, nil
	}
	return slips, b.weigh(ctx, q)
}

// slip is a question word read as another: typed as the question wrote
// it, stem the coverage's word it was read as.
type slip struct {
	typed, stem string
}

// slipNote says how the slips were read, in the words of the excerpts
// ("Read “tarrif” as “tariff”."): the index holds stems, so the word
// shown is the first the excerpts use with that stem. A slip no excerpt
// shows a word for is left unsaid.
func slipNote(slips []slip, ex []Excerpt) string {
	var parts []string
	for _, s := range slips {
		if w := wordWithStem(s.stem, ex); w != "" {
			parts = append(parts, "“"+s.typed+"” as “"+w+"”")
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "Read " + strings.Join(parts, ", ") + "."
}

// wordWithStem returns the first word of the excerpts whose stem is s, as
// written there ("Akazawa", without a possessive's "'s"), or "".
func wordWithStem(s string, ex []Excerpt) string {
	for _, e := range ex {
		text := undot(e.Text)
		for _, tk := range tokenize(e.Text) {
			if tk.stem == s {
				return asWritten(text[tk.at:tk.end])
			}
		}
	}
	return ""
}

// respell makes a term the word w (a term of the index, as its analyser
// writes it), with w's family and neighbours; typed keeps the word as the
// question wrote it.
func (t *term) respell(w string) {
	t.typed = t.word
	t.word, t.form, t.stem = w, w, stem(w)
	t.verbForm = verbForm(w)
	t.markPredicate()
	t.alt, t.altStem = "", ""
	t.variants, t.variantStems, t.longForms, t.concepts = nil, nil, nil, nil
	t.expandFamily()
}
