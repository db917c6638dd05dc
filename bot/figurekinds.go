package bot

import (
	"slices"
	"strings"
)

// figureForms says, by bit, the kinds of figure a number is written as in
// a text (1<<figMoney, 1<<figPercent, …), and bareFigure when it stands
// somewhere without a sign or unit that gives its kind ("the 900",
// "2025").
type figureForms uint8

const bareFigure figureForms = 1 << 7

// figureFormsOf returns, for each number a text writes in digits, the
// kinds of figure it is written as there: "900" in "$900 billion" is
// money, in "900 people" or "900 new jobs" a count (a number before a
// word that is no function word), in "the 900" alone bare. Texts without
// a digit have none.
func figureFormsOf(s string) map[string]figureForms {
	if !strings.ContainsAny(s, "0123456789") {
		return nil
	}
	var out map[string]figureForms
	u := undot(s) // the text token offsets are in
	var figs []figure
	toks := tokenize(s)
	for i, tk := range toks {
		if !isFigure(tk.word) {
			continue
		}
		if out == nil {
			out = map[string]figureForms{}
			figs = findFiguresIn(u)
		}
		form := bareFigure
		if j := slices.IndexFunc(figs, func(f figure) bool { return f.start <= tk.at && tk.at < f.end }); j >= 0 {
			form = 1 << figs[j].kind
		} else if i+1 < len(toks) && countsNext(u, tk, toks[i+1]) {
			form = 1 << figCount
		}
		out[tk.word] |= form
	}
	return out
}

// countsNext reports whether the word after a number is what it counts:
// a word in lower case right after it, not a function word nor another
// number ("900 people", not "900 in" or "900, 1,000").
func countsNext(u string, num, next token) bool {
	between := u[num.end:next.at]
	return strings.TrimSpace(between) == "" && !next.stop && !next.capital && !isFigure(next.word)
}

// askedAs returns the one kind of figure a question writes a number as,
// for the number's term: "$900 billion" asks for a sum, not for "900
// people" or "900 tonnes"; "20%" for a share, not "$20bn". It is 0 when
// the question writes the number bare or as several kinds.
func askedAs(kinds map[string]figureForms, word string) figureForms {
	k := kinds[word]
	if k == 0 || k&bareFigure != 0 || k&(k-1) != 0 {
		return 0
	}
	return k
}

// writtenOtherwise reports whether a text writes a term's number only as
// figures of another kind than the question asks for: then the text
// does not say the question's figure, whatever its digits.
func (t *term) writtenOtherwise(a *analysed) bool {
	if t.figureAs == 0 || a.numberKinds == nil {
		return false
	}
	k := a.numberKinds[t.word]
	return k != 0 && k&(t.figureAs|bareFigure) == 0
}
