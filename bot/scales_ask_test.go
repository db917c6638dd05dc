package bot_test

import (
	"testing"
)

// TestScaleAbbreviations: one outlet writes "$550bn", another "$550
// billion", and a question may use either. A figure with its scale glued
// is the same figure, so the question is answered from both, never
// refused as naming a figure the coverage lacks.
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
		"Who will lend €3.5m to the steel plant?":                       "€3.5 million",
		"Who will lend €3.5mn to the steel plant?":                      "€3.5 million",
		"Where will the $1.5 billion grant go?":                         "$1.5bn",
		"Where will the $1.5bn grant go?":                               "$1.5bn",
	})
}
