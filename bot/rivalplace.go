package bot

// Stage 5 (score), continued: a figure given for another place. A
// sentence under a heading about Vermont that says "Quebec alone produces
// roughly 70% of the world's maple syrup" gives Quebec's figure; for how
// much syrup Vermont produces it is the closest the coverage comes, not
// the answer (see otherObject and ground's "a figure of another object").
// News writes a place's figure beside its rivals' ("China produces about
// 98% of the world's gallium", in a story on Australia's), so the
// paragraph's or section's name is no sign that the figure is its. So
// too a place in the slot the question puts its own in: "exports to the
// United States" is no answer to how much went to China.

import (
	"slices"
	"strings"
)

// rivalPlace returns the key place a question of a figure names that the
// sentence does not say, when the sentence puts another place where the
// question puts it: a name of a place no word of the question says (nor
// its country, for a capital), followed within three content words by a
// word the question has beside its own place ("*Vermont produce*":
// "*Quebec* alone *produces*"). Otherwise -1.
func rivalPlace(q *question, ms []float64, sent *analysed) int {
	if (q.kinds|q.needs)&figureAnswers == 0 || q.kinds&kindReason != 0 {
		return -1
	}
	for _, k := range q.key {
		t := &q.terms[k]
		if !t.capital || ms[k] > 0 || !namesPlace(t.word) {
			continue
		}
		beside := func(tk token) bool {
			return k > 0 && q.terms[k-1].matchToken(tk) || k+1 < len(q.terms) && q.terms[k+1].matchToken(tk)
		}
		toks := sent.content
		for j, tk := range toks {
			if !tk.capital || !slices.ContainsFunc(toks[j+1:min(j+4, len(toks))], beside) {
				continue
			}
			if namesPlace(tk.word) && !slices.ContainsFunc(q.terms, func(qt term) bool { return qt.saysToken(tk) }) {
				return k
			}
		}
		if t.placePrep != "" && rivalAfter(q, t.placePrep, sent.toks) {
			return k
		}
	}
	return -1
}

// placePrepositions are the words that put a place in a slot of a
// figure: where goods go ("exports *to* China"), come from, or where a
// thing is counted.
var placePrepositions = toSet(`to from into in`)

// prepositionBefore returns the preposition of placePrepositions written
// right before word i, "the" aside ("sold *to* the Philippines"), or "".
func prepositionBefore(toks []token, i int) string {
	j := i - 1
	if j >= 0 && toks[j].word == "the" {
		j--
	}
	if j >= 0 && placePrepositions[toks[j].word] {
		return toks[j].word
	}
	return ""
}

// rivalAfter reports whether a sentence puts, after preposition p, a
// place no word of the question says: "exports *to the United States*"
// for a question of exports to China. The capitalised words after p
// ("the" aside) are read as one name.
func rivalAfter(q *question, p string, toks []token) bool {
	for i, tk := range toks {
		if tk.word != p {
			continue
		}
		j := i + 1
		if j < len(toks) && toks[j].word == "the" {
			j++
		}
		e := j
		for e < len(toks) && toks[e].capital {
			e++
		}
		if e == j {
			continue
		}
		run := toks[j:e]
		said := slices.ContainsFunc(run, func(tk token) bool {
			return slices.ContainsFunc(q.terms, func(qt term) bool { return qt.saysToken(tk) })
		})
		if said {
			continue
		}
		words := make([]string, len(run))
		for n, tk := range run {
			words[n] = tk.word
		}
		if namesPlace(strings.Join(words, " ")) {
			return true
		}
	}
	return false
}
