package bot_test

import "testing"

// TestUnusedModifierSaidAnotherWay: a word the coverage never uses that
// English uses mostly as an adjective or an adverb ("original",
// "initial") is weighed as one said another way, as an unused verb is,
// not as a thing the coverage lacks: "when was the original petition
// lodged?" is answered, at least in part, by the sentence that dates the
// petition, not refused for want of "original" and "lodged".
func TestUnusedModifierSaidAnotherWay(t *testing.T) {
	b := seedAndDocsBot(t, map[string]string{
		"kettles.md": article("Harbour Wire", "2025-08-14", "US sets duties on Velmarian kettles",
			"WASHINGTON, Aug 14 (Harbour Wire) - The US Commerce Department set anti-dumping duties of 31% on electric kettles from Velmaria on Thursday.\n\n"+
				"The case began with a petition filed in February 2025 by two US appliance makers, Ridgefield Home and Carver Electric.\n\n"+
				"Velmarian exporters shipped about 2.4 million kettles to the United States last year, the department said.\n"),
	})
	wantLed(t, b, "When was the original petition lodged?", "February 2025")
}
