package main

// locationNouns returns the single-word common nouns whose commonest noun
// sense is a kind of place ("province", "region", "district", "port")
// and that the tagged corpus uses more often as a noun than as a verb, an
// adjective or an adverb, or never tags: the words a text names a place
// by with its name ("the *province* of Castellón", "the Karaganda
// *region*"). Not "see", "left", "reach", "there" or "open", whose
// commonest noun sense is a place but which a text mostly writes as other
// parts of speech ("Analysts *see* …", "Biden *left* …"), nor the proper
// names of places ("Canada"), which WordNet writes with a capital.
func (d *db) locationNouns(used map[string]*[4]int) []string {
	return d.nounsIn(locationFile, func(w string) bool { return mostlyNoun(used, w) })
}

// mostlyNoun reports whether the tagged corpus uses a word more often as
// a noun than as a verb, an adjective or an adverb, or never tags it.
func mostlyNoun(used map[string]*[4]int, w string) bool {
	c := used[w]
	return c == nil || c[0] > max(c[1], c[2], c[3])
}
