package bot_test

import (
	"context"
	"strings"
	"testing"
)

// TestQuoteOfSomeoneElseInTheRole: asked what the prime minister said,
// coverage that quotes only the energy minister on it (and names the
// prime minister in another story) answers in part, saying whom it does
// not quote; once the prime minister is quoted on it, the answer is
// whole.
func TestQuoteOfSomeoneElseInTheRole(t *testing.T) {
	minister := `Canadian Energy Minister Ellen Marchand said the province would not reinstate the power surcharge while talks went on. "The surcharge did what it was meant to do," Marchand said.`
	premier := `Canadian Prime Minister Mark Carney said the power surcharge had been Ontario's decision. "We will answer tariffs with one voice," Carney said.`
	steel := article("Wire Two", "2026-03-05", "Carney to visit Washington", "OTTAWA, March 5 (Wire Two) - Prime Minister Mark Carney will travel to Washington next month for talks on steel quotas.\n")
	const question = "What did the Canadian prime minister say about the power surcharge?"
	for _, c := range []struct {
		body  string
		whole bool
	}{
		{minister, false},
		{minister + "\n\n" + premier, true},
	} {
		doc := article("Wire One", "2026-03-04", "Ontario suspends power surcharge", "OTTAWA, March 4 (Wire One) - Canada's Ontario province suspended its power surcharge.\n\n"+c.body+"\n")
		b := docsBot(t, map[string]string{"surcharge.md": doc, "steel.md": steel})
		ans, err := b.Ask(context.Background(), question)
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Covered {
			t.Fatalf("with the prime minister quoted %v: not covered (%q)", c.whole, ans.Text)
		}
		unquoted := strings.Contains(ans.Note, "may not quote the Canadian prime minister")
		if ans.Partial == c.whole || unquoted == c.whole {
			t.Errorf("with the prime minister quoted %v: partial %v, note %q, first %q", c.whole, ans.Partial, ans.Note, ans.Excerpts[0].Text)
		}
	}
}
