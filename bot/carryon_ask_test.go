package bot_test

import (
	"strings"
	"testing"
)

// TestCarryOnToTheQuote: a sentence that names a speaker and what they
// thought, with their words in the sentence after it, is shown with that
// sentence when its paragraph is too long to show whole; a first excerpt
// that holds the figure asked for is shown alone.
func TestCarryOnToTheQuote(t *testing.T) {
	body := `Senator Tom Aldridge, an Iowa Democrat who sits on the Senate Agriculture Committee, was more cautious about the soybean pledge announced after two days of talks between the trade delegations in Beijing last week. "A pledge is not a purchase order," he said in a statement on Friday. Farm groups in his state made the same point.

The new grain terminal will cost $1.45 billion, the port authority said on Monday, up from an estimate the board had published in March in its annual report to the state. Construction is due to start next year, once the state has approved the environmental study of the site.
`
	b := docsBot(t, map[string]string{"doc.md": article("Wire One", "2026-03-04", "Soybeans", body)})
	cases := []struct {
		question, want, notWant string
	}{
		{"What did Senator Aldridge make of the pledge?", `"A pledge is not a purchase order," he said`, "Farm groups"},
		{"How much will the grain terminal cost?", "$1.45 billion", "Construction is due"},
	}
	for _, c := range cases {
		t.Run(c.question, func(t *testing.T) {
			a := ask(t, b, c.question)
			if !a.Covered || len(a.Excerpts) == 0 {
				t.Fatalf("not answered: %+v", a)
			}
			first := a.Excerpts[0].Text
			if !strings.Contains(first, c.want) || strings.Contains(first, c.notWant) {
				t.Errorf("first excerpt %q, want it to hold %q and not %q", first, c.want, c.notWant)
			}
			if len(first) > 400 || !strings.Contains(body, first) {
				t.Errorf("first excerpt %q: want at most 400 bytes, verbatim", first)
			}
		})
	}
}
