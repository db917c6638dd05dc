package currencycodes_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/bot/currencycodes"
)

// TestName: a currency's code, in capitals, names it; other letters, a
// code in lower case ("isk", which news never writes) and a code that is
// an English word in use ("ALL", "TOP": left out of the table) name
// nothing.
func TestName(t *testing.T) {
	for code, want := range map[string]string{
		"ISK": "Iceland Krona", "CHF": "Swiss Franc", "INR": "Indian Rupee", "JPY": "Yen", "ALL": "", "TOP": "",
		"isk": "", "XYZ": "", "US": "", "RMB": "",
	} {
		got, ok := currencycodes.Name(code)
		if got != want || ok != (want != "") {
			t.Errorf("Name(%q) = %q, %v; want %q", code, got, ok, want)
		}
	}
}

// TestCodes: the list is sorted, every code three capitals, and holds the
// currencies news writes most.
func TestCodes(t *testing.T) {
	codes := currencycodes.Codes()
	if !slices.IsSorted(codes) || len(codes) < 150 {
		t.Fatalf("%d codes, sorted %v", len(codes), slices.IsSorted(codes))
	}
	for _, c := range codes {
		if len(c) != 3 || c != strings.ToUpper(c) {
			t.Errorf("code %q is not three capitals", c)
		}
	}
	for _, c := range []string{"USD", "EUR", "GBP", "CNY", "KRW", "ISK"} {
		if _, ok := slices.BinarySearch(codes, c); !ok {
			t.Errorf("%s missing", c)
		}
	}
}
