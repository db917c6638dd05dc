package bot

// Stage 5 (score), continued: a word used as a noun in one text and as a
// verb in the other. "a bigger *share* of the mackerel" is not said by
// "agreed to *share* the catch", nor "how are the profits *shared*" by
// "*Shares* in Hyundai fell": the same stem, another part of speech.

import "github.com/dealbot/dealbot/bot/wordnet"

// wordUse is how a text uses a word, as far as the words before it tell.
type wordUse uint8

const (
	useUnknown wordUse = iota
	useNoun            // after a determiner, or a determiner and an adjective: "a bigger *share*"
	useVerb            // after "to", a modal or a subject pronoun: "to *share*", "will *share*", "they *share*"
)

// useAt reads how toks uses its k-th word.
func useAt(toks []token, k int) wordUse {
	if k == 0 {
		return useUnknown
	}
	p := toks[k-1].word
	switch {
	case determiners[p]:
		return useNoun
	case p == "to" || modals[p] || subjectPronouns[p]:
		return useVerb
	case k >= 2 && determiners[toks[k-2].word] && wordnet.OnlyModifier(toks[k-1].word):
		return useNoun
	}
	return useUnknown
}

// usedOtherwise reports whether a text says a term only in another part
// of speech than the question's: every word of the text with the term's
// stem is used as a verb where the question uses it as a noun, or the
// other way round. A use the words before do not tell is no evidence;
// nor is the question's verb as its parser reads it after the subject
// ("does the agreement *last*": top1 −1 on the coverage pack and on a
// never-tuned set when it was). Round twenty: never-tuned top1 +1,
// tuning +2, no set lower.
func usedOtherwise(t *term, a *analysed) bool {
	use := t.use
	if use == useUnknown || t.number || t.capital || !wordnet.IsNoun(t.word) || !wordnet.IsVerb(t.word) {
		return false // a word that can be only one of the two
	}
	seen := false
	for k, tk := range a.toks {
		if tk.stem != t.stem {
			continue
		}
		u := useAt(a.toks, k)
		if u == useUnknown || u == use {
			return false
		}
		seen = true
	}
	return seen
}
