package wordnet

// LongForms returns the long forms WordNet gives acronym in the same synset,
// lower-case with spaces: "eu" -> "european union", "wto" -> "world trade
// organization". Only long forms whose word initials spell the acronym
// count, with or without minor words ("organization of petroleum-exporting
// countries" for "opec"). Ask only for words the text writes in capitals:
// WordNet's acronyms include "OR" (operating room), "DO" and "US", which in
// lower case are ordinary words. The result is shared: callers must not
// modify it.
func LongForms(acronym string) []string {
	return load().long[lower(acronym)]
}

// Acronyms is the inverse of LongForms: "european union" -> "eu". The
// result is shared: callers must not modify it.
func Acronyms(longForm string) []string {
	return load().short[lower(longForm)]
}

// IsCommonAcronym reports whether WordNet gives acronym a long form that is
// a common noun, a kind of thing ("CEO": chief executive officer, "GDP"),
// rather than only the name of one ("WTO", "NATO", "EU").
func IsCommonAcronym(acronym string) bool {
	return load().common[lower(acronym)]
}
