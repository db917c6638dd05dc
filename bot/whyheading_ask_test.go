package bot_test

import "testing"

// TestWhyHeadingGivesTheReason: a paragraph under a section headed "Why
// …" gives a reason though it writes no word of cause ("because",
// "due to"): "why did Velmaria lift the cashew duty?" is answered by the
// paragraph under "Why the duty went", not by the sentence that reports
// the lifting.
func TestWhyHeadingGivesTheReason(t *testing.T) {
	b := seedAndDocsBot(t, map[string]string{
		"cashews.md": article("Harbour Wire", "2025-09-09", "Velmaria lifts duty on US cashews",
			"VELM, Sept 9 (Harbour Wire) - Velmaria's trade ministry scrapped its 20% tariff on US cashews on Monday, the ministry said in a statement.\n\n"+
				"## Why the duty went\n\n"+
				"Velmarian processors had run short of raw nuts under the tariff this spring, and the price of cashew kernels at home had doubled.\n\n"+
				"## What comes next\n\n"+
				"Importers expect the first duty-free cargoes to arrive in October.\n"),
	})
	wantLed(t, b, "Why did Velmaria lift the cashew duty?", "run short of raw nuts")
}
