// Package currencycodes knows the ISO 4217 codes news writes a sum of
// money with ("ISK 5.2 billion", "CHF 300 million", "INR 1,200 crore").
//
// The knowledge is one generated table embedded in the binary, codes.tsv:
// each currency's alpha-3 code and its name, from Debian's iso-codes
// package (licence in LICENSE-iso-codes; ISO 4217 lists funds and metals
// too, "XAU" for gold, which no sum is written in but which harm
// nothing), but for the codes that are English words in use ("ALL",
// "TOP", "MAD"; see wordnet.InUse), which a capitalised headline writes
// before a number as often as any sum ("ALL 27 members"). The generator
// leaves them out, so that reading the table needs no dictionary. To regenerate it (with iso-codes installed, or
// ISO_CODES_JSON naming the directory of its JSON files):
//
//	go generate ./bot/currencycodes
package currencycodes

//go:generate go run ./internal/gen -out codes.tsv

import (
	_ "embed"
	"slices"
	"sync"

	"github.com/dealbot/dealbot/bot/internal/tablefile"
)

// codesTSV is the generated table.
//
//go:embed codes.tsv
var codesTSV string

// load reads codesTSV, once, into a map from each code to its
// currency's name.
var load = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, f := range tablefile.Rows("currencycodes: codes.tsv", codesTSV, 2) {
		m[f[0]] = f[1]
	}
	return m
})

// Name returns the name of the currency whose code is code, written in
// capitals as news writes it ("ISK": Iceland Krona), and whether there is
// one.
func Name(code string) (string, bool) {
	name, ok := load()[code]
	return name, ok
}

// Codes returns every code, sorted. The result is shared: callers must
// not modify it.
var Codes = sync.OnceValue(func() []string {
	out := make([]string, 0, len(load()))
	for code := range load() {
		out = append(out, code)
	}
	slices.Sort(out)
	return out
})
