package bot_test

import (
	"strings"
	"testing"
)

// TestCountBeforeSum: for "how many workers", a sentence that counts
// people ranks before one that gives only sums of money, though the sums'
// sentence says more of the question's words ("project", "mill", "needs").
func TestCountBeforeSum(t *testing.T) {
	b := seedAndDocsBot(t, map[string]string{"mill.md": article("Wire One", "2025-11-02", "Pulp mill plan revised", `
The total cost of the project is now put at $2.3 billion, up from the $1.9 billion announced in May. The owners said the earlier figure left out a road that the mill needs.

The project is expected to employ about 650 people, not 500 as first reported.
`)})
	a := ask(t, b, "How many workers will the pulp mill project need?")
	if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "650 people") {
		t.Errorf("first excerpt %+v, want the one counting 650 people", a.Excerpts)
	}
}
