package bot

// What a figure counts: whether an excerpt gives the amount of the thing
// a question of how many or how much asks about (stage 4, score, and
// stage 3, ground).

import (
	"slices"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// amountReach is how many content words after a figure may still say
// what it is an amount of.
const amountReach = 2

// countsTerm reports whether an excerpt gives the amount of the thing: a
// number of things or an amount whose next words say it ("52 nickel
// smelters", "47 operating smelters", "220 million wet tonnes of ore").
func countsTerm(t *term, e *excerptAnalysis) bool {
	return amountOf(e, t.matchToken)
}

// countsThing reports whether an excerpt counts the thing a question of
// how many asks about: in its words, in a WordNet neighbour's ("40 Boeing
// 737 Max jets" for how many Boeing planes), or, for a question of how
// many people, as persons of any kind ("475 workers"), in the count's own
// words or the next two (see amountOf). Another of the word's family is
// another thing: "400 small farms" does not count farmers. A number that
// names no thing of its own says it too, when the excerpt says the thing
// ("Tomahawk cruise missiles, of which Japan ordered 400 in 2024").
func countsThing(q *question, e *excerptAnalysis) bool {
	t := &q.terms[q.counted]
	is := func(tk token) bool {
		return t.sameWord(tk) || t.near[tk.stem] || q.countsPersons && isPersonWord(tk)
	}
	if amountOf(e, is) {
		return true
	}
	return slices.ContainsFunc(e.spansOf(kindCount), func(sp [2]int) bool { return numberAlone(e, sp) }) && slices.ContainsFunc(e.content, is)
}

// numberAlone reports whether a count is a number alone: the next word is
// not beside it ("400 in 2024", "300 of them", "six a week"), and it is
// no amount of money or measure ("Rs 10 a kilo").
func numberAlone(e *excerptAnalysis, sp [2]int) bool {
	n := sp[0]
	if n+1 < len(e.content) && e.content[n+1].at == e.content[n].end+1 {
		return false
	}
	return !slices.ContainsFunc(e.spansOf(kindAmount), func(a [2]int) bool { return a[0] <= n && n < a[1] })
}

// amountOf reports whether an excerpt gives an amount or a number of
// something is says: in the figure's own words or the next two ("of ore",
// "of stockpiled rice").
func amountOf(e *excerptAnalysis, is func(token) bool) bool {
	for _, k := range []kind{kindCount, kindAmount} {
		if e.holds(k) == 0 {
			continue
		}
		for _, sp := range e.spansOf(k) {
			for p := sp[0] + 1; p < sp[1]+amountReach && p < len(e.content); p++ {
				if is(e.content[p]) {
					return true
				}
			}
		}
	}
	return false
}

// anyPerson reports whether a word stands for persons of any kind: most
// of its WordNet neighbours are kinds of person ("person", "individual"),
// or it is "people", which WordNet files as a group though English uses
// it as the plural of "person".
func anyPerson(word string) bool {
	if word == "people" {
		return true
	}
	near := wordnet.Neighbours(word)
	n := 0
	for _, w := range near {
		if wordnet.IsPerson(w) {
			n++
		}
	}
	return !wordnet.IsPerson(word) && n > len(near)/2
}
