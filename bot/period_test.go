package bot

import (
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestPeriodFit: a figure written as for the month or year a question
// asks about fits it; a sentence whose figures are all written for other
// periods does not, even when it names the period asked for elsewhere
// ("a smaller drop than in September"); a question naming no period, two
// or a span ("from April through June"), and a sentence giving no figure
// a period, are neither.
func TestPeriodFit(t *testing.T) {
	cache := newAnalysisCache(16)
	for _, c := range []struct {
		question, text string
		want           float64
	}{
		{"How far did watch shipments drop in September?", "Watch exports to the United States fell 47% in September from a year earlier.", 1},
		{"How far did watch shipments drop in September?", "Watch exports fell 29% in November from a year earlier, a smaller drop than in September and October.", -1},
		{"How much shrimp did India ship to the US in 2025?", "India shipped 297,000 tonnes of frozen shrimp in 2025, worth $2.4 billion.", 1},
		{"How much shrimp did India ship to the US in 2025?", "India shipped 250,000 tonnes in 2024.", -1},
		{"How much US soy did China import in 2024?", "China bought about 26.8 million tonnes of US soybeans, worth $12.6 billion, in 2024, making it the largest buyer.", 1},
		{"How far did exports fall in 2025?", "Exports fell 18% this year, the steepest drop since the pandemic hit shipments in 2020.", 0},
		{"How far did exports fall in 2024?", "Exports fell 12% in the first quarter, and the government, in 2024, cut the levy.", 0},
		{"How far did watch exports fall in September?", "Figures released on 14 October showed watch exports fell sharply in September.", 0},
		{"How far did shipments fall in September?", "Shipments fell 47% to the U.S. in September.", 1},
		{"How much did exports fall in May?", "Exports fell 8% in May from a year earlier.", 1},
		{"How far did shipments drop in September 2025?", "Shipments fell 47% in September from a year earlier.", 1},
		{"May exports rise again in 2026?", "Exports rose 3% in 2026.", 0},
		{"How much chipmaking gear did Japan sell to America in 2024?", "Figures show Japan exported ¥860 billion of chip-making equipment to the US in 2024, against ¥310 billion of finished chips.", 1},
		{"How much chipmaking gear did Japan sell to America in 2024?", "Those sums are modest next to cars, which earned Japan about ¥6 trillion in US sales in 2024.", 1},
		{"How much shrimp did India ship to the US in 2025?", "Shipments have fallen by a third since the duties took effect.", 0},
		{"How much shrimp did India ship to the US?", "India shipped 250,000 tonnes in 2024.", 0},
		{"Did exports in 2024 exceed those in 2025?", "India shipped 250,000 tonnes in 2024.", 0},
		{"When did the tariff take effect in 2025?", "India shipped 250,000 tonnes in 2024.", 0},
		// A span is a period none of its ends names.
		{"How much did carmakers pay in tariffs from April through June?", "Carmakers paid €3.3 billion between April and June, more than the €2.9 billion estimated in July.", 0},
		{"How much did exports fall between 2023 and 2025?", "Exports fell 12% in 2024.", 0},
		{"How much did carmakers pay in tariffs through June?", "Carmakers paid €2.9 billion, as estimated in July.", -1},
	} {
		q := parseQuestion(c.question)
		if got := periodFit(figurePeriod(&q), cache.excerpt(c.text)); got != c.want {
			t.Errorf("%q, %q: %v, want %v", c.question, c.text, got, c.want)
		}
	}
}

// TestPeriodRanks: of two sentences that say the question's words as
// well, the one whose figure is for the month asked ranks first.
func TestPeriodRanks(t *testing.T) {
	q := weighed("How far did watch shipments to America drop in September?", 40, map[string]int{"watch": 10, "shipments": 8, "america": 6, "drop": 4, "september": 3})
	cands := rank(&q, []index.Hit{
		sentenceHit("nov", "Watch shipments to America fell 29% in November, a smaller drop than in September.", 2),
		sentenceHit("sep", "Watch shipments to America fell 47% in September from a year earlier.", 2),
	}, newAnalysisCache(8))
	if cands[0].hit.Passage.ID != "sep" {
		t.Errorf("first %q, want the figure for September", cands[0].text)
	}
}
