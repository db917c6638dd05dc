package bot

// Stage 5 (score), continued: where a text names a person.

import (
	"slices"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// personNames returns where a text names someone other than by the
// question's own words, as spans [from, to] of its words: two or more
// capitalised words side by side ("Dewi Anggraini", "Howard Lutnick",
// "Park Jin-ho"), not all of them the question's, one at least a word
// WordNet does not know, as most surnames and many given names are. A
// name of a group, a place, a day or a paper is made of words it knows:
// "Last Monday", "White House", "Financial Times", "Harlow Motors",
// "Commerce Secretary"; so, though, are the names of some people WordNet
// lists ("Jerome Powell"). A surname alone ("said Lutnick") is not read
// as one: read so, a name in the sentence of someone else ("Ferrandi said
// … would meet its ambassador") answered "who is the ambassador" on a
// never-tuned set.
func (q *question) personNames(a *analysed) [][2]int {
	var out [][2]int
	for j := 0; j < len(a.toks); {
		k := j
		for k < len(a.toks) && a.toks[k].capital && !a.toks[k].upper && !a.toks[k].stop {
			k++
		}
		if k-j >= 2 && q.aName(a.toks[j:k]) {
			out = append(out, [2]int{j, k - 1})
		}
		j = k + 1
	}
	return out
}

// aName reports whether a run of capitalised words names someone: not
// all of them the question's, one at least unknown to WordNet.
func (q *question) aName(run []token) bool {
	return slices.ContainsFunc(run, func(tk token) bool { return !q.asksWord(tk) }) &&
		slices.ContainsFunc(run, func(tk token) bool { return !wordnet.Known(tk.word) })
}

// asksWord reports whether a word says one of the question's terms.
func (q *question) asksWord(tk token) bool {
	return slices.ContainsFunc(q.terms, func(t term) bool { return t.stem == tk.stem })
}
