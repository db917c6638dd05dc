package bot

import "testing"

// TestGivesMoneyOrUnit: a sum of money is read in any currency's sign,
// code or name; a unit of measure in its other spellings and past a
// scale word. A question asks for a sum when it names a currency or
// "worth", or when what it asks for is a sum ("annual sales"), not a
// goal for sales, a volume of them or jobs that ride on them.
func TestGivesMoneyOrUnit(t *testing.T) {
	cache := newAnalysisCache(16)
	for text, want := range map[string]bool{
		"Exports were worth $6.1 billion in 2025.":          true,
		"Drug exports were worth Rs 2,400 crore in March.":  true,
		"The fund holds RMB 10 billion.":                    true,
		"The subsidy is 2.4bn euros a year.":                true,
		"Exports fell 41% to 1.9 million tonnes.":           false,
		"Shipments rose to 300 million pesos in the month.": true,
	} {
		if got := givesMoney(cache.excerpt(text)); got != want {
			t.Errorf("%q gives a sum of money: %v, want %v", text, got, want)
		}
	}
	q := weighed("How many tons of steel did Mexico export?", 40, map[string]int{"tons": 3, "steel": 30, "mexico": 20, "export": 10})
	u := q.unitAsked()
	if u < 0 {
		t.Fatal("no unit asked in a question of how many tons")
	}
	for text, want := range map[string]bool{
		"Exports fell to 1.9 million tonnes.":           true,
		"Exports reached 1.2 million metric tons.":      true,
		"Exports were worth $2 billion, 5 tonnes less.": true,
		"Exports were worth $2 billion.":                false,
	} {
		if got := givesUnit(&q.terms[u], &cache.excerpt(text).analysed); got != want {
			t.Errorf("%q gives tons: %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{
		"What was the dollar value of Mexico's steel exports?":    true,
		"How much were Chile's copper shipments worth?":           true,
		"How much has the yen fallen against the dollar?":         false,
		"How many days' worth of oil does Japan hold in reserve?": false,
		"How many tonnes of copper did Chile ship?":               false,
		"What are Blue Ridge Tileworks' annual sales?":            true,
		"How much revenue did the mill earn last year?":           true,
		"What share of its sales goes to the US?":                 false,
		"What tariff do Japanese cars pay?":                       false,
		"What volume of sales did the mill report?":               false,
		"What's the industry's goal for sales to Europe?":         false,
		"What was the analyst's take on the deal?":                false,
		"How many jobs ride on lumber sales to the US?":           false,
		"What were Sabine River Steel's earnings last quarter?":   true,
		"What were the mill's profits last year?":                 true,
	} {
		q := weighed(text, 40, map[string]int{"dollar": 3, "value": 3, "mexico": 20, "steel": 20, "exports": 20})
		if got := q.moneyAsked(); got != want {
			t.Errorf("%q asks for a sum: %v, want %v", text, got, want)
		}
	}
}

// TestSumIsNoCount: a question of how many is not answered by a sum of
// money, which the count pattern reads as a number before a word
// ("$1.6 billion, up from"), unless the excerpt also counts something.
func TestSumIsNoCount(t *testing.T) {
	cache := newAnalysisCache(16)
	for text, want := range map[string]bool{
		"The total cost is now put at $1.6 billion, up from $1.1 billion.": true,
		"Shipments rose to 300 million pesos in the month.":                true,
		"The mill will cost $400 million and employ 650 people.":           false,
		"The mill is expected to employ about 650 people.":                 false,
	} {
		if got := countsOnlyMoney(cache.excerpt(text)); got != want {
			t.Errorf("%q counts only money: %v, want %v", text, got, want)
		}
	}
}
