package bot

// Stage 1 (parse), continued: the words a sum of money is written in.

import (
	"regexp"
	"strings"

	"github.com/dealbot/dealbot/bot/currencycodes"
	"github.com/dealbot/dealbot/bot/wordnet"
)

// currencyWordsRE names the currencies a sum of money is written in
// after its figure ("40 dollars", "64 cents", "300 dirhams"; "¥1
// trillion" aside): each noun whose commonest WordNet sense is a monetary
// unit (wordnet.Currencies), with its plurals, and the names whose
// commonest sense is another thing: "yen" (a yearning), "pounds" (a
// weight), "crowns", "kronor" and "reais". Round thirty-nine (it was a
// list of seventeen names, without "cents"): never-tuned top1 +4 (five
// sets up, one down), top3 +5; tuning +1.
var currencyWordsRE = currencyAlternation()

// currencyAlternation returns the alternation of currencyWordsRE.
func currencyAlternation() string {
	words := append([]string{"yen", "pounds", "crowns", "kronor", "reais"}, wordnet.Currencies()...)
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(words, "|")
}

// currencyCodesRE names the ISO 4217 codes a sum of money is written with
// before its figure ("ISK 5.2 billion", "CHF 300 million"), in capitals
// even inside a pattern that ignores case; not those that are English
// words ("ALL 27 members"; see currencycodes). The patterns that name
// them are compiled on first use: 172 codes are some milliseconds of
// compiling that a command that reads no figure need not pay.
var currencyCodesRE = `(?-i:` + strings.Join(currencycodes.Codes(), "|") + `)`

// currencyCode returns the ISO 4217 code a figure as written opens with
// ("ISK 5.2 billion": ISK; see currencyCodesRE), or "".
func currencyCode(v string) string {
	if len(v) < 4 || v[3] != ' ' && (v[3] < '0' || v[3] > '9') {
		return ""
	}
	if _, ok := currencycodes.Name(v[:3]); ok {
		return v[:3]
	}
	return ""
}
