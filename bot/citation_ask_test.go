package bot_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/bot"
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

// TestInitialsNotRefused: initials neither the coverage nor its outlets
// write ("JV", "HQ") may be an abbreviation a text spells out: the
// question is answered in part, from what the text says, and the note
// says the coverage never writes them. A name it never writes ("Airbus"),
// nor initials of a name WordNet holds ("IMF", "NATO"), is not covered;
// initials of an outlet the coverage does not hold ("FT") leave the
// answer one in part at best; a word in capitals ("SLASH") is the word.
func TestInitialsNotRefused(t *testing.T) {
	doc := article("Northern Ledger", "2026-08-14", "Carmakers team up", `Two carmakers said on Monday they would form a joint venture to build batteries in Ohio, investing $3.5 billion over five years.

The venture's headquarters will be in Columbus, the companies said.
`)
	b := docsBot(t, map[string]string{"a.md": doc})
	for q, want := range map[string]string{
		"How much will the battery JV invest?":    "$3.5 billion",
		"Where will the battery venture's HQ be?": "Columbus",
	} {
		a := ask(t, b, q)
		if !a.Covered || !a.Partial || !slices.ContainsFunc(a.Excerpts, func(e bot.Excerpt) bool { return strings.Contains(e.Text, want) }) {
			t.Errorf("%q: covered %v, partial %v, want %q shown: %+v", q, a.Covered, a.Partial, want, a.Excerpts)
		}
	}
	if a := ask(t, b, "How much will the battery JV invest?"); !strings.HasPrefix(a.Text, "The coverage never writes JV;") {
		t.Errorf("note %q, want it to say the coverage never writes JV", a.Text)
	}
	if a := ask(t, b, "How much will the battery venture invest, according to the FT?"); a.Covered && !a.Partial {
		t.Errorf("answered from %+v; the coverage holds nothing from the FT", a.Excerpts)
	}
	shouted, plain := ask(t, b, "Will the carmakers SLASH their battery investment?"), ask(t, b, "Will the carmakers slash their battery investment?")
	if shouted.Covered != plain.Covered || shouted.Partial != plain.Partial || shouted.Text != plain.Text {
		t.Errorf("a word in capitals read apart from the word: %q, against %q", shouted.Text, plain.Text)
	}
	for _, q := range []string{"How much will Airbus invest in the battery venture?", "How much will the IMF invest in the battery venture?", "How much will NATO invest in Ohio?"} {
		if a := ask(t, b, q); a.Covered {
			t.Errorf("%q answered from %+v; the coverage never names it", q, a.Excerpts)
		}
	}
}
