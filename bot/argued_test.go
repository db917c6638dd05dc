package bot

import "testing"

// TestArgumentGivesReason: a party's argument answers why they want
// something, not why they argue it, nor a question of no reason.
func TestArgumentGivesReason(t *testing.T) {
	for question, want := range map[string]bool{
		"Why does Vestria want the threshold lowered?":                    true,
		"Why do importers argue the mussels don't compete?":               false,
		"Why do exporters contend that the duty is unfair?":               false,
		"When does Vestria want the threshold lowered?":                   false,
		"What is the reason Vestria gives for wanting a lower threshold?": true,
	} {
		q := parseQuestion(question)
		if got := q.argumentGivesReason(); got != want {
			t.Errorf("%q: argumentGivesReason %v, want %v", question, got, want)
		}
	}
}
