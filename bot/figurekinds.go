package bot

import (
	"regexp"
	"strings"
)

// figureForms says, by bit, the kinds of figure a number is written as in
// a text (1<<figMoney, 1<<figPercent, …), and bareFigure when it stands
// somewhere without a sign or unit that gives its kind ("the 900",
// "2025").
type figureForms uint8

const bareFigure figureForms = 1 << 7

// figureFormsOf returns, for each number a text writes in digits, the
// kinds of figure it is written as there, read from the words around it
// (see figureFormAt): "900" in "$900 billion" is money, in "900 people" a
// count, in "the 900" alone bare. A year is no figure of a kind. toks are
// the text's tokens. Texts without a number in digits have none.
func figureFormsOf(s string, toks []token) map[string]figureForms {
	var out map[string]figureForms
	var u string
	for i, tk := range toks {
		if !isFigure(tk.word) || isYear(tk.word) {
			continue
		}
		if out == nil {
			out, u = map[string]figureForms{}, undot(s) // the text token offsets are in
		}
		out[tk.word] |= figureFormAt(u, toks, i)
	}
	return out
}

// figureFormAt returns the kind of figure the i-th token, a number, is
// written as: a percentage before "%", "percent", "pct" or "per cent"; a
// sum after a currency's sign or code or before a scale or a currency's
// name ("$550", "USD 550", "550 billion", "550bn", "550 yen"); a date
// beside a month ("Aug 1", "8 September"); a duration before a unit of
// time; a count before a word it counts ("900 people"); else bare.
func figureFormAt(u string, toks []token, i int) figureForms {
	tk := toks[i]
	var prev, next, then string
	if i > 0 {
		prev = toks[i-1].word
	}
	if i+1 < len(toks) {
		next = toks[i+1].word
	}
	if i+2 < len(toks) {
		then = toks[i+2].word
	}
	switch {
	case strings.HasPrefix(strings.TrimLeft(u[tk.end:], " "), "%") || percentAfter[next] || next == "per" && then == "cent":
		return 1 << figPercent
	case afterCurrency(u, tk.at) || i > 0 && toks[i-1].upper && codeSigns[strings.ToUpper(prev)] != "" ||
		isScaleWord(next) || scaleAbbreviations[next] != "" || currencyWord.MatchString(next):
		return 1 << figMoney
	case monthNames[prev] != nil || monthNames[next] != nil:
		return 1 << figDate
	case unitOfTime.MatchString(next):
		return 1 << figDuration
	case i+1 < len(toks) && countsNext(u, tk, toks[i+1]) && !countUnit.MatchString(next):
		return 1 << figCount
	}
	return bareFigure
}

// percentAfter are the words written after a percentage in place of its
// sign.
var percentAfter = toSet(`percent pct pc`)

// currencyWord matches a currency's name written after a sum.
var currencyWord = regexp.MustCompile(`^(?:dollar|dlrs|` + currencyWordsRE + `)$`)

// unitOfTime matches a unit of time written after a duration.
var unitOfTime = regexp.MustCompile(`^` + timeUnits + `$`)

// countsNext reports whether the word after a number is what it counts:
// a word in lower case right after it, not a function word nor another
// number ("900 people", not "900 in" or "900, 1,000").
func countsNext(u string, num, next token) bool {
	return strings.TrimSpace(u[num.end:next.at]) == "" && !next.stop && !next.capital && !isFigure(next.word)
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

// writtenAsAsked reports whether a text writes a term's number as the
// kind of figure the question asks for, or bare.
func (t *term) writtenAsAsked(a *analysed) bool {
	return a.numberKinds[t.word] != 0 && !t.writtenOtherwise(a)
}
