package bot_test

import "testing"

// TestHowLongIsTheBreakwater: a question of how long a thing is is
// answered by its length, not by how long the works take.
func TestHowLongIsTheBreakwater(t *testing.T) {
	b := docsBot(t, map[string]string{
		"breakwater.md": article("Bay Courier", "2026-05-02", "Port starts breakwater",
			"The port authority said on Friday that the works would take 18 months.\n\n"+
				"The breakwater will stretch 2.4 km into the bay and shelter the container quay from winter storms.\n"),
	})
	wantFirst(t, b, map[string]string{
		"How long is the breakwater?":   "2.4 km",
		"How long will the works take?": "18 months",
	})
}
