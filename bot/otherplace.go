package bot

// Stage 5 (score), continued: a question of where is answered by a place
// it does not name itself.

import "slices"

// namesOtherPlace reports whether an excerpt names a place (see placeCue)
// other than those the question names: "where in Malawi is the crop
// grown?" is not answered by "growers in Malawi sold the crop at a
// loss" but by "the southern districts of Thyolo and Mulanje". A
// capitalised word of the place is the question's when a term says it
// (see saysToken: a word, a neighbour, a country for its capital) or a
// word of a longer form ("United" of "United States" for "US"). It
// reads the words of the places the excerpt keeps (see spansOf), found
// once for every question asked of it.
func (q *question) namesOtherPlace(e *excerptAnalysis) bool {
	for _, sp := range e.spansOf(kindPlace) {
		for _, tk := range e.content[sp[0]:min(sp[1], len(e.content))] {
			if tk.capital && !q.saysPlaceWord(tk) {
				return true
			}
		}
	}
	return false
}

// saysPlaceWord reports whether a term of the question says a word of a
// place's name.
func (q *question) saysPlaceWord(tk token) bool {
	inPhrase := func(p phrase) bool { return slices.Contains(p.forms, tk.form) }
	return slices.ContainsFunc(q.terms, func(t term) bool {
		return t.saysToken(tk) || slices.ContainsFunc(t.longForms, inPhrase) || slices.ContainsFunc(t.expand, inPhrase)
	})
}
