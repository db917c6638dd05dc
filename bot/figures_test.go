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
