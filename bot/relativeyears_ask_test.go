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

// TestYearOnlySaidRelatively: a year no document writes or is dated in
// is said by a story of the year after that writes "last year"; the
// question is answered, not refused as asking about a year the coverage
// never names.
func TestYearOnlySaidRelatively(t *testing.T) {
	b := docsBot(t, map[string]string{
		"growers.md": article("Andean Wire", "2025-04-09", "Flower growers brace for tariff",
			"Ruritania's flower growers say a new 10% tariff will cost them $180 million a year.\n\n"+
				"The United States buys roughly 78% of Ruritania's flower exports, which were worth $2.3 billion last year.\n"),
		"talks.md": article("Andean Wire", "2025-06-02", "Talks on flower tariff",
			"Ruritanian officials met trade negotiators in Washington on Monday to seek an exemption for cut flowers.\n"),
	})
	wantFirst(t, b, map[string]string{
		"How much were Ruritania's flower exports worth in 2024?": "$2.3 billion",
	})
}

// TestYearAskedByItsDay: asked for "last year", a story of 2025 that
// writes "in 2024" gives that year's figure, above one that only says
// "a year".
func TestYearAskedByItsDay(t *testing.T) {
	b := docsBot(t, map[string]string{
		"exports.md": article("Prairie Ledger", "2025-06-18", "Potash exports hold up",
			"Canadian potash exports to the United States were valued at $3.6 billion in 2024, according to Statistics Canada.\n\n"+
				"Producers in Saskatchewan said demand from American farmers stayed firm.\n"),
		"average.md": article("Harbour Wire", "2025-06-20", "Potash trade in figures",
			"Potash exports to the United States averaged $2.9 billion a year over the past decade, the industry association said.\n\n"+
				"Most of it crosses the border by rail, which slowed last month.\n"),
	})
	wantFirst(t, b, map[string]string{
		"What were potash exports to the US worth last year?": "$3.6 billion",
	})
}
