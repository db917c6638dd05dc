package bot

// Stage 1 (parse), continued: the words a sum of money is written in.

import (
	"regexp"
	"strings"

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
