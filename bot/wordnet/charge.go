package wordnet

import (
	_ "embed"
	"sync"

	"github.com/dealbot/dealbot/bot/wordnet/internal/morphy"
)

//go:embed charge.tsv.gz
var chargeGz []byte

// charge is the table of being in charge: its verbs and the words for who is.
type charge struct {
	verbs map[string]bool // the verbs and their irregular inflections ("led")
	words []string        // the verbs, their irregular inflections and the roles
}

var loadCharge = sync.OnceValue(func() charge {
	c := charge{verbs: map[string]bool{}}
	for kind, w := range rows("charge.tsv.gz", chargeGz, 2) {
		if kind == "verb" {
			c.verbs[w] = true
			for _, f := range Inflections(w) {
				c.verbs[f] = true
				c.words = append(c.words, f) // "led by"
			}
		}
		c.words = append(c.words, w)
	}
	return c
})

// InCharge reports whether a verb, in any form, says that someone is in
// charge of something: a verb WordNet defines as being in charge of
// ("direct", "head", "lead", "manage") or one step narrower ("run",
// "chair"), with a word for who does it ("director", "chairman").
// A form WordNet also lists as a noun ("leading", "heading"), which
// Lemma leaves as it is, is read by the verb suffix rules too: "Who is
// *heading* the delegation?".
func InCharge(verb string) bool {
	return verbIn(loadCharge().verbs, verb)
}

// verbIn reports whether a verb, in any form, is one of set (verbs with
// their irregular inflections): as written, as its lemma, or as the base
// the verb suffix rules give, for a form WordNet also lists as a noun
// ("leading", "heading"), which Lemma leaves as it is.
func verbIn(set map[string]bool, verb string) bool {
	verb = lower(verb)
	if set[verb] || set[Lemma(verb)] {
		return true
	}
	t := load()
	for b := range t.bases(verb) {
		if b.rule.POS == morphy.Verb && set[t.group[b.entry.start]] {
			return true
		}
	}
	return false
}

// ChargeWords returns the words that say who is in charge of something:
// the verbs of InCharge, with their irregular inflections ("led", "ran"),
// and WordNet's words for the people who do them
// and for narrower kinds of those people ("manager", "chairman",
// "president", "executive"), each mostly a noun. The result is shared:
// callers must not modify it.
func ChargeWords() []string {
	return loadCharge().words
}
