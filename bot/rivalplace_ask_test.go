package bot_test

import "testing"

// TestRivalPlaceIsNoAnswer: a figure the sentence gives for another place
// than the one asked about, where only its section names that one, is the
// closest the coverage comes, not the answer: "Florida alone produces
// about 12% of the country's honey", under a heading about Vermont, does
// not say how much honey Vermont produces.
func TestRivalPlaceIsNoAnswer(t *testing.T) {
	b := seedAndDocsBot(t, map[string]string{
		"honey.md": article("Harbour Wire", "2025-09-09", "US sets duty on imported honey",
			"WASHINGTON, Sept 9 (Harbour Wire) - The United States will charge a 20% duty on imported honey from October 1, the Commerce Department said.\n\n"+
				"## A petition from Vermont\n\n"+
				"The case was brought by beekeepers in Vermont, who said cheap imports had cut the price of their honey by a third.\n\n"+
				"Florida alone produces about 12% of the country's honey.\n"),
	})
	wantClosest(t, b, "How much honey does Vermont produce?", "Florida")
	wantLed(t, b, "How much honey does Florida produce?", "Florida alone")
}

// TestRivalDestinationIsNoAnswer: a figure of exports to another place
// than the one asked about is the closest the coverage comes, even when
// the article's headline names the place asked about: "exports to the
// United States" does not say how much went to China.
func TestRivalDestinationIsNoAnswer(t *testing.T) {
	b := seedAndDocsBot(t, map[string]string{
		"cider.md": article("Harbour Wire", "2025-09-09", "Breton cider makers look to China as US duties bite",
			"RENNES, Sept 9 (Harbour Wire) - Cider makers in Brittany said on Tuesday they would step up sales in Asia after the United States raised its duty on French cider to 25%.\n\n"+
				"Customs figures put Breton cider exports to the United States at $18 million in 2024, the region's largest market outside France.\n\n"+
				"Two of the largest makers opened sales offices in Shanghai this year.\n"),
	})
	wantClosest(t, b, "How much Breton cider by value went to China in 2024?", "United States at $18 million")
	wantLed(t, b, "How much Breton cider by value went to the United States in 2024?", "$18 million")
}
