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

// TestCurrencyCodes: a sum written with an ISO 4217 code ("ISK 6.5
// billion", "INR 1,200") is money in that currency, its amount read; a
// code that is an English word in use ("ALL 27 states") is none.
func TestCurrencyCodes(t *testing.T) {
	for text, want := range map[string]figure{
		"costs the industry ISK 6.5 billion a year": {kind: figMoney, unit: "ISK", amount: 6.5e9},
		"a loan of CHF 300 million":                 {kind: figMoney, unit: "CHF", amount: 3e8},
		"INR 1,200 for each tonne":                  {kind: figMoney, unit: "INR", amount: 1200},
		"ALL 27 states signed":                      {kind: figCount, unit: "state", amount: 27},
	} {
		fs := findFiguresIn(text)
		if len(fs) != 1 || fs[0].kind != want.kind || fs[0].unit != want.unit || fs[0].amount != want.amount {
			t.Errorf("%q: figures %+v, want one %v in %q of %v", text, fs, want.kind, want.unit, want.amount)
		}
	}
	a, b := findFiguresIn("ISK 6.5 billion")[0], findFiguresIn("$6.5 billion")[0]
	if a.comparable(b) {
		t.Error("a sum in krónur is compared with one in dollars")
	}
}

// TestCurrencyWords: a sum written with any currency's name after it
// ("5.2 billion crowns", "300 million pesos"; see currencyWordsRE) is
// money in that currency; "dollars" are the dollar's.
func TestCurrencyWords(t *testing.T) {
	for text, unit := range map[string]string{
		"a loss of 5.2 billion crowns a year": "crown",
		"worth 300 million pesos":             "peso",
		"about 40 dollars a tonne":            "$",
		"1.2 billion yen in sales":            "yen",
	} {
		wantOneFigure(t, text, figMoney, unit)
	}
}

// wantOneFigure checks that findFiguresIn reads one figure in text, of
// the kind and unit given.
func wantOneFigure(t *testing.T, text string, kind figureKind, unit string) {
	t.Helper()
	if fs := findFiguresIn(text); len(fs) != 1 || fs[0].kind != kind || fs[0].unit != unit {
		t.Errorf("findFiguresIn(%q) = %+v, want one %v figure in %q", text, fs, kind, unit)
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
		wantOneFigure(t, s, figCount, unit)
	}
}

// TestCountBeforeThis: "1,200 workers this month" counts workers; a
// demonstrative after the noun is not what the number counts, though
// the pattern reads any word ending in -s.
func TestCountBeforeThis(t *testing.T) {
	for _, text := range []string{"laid off 1,200 workers this month", "shipped 2,000 tonnes these past weeks"} {
		fs := findFiguresIn(text)
		if len(fs) != 1 || fs[0].kind != figCount || fs[0].unit == "thi" || fs[0].unit == "these" {
			t.Errorf("%q: figures %+v, want one count of what the noun names", text, fs)
		}
	}
}
