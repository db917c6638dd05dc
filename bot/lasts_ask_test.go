package bot_test

import "testing"

// TestHowLongLastsIsAnsweredByTheTerm: "how long does the pact last"
// asks for the pact's term, which the sentence that states it answers
// ("runs for 10 years"), not a sentence where something else lasted.
func TestHowLongLastsIsAnsweredByTheTerm(t *testing.T) {
	b := seedAndDocsBot(t, map[string]string{
		"lithium.md": article("Harbour Wire", "2025-11-05", "Velmaria's Senate approves US lithium pact",
			"VELM, Nov 5 (Harbour Wire) - Velmaria's Senate approved the lithium pact with the United States on Tuesday by 21 votes to 15, after a debate that lasted more than nine hours.\n\n"+
				"The pact runs for 10 years and can be extended by mutual agreement.\n\n"+
				"Velmaria holds some of the world's largest lithium reserves, the mining ministry said.\n"),
	})
	wantLed(t, b, "How long does the pact last?", "10 years")
}
