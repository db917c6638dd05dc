package main

import (
	"slices"
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet/internal/morphy"
)

// plurals returns the plural nouns that do not end in -s: the forms of
// WordNet's noun exception list ("children", "men", "criteria") and the
// nouns whose commonest sense WordNet glosses as plural ("people"), and
// the plurals in -men of its words for a person in -man ("women"). A
// number before one counts it ("450 people"), as a number before
// "workers" does; no suffix rule finds them.
func (d *db) plurals() []string {
	var out []string
	for form, bases := range d.except {
		if strings.HasSuffix(form, "s") || !isWords(form) || strings.Contains(form, "_") {
			continue
		}
		if slices.ContainsFunc(bases, func(b base) bool { return b.pos == morphy.Noun }) {
			out = appendNew(out, form)
		}
	}
	for w, key := range d.noun {
		s := d.synsets[key]
		if s == nil || !isWords(w) || strings.Contains(w, "_") {
			continue
		}
		if !strings.HasSuffix(w, "s") && strings.HasPrefix(s.gloss, "(plural)") {
			out = appendNew(out, w)
		}
		if strings.HasSuffix(w, "man") && s.lexfile == personFile {
			// morphy's rule reads "-men" as "-man" ("women", "fishermen"),
			// so the exception list leaves those plurals out.
			out = appendNew(out, strings.TrimSuffix(w, "man")+"men")
		}
	}
	slices.Sort(out)
	return out
}
