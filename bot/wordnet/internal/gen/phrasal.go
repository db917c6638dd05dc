package main

import (
	"slices"
	"strings"
)

// phrasalSenses is how many of a verb's commonest senses are read, of
// the multi-word verb and of each synonym: the rarer senses of common
// verbs are where unrelated words meet ("drive" is a synonym of "push
// back" only in its ninth sense).
const phrasalSenses = 2

// phrasalSynonyms returns, for each multi-word verb, the single-word
// verbs that a text may write for it: the words of one of its two
// commonest senses that have that sense among their own two commonest
// ("step in": intervene, interfere; "turn down": refuse, reject,
// decline; "strike back": retaliate). A question says "why did the
// ministry step in"; the news says "the ministry intervened".
func (d *db) phrasalSynonyms() []string {
	var out []string
	for phrase, ks := range d.phrasal {
		var syns []string
		for _, k := range ks[:min(len(ks), phrasalSenses)] {
			s := d.synsets[k]
			if s == nil {
				continue
			}
			for _, l := range s.lemmas {
				w := strings.ToLower(l)
				own := d.senses[w]
				if strings.Contains(w, "_") || !isWords(w) || !slices.Contains(own[:min(len(own), phrasalSenses)], k) {
					continue
				}
				syns = appendNew(syns, w)
			}
		}
		if len(syns) > 0 {
			out = append(out, strings.ReplaceAll(phrase, "_", " ")+"\t"+strings.Join(syns, " "))
		}
	}
	slices.Sort(out)
	return out
}
