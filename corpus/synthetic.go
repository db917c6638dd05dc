package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Synthetic returns the Markdown source of n generated news documents on
// trade, investment and politics, for benchmarks and load tests. The same
// seed gives the same documents. Generated text is never committed.
func Synthetic(n int, seed uint64) []string {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	out := make([]string, n)
	for i := range out {
		out[i] = syntheticDoc(r, i)
	}
	return out
}

// WriteSynthetic writes n generated documents into dir as gen-NNNNN.md.
func WriteSynthetic(dir string, n int, seed uint64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i, src := range Synthetic(n, seed) {
		name := filepath.Join(dir, fmt.Sprintf("gen-%05d.md", i))
		if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
			return err
		}
	}
	return nil
}

var (
	synCountries = []string{"Japan", "South Korea", "Vietnam", "India", "Germany", "France", "Brazil", "Mexico", "Canada", "Australia", "Indonesia", "the Philippines", "Thailand", "the United Kingdom", "Italy", "Chile", "Kenya", "Poland"}
	synSectors   = []string{"semiconductors", "pharmaceuticals", "steel", "aluminum", "shipbuilding", "critical minerals", "automobiles", "energy infrastructure", "agriculture", "rice", "beef", "aircraft parts", "batteries", "solar panels", "textiles", "lumber"}
	synFirst     = []string{"Akira", "Maria", "David", "Yuki", "Elena", "Rahul", "Sofia", "James", "Min-jun", "Lucas", "Aiko", "Thomas", "Priya", "Hannah", "Kenji", "Laura"}
	synLast      = []string{"Tanaka", "Garcia", "Smith", "Kim", "Nguyen", "Mueller", "Rossi", "Sato", "Patel", "Silva", "Brown", "Suzuki", "Novak", "Dubois", "Ito", "Okafor"}
	synRoles     = []string{"Trade Minister", "Commerce Secretary", "chief economist at the Peterson Institute", "senior fellow at the Brookings Institution", "Finance Minister", "trade representative", "analyst at Nomura", "professor of economics at Keio University", "opposition leader", "Prime Minister"}
	synOrgs      = []string{"Toyota", "Samsung", "TSMC", "Hitachi", "Siemens", "Tata Steel", "Vale", "Hyundai", "Panasonic", "Mitsubishi Heavy Industries", "Nippon Steel", "SoftBank", "LG Energy Solution", "Foxconn"}
	synHeadings  = []string{"Tariffs Cut Both Ways", "A Fund Without a Manual", "Pressure at Home", "Investment Pledges", "Security Ties", "What Comes Next", "Winners and Losers", "The Fine Print", "Markets React", "Supply Chains Shift"}
	synTemplates = []string{
		"%[1]s and the United States agreed to cut tariffs on %[2]s to %[3]d percent, down from %[4]d percent last year.",
		"The agreement includes a $%[5]d billion investment framework aimed at %[2]s and %[6]s projects.",
		"%[7]s, %[8]s, said the deal could secure a competitive edge for %[1]s in %[2]s.",
		"It remains unclear whether the tariff cuts will apply to future Section 232 actions on %[6]s.",
		"%[9]s announced a $%[10]d billion expansion of its %[2]s plants, creating %[11]d jobs.",
		"Opposition parties criticized the government for the lack of detail on how the $%[5]d billion fund will be run.",
		"Annual defense purchases by %[1]s are set to rise from $%[12]d billion to $%[13]d billion.",
		"Officials said a joint committee would review every project before funds are released.",
		"\"This deal is a template for our partners,\" %[7]s said, pointing to talks with %[14]s.",
		"Exports of %[6]s from %[1]s rose %[3]d percent in the first half, according to customs data.",
		"Critics warn that the timescale for the framework has not been set and that details remain murky.",
		"The %[15]s, which lost its majority in the upper house, faces a leadership challenge over the deal.",
		"Analysts expect the most-favored-nation clause to shield %[1]s from higher duties on %[2]s.",
		"Negotiators met %[11]d times over %[3]d months before the text was finalized.",
	}
	synParties = []string{"ruling party", "Liberal Democratic Party", "governing coalition", "Christian Democratic Union", "Labour Party", "Democratic Party"}
)

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func syntheticDoc(r *rand.Rand, i int) string {
	country := pick(r, synCountries)
	var b strings.Builder
	fmt.Fprintf(&b, "---\nid: gen-%05d\ntitle: \"%s and US Trade Deal: %s in Focus\"\npublisher: %s Daily\npublished: 2025-%02d-%02d\nedition: original\n---\n\n",
		i, country, strings.ToUpper(pick(r, synSectors)[:1])+pick(r, synSectors)[1:], pick(r, synLast), 1+r.IntN(12), 1+r.IntN(28))
	sections := 1 + r.IntN(5)
	for s := 0; s < sections; s++ {
		if s > 0 {
			fmt.Fprintf(&b, "## %s\n\n", pick(r, synHeadings))
		}
		for p := 1 + r.IntN(4); p > 0; p-- {
			for k := 1 + r.IntN(4); k > 0; k-- {
				fmt.Fprintf(&b, pick(r, synTemplates)+" ",
					country, pick(r, synSectors), 2+r.IntN(40), 10+r.IntN(60), 10*(1+r.IntN(80)),
					pick(r, synSectors), pick(r, synFirst)+" "+pick(r, synLast), pick(r, synRoles),
					pick(r, synOrgs), 1+r.IntN(120), 100*(1+r.IntN(90)), 5+r.IntN(20), 25+r.IntN(20),
					pick(r, synCountries), pick(r, synParties))
			}
			b.WriteString("\n\n")
		}
	}
	return b.String()
}
