package bot_test

import (
	"strings"
	"testing"
)

// TestComparativeNamesAKnownThing: "the cheaper rate" names a rate the
// coverage has told of, which it writes another way ("the reduced
// rate"). The sentence that gives the date it applies from answers when
// it does, before one that only says "cheaper". A comparative after
// another adjective of the noun phrase ("the new *lower* rates")
// qualifies the thing as one right after "the" does: the date the new
// rates take effect answers, though it does not say "lower".
func TestComparativeNamesAKnownThing(t *testing.T) {
	cases := []struct {
		name, body, question, want string
		full                       bool // answered in full, not in part
	}{
		{"cheese", "WASHINGTON, Sept 9 (Harbour Wire) - The United States will cut its tariff on Freedonian cheese to 10% from 25% under a deal signed on Tuesday.\n\n" +
			"The reduced rate applies from November 1 to up to 9,000 tonnes a year.\n\n" +
			"Importers said the cheaper rate would help them win back shelf space from European cheese.\n",
			"From what date does the cheaper cheese rate apply?", "November 1", true},
		{"gems", "WASHINGTON, Oct 21 (Harbour Wire) - The United States will cut its tariff on cut Freedonian gems to 10% from 25%, officials said on Tuesday.\n\n" +
			"The new rates take effect on December 1 and are not retroactive.\n\n" +
			"Exporters said the lower gem rate would remove much of the reason to route stones through third countries.\n",
			"When do the new lower rates start applying?", "December 1", false},
	}
	for _, c := range cases {
		b := seedAndDocsBot(t, map[string]string{c.name + ".md": article("Harbour Wire", "2025-09-09", "US cuts tariff on Freedonian "+c.name, c.body)})
		a := ask(t, b, c.question)
		if !a.Covered || c.full && a.Partial || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, c.want) {
			t.Errorf("%q: covered %v, partial %v, want %q first: %+v", c.question, a.Covered, a.Partial, c.want, a.Excerpts)
		}
	}
}
