package main

import (
	"slices"
	"strings"
)

// phrasalSenses is how many of a verb's commonest senses are read, of
// the multi-word verb and of each synonym: the rarer senses of common
// verbs are where unrelated words meet ("drive" is a synonym of "push
// back" only in its ninth sense). Only senses the tagged corpus orders
// count as commonest: of a verb whose senses it never tagged, the first
// alone ("kick in" is first "set in", then "contribute", in no order of
// use).
const phrasalSenses = 2

// phrasalSynonyms returns, for each multi-word verb, the single-word
// verbs that a text may write for it: the words of one of its commonest
// senses that have that sense among their own commonest (see
// phrasalSenses), that the tagged corpus uses as a verb more than as
// anything else (used; not "state" for "put forward", "hand" for "pass
// on"), and that are not a word of the phrase itself ("cut" for "cut
// back" would make "back" said by "cut"). "step in": intervene,
// interfere; "turn down": refuse, reject, decline; "strike back":
// retaliate. A question says "why did the ministry step in"; the news
// says "the ministry intervened".
func (d *db) phrasalSynonyms(used map[string]*[4]int) []string {
	var out []string
	for phrase, ks := range d.phrasal {
		words := strings.Split(phrase, "_")
		var syns []string
		for _, k := range d.commonest(phrase, ks) {
			s := d.synsets[k]
			if s == nil {
				continue
			}
			for _, l := range s.lemmas {
				w := strings.ToLower(l)
				u := used[w]
				if strings.Contains(w, "_") || !isWords(w) || slices.Contains(words, w) ||
					u == nil || u[1] <= max(u[0], u[2], u[3]) || !slices.Contains(d.commonest(w, d.senses[w]), k) {
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

// commonest returns the first of a verb's senses ks that phrasalSenses
// reads.
func (d *db) commonest(verb string, ks []string) []string {
	return ks[:min(len(ks), max(1, min(phrasalSenses, d.tagged[verb])))]
}
