package bot_test

import (
	"strings"
	"testing"
)

// A refusal names only the topics the coverage holds: a team that serves
// coffee-tariff coverage alone (DEALBOT_EMBEDDED=false) is not told it
// covers defence or the fund.
func TestNotCoveredNamesOnlyCoveredTopics(t *testing.T) {
	b := docsBot(t, map[string]string{
		"coffee.md": article("Meridian Wire", "2025-10-21", "US tariff hits Ethiopian coffee",
			"The United States put a 10% tariff on Ethiopian coffee in October, and exporters said the duty would cut shipments.\n\n"+
				"Traders said the tariff rate left roasters looking for beans elsewhere.\n"),
	})
	a := ask(t, b, "Who won the 2024 World Series?")
	if a.Covered {
		t.Fatalf("covered = true, want not covered: %q", a.Text)
	}
	if !strings.Contains(a.Text, "tariffs") {
		t.Errorf("refusal %q does not name the topic the coverage holds", a.Text)
	}
	for _, absent := range []string{"defense", "fund", "politics"} {
		if strings.Contains(a.Text, absent) {
			t.Errorf("refusal %q names %q, which no passage is about", a.Text, absent)
		}
	}
}
