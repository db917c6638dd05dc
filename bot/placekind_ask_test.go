package bot_test

import "testing"

// TestWhereInAPlaceIsAnsweredByThePlaceInside: "where in Spain are most
// kettles made?" is answered by the sentence that names the province,
// which news writes as "the province of Ostrava", not by one that names
// only Spain, the place the question already names.
func TestWhereInAPlaceIsAnsweredByThePlaceInside(t *testing.T) {
	b := seedAndDocsBot(t, map[string]string{
		"kettles.md": article("Harbour Wire", "2025-08-14", "US sets duties on Spanish kettles",
			"WASHINGTON, Aug 14 (Harbour Wire) - The US Commerce Department set anti-dumping duties of 31% on electric kettles made in Spain on Thursday.\n\n"+
				"Most Spanish kettles are made in the province of Ostrava, where factories sit side by side with the steel mills that supply them.\n\n"+
				"Spanish exporters shipped about 2.4 million kettles to the United States last year, the department said.\n"),
	})
	wantLed(t, b, "Where in Spain are most kettles made?", "Ostrava")
}
