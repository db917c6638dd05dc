package bot

import "testing"

// TestCurrencySigns: any of Unicode's currency symbols is read as one,
// not only those a list names.
func TestCurrencySigns(t *testing.T) {
	for _, r := range "$€£¥₩₹₱₽₫₺₦₪฿" {
		if !currencySign(r) {
			t.Errorf("%q is not read as a currency sign", r)
		}
	}
	for _, r := range "%#&*A1 " {
		if currencySign(r) {
			t.Errorf("%q is read as a currency sign", r)
		}
	}
	if got := figureAsWritten.FindString("costs of ₱3.1 billion a year"); got != "₱3.1 billion" {
		t.Errorf("figure as written %q, want %q", got, "₱3.1 billion")
	}
}

// TestPluralsWithoutS: a number before a plural noun that does not end in
// -s ("450 people", "1,200 women") counts it, as "450 workers" does.
func TestPluralsWithoutS(t *testing.T) {
	for s, unit := range map[string]string{
		"The mine will employ 450 people permanently once it is running.": "people",
		"About 1,200 women work in the packing sheds.":                    "women",
		"Some 3,000 workers rallied.":                                     "worker",
	} {
		figs := findFiguresIn(s)
		if len(figs) != 1 || figs[0].kind != figCount || figs[0].unit != unit {
			t.Errorf("findFiguresIn(%q) = %+v, want one count of %q", s, figs, unit)
		}
	}
}
