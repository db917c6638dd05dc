package main

import "slices"

// changeLexfile is WordNet's lexicographer file of verbs of change
// (verb.change): "rise", "cut", "increase", "add".
const changeLexfile = 30

// changeSenses is how many of a verb's commonest senses are read for
// one in verb.change: "rise" is first a verb of motion and second one of
// change; "take", whose fifth sense is of change, is a verb of having.
const changeSenses = 3

// magnitudeRoot is the verb sense that the senses of a change in amount
// are narrower than ("change magnitude": increase, decrease, and below
// them soar, jump, tumble, climb, slump, gain), whichever of a verb's
// senses they are: "soar" is first a verb of flight, "gain" one of
// getting.
const magnitudeRoot = "change_magnitude"

// changeVerbs returns the single-word verbs that can say something
// changed: one of their changeSenses commonest senses is in verb.change,
// or any of their senses is a change in amount (magnitudeRoot or
// narrower). What a question of how much asks of them is how much
// something changed ("how much did prices rise", "how much did shares
// soar"), not how much of it there is ("how much does Chile export").
func (d *db) changeVerbs() []string {
	var roots []string
	for _, k := range d.keys {
		if k[0] == 'v' && slices.Contains(d.synsets[k].lemmas, magnitudeRoot) {
			roots = append(roots, k)
		}
	}
	var out []string
	for w, ks := range d.senses {
		if !isWords(w) {
			continue
		}
		commonest := ks[:min(len(ks), changeSenses)]
		if slices.ContainsFunc(commonest, func(k string) bool {
			s := d.synsets[k]
			return s != nil && s.lexfile == changeLexfile
		}) || slices.ContainsFunc(ks, func(k string) bool { return d.reaches(k, roots) }) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}
