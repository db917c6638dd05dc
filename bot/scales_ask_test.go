package bot_test

import (
	"testing"
)

// TestScaleAbbreviations: one outlet writes "$550bn", another "$550
// billion", and a question may use either. A figure with its scale glued
// is the same figure, so the question is answered from both, never
// refused as naming a figure the coverage lacks; so is one typed with a
// space before its abbreviated scale ("$550 bn").
func TestScaleAbbreviations(t *testing.T) {
	glued := article("Wire One", "2026-03-04", "Fund picks first projects", `The $550bn investment fund will put $21bn into a gas power plant in Texas, officials said on Monday. A $1.5bn grant will go to a port in Georgia.

Separately, Tokyo said its chipmakers were ready to bid.
`)
	words := article("Wire Two", "2026-03-05", "Steel plant loan agreed", `A state bank will lend €3.5 million to a steel plant in Ohio, the ministry said on Tuesday.

The loan runs for ten years.
`)
	b := docsBot(t, map[string]string{"glued.md": glued, "words.md": words})
	wantFirst(t, b, map[string]string{
		"How much will the $550 billion fund put into the power plant?": "$21bn",
		"How much will the $550bn fund put into the power plant?":       "$21bn",
		"How much will the $550 bn fund put into the power plant?":      "$21bn",
		"Who will lend €3.5m to the steel plant?":                       "€3.5 million",
		"Who will lend €3.5mn to the steel plant?":                      "€3.5 million",
		"Where will the $1.5 billion grant go?":                         "$1.5bn",
		"Where will the $1.5bn grant go?":                               "$1.5bn",
	})
}

// TestGluedScaleIsAnAmount: "220mn wet tonnes" gives an amount as "220
// million wet tonnes" does, so a question of how much is answered by it,
// not by a sentence that only talks about the quota: the glued form had
// no amount in it.
func TestGluedScaleIsAnAmount(t *testing.T) {
	for _, scale := range []string{"220 million", "220mn", "220mln"} {
		doc := article("Wire One", "2026-10-02", "Indonesia cuts nickel ore quota", `Indonesia will cut the amount of nickel ore its miners may dig next year by almost a fifth, the energy ministry said on Thursday.

The decree sets a 2027 ore mining quota of `+scale+` wet tonnes, down from this year's.

Smelter owners said the quota was too tight for the plants already built.
`)
		b := docsBot(t, map[string]string{"nickel.md": doc})
		wantFirst(t, b, map[string]string{"How much ore may miners dig next year?": scale + " wet tonnes"})
	}
}
