package bot_test

import (
	"strings"
	"testing"
)

// TestOutletNamed: a reader asks what one outlet says ("What does the
// Ledger say …", "per the FT"). The outlet a document is cited from says
// its name, or its initials, though no text does; its version comes
// first. An outlet whose documents the coverage does not hold is not
// covered.
func TestOutletNamed(t *testing.T) {
	ledger := article("Northern Ledger", "2026-08-14", "Duty deposits pile up", `Canadian mills have paid more than US$10.2 billion in duty deposits since 2017, the Ledger's count shows.

The deposits are held by US Customs until the dispute is settled.
`)
	ft := article("Financial Times", "2026-08-17", "Mills count the cost", `Canadian mills have paid about US$8.7 billion in duty deposits, according to industry figures.

Several mills in British Columbia have closed for good.
`)
	b := docsBot(t, map[string]string{"ledger.md": ledger, "ft.md": ft})
	for q, want := range map[string]string{
		"What does the Ledger say Canadian mills have paid in duty deposits?":      "US$10.2 billion",
		"How much have Canadian mills paid in duty deposits, according to the FT?": "US$8.7 billion",
		"What does the Financial Times say mills paid in deposits?":                "US$8.7 billion",
	} {
		a := ask(t, b, q)
		if !a.Covered || a.Partial || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, want) {
			t.Errorf("%q: covered %v, partial %v, want %q first: %+v", q, a.Covered, a.Partial, want, a.Excerpts)
		}
	}
	if a := ask(t, b, "What does Bloomberg say Canadian mills have paid in duty deposits?"); a.Covered && !a.Partial {
		t.Errorf("answered from %+v; the coverage holds nothing from Bloomberg", a.Excerpts)
	}
}
