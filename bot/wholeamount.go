package bot

// Stage 1 (parse), continued: a question of how much of something there is.

import (
	"regexp"
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// howMuchNext finds the word after "how much", past an aside ("how much,
// roughly, did …"): "more", "less" or a comparative asks for a
// difference ("how much higher is Ecuador's rate"). ("How much of" asks
// for a share: kindPercent.)
var howMuchNext = regexp.MustCompile(`\bhow much\W+(\w+)`)

// asksWholeAmount reports whether a question asks how much of something
// there is or changes hands ("how much does Argentina *export*", "how
// much did Nippon Steel *pay*"), which money or a measure answers ("$7.2
// billion", "5.5 million tonnes"), and a percentage alone only weakly
// ("about 70%" of its beef goes to China). It does not when the question
// asks for a share or a rate ("how much of …", "what percentage"), a
// difference ("how much higher …"), or a change: a verb that can say
// something changed ("rise", "cut", "add", "soar"; see wordnet.IsChange),
// which a percentage answers ("from 20% to 10%").
// It needs a verb: "how much is the tariff on buses" asks for a rate by
// its noun.
//
// On the never-tuned sets (round seventeen): top1 +4, top3 +2, no set
// lower; the tuning sets top1 +1, top3 +1. Without the verb test, a
// question of "add" and one of a tariff's size were lost.
func (q *question) asksWholeAmount() bool {
	m := howMuchNext.FindStringSubmatch(strings.ToLower(q.text))
	if m == nil || q.kinds&kindPercent != 0 {
		return false
	}
	if next := m[1]; next == "more" || next == "less" || wordnet.Comparative(next) {
		return false
	}
	verbs := 0
	for i := range q.terms {
		t := &q.terms[i]
		if !t.predicate {
			continue
		}
		if wordnet.IsChange(t.word) {
			return false
		}
		verbs++
	}
	return verbs > 0
}
