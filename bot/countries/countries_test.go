package countries_test

import (
	"testing"

	"github.com/dealbot/dealbot/bot/countries"
)

// TestName: a country's alpha-2 and alpha-3 codes, in any case, name it
// as news does; other letters name nothing.
func TestName(t *testing.T) {
	for code, want := range map[string]string{
		"JP": "Japan", "jpn": "Japan", "KR": "South Korea", "VNM": "Vietnam",
		"GB": "United Kingdom", "TW": "Taiwan", "CG": "Congo", "CD": "Democratic Republic of the Congo",
		"VG": "British Virgin Islands", "FM": "Federated States of Micronesia", "BQ": "Bonaire",
		"XX": "", "EU": "", "J": "", "JAPAN": "",
	} {
		got, ok := countries.Name(code)
		if got != want || ok != (want != "") {
			t.Errorf("Name(%q) = %q, %v; want %q", code, got, ok, want)
		}
	}
}

// TestIsName: a country's name, in any case, is a name; its code, its
// adjective and other words are not.
func TestIsName(t *testing.T) {
	for name, want := range map[string]bool{
		"Canada": true, "south korea": true, "VIETNAM": true,
		"CA": false, "Canadian": false, "Ishiba": false, "": false,
	} {
		if got := countries.IsName(name); got != want {
			t.Errorf("IsName(%q) = %v, want %v", name, got, want)
		}
	}
}
