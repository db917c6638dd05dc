package bot_test

import "testing"

// TestCurrencyNamedBySign: a figure written with a currency's sign
// ("¥1 trillion", "€2.5bn") says the currency's name, so "how much … in
// yen" and "how many euros" are answered by it; a question on a thing the
// coverage never mentions is still refused.
func TestCurrencyNamedBySign(t *testing.T) {
	signs := article("Wire One", "2026-03-04", "Purchases", `Japan will buy ¥1 trillion of US soybeans over five years, the ministry said.

Brussels will spend €2.5bn on new ports.
`)
	b := docsBot(t, map[string]string{"signs.md": signs})
	wantFirst(t, b, map[string]string{
		"How much will Japan spend on US soybeans in yen?": "¥1 trillion",
		"How many euros will Brussels spend on ports?":     "€2.5bn",
	})
	if a := ask(t, b, "What is the tariff on rice in euros?"); a.Covered && !a.Partial {
		t.Errorf("a question on rice, which the coverage never mentions, is answered: %+v", a.Excerpts)
	}
}

// TestSignsWrittenOut: a question that writes a figure's percent sign or
// its currency as words or a code ("15 per cent", "fifteen percent",
// "USD 400 billion") is answered by the coverage's "15%" and "$400
// billion" in full, not in part for "percent" or "USD", which the
// coverage never writes.
func TestSignsWrittenOut(t *testing.T) {
	doc := article("Wire One", "2026-09-04", "Car tariff cut", `Japanese cars will pay a 15% tariff, down from 27.5%, the Commerce Department said.

Japan had first offered a $400 billion fund. Trump raised it to $550 billion.

Toyota said its margins had been squeezed for four months.
`)
	b := docsBot(t, map[string]string{"cars.md": doc})
	wantFirst(t, b, map[string]string{
		"Do Japanese cars pay 15 percent now?":          "15% tariff",
		"Do Japanese cars pay 15 per cent now?":         "15% tariff",
		"Do Japanese cars pay fifteen percent now?":     "15% tariff",
		"Did Japan first offer a USD 400 billion fund?": "$400 billion",
	})
}

// TestUnitSymbols: a reader types a unit's symbol, glued or not ("5kg",
// "300 MW"); an outlet writes its name ("5-kilogram bag", "300
// megawatts"), or the other way round. They are one unit.
func TestUnitSymbols(t *testing.T) {
	doc := article("Wire One", "2026-07-20", "Rice prices", `A 5-kilogram bag of rice cost ¥3,602 at supermarkets in the week to July 13.

The new plant will have a capacity of 300 MW when it opens.
`)
	b := docsBot(t, map[string]string{"rice.md": doc})
	wantFirst(t, b, map[string]string{
		"What did a 5kg bag of rice cost?":            "¥3,602",
		"How many megawatts will the new plant have?": "300 MW",
	})
}

// TestRateAnsweredByAPercentage: "what rate" asks for a percentage, as
// "what share" does: "a 39% tariff" answers it in full, though it never
// says "rate".
func TestRateAnsweredByAPercentage(t *testing.T) {
	doc := article("Wire One", "2026-08-08", "Swiss tariff", `Swiss exporters began paying a 39% tariff on goods shipped to the United States on Thursday.

Watchmakers said orders had already slowed in July.

The Swiss government said it would keep talking to Washington.
`)
	wantFirst(t, docsBot(t, map[string]string{"swiss.md": doc}), map[string]string{
		"What tariff rate do Swiss exporters pay?": "39% tariff",
	})
}

// TestOwnFigureNoAnswer: a sentence whose only figure is the one the
// question gives ("the 500-tonne quota") does not answer a question that
// needs a figure: "what duty above the 500-tonne quota?" is not answered
// by "duty-free quotas of 500 tonnes".
func TestOwnFigureNoAnswer(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Beef trade", `Vestrian exporters get a duty-free quota of 500 tonnes of beef a year under the deal.

Vestrian beef exports rose last year, the ministry said.
`)
	if a := ask(t, docsBot(t, map[string]string{"beef.md": doc}), "How much do Vestrian exporters pay above the 500-tonne beef quota?"); a.Covered && !a.Partial {
		t.Errorf("answered in full by the question's own figure: %+v", a.Excerpts)
	}
}

// TestOwnFigureWithAnswer: a sentence that repeats the question's year or
// figure beside an answer in words, or a list for how many, still
// answers it.
func TestOwnFigureWithAnswer(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Trade figures", `Vestria exported about a million cars to Norland in 2024, the ministry said.

Half of the 100 jets Vestria ordered are new orders, the airline said.

Since April 2, Kaldmark, Norland and Ostrava have signed deals with Vestria.
`)
	b := docsBot(t, map[string]string{"figures.md": doc})
	for q, want := range map[string]string{
		"How many cars did Vestria export to Norland in 2024?": "about a million cars",
		"How many of the 100 jets are new orders?":             "Half of the 100 jets",
		"How many countries have signed deals since April 2?":  "Kaldmark, Norland and Ostrava",
	} {
		wantLed(t, b, q, want)
	}
}

// TestCentsAreMoney: a sum written in a currency's smaller unit ("64
// cents a pound") is a figure of money, which answers "how high did the
// premium climb" before a sentence that only gives a percentage.
func TestCentsAreMoney(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Aluminium", `The Midwest premium, the amount US buyers pay on top of the benchmark price, climbed to about 64 cents a pound after the increase, a record, traders said.

"At 15%, imported billet is still competitive in the Midwest, given where the premium is," she said.

Smelters in the Gulf shipped 9,000 tonnes to Europe in July.

The tariff doubled in June, and buyers cancelled a dozen cargoes.
`)
	b := docsBot(t, map[string]string{"doc.md": doc})
	wantFirst(t, b, map[string]string{"How high did the Midwest premium climb after the increase?": "64 cents"})
}

// TestCurrencyAskedBySign: "the dollar value" asks for a sum the coverage
// writes with the dollar's sign ("$310 million"): a word it says that
// way, not a thing it never mentions, which would leave a sentence on the
// value's fall in percent as good an answer.
func TestCurrencyAskedBySign(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Cheese", `The trade representative's office put the value of the affected imports at about $310 million a year.

The value of the affected imports fell 12% last year, the customs office said.

Producers in the Aveyron employ some 1,700 people in their dairies and caves.

Brussels has drafted a list of American goods that could face counter-tariffs.
`)
	b := docsBot(t, map[string]string{"doc.md": doc})
	wantFirst(t, b, map[string]string{"What's the dollar value of the affected imports?": "$310 million"})
}

// TestRateSaidByItsPercentage: "the 15% rate" is said by a text that
// writes 15% for what it is a rate of ("lowered the tariff … to 15%"),
// so when it began is answered in full, not refused for want of "rate".
func TestRateSaidByItsPercentage(t *testing.T) {
	b := docsBot(t, map[string]string{
		"order.md": article("Levant Ledger", "2025-08-14", "US lowers tariff on Ruritanian goods",
			"Washington has lowered the reciprocal tariff on Ruritanian goods to 15% from 17%, under an executive order that took effect on Thursday, August 7.\n\n"+
				"Exporters of medical devices said the cut would help them keep American customers.\n"),
		"talks.md": article("Levant Ledger", "2025-09-02", "Ruritania seeks lower rate",
			"Ruritania is asking Washington for a rate of 10% in return for opening government procurement to US bidders.\n\n"+
				"The interest rate on export credit stays at 4%, the central bank said.\n"),
	})
	wantFirst(t, b, map[string]string{
		"When did the reduced 15% rate kick in?": "August 7",
	})
}
