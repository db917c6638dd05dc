package bot

// Stage 5 (score), continued: where a text names a person.

import (
	"iter"
	"slices"
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// personNames returns where a text names someone other than by the
// question's own words, as spans [from, to] of its words: two or more
// capitalised words side by side, with nothing but a space or a hyphen
// between them ("Jerome Powell", "Park Jin-ho", "Vice Premier He Lifeng",
// "J.D. Vance"), not all of them the question's, the last no noun the
// tagged corpus uses (see wordnet.CommonNoun). A name of a group, a
// place, a day or a paper ends in one: "Smelters Association", "Posco
// Holdings", "Ho Chi Minh City", "Last Monday", "Financial Times". A
// surname alone ("said Lutnick", "in Pohang, Ferrandi said") is not read
// as one: read so, a name in the sentence of someone else ("Ferrandi said
// … would meet its ambassador") answered "who is the ambassador" on a
// never-tuned set.
func (q *question) personNames(e *excerptAnalysis) [][2]int {
	var out [][2]int
	for j, k := range nameRuns(e.toks, undot(e.text)) {
		if k-j >= 2 && q.aName(e.toks[j:k]) {
			out = append(out, [2]int{j, k - 1})
		}
	}
	return out
}

// nameRuns yields the runs of words that may make a name, toks[j:k]: words
// that may be part of one (see nameWord) side by side in read, the text
// the tokens were read from.
func nameRuns(toks []token, read string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for j := 0; j < len(toks); {
			k := j
			for k < len(toks) && nameWord(toks, k) && (k == j || sideBySide(read, toks[k-1], toks[k])) {
				k++
			}
			if k > j && !yield(j, k) {
				return
			}
			j = max(k, j+1)
		}
	}
}

// nameWord reports whether the k-th word may be part of a name:
// capitalised; not an acronym, but for an initial or two ("J.D."); and a
// function word only where a sentence does not open with it ("He
// Lifeng", "To Lam"; not "The").
func nameWord(toks []token, k int) bool {
	tk := toks[k]
	return tk.capital && (!tk.upper || len(tk.word) <= 2) && (!tk.stop || k > 0)
}

// sideBySide reports whether nothing but spaces or a hyphen stands between two
// words of read.
func sideBySide(read string, a, b token) bool {
	return a.end <= b.at && b.at <= len(read) && strings.Trim(read[a.end:b.at], " -") == ""
}

// aName reports whether a run of capitalised words names someone: not
// all of them the question's, and the last no common noun.
func (q *question) aName(run []token) bool {
	return !wordnet.CommonNoun(run[len(run)-1].word) && slices.ContainsFunc(run, func(tk token) bool { return !q.asksWord(tk) })
}

// asksWord reports whether a word says one of the question's terms.
func (q *question) asksWord(tk token) bool {
	return slices.ContainsFunc(q.terms, func(t term) bool { return t.stem == tk.stem })
}

// nameBeside reports whether a name (names) stands within holderWindow
// words of the k-th word, or a surname right after it as after a title
// ("Minister *Akazawa*").
func nameBeside(toks []token, names [][2]int, k int) bool {
	if k+1 < len(toks) && titled(toks[k+1]) {
		return true
	}
	return slices.ContainsFunc(names, func(n [2]int) bool { return n[1] >= k-holderWindow && n[0] <= k+holderWindow })
}

// namesAnyone reports whether a text names anyone: a name (names), or a
// word that may be a surname after a title.
func namesAnyone(toks []token, names [][2]int) bool {
	return len(names) > 0 || slices.ContainsFunc(toks, titled)
}

// titled reports whether a word after a title is a surname the title
// gives: capitalised, no function word, acronym nor common noun
// ("Minister *Akazawa*", "Chair *Powell*"; not "Chief Executive
// *Officer*").
func titled(tk token) bool {
	return tk.capital && !tk.upper && !tk.stop && !wordnet.CommonNoun(tk.word)
}
