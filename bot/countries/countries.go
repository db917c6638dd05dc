// Package countries names the country an ISO 3166-1 code stands for:
// readers write "JP" and "KOR" and flags (🇯🇵, Slack's ":flag-jp:") where
// news writes "Japan" and "South Korea".
//
// The knowledge is one generated table embedded in the binary, codes.tsv:
// each country's alpha-2 and alpha-3 codes and its English name (ISO's
// common name where it has one, "Vietnam" for "Viet Nam"; else ISO's
// name, an inverted part set in order: "British Virgin Islands"), from
// Debian's iso-codes package. Some are ISO's formal names, not those news
// uses ("Russian Federation"); a code is read as its name only where the
// coverage writes that name (see bot's countryNamed). Licence in LICENSE-iso-codes. To regenerate
// it (with iso-codes installed, or ISO_CODES_JSON naming the directory
// of its JSON files):
//
//	go generate ./bot/countries
package countries

//go:generate go run ./internal/gen -out codes.tsv

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/dealbot/dealbot/bot/internal/tablefile"
)

// codesTSV is the generated table.
//
//go:embed codes.tsv
var codesTSV string

// load reads codesTSV, once, into a map from each code to its country's
// name.
var load = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, f := range tablefile.Rows("countries: codes.tsv", codesTSV, 3) {
		m[f[0]], m[f[1]] = f[2], f[2]
	}
	return m
})

// Name returns the name of the country whose ISO 3166-1 alpha-2 or
// alpha-3 code is code, in any case ("jp", "KOR"), and whether there is
// one.
func Name(code string) (string, bool) {
	name, ok := load()[strings.ToUpper(code)]
	return name, ok
}

// names reads codesTSV, once, into the set of the countries' names, in
// lower case.
var names = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, name := range load() {
		m[strings.ToLower(name)] = true
	}
	return m
})

// IsName reports whether name, in any case, is a country's name as the
// table gives it ("canada", "South Korea").
func IsName(name string) bool {
	return names()[strings.ToLower(name)]
}
