package bot_test

import "testing"

// TestYearSaidByPublicationDate: a story of October 2026 that sets "next
// year's" limit gives the limit for 2027, as a story that writes the year
// does; asked for the latest, its figure comes first.
func TestYearSaidByPublicationDate(t *testing.T) {
	b := docsBot(t, map[string]string{
		"plan.md": article("North Sea Ledger", "2026-02-10", "Council plans cod cuts",
			"The fisheries council said the cod catch limit for 2027 would be set at 90,000 tonnes, down from 118,000 tonnes this season.\n\n"+
				"Skippers in Peterhead said the cut would force some boats to tie up for months.\n"),
		"survey.md": article("Harbour Wire", "2026-10-22", "Survey lifts cod limit",
			"The fisheries council set next year's cod catch limit at 104,000 tonnes after an autumn survey found more young fish than expected.\n\n"+
				"\"The stock is recovering faster than we feared,\" the council's chief scientist said.\n"),
	})
	wantFirst(t, b, map[string]string{
		"What is the cod catch limit for 2027 now?": "104,000 tonnes",
	})
}
