package main

import "slices"

// changeLexfile is WordNet's lexicographer file of verbs of change
// (verb.change): "rise", "cut", "increase", "add".
const changeLexfile = 30

// changeSenses is how many of a verb's commonest senses are read: "rise"
// is first a verb of motion and second one of change; "take" and
// "bring", whose fifth senses are of change, are verbs of having and
// moving things.
const changeSenses = 3

// changeVerbs returns the single-word verbs with a sense of change among
// their changeSenses commonest: what a question of how much asks of
// when it asks how much something changed ("how much did prices rise"),
// not how much of it there is ("how much does Chile export").
func (d *db) changeVerbs() []string {
	var out []string
	for w, ks := range d.senses {
		if !isWords(w) {
			continue
		}
		if slices.ContainsFunc(ks[:min(len(ks), changeSenses)], func(k string) bool {
			s := d.synsets[k]
			return s != nil && s.lexfile == changeLexfile
		}) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}
