package bot

import (
	"sync"
	"testing"
)

// TestHoldsMatchesEveryCue: the kinds an excerpt holds, asked for one at
// a time, together or from several goroutines at once (run with -race),
// are what every pattern of passageCues, or check of cueChecks, finds in
// it.
func TestHoldsMatchesEveryCue(t *testing.T) {
	texts := []string{
		"Any final measure needs the approval of the Minister of Commerce, Helena Varga.",
		"The fund will invest $550 billion over three years, starting in January.",
		"Tariffs fell to 15% because of the deal; it remains unclear whether steel is covered.",
		"Inspections take place twice a year at ports such as Osaka, Kobe and Nagoya.",
		"It is a landmark agreement.",
	}
	var all kind
	for k := range passageCues {
		all |= k
	}
	for k := range cueChecks {
		all |= k
	}
	for _, s := range texts {
		var want kind
		for k := kind(1); k != 0 && k <= all; k <<= 1 {
			if all&k != 0 && holdsKind(k, s) {
				want |= k
			}
		}
		t.Run("OneByOne", func(t *testing.T) {
			e := newAnalysisCache(8).excerpt(s)
			var got kind
			for k := kind(1); k != 0 && k <= all; k <<= 1 {
				got |= e.holds(k & all)
			}
			if got != want || e.holds(all) != want {
				t.Errorf("%q: holds %b, then %b; want %b", s, got, e.holds(all), want)
			}
		})
		t.Run("Together", func(t *testing.T) {
			e := newAnalysisCache(8).excerpt(s)
			if got := e.holds(kindTime | kindAmount); got != want&(kindTime|kindAmount) {
				t.Errorf("%q: holds %b of time and amount; want %b", s, got, want&(kindTime|kindAmount))
			}
			if got := e.holds(all); got != want {
				t.Errorf("%q: holds %b; want %b", s, got, want)
			}
		})
		t.Run("Concurrently", func(t *testing.T) {
			e := newAnalysisCache(8).excerpt(s)
			var wg sync.WaitGroup
			got := make([]kind, 8)
			for i := range got {
				wg.Go(func() {
					for k := range passageCues {
						got[i] |= e.holds(k)
					}
				})
			}
			wg.Wait()
			for _, g := range got {
				if g != want {
					t.Errorf("%q: a goroutine found %b; want %b", s, g, want)
				}
			}
		})
	}
}

// TestReasonCues: a connective of cause or purpose ("in a bid to", "for
// fear", "thus") or an infinitive set off by a comma gives a reason,
// which answers a question of why; the same words elsewhere ("thus far",
// "fears of", "to date", "to be sure") do not.
func TestReasonCues(t *testing.T) {
	for text, want := range map[string]bool{
		"The matte export ban will now take effect on July 1, 2027, six months later than planned, to give producers time to finish new refining lines.": true,
		"The ministry cut the quota, in order to protect reserves.":                                                                                      true,
		"Exports rose 5%, to the highest level in a decade.":                                                                                             false,
		"Sales have fallen, to date, by about 3%.":                                                                                                       false,
		"Exports rose 5%, to reach $2bn.":                                                                                                                false,
		"The deal is, to be sure, a step forward.":                                                                                                       false,
		"The talks went badly, to put it mildly, for Tokyo.":                                                                                             false,
		"The ban will take effect on July 1, six months later than planned.":                                                                             false,
		"Canada is dropping its digital services tax in a bid to restart trade talks.":                                                                   true,
		"Buyers stockpiled ore for fear of a longer ban.":                                                                                                true,
		"The levy was thus withdrawn before the summit.":                                                                                                 true,
		"Exporters blamed the new quota for the slump.":                                                                                                  true,
		"Ford blames tariffs for a $2 billion hit to earnings.":                                                                                          true,
		"The ministry acted in an effort to calm prices.":                                                                                                true,
		"Importers stockpiled ore, fearing higher duties.":                                                                                               true,
		"The ruling reflected a new reading of the law.":                                                                                                 false,
		"Thus far, no country has retaliated.":                                                                                                           false,
		"Fears of a trade war dominated the summit agenda.":                                                                                              false,
		"A statement attributed to the trade ministry said talks would resume.":                                                                          false,
		"The bid was opened on Monday at the port.":                                                                                                      false,
	} {
		if got := holdsKind(kindReason, text); got != want {
			t.Errorf("%q gives a reason: %v, want %v", text, got, want)
		}
	}
}
