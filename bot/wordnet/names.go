package wordnet

import _ "embed"

//go:embed names.tsv.gz
var namesGz []byte

var loadNames = wordLists("names.tsv.gz", namesGz, bars)

// OtherNames returns the other names WordNet gives an organisation or a
// place ("uk" → united kingdom, britain, great britain …; "burma" →
// myanmar), each one whose commonest sense is that organisation or place;
// nil for any other word. name is lower-case, with single spaces ("south
// korea"). The result is shared: callers must not modify it.
func OtherNames(name string) []string {
	return loadNames()[name]
}
