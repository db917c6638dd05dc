package bot

import "testing"

// TestSignedFigures: percent and currency written out are written as
// signs; other words are left.
func TestSignedFigures(t *testing.T) {
	for in, want := range map[string]string{
		"Is it 15 percent?":            "Is it 15%?",
		"Is it 15 per cent?":           "Is it 15%?",
		"Is it 2.5 pct?":               "Is it 2.5%?",
		"Is it 15pc?":                  "Is it 15%?",
		"Did Japan ship 10 PC units?":  "Did Japan ship 10 PC units?",
		"Is it fifteen percent now?":   "Is it fifteen% now?",
		"a USD 400 billion fund":       "a $400 billion fund",
		"EUR2.5bn for ports":           "€2.5bn for ports",
		"What percent goes to the US?": "What percent goes to the US?",
		"The USD weakened":             "The USD weakened",
	} {
		if got := signedFigures(in); got != want {
			t.Errorf("signedFigures(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWordedDates: an ISO date is written as news writes it; other
// figures with hyphens, and dates with slashes, are left.
func TestWordedDates(t *testing.T) {
	for in, want := range map[string]string{
		"What did Trump sign on 2025-09-04?": "What did Trump sign on September 4, 2025?",
		"What happened on 2025-13-40?":       "What happened on 2025-13-40?",
		"the 2025-2026 budget":               "the 2025-2026 budget",
		"What happened on 9/4?":              "What happened on 9/4?",
	} {
		if got := wordedDates(in); got != want {
			t.Errorf("wordedDates(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOrdinalOrDay: a day of the month and its ordinal are each other's
// other form; other numbers have none.
func TestOrdinalOrDay(t *testing.T) {
	for in, want := range map[string]string{
		"4": "4th", "1": "1st", "21": "21st", "22": "22nd", "23": "23rd", "11": "11th", "12": "12th", "13": "13th", "31": "31st",
		"4th": "4", "21st": "21", "32": "", "0": "", "04": "", "2025": "", "32nd": "", "tenth": "",
	} {
		if got := ordinalOrDay(in); got != want {
			t.Errorf("ordinalOrDay(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSpacedUnits: a unit symbol glued to its figure is set apart; other
// words are left.
func TestSpacedUnits(t *testing.T) {
	for in, want := range map[string]string{
		"a 5kg bag":      "a 5 kg bag",
		"300MW of power": "300 MW of power",
		"1,200km line":   "1,200 km line",
		"the 5G network": "the 5G network",
		"$550bn fund":    "$550bn fund",
	} {
		if got := spacedUnits(in); got != want {
			t.Errorf("spacedUnits(%q) = %q, want %q", in, got, want)
		}
	}
}
