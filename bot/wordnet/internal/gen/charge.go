package main

import (
	"slices"
	"strings"
)

// maxKinds is how many narrower senses a word for who is in charge may
// have for them to stand for it: "leader" (a person who rules or guides
// or inspires others) has 44, from "aristocrat" to "torchbearer", too
// broad a class for any of them to say who runs something; "head" (a
// person who is in charge) has 10.
const maxKinds = 12

// inChargeGloss is how WordNet defines the verb senses of being in charge
// of something: "direct", "head, lead", "manage, deal, care, handle" are
// glossed "be in charge of".
const inChargeGloss = "be in charge"

// charge returns the lines of the table of being in charge:
//
//   - "verb<TAB>w": a single-word lemma of a verb sense WordNet defines as
//     being in charge, or of a sense one step narrower ("operate, run":
//     direct or control; "chair"), that has a word for a person who does it
//     (a noun.person noun derived from it: "director", "leader",
//     "manager");
//   - "role<TAB>w": those nouns and the ones one step narrower than them
//     ("chairman", "president", "executive"), unless they are many (see
//     maxKinds), each a common noun whose
//     commonest sense is a person and that the tagged corpus uses as a noun
//     at least as often as as a verb or an adjective ("general" and "chief"
//     are mostly adjectives, "guide" a verb).
//
// A question that asks who runs, heads or leads something is answered by
// "its chairman, …" or "…, the group's president", which say none of its
// words.
func (d *db) charge(used map[string]*[4]int) []string {
	narrower := map[string][]string{}
	for k, bs := range d.broader {
		for _, b := range bs {
			narrower[b] = append(narrower[b], k)
		}
	}
	var senses []string
	for _, k := range d.keys {
		if s := d.synsets[k]; k[0] == 'v' && strings.Contains(s.gloss, inChargeGloss) {
			senses = appendNew(senses, k)
			for _, n := range narrower[k] {
				if n[0] == 'v' {
					senses = appendNew(senses, n)
				}
			}
		}
	}
	var verbs, roles []string
	for _, k := range senses {
		var agents []string
		for _, n := range d.derived[k] {
			if s := d.synsets[n]; s != nil && n[0] == 'n' && s.lexfile == personFile {
				agents = appendNew(agents, n)
			}
		}
		if len(agents) == 0 {
			continue
		}
		for _, l := range d.synsets[k].lemmas {
			if isWords(l) && !strings.Contains(l, "_") {
				verbs = appendNew(verbs, strings.ToLower(l))
			}
		}
		for _, a := range agents {
			kinds := []string{a}
			if len(narrower[a]) <= maxKinds {
				kinds = append(kinds, narrower[a]...)
			}
			for _, n := range kinds {
				for _, l := range d.synsets[n].lemmas {
					if d.isRole(l, used) {
						roles = appendNew(roles, l)
					}
				}
			}
		}
	}
	var out []string
	for _, v := range verbs {
		out = append(out, "verb\t"+v)
	}
	for _, r := range roles {
		out = append(out, "role\t"+r)
	}
	slices.Sort(out)
	return out
}

// isRole reports whether a lemma is a person noun (see isPersonNoun) used
// as a noun at least as often as otherwise.
func (d *db) isRole(l string, used map[string]*[4]int) bool {
	if !d.isPersonNoun(l) {
		return false
	}
	c := used[l]
	return c == nil || (c[0] >= c[1] && c[0] >= c[2])
}
