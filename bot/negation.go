package bot

// Stage 5 (score), continued: a question's negation said by the excerpt.
// "Which battery type needs *no nickel*" is answered by "batteries, which
// use *no nickel* at all", not by "a quarter of its nickel needs"; "why
// *didn't* Korea meet the test" by "it did *not* meet the third".
// Round twenty-three, at wDenied 2.0 (the weight of other evidence an
// answer cannot do without): never-tuned top1 +1, tuning top3 +1, no set
// lower. At 1.0 only the tuning answer moved; 3.0 moved one more
// never-tuned first answer, and was not chosen on that alone.

import "strings"

// negations are the words that deny what follows them.
var negations = toSet(`no not never without none neither nor cannot`)

// negatedAt reports whether toks' k-th word is denied: a negation among
// the two words before it in its sentence ("no nickel", "did not meet",
// "not yet met"), or one of them written with "n't" ("didn't meet", which
// tokenize reads as "did"). A name is not denied ("why didn't *Korea*
// meet it": the verb is), nor is anything after "not only", "not just",
// "whether or not" or "No." before a number. text is what toks index
// (see undot).
func negatedAt(text string, toks []token, k int) bool {
	if toks[k].capital || toks[k].upper {
		return false
	}
	for j := max(k-2, 0); j < k; j++ {
		if strings.ContainsAny(text[toks[j].end:toks[k].at], ".!?;:") {
			continue // "he said no. Nickel was": another sentence
		}
		w := toks[j].word
		switch {
		case w == "not" && (notDenying[toks[j+1].word] || j > 0 && toks[j-1].word == "or"):
		case negations[w] || contracted(text[toks[j].at:min(toks[j].end+4, len(text))]):
			return true
		}
	}
	return false
}

// notDenying are the words after "not" that make it add, not deny: "not
// only cut tariffs but also …".
var notDenying = toSet(`only just merely simply solely`)

// contracted reports whether a word, with what follows it, is written
// with "n't" ("didn't", "won’t").
func contracted(s string) bool {
	return strings.Contains(s, "n't") || strings.Contains(s, "n’t")
}

// negatedTerms returns the stems of the words a question, text read as
// toks, denies (see negatedAt); it is read once, when parsing.
func negatedTerms(text string, toks []token) map[string]bool {
	var out map[string]bool
	for k, tk := range toks {
		if !tk.stop && negatedAt(text, toks, k) {
			if out == nil {
				out = map[string]bool{}
			}
			out[tk.stem] = true
		}
	}
	return out
}

// saysDenied reports whether an excerpt, text read as toks, denies a
// word the question denies, in the same words.
func saysDenied(denied map[string]bool, text string, toks []token) bool {
	text = undot(text)
	for k, tk := range toks {
		if denied[tk.stem] && negatedAt(text, toks, k) {
			return true
		}
	}
	return false
}
