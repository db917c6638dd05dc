package wordnet

import (
	_ "embed"
	"strings"
)

//go:embed phrasal.tsv.gz
var phrasalGz []byte

var loadPhrasal = wordLists("phrasal.tsv.gz", phrasalGz, strings.Fields)

// PhrasalSynonyms returns the single-word verbs a text may write for a
// multi-word verb: the words of one of its commonest WordNet senses that
// have that sense among their own commonest, are mostly verbs and are no
// word of the phrase (see the generator's phrasalSynonyms; "step in":
// intervene, interfere; "turn down": refuse, reject, decline; "strike
// back": retaliate), or nil. phrase is the verb's base form in lower
// case, its words one space apart.
func PhrasalSynonyms(phrase string) []string {
	return loadPhrasal()[phrase]
}
