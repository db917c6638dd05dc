package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Style is the kind of documents Synthetic writes.
type Style int

const (
	// Realistic documents follow English word statistics: tens of
	// thousands of words drawn with Zipf's law, varied sentence shapes,
	// recurring names, figures, dates and sections (realistic.go).
	Realistic Style = iota
	// Templated documents are on trade, investment and politics, every
	// sentence from 14 templates: the generator of earlier measurements,
	// kept to compare with them.
	Templated
)

// Synthetic returns the Markdown source of n generated news documents of
// the given style, for benchmarks and load tests. The same seed gives the
// same documents. Generated text is never committed.
func Synthetic(n int, seed uint64, style Style) []string {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	if style == Realistic {
		return realisticDocs(n, r)
	}
	out := make([]string, n)
	for i := range out {
		out[i] = syntheticDoc(r, i)
	}
	return out
}

// WriteSynthetic writes n generated documents into dir as gen-NNNNN.md.
func WriteSynthetic(dir string, n int, seed uint64, style Style) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i, src := range Synthetic(n, seed, style) {
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
	synOrgs      = []string{"Toyota", "Samsung", "TSMC", "Hitachi", "Siemens", "Tata Steel", "Vale", "Hyundai", "Panasonic", "Mitsubishi Heavy Industries", "JFE Steel", "Rakuten", "LG Energy Solution", "Foxconn"}
	synHeadings  = []string{"Tariffs Cut Both Ways", "A Fund Without a Manual", "Pressure at Home", "Investment Pledges", "Security Ties", "What Comes Next", "Winners and Losers", "The Fine Print", "Markets React", "Supply Chains Shift"}
	synTemplates = []string{
		"{country} and the United States agreed to cut tariffs on {sector} to {small} percent, down from {old} percent last year.",
		"The agreement includes a ${fund} billion investment framework aimed at {sector} and {sector2} projects.",
		"{person}, {role}, said the deal could secure a competitive edge for {country} in {sector}.",
		"It remains unclear whether the tariff cuts will apply to future national-security actions on {sector2}.",
		"{org} announced a ${expansion} billion expansion of its {sector} plants, creating {jobs} jobs.",
		"Opposition parties criticized the government for the lack of detail on how the ${fund} billion fund will be run.",
		"Annual defense purchases by {country} are set to rise from ${defense} billion to ${defense2} billion.",
		"Officials said a joint committee would review every project before funds are released.",
		"\"This deal is a template for our partners,\" {person} said, pointing to talks with {country2}.",
		"Exports of {sector2} from {country} rose {small} percent in the first half, according to customs data.",
		"Critics warn that the timetable for the framework has not been set and that details remain murky.",
		"The {party}, which lost its majority in the upper house, faces a leadership challenge over the deal.",
		"Analysts expect the equal-treatment clause to shield {country} from higher duties on {sector}.",
		"Negotiators met {small} times over {months} months before the text was finalized.",
	}
	synParties = []string{"ruling party", "Liberal Democratic Party", "governing coalition", "Christian Democratic Union", "Labour Party", "Democratic Party"}
)

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// fill returns a replacer that puts fresh random values in a template's
// {placeholders}, the document's country among them.
func fill(r *rand.Rand, country string) *strings.Replacer {
	n := func(lo, span, step int) string { return strconv.Itoa(step * (lo + r.IntN(span))) }
	return strings.NewReplacer(
		"{country}", country, "{country2}", pick(r, synCountries),
		"{sector}", pick(r, synSectors), "{sector2}", pick(r, synSectors),
		"{person}", pick(r, synFirst)+" "+pick(r, synLast), "{role}", pick(r, synRoles),
		"{org}", pick(r, synOrgs), "{party}", pick(r, synParties),
		"{small}", n(2, 40, 1), "{old}", n(10, 60, 1), "{fund}", n(1, 80, 10),
		"{expansion}", n(1, 120, 1), "{jobs}", n(1, 90, 100),
		"{defense}", n(5, 20, 1), "{defense2}", n(25, 20, 1), "{months}", n(3, 24, 1),
	)
}

func syntheticDoc(r *rand.Rand, i int) string {
	country, sector := pick(r, synCountries), pick(r, synSectors)
	var b strings.Builder
	fmt.Fprintf(&b, "---\nid: gen-%05d\ntitle: \"%s and US Trade Deal: %s in Focus\"\npublisher: %s Daily\npublished: 2025-%02d-%02d\nedition: original\n---\n\n",
		i, country, strings.ToUpper(sector[:1])+sector[1:], pick(r, synLast), 1+r.IntN(12), 1+r.IntN(28))
	sections := 1 + r.IntN(5)
	for s := 0; s < sections; s++ {
		if s > 0 {
			fmt.Fprintf(&b, "## %s\n\n", pick(r, synHeadings))
		}
		for p := 1 + r.IntN(4); p > 0; p-- {
			for k := 1 + r.IntN(4); k > 0; k-- {
				fill(r, country).WriteString(&b, pick(r, synTemplates)+" ")
			}
			b.WriteString("\n\n")
		}
	}
	return b.String()
}
