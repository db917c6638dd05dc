package bot

import "testing"

// TestCommonAcronymIsAThing: an acronym WordNet knows as a common noun,
// in the plural too ("CEOs"), is a kind of thing the coverage may say
// another way, so a question about it is not refused as if it named
// something the coverage never mentions; a name it never mentions
// ("Airbus") still is. Its long form ("chief executive officer") is
// looked for as well.
func TestCommonAcronymIsAThing(t *testing.T) {
	counts := map[string]int{"swiss": 17, "oval": 1, "office": 3, "went": 3, "business": 4, "leaders": 2}
	q := weighed("How many Swiss CEOs went to the Oval Office?", 40, counts)
	if q.absent {
		t.Errorf("CEOs, which the coverage never writes, read as a name it lacks: %+v", q.terms)
	}
	if ceos := q.terms[1]; len(ceos.longForms) == 0 || ceos.longForms[0].text != "chief executive officer" {
		t.Errorf("CEOs: long forms %+v, want chief executive officer", ceos.longForms)
	}
	counts["chief"], counts["executive"], counts["officer"] = 2, 2, 1
	if q := weighed("How many Swiss CEOs went to the Oval Office?", 40, counts); q.terms[1].df <= 0 {
		t.Errorf("CEOs not found by its long form: df %d", q.terms[1].df)
	}
	for _, name := range []string{"Airbus", "WTO", "IMF", "NATO"} {
		if q := weighed("How many jets did "+name+" order from Japan?", 40, map[string]int{"jets": 2, "japan": 10, "order": 3}); !q.absent {
			t.Errorf("%s, a name the coverage never mentions, not read as absent", name)
		}
	}
}

// TestPluralAcronymIsUpper: "CEOs" is written in capitals as "CEO" is;
// "Ms" and "Is" are not acronyms.
func TestPluralAcronymIsUpper(t *testing.T) {
	for w, want := range map[string]bool{"CEO": true, "CEOs": true, "SUVs": true, "EU": true, "Ms": false, "Is": false, "Japan": false} {
		t.Run(w, func(t *testing.T) {
			if tk, ok := wordToken(w); !ok || tk.upper != want {
				t.Errorf("upper %v, want %v", tk.upper, want)
			}
		})
	}
}
