package bot_test

import "testing"

// TestWhereALevelIsAnsweredByTheFigure: "where are futures trading" asks
// where a price stands, which the sentence that states it answers, not a
// sentence that names places the futures are traded in or shipped to.
func TestWhereALevelIsAnsweredByTheFigure(t *testing.T) {
	b := seedAndDocsBot(t, map[string]string{
		"cocoa.md": article("Harbour Wire", "2025-12-12", "US lifts tariff on Velmarian cocoa",
			"NEW YORK, Dec 12 (Harbour Wire) - Cocoa futures traders in New York and London turned to Velmarian beans on Thursday after Washington lifted its tariff on cocoa from Velmaria.\n\n"+
				"Cocoa futures settled at $6,120 a tonne on Thursday, down 9% from their November peak.\n\n"+
				"Velmaria shipped about 180,000 tonnes of beans to the United States last year, the trade ministry said.\n"),
	})
	wantLed(t, b, "Where are cocoa futures trading now?", "$6,120")
}
