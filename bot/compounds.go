package bot

// Stage 3 (weigh), continued: a word one outlet writes closed and another
// hyphenated ("cooperative", "co-operative"; "ecommerce", "e-commerce")
// is one word. The index splits a hyphenated word in two, so a question
// word the coverage never uses is looked for as two words side by side,
// and a question's hyphenated pair as one word.

import (
	"context"
	"fmt"

	"github.com/dealbot/dealbot/index"
)

// minCompound is the length from which an unknown question word is tried
// as a compound, and minCompoundPart the shortest second part: "ecommerce"
// is "e commerce", but three letters split a word too many ways.
const (
	minCompound     = 6
	minCompoundPart = 4
	maxCompoundTry  = 3 // phrase searches for one word, at most
)

// splitCompounds gives each question word that the coverage never uses,
// in any form, and that is no name or figure, the two words the coverage
// writes it as, hyphenated or apart ("cooperative": "co-operative"), when
// a search finds them side by side; and weighs the question again.
func (b *Bot) splitCompounds(ctx context.Context, q *question) error {
	found := false
	for i := range q.terms {
		t := &q.terms[i]
		if t.df != 0 || t.capital || t.number || len(t.word) < minCompound || !lettersOnly(t.word) {
			continue
		}
		var parts []string
		for k := 1; k <= len(t.word)-minCompoundPart; k++ {
			parts = append(parts, t.word[:k], t.word[k:])
		}
		counts, err := b.idx.TermCounts(ctx, parts)
		if err != nil {
			return fmt.Errorf("parts of a question word: %w", err)
		}
		tried := 0
		// The longest first part first: "antidumping" is "anti dumping"
		// before it is "a ntidumping".
		for k := len(parts) - 2; k >= 0 && tried < maxCompoundTry; k -= 2 {
			if counts[k] <= 0 || counts[k+1] <= 0 {
				continue
			}
			tried++
			ph := newPhrase(parts[k] + " " + parts[k+1])
			ok, err := b.saysSideBySide(ctx, ph)
			if err != nil {
				return err
			}
			if ok {
				t.longForms = append(t.longForms, ph)
				t.compound = true
				found = true
				break
			}
		}
	}
	if !found {
		return nil
	}
	return b.weigh(ctx, q)
}

// lettersOnly reports whether w is made of the letters a to z.
func lettersOnly(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// compoundHits is how many paragraphs holding both parts saysSideBySide
// reads.
const compoundHits = 5

// saysSideBySide reports whether a paragraph of the coverage writes the
// phrase's words next to each other ("co-operative" for "co operative").
func (b *Bot) saysSideBySide(ctx context.Context, ph phrase) (bool, error) {
	var cs []index.Clause
	for _, w := range ph.forms {
		cs = append(cs, index.Clause{Text: w, Required: true})
	}
	hits, err := b.idx.Search(ctx, index.Query{Clauses: cs, Size: compoundHits})
	if err != nil {
		return false, fmt.Errorf("look up %q: %w", ph.text, err)
	}
	for _, h := range hits {
		if hasSeq(forms(h.Text), ph.forms) {
			return true, nil
		}
	}
	return false, nil
}
