package main

// personNouns returns the single-word common nouns whose commonest noun
// sense is a kind of person ("ambassador", "minister", "chairman"): the
// titles a name may carry ("Ambassador Greer") that a text may leave out.
func (d *db) personNouns() []string {
	return d.nounsIn(personFile, func(string) bool { return true })
}

// isPersonNoun reports whether w is a single-word common noun whose
// commonest noun sense is a kind of person.
func (d *db) isPersonNoun(w string) bool {
	return d.isNounIn(w, personFile)
}
