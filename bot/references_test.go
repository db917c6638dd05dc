package bot_test

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
)

// longRecord is one Markdown document of n short paragraphs, each with a
// reference ("the fund") that no earlier mention resolves, the case that
// made resolving references scan the whole document back each time.
func longRecord(tb testing.TB, n int) []corpus.Passage {
	tb.Helper()
	var b strings.Builder
	b.WriteString("---\ntitle: A long record\n---\n\n")
	heads := []string{"fund", "clause", "tariff", "committee", "agreement", "proposal", "ministry", "report"}
	for i := range n {
		fmt.Fprintf(&b, "Day %d: the %s met. The panel%d agreed on it.\n\n", i, heads[i%len(heads)], i%97)
	}
	d, err := corpus.Parse("long.md", []byte(b.String()))
	if err != nil {
		tb.Fatal(err)
	}
	return d.Passages()
}

// tagCost tags the passages of a document of n paragraphs, best of
// five, and returns the CPU time and the bytes allocated.
func tagCost(tb testing.TB, n int) (time.Duration, uint64) {
	tb.Helper()
	best := time.Duration(1<<63 - 1)
	var heap uint64
	// The collector's cycles fall unevenly on short runs: time the work
	// alone (each run allocates some 50 MB at most).
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	for range 5 {
		ps := longRecord(tb, n)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		best = min(best, onCPU(func() { bot.Tag(ps) }))
		runtime.ReadMemStats(&after)
		heap = after.TotalAlloc - before.TotalAlloc
	}
	return best, heap
}

// TestTagIsLinear: tagging (topics, aliases and references) a document of
// 45,000 paragraphs costs about 4.5 times the CPU time of 10,000 (5–7
// times measured: the larger one fits the caches less well), not the 17
// times it did when each unresolved reference scanned the document back.
// The bound, 10 times, leaves room for a busy machine; the memory
// allocated grows linearly too.
func TestTagIsLinear(t *testing.T) {
	if testing.Short() || raceDetector {
		t.Skip("compares running times: run without -race and -short")
	}
	t10, h10 := tagCost(t, 10000)
	t45, h45 := tagCost(t, 45000)
	t.Logf("10,000 paragraphs: %v, %d KiB allocated; 45,000: %v, %d KiB allocated", t10, h10>>10, t45, h45>>10)
	if t45 > 10*t10 {
		t.Errorf("45,000 paragraphs took %.1f× the CPU time of 10,000, want at most 10× (linear is 4.5×)", float64(t45)/float64(t10))
	}
	if h45 > 6*h10 {
		t.Errorf("45,000 paragraphs allocated %.1f× the memory of 10,000, want at most 6× (linear is 4.5×)", float64(h45)/float64(h10))
	}
}

// aliasMeaning returns what a name stands for in the passage that opens
// with text (see bot.Tag), or "".
func aliasMeaning(ps []corpus.Passage, text, name string) string {
	for _, p := range ps {
		if strings.HasPrefix(p.Text, text) {
			for _, a := range p.Aliases {
				if a.Name == name {
					return a.Meaning
				}
			}
		}
	}
	return ""
}

// TestNamedOrganisationReferredTo: "the alliance" refers back to the
// "Steel Users Alliance" a story named earlier, and a name ending in a
// plural ("Kestrel Rail Systems") is one thing, not what "they" means.
func TestNamedOrganisationReferredTo(t *testing.T) {
	d := parseText(t, "ref.md", "---\ntitle: Steel duties\n---\n\n"+
		"The Steel Users Alliance objected to the duties.\n\n"+
		"The alliance says prices will rise.\n\n"+
		"The line will need 24 light-rail vehicles.\n\n"+
		"The vehicles will be built by Kestrel Rail Systems in Ohio.\n\n"+
		"They are due from 2028.\n")
	ps := d.Passages()
	bot.Tag(ps)
	if got := aliasMeaning(ps, "The alliance says", "The alliance"); got != "The Steel Users Alliance" {
		t.Errorf("the alliance = %q, want the Steel Users Alliance", got)
	}
	if got := aliasMeaning(ps, "They are due", "they"); got == "" || strings.Contains(got, "Kestrel") {
		t.Errorf("they = %q: want the vehicles, not a company's name", got)
	}
}

// TestReferenceEndsAtPossessiveOrPreposition: "the agency's cover" and
// "run the agency since 2021" refer back to the agency a story named,
// though a possessive or a preposition follows the noun; a name ends
// before the acronym in brackets after it ("Ostland Export Credit
// Agency (OECA)" is a mention of an agency).
func TestReferenceEndsAtPossessiveOrPreposition(t *testing.T) {
	d := parseText(t, "ref.md", "---\ntitle: Ostland widens export insurance\n---\n\n"+
		"The Ostland Export Credit Agency (OECA) will insure exporters of machine tools.\n\n"+
		"The agency's cover will rise to $2 billion this year, officials said.\n\n"+
		"\"Our exporters need cover,\" said Mara Lind, who has run the agency since 2021.\n")
	ps := d.Passages()
	bot.Tag(ps)
	for _, c := range []struct{ text, name string }{
		{"The agency's cover", "The agency's"},
		{"\"Our exporters", "the agency"},
	} {
		got := aliasMeaning(ps, c.text, c.name)
		if !strings.Contains(got, "Ostland Export Credit Agency") {
			t.Errorf("%q in %q = %q, want the Ostland Export Credit Agency", c.name, c.text, got)
		}
	}
}

// TestPlaceReferredToByItsKind: "the state" refers back to the place a
// story named that WordNet knows as a state ("South Carolina"), not to a
// name that ends in the plural ("United States"), and "the country's" to
// a country.
func TestPlaceReferredToByItsKind(t *testing.T) {
	d := parseText(t, "ref.md", "---\ntitle: Bicycle plant\n---\n\n"+
		"Kessmar Cycles will build a plant in South Carolina to avoid the tariff on bicycles shipped to the United States.\n\n"+
		"The company chose the state for its port at Charleston.\n\n"+
		"Exports from Brazil fell 12% in May.\n\n"+
		"Coffee makes up a third of the country's exports.\n")
	ps := d.Passages()
	bot.Tag(ps)
	for _, c := range []struct{ text, name, want string }{
		{"The company chose", "the state", "South Carolina"},
		{"Coffee makes up", "the country's", "Brazil"},
	} {
		got := aliasMeaning(ps, c.text, c.name)
		if got != c.want {
			t.Errorf("%q in %q = %q, want %q", c.name, c.text, got, c.want)
		}
	}
}
