package bot

// Stage 3 (weigh), continued: two words typed without the space between
// them ("Japanesecars", "thefund", "whattariff") are read as the two
// words. Read as typed, the run-together word was a name or a thing the
// coverage never mentions, and the question was refused.

import (
	"context"
	"fmt"
	"slices"

	"github.com/dealbot/dealbot/bot/wordlist"
	"github.com/dealbot/dealbot/bot/wordnet"
)

// minRunPart is the shortest word of a run-together pair that is not a
// function word: shorter ones split a word too many ways.
const minRunPart = 3

// runTogether returns the two words a question word runs together,
// written with a space ("Japanesecars" → "Japanese cars"), or "": the one
// way to split it in two where each part is a function word or a word
// the coverage uses that WordNet or the spell checker's list knows. A
// word with two such splits is left as typed. Where the word as typed
// changes case ("runsSolenne", "GSSCadvise"), the split is there, and a
// part may be any word the coverage uses: a name, an acronym.
func (b *Bot) runTogether(ctx context.Context, t *term, typed string) (string, error) {
	w := t.word
	if !lettersOnly(w) || len(w) < 2*minRunPart {
		return "", nil
	}
	if len(typed) == len(w) {
		for _, k := range caseBoundaries(typed) {
			counts, err := b.idx.TermCounts(ctx, []string{w[:k], w[k:]})
			if err != nil {
				return "", fmt.Errorf("count the parts of a run-together word: %w", err)
			}
			if (stopwords[w[:k]] || counts[0] > 0) && (stopwords[w[k:]] || counts[1] > 0) {
				return typed[:k] + " " + typed[k:], nil
			}
		}
	}
	var firsts, seconds []string
	for k := 1; k < len(w); k++ {
		firsts, seconds = append(firsts, w[:k]), append(seconds, w[k:])
	}
	counts, err := b.idx.TermCounts(ctx, slices.Concat(firsts, seconds))
	if err != nil {
		return "", fmt.Errorf("count the parts of a run-together word: %w", err)
	}
	found := ""
	for k := range firsts {
		if !runPart(firsts[k], counts[k]) || !runPart(seconds[k], counts[len(firsts)+k]) {
			continue
		}
		if found != "" {
			return "", nil // two ways to read it
		}
		found = firsts[k] + " " + seconds[k]
	}
	return found, nil
}

// caseBoundaries returns where a word as typed may split in two at its
// one change of case: after a lower case letter before a capital
// ("runs|Solenne"), or at the end of a run of capitals before lower case,
// before or after its last capital ("JBIC|Loans", "GSSC|advise"). It
// returns none when the word does not change case, does so more than
// once, or after a part shorter than minRunPart ("McDonald" is a name,
// not two words).
func caseBoundaries(typed string) []int {
	var at []int
	for i := 1; i < len(typed); i++ {
		a, b := typed[i-1], typed[i]
		var ks []int
		switch {
		case isLowerASCII(a) && isUpperASCII(b):
			if i < minRunPart {
				return nil // "McDonald", "DeSantis", "LaGuardia": a name's prefix
			}
			ks = []int{i}
		case i >= 2 && isUpperASCII(typed[i-2]) && isUpperASCII(a) && isLowerASCII(b):
			ks = []int{i - 1, i}
		default:
			continue
		}
		if at != nil {
			return nil
		}
		for _, k := range ks {
			if k >= minRunPart-1 && len(typed)-k >= minRunPart-1 {
				at = append(at, k)
			}
		}
		if at == nil {
			return nil
		}
	}
	return at
}

// runPart reports whether a part of a run-together word is a word: a
// function word, or an English word (WordNet's or the spell checker's) of
// minRunPart letters or more that the coverage uses (count, from
// index.TermCounts: -1 for a function word the index drops).
func runPart(part string, count int) bool {
	if stopwords[part] {
		return true
	}
	return len(part) >= minRunPart && count > 0 && (wordnet.Known(part) || wordlist.Has(part))
}
