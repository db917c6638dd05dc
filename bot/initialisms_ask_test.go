package bot_test

import "testing"

// A question may use the initials of an agency whose name the coverage
// writes in full after its country's, never shortened: "USTR" for "the US
// Trade Representative".
func TestAskCountryPrefixedInitials(t *testing.T) {
	b := docsBot(t, map[string]string{
		"cork.md": article("Lisbon Wire", "2025-09-02", "US sets cork tariff",
			"The United States will put a 15% tariff on Portuguese cork from October, officials said on Tuesday.\n\n"+
				"Portuguese growers said exports would fall by a fifth, and the government in Lisbon said it would seek talks.\n\n"+
				"A team from Lisbon met officials of the US Trade Representative in Washington on Sept. 1 to ask for an exemption.\n"),
	})
	wantFirst(t, b, map[string]string{
		"Who did the Portuguese team meet at USTR?": "met officials of the US Trade Representative",
	})
}
