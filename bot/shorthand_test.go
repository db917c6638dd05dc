package bot

import "testing"

// TestWrittenOut: chat's shorthand is written out; in capitals, or joined
// to another word ("u.s.", "r&d"), it is left as typed.
func TestWrittenOut(t *testing.T) {
	for msg, want := range map[string]string{
		"whats the tariff rn":                "whats the tariff now",
		"US orders for Q4 vs H1 2025":        "US orders for fourth quarter vs first half 2025",
		"the H3 plant and Q12 results":       "the H3 plant and Q12 results",
		"can u say why, atm":                 "can you say why, now",
		"what r the terms":                   "what are the terms",
		"the fund w/ the loans, w/o the aid": "the fund with the loans, without the aid",
		"did he quit b/c of it":              "did he quit because of it",
		"what did the Govt say abt the dept": "what did the government say about the department",
		"is gov't support approx $5bn":       "is government support approximately $5bn",
		"the ATM network and BC's budget":    "the ATM network and BC's budget",
		"what do u.s. buyers pay for r&d":    "what do u.s. buyers pay for r&d",
		"the r-value and a u-turn":           "the r-value and a u-turn",
		"what did Ur say":                    "what did Ur say",
		"how much down in pct":               "how much down in percent",
		"ETA on the fund's first payouts":    "expected date on the fund's first payouts",
		"# of staff hit, which FY":           "number of staff hit, which fiscal year",
		"who runs the garment assn, YTD":     "who runs the garment association, year to date",
		"tl;dr on the fund":                  "summary on the fund",
		"is the quota gonna go up":           "is the quota going to go up",
	} {
		if got := writtenOut(msg); got != want {
			t.Errorf("writtenOut(%q) = %q, want %q", msg, got, want)
		}
	}
}

// TestApostrophed: contractions typed without their apostrophe get it, in
// the case they were typed; words of their own are left.
func TestApostrophed(t *testing.T) {
	for in, want := range map[string]string{
		"whats the tariff":             "what's the tariff",
		"Whats the tariff":             "What's the tariff",
		"WHATS THE TARIFF":             "WHAT'S THE TARIFF",
		"why didnt ishiba quit":        "why didn't ishiba quit",
		"im asking if its binding":     "I'm asking if its binding",
		"were the cars hit as well":    "were the cars hit as well",
		"Is the whatsit fund binding?": "Is the whatsit fund binding?",
	} {
		if got := apostrophed(in); got != want {
			t.Errorf("apostrophed(%q) = %q, want %q", in, got, want)
		}
	}
}
