package bot

// Stage 3 (ground), continued: what an answer says when the coverage does
// not answer a question, or answers it only in part.

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// notCoveredText is the answer when the coverage does not answer a
// question; it names the topics the coverage does cover, those of Topics
// at least one of its passages is tagged with (see Tag), so a reader of
// coffee coverage is not told it covers defence.
func notCoveredText(covered []string) string {
	const s = "The coverage I have doesn't answer that."
	if len(covered) == 0 {
		return s
	}
	return s + " It covers these topics: " + strings.Join(covered, ", ") + "."
}

// weakNote opens an answer the coverage may give only in part, when no
// missing thing can be named.
const weakNote = "The coverage may not answer that directly; the closest it comes:"

// lack is the kind of answer the closest candidate does not give, when
// that is what it lacks rather than some of the question's words.
type lack int

const (
	lackNothing lack = iota
	lackName         // who holds the role asked about (see candidate.nameless)
	lackSpeaker      // the words of the one a question of what someone said asks about (see candidate.speakerUnsaid)
	lackFigure       // a figure for how big (see candidate.sizeless), or for how much when no candidate gives one (see ground)
	lackCount        // a count of the thing a question of how many asks about (see candidate.lacks)
	lackUnit         // a figure in the unit a question of how many asks in (see question.unitAsked)
	lackMoney        // a sum of money, for a question of what something is worth (see question.moneyAsked)
	lackTime         // a date or time beside the question's words, for a question of when (see statesTime)
)

// lackNote says what the closest candidate does not give: "The coverage
// doesn't name the commerce secretary; the closest it comes:".
func lackNote(q *question, l lack) string {
	switch {
	case l == lackName && q.role != "":
		return "The coverage doesn't name the " + q.role + "; the closest it comes:"
	case l == lackSpeaker:
		return "The coverage may not quote " + q.speaker() + "; the closest it comes:"
	case l == lackCount && (q.terms[q.counted].verb || q.terms[q.counted].verbForm):
		// "How many showed up": a verb after "how many", which names no
		// thing. Read as the thing counted, it ranks as well as any
		// reading tried (round thirty-two: taking no thing lost a first
		// answer), but a note does not call it one.
		return "The coverage may not give that number directly; the closest it comes:"
	case l == lackCount:
		return "The coverage may not give the number of " + countedPhrase(q.text, q.terms[q.counted].word) + " directly; the closest it comes:"
	case l == lackUnit:
		return "The coverage may not give that in " + q.terms[q.unitAsked()].word + "; the closest it comes:"
	case l == lackMoney:
		return "The coverage may not give a sum of money for that; the closest it comes:"
	case l == lackFigure:
		return "The coverage gives no figure for that; the closest it comes:"
	case l == lackTime:
		return "The coverage may not say when; the closest it comes:"
	}
	return weakNote
}

// partialNote says what the coverage does not give, for a question it
// answers only in part; the closest excerpt follows it.
func partialNote(q *question, missing []int) string {
	if claimed := q.claimedFigures(); len(claimed) > 0 && slices.Equal(missing, claimed) {
		var figs []string
		for _, i := range claimed {
			if f, _ := figureAsked(q.text, q.terms[i].word); f != "" {
				figs = append(figs, f) // not "billion", claimed with its figure
			}
		}
		return "The coverage doesn't give " + strings.Join(figs, " or ") + "; the closest it comes:" // "$900 billion", as asked
	}
	if len(missing) > 0 && !slices.ContainsFunc(missing, func(i int) bool { return !q.terms[i].unsaidInitials() }) {
		var ws []string
		for _, i := range missing {
			ws = append(ws, q.written([]int{i}))
		}
		return "The coverage never writes " + strings.Join(ws, " or ") + "; the closest it comes:" // "JV", which it may spell out
	}
	var named []int
	for _, i := range missing {
		if q.nameable(i) {
			named = append(named, i)
		}
	}
	if len(named) == 0 {
		return weakNote
	}
	// With the words that qualify them in the question: "Japanese cars".
	var ws []int
	for _, i := range named {
		if p := q.terms[i].prev; p >= 0 && q.terms[p].qualifies() && !slices.Contains(ws, p) {
			ws = append(ws, p)
		}
		ws = append(ws, i)
	}
	written := q.written(ws)
	if written == "" {
		return weakNote
	}
	return "The coverage doesn't give that for " + written + "; the closest it comes:"
}

// nameable reports whether a note may name the question's i-th term as
// what the coverage does not give: only things, names and figures are
// named ("the coverage doesn't give that for resign" would name a word,
// not what is missing), and no preposition WordNet does not list, which
// it would take for a thing ("how much *per* tonne").
func (q *question) nameable(i int) bool {
	t := &q.terms[i]
	return ((t.thing() && !t.predicative) || t.capital || t.number) && !unlistedPrepositions[t.word]
}

// unlistedPrepositions are the English prepositions WordNet, which lists
// no prepositions, does not list as another part of speech either.
var unlistedPrepositions = toSet(`per via toward towards amid amidst unto upon without`)

// qualifies reports whether a term, written before a thing the coverage
// does not give, is a word that makes it specific ("*American* rice",
// "*stainless* steel") rather than a verb before its object ("*make*
// enough", "*setting* aside").
func (t *term) qualifies() bool {
	return !t.verb && !t.predicative && (t.thing() || t.capital || !wordnet.IsVerb(t.word))
}

// written returns terms of the question as the question writes them, in
// its order: "South Korea".
func (q *question) written(terms []int) string {
	want := map[string]bool{}
	for _, i := range terms {
		want[cmp.Or(q.terms[i].typed, q.terms[i].word)] = true
	}
	var ws []string
	u := undot(q.text)
	for at, f := range fieldsAt(u) {
		if n, scale := splitScale(u, at, f); scale != "" && (want[n] || want[scale]) {
			ws = append(ws, f) // "$550bn", as written
			delete(want, n)
			delete(want, scale)
			continue
		}
		if t, ok := wordToken(f); ok && want[t.word] {
			ws = append(ws, withFigureSigns(u, at, asWritten(f)))
			delete(want, t.word)
		}
	}
	return strings.Join(ws, " ")
}

// withFigureSigns returns the word w of text u, which starts at byte at,
// with the currency sign before a figure and the per cent sign after it:
// "50%", "$20", as written.
func withFigureSigns(u string, at int, w string) string {
	if w == "" || !isDigitASCII(w[0]) {
		return w
	}
	out := w
	if r, size := utf8.DecodeLastRuneInString(u[:at]); size > 0 && currencySign(r) {
		out = string(r) + out
	}
	if end := at + len(w); end < len(u) && u[end] == '%' {
		out += "%"
	}
	return out
}

// asWritten is a word of a text as written there, without the quotes or
// the possessive around it: "Akazawa" for "Akazawa's".
func asWritten(field string) string {
	w := strings.Trim(field, "'’")
	for _, poss := range []string{"'s", "’s"} {
		w = strings.TrimSuffix(w, poss)
	}
	return w
}
