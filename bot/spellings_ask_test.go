package bot_test

import (
	"testing"
)

// TestBritishAndAmericanSpellings: one outlet writes "defence" and
// "organisation", a reader types "defense" and "organization" (or the
// other way round). They are one word: the question is answered, never
// refused as naming a thing the coverage lacks.
func TestBritishAndAmericanSpellings(t *testing.T) {
	british := article("Wire One", "2026-03-04", "Tokyo lifts arms budget", `Japan will raise its defence spending to 2% of output by 2027, the cabinet said on Monday.

The World Trade Organisation's members met in Geneva. The organisation's head, Lena Varro, called for calm.
`)
	american := article("Wire Two", "2026-03-05", "Harbor plan approved", `The city council approved a $40 million plan to dredge the harbor by 2028.

Local fishermen welcomed the plan.
`)
	b := docsBot(t, map[string]string{"british.md": british, "american.md": american})
	wantFirst(t, b, map[string]string{
		"How much will Japan spend on defense?":        "2% of output",
		"How much will Japan spend on defence?":        "2% of output",
		"Who heads the organization?":                  "Lena Varro",
		"How much will it cost to dredge the harbour?": "$40 million",
	})
}
