package bot

// Stage 3 (ground), continued: a question of how much that asks for an
// amount in a unit of measure ("how many *tonnes*") or for a sum of money
// ("what is it *worth*", "the *dollar* value"). Only a figure of that
// kind answers it; any other figure (a value for a volume, a volume for
// a value, a share) is the closest the coverage comes.

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// unitAsked returns the unit of measure a question of how many asks an
// amount in ("how many *tonnes* of aluminium did the EU export", "how
// many *barrels* a day"), or -1.
func (q *question) unitAsked() int {
	if q.counted < 0 || !measureUnit.MatchString(q.terms[q.counted].word) {
		return -1
	}
	return q.counted
}

// measureUnit matches a unit of measure (see measureUnits), not of time,
// money or share.
var measureUnit = regexp.MustCompile(`(?i)^(` + measureUnits + `)$`)

// unitReach is how many words may stand between a figure and its unit:
// "1.9 million metric tons".
const unitReach = 3

// sameUnit gives the one spelling of units written several ways: a
// "ton" of trade news is a tonne as often as not.
var sameUnit = map[string]string{"ton": "tonne", "tons": "tonne", "tonnes": "tonne", "t": "tonne", "mt": "tonne"}

// givesUnit reports whether a text gives a figure in the unit u (a word
// as the question writes it): a number with the unit, or another
// spelling of it, among the unitReach words after it.
func givesUnit(u *term, a *analysed) bool {
	want := unitSpelling(u.word)
	return figureBefore(a, unitReach, func(tk token) bool { return u.matchToken(tk) || unitSpelling(tk.word) == want })
}

// unitSpelling returns a unit's one spelling (see sameUnit), or its
// singular.
func unitSpelling(w string) string {
	w = strings.ToLower(w)
	if s, ok := sameUnit[w]; ok {
		return s
	}
	return singular(w)
}

// moneyAsked reports whether a question of how much asks for a sum of
// money: it names a currency ("what was the *dollar* value", "how many
// *euros*") or asks what something is *worth*; or the thing it asks for
// is a sum of money (see wordnet.IsMoney, askedHead): "what are the
// company's annual *sales*", "how much *revenue*", not "what is the
// industry's goal for sales", "what volume of sales" nor a share of
// one. Not a question of how a currency moved ("how much has the yen
// fallen"), nor "days' worth" or "worth it".
func (q *question) moneyAsked() bool {
	if notMoneyWorth.MatchString(q.text) {
		return false
	}
	if q.kinds&(kindAmount|kindCount) == 0 {
		return q.namesAmount() && q.asksSum()
	}
	if slices.ContainsFunc(q.terms, func(t term) bool {
		return !t.capital && !wordnet.MostlyNoun(t.word) && wordnet.IsChange(t.word) // "fallen", "risen", "weakened"
	}) {
		return false
	}
	return slices.ContainsFunc(q.terms, func(t term) bool { return t.money || t.form == "worth" }) || q.asksSum()
}

// asksSum reports whether what a question asks for is a sum of money
// (see askedHead, wordnet.IsMoney), and no share of one.
func (q *question) asksSum() bool {
	return q.kinds&kindPercent == 0 && wordnet.IsMoney(q.askedHead())
}

// askedHead returns the noun naming what a question of how much or of
// "what" asks for, as written in lower case: the counted noun ("how much
// *revenue*"), or the last word of the first run of common words after
// "what", its verb and any owner ("what are Blue Ridge Tileworks'
// annual *sales*", "what is the industry's *goal* for sales", "what
// reference *price* did they set", "what were the mill's *earnings* last
// quarter"); or "".
func (q *question) askedHead() string {
	if q.counted >= 0 {
		return q.terms[q.counted].word
	}
	toks := tokenize(q.text)
	if len(toks) == 0 || toks[0].word != "what" {
		return ""
	}
	head := ""
	for _, tk := range toks[1:] {
		switch {
		case head == "" && (tk.stop || tk.capital || tk.possessive):
			continue // "are", "the", "Blue Ridge Tileworks'", "industry's"
		case tk.stop || tk.capital || tk.possessive || opensRelativeTime(tk.word):
			return head // "what were the mill's *earnings* last quarter"
		}
		head = tk.word
	}
	return head
}

// opensRelativeTime reports whether a word opens a time said relative
// to now ("*last* quarter", "*next* year"), which ends the noun phrase
// before it.
func opensRelativeTime(w string) bool {
	_, ok := yearOffsets[w]
	return ok
}

// notMoneyWorth finds a "worth" that asks for no sum: "days' worth of
// oil", "worth it".
var notMoneyWorth = regexp.MustCompile(`(?i)s['’] worth\b|\bworth it\b`)

// givesMoney reports whether an excerpt gives a sum of money: a figure
// the parser reads as money ("$4bn", "¥1 trillion"), or a number with a
// currency's code or word ("Rs 2,400 crore", "RMB 10 billion", "2.4bn
// euros", "300 million pesos").
func givesMoney(e *excerptAnalysis) bool {
	return slices.ContainsFunc(e.parsedFigures(), func(f figure) bool { return f.kind == figMoney }) || moneyWords().MatchString(e.text)
}

// countsOnlyMoney reports whether every number an excerpt's count
// pattern reads (see passageCues) is a sum of money the figure parser
// reads ("$1.6 billion, up from $1.1 billion"): a sum is no number of
// anything, which a question of how many asks for, unless it asks how
// many of a currency (see moneyAsked).
func countsOnlyMoney(e *excerptAnalysis) bool {
	var money [][]int
	for _, f := range e.parsedFigures() {
		if f.kind == figMoney {
			money = append(money, []int{f.start, f.end})
		}
	}
	if money == nil {
		return false
	}
	for _, m := range passageCues[kindCount].FindAllStringIndex(cueText(kindCount, e.text), -1) {
		if !slices.ContainsFunc(money, func(s []int) bool { return m[0] >= s[0] && m[0] < s[1] }) {
			return false
		}
	}
	return true
}

// moneyWords finds a sum written with a currency's code (ISO's, see
// currencyCodesRE, or a common other: "Rs", "RMB", "Rp") or name;
// compiled on first use.
var moneyWords = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:Rs\.?|RMB|Rp|` + currencyCodesRE + `)\s?\d|\d[\d,.]*\s*(?:bn|billion|million|trillion|thousand|crore|lakh)?\s*(?:crores?|lakhs?|` + currencyWordsRE + `|real|pounds? sterling)\b`)
})
