package bot

import "testing"

// TestWithoutLinks: web addresses, and the brackets that introduce them,
// are taken out of a message; the rest is left as typed.
func TestWithoutLinks(t *testing.T) {
	for msg, want := range map[string]string{
		"Why did Ishiba quit (see https://example.com/a)?":           "Why did Ishiba quit?",
		"Why did Ishiba quit? https://www.reuters.com/world/x-2025/": "Why did Ishiba quit?",
		"who picks the projects, per www.ft.com/content/abc":         "who picks the projects, per",
		"Is the deal binding (via https://example.com/b?x=1)":        "Is the deal binding",
		"What is the U.S. tariff on cars?":                           "What is the U.S. tariff on cars?",
		"Who picks the projects?":                                    "Who picks the projects?",
	} {
		if got := withoutLinks(msg); got != want {
			t.Errorf("withoutLinks(%q) = %q, want %q", msg, got, want)
		}
	}
}
