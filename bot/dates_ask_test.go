package bot_test

import (
	"testing"
)

// TestAbbreviatedMonths: wire style writes "Sept. 4" and "Aug. 1"; a
// reader asks "when" or names the month in full. The abbreviation is a
// date, and the month's name.
func TestAbbreviatedMonths(t *testing.T) {
	wire := article("Wire One", "2026-09-05", "Shrimp duty cut", `The anti-dumping duty on Indian shrimp fell to 7.36 per cent on Sept. 4, the ministry said.

Exporters had paid 9.81 per cent since the review.
`)
	b := docsBot(t, map[string]string{"wire.md": wire})
	wantFirst(t, b, map[string]string{
		"When did the shrimp duty fall to 7.36 per cent?": "Sept. 4",
		"What did the shrimp duty fall to in September?":  "7.36 per cent",
	})
}

// TestNumbersInWords: style guides spell out small numbers ("seventeen
// Boeing aircraft"); a reader types "17". A figure and its word are one
// number, both ways.
func TestNumbersInWords(t *testing.T) {
	words := article("Wire One", "2026-03-04", "Jet order", `Japan Airlines will buy seventeen Boeing aircraft worth $4 billion, the carrier said.

ANA will lease 12 Airbus planes.
`)
	b := docsBot(t, map[string]string{"words.md": words})
	wantFirst(t, b, map[string]string{
		"Will Japan Airlines buy 17 Boeing aircraft?": "seventeen Boeing",
		"Will ANA lease twelve Airbus planes?":        "12 Airbus",
	})
}

// TestOrdinalsInFigures: news writes "the first week"; chat types "the
// 1st week".
func TestOrdinalsInFigures(t *testing.T) {
	b := docsBot(t, map[string]string{"patrols.md": article("Wire One", "2026-03-04", "Joint patrols", `Inspectors now board about 30 trawlers a week on joint patrols, the coastguard said.

Inspectors boarded 14 trawlers in the first week of joint patrols.

In the first month of the patrols, boardings ran at ten a week.

In the second month of the patrols, boardings fell to six a week as skippers complied.
`)})
	wantFirst(t, b, map[string]string{
		"how many trawlers were boarded in the 1st week of joint patrols": "first week",
		"how many boardings a week in the 2nd month":                      "second month",
	})
}

// TestQuartersAbbreviated: business news writes "Q3" and "H1" or "the
// third quarter" and "the first half"; a reader types either.
func TestQuartersAbbreviated(t *testing.T) {
	words := article("Wire One", "2026-03-04", "Results", `Toyota's operating profit fell 20% in the third quarter, the company said.

Exports rose 4% in the first half of the year.
`)
	abbreviated := article("Wire Two", "2026-03-05", "Results two", `Nissan's Q2 sales dropped 7%, the carmaker said.
`)
	b := docsBot(t, map[string]string{"words.md": words, "abbreviated.md": abbreviated})
	wantFirst(t, b, map[string]string{
		"How much did Toyota's profit fall in Q3?":                "20%",
		"How much did exports rise in H1?":                        "4%",
		"How much did Nissan's sales drop in the second quarter?": "7%",
	})
}

// TestThousandsWrittenEitherWay: one outlet writes "1,250", another
// "1250"; a reader types either.
func TestThousandsWrittenEitherWay(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Numbers", `India announced a Rs 1,250 crore support package for seafood exporters.

Myanmar will export 300000 tonnes of rice this year.
`)
	b := docsBot(t, map[string]string{"doc.md": doc})
	wantFirst(t, b, map[string]string{
		"What is the Rs 1250 crore package for?":      "seafood exporters",
		"Will Myanmar export 300,000 tonnes of rice?": "300000 tonnes",
	})
}

// TestKindNounIsNoMissingThing: "the date", "the deadline", "what
// percentage" name the kind of answer asked for; a coverage that never
// writes the word answers with a date or a percentage, in full.
func TestKindNounIsNoMissingThing(t *testing.T) {
	doc := article("Wire One", "2026-09-15", "Car tariff cut", `The reduced US tariff of 15% on automobiles made in Japan takes effect on Tuesday, September 16, the Commerce Department said.

Japan will keep 10% of the profits from the fund's projects.
`)
	b := docsBot(t, map[string]string{"doc.md": doc})
	wantFirst(t, b, map[string]string{
		"I need the date the car tariff cut takes effect": "September 16",
		"What percentage of the profits will Japan keep?": "10% of the profits",
	})
}

// TestYearOfTheDateline: a story leaves its own year unsaid ("on
// September 7"), a reader adds it ("in 2025", "on September 4, 2025",
// "2025-09-04"). The year a document was published in says it; a year
// neither the text nor a dateline says is still refused.
func TestYearOfTheDateline(t *testing.T) {
	resigns := article("Wire One", "2025-09-08", "Ishiba to step down", `Prime Minister Shigeru Ishiba said on Sunday, September 7, that he would step down after his party lost its majority in the upper house.

He had resisted calls to resign for weeks, arguing that leaving during the tariff talks would create a political vacuum.
`)
	order := article("Wire Two", "2025-09-05", "Order signed", `Trump signed the executive order on September 4, a few hours after Japan's negotiator landed in Washington.

The order takes effect once it is published.
`)
	b := docsBot(t, map[string]string{"resigns.md": resigns, "order.md": order})
	wantFirst(t, b, map[string]string{
		"Why did Ishiba step down in 2025?":         "lost its majority",
		"What did Trump sign on September 4, 2025?": "executive order",
		"What did Trump sign on 2025-09-04?":        "executive order",
	})
	for _, q := range []string{"Why did Ishiba step down in 2019?", "What will Trump sign in 2030?"} {
		if a := ask(t, b, q); a.Covered && !a.Partial {
			t.Errorf("%q: answered from %+v; no text or dateline says the year", q, a.Excerpts)
		}
	}
}

// TestOrdinalDays: one outlet writes "the 4th of September" or
// "September 16th", a reader types "September 4" (or the other way
// round). The ordinal is a date, and the day's number.
func TestOrdinalDays(t *testing.T) {
	doc := article("Wire One", "2026-09-05", "Order signed", `Trump signed the executive order on the 4th of September, hours after Japan's negotiator landed.

The lower tariff takes effect on September 16th, the Commerce Department said.
`)
	plain := article("Wire Two", "2026-09-20", "Refunds", `Importers will get refunds from October 3, customs said.
`)
	b := docsBot(t, map[string]string{"order.md": doc, "refunds.md": plain})
	wantFirst(t, b, map[string]string{
		"When did Trump sign the order?":      "4th of September",
		"What did Trump sign on September 4?": "4th of September",
		"What takes effect on September 16?":  "September 16th",
		"What starts on the 3rd of October?":  "October 3",
	})
}

// TestWireDatelineIsNoAnswer: the date of a wire story's dateline
// ("TOKYO, Sept 4 (Reuters) -") dates the story, not the event its first
// sentence reports, and no longer answers a question of when; times
// written "in mid-October" are times.
func TestWireDatelineIsNoAnswer(t *testing.T) {
	doc := article("Reuters", "2026-09-04", "Japan fund picks first projects", `TOKYO, Sept 4 (Reuters) - Japan's investment fund has chosen its first three projects, officials said.

The projects will be announced formally at a ceremony in Washington in mid-October, one official said.

The fund's board will meet again in December.
`)
	wantFirst(t, docsBot(t, map[string]string{"fund.md": doc}), map[string]string{
		"When will the projects be announced?": "mid-October",
	})
}
