package bot_test

import "testing"

// TestFigureOfAnotherThing: a figure beside the question's common words
// but apart from its rarest ("60% of Swiss exports" for "how much did
// Swiss *chocolate* exports fall"), in a passage that says none of its
// verb, is at best the closest the coverage comes, not the answer. A
// figure beside the rarest word is the answer.
func TestFigureOfAnotherThing(t *testing.T) {
	doc := article("Wire One", "2026-09-04", "Swiss exporters", `Pharmaceuticals, which account for roughly 60% of Swiss exports to the US, are exempt for now. Watches, machinery, precision instruments and chocolate pay the full rate.

The Swiss government said it would keep talking to Washington. The franc fell against the dollar on the news.
`)
	if a := ask(t, docsBot(t, map[string]string{"swiss.md": doc}), "How much did Swiss chocolate exports to the US fall?"); a.Covered && !a.Partial {
		t.Errorf("answered from %+v; no figure is of chocolate", a.Excerpts)
	}
	watches := article("Wire Two", "2026-12-04", "Watch exports", `Swiss watch exports to the US fell 29% in November from a year earlier.

Watchmakers said the lower tariff would help next year.
`)
	wantFirst(t, docsBot(t, map[string]string{"swiss.md": doc, "watches.md": watches}), map[string]string{
		"How much did Swiss watch exports to the US fall?": "fell 29%",
	})
}

// TestObjectInANeighbourWord: a thing the question names in a word the
// coverage never uses, but in a WordNet neighbour of it ("motorbikes":
// "motorcycles"), is no thing the coverage never mentions: the question
// is answered, where it had been refused because the other word of its
// object ("Japanese") is in much of the coverage.
func TestObjectInANeighbourWord(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Japanese exports face new rates", `Japanese motorcycles will pay a 10% tariff in the United States from April, the trade ministry said.

Japanese carmakers welcomed the lower rate on cars, which falls to 15%.

Japanese steel still pays 50%, officials said.

Japanese officials said talks on chips would continue in May.
`)
	b := docsBot(t, map[string]string{"rates.md": doc})
	wantLed(t, b, "What is the tariff on Japanese motorbikes?", "motorcycles")
}

// TestOutrankedWithoutFigure: for a question that asks for no figure, a
// sentence that gives the answer but not one key word ("Canada will lift
// its retaliatory counter-tariffs on snowmobiles …" for the duties that
// come off under the *deal*) leads, as the closest the coverage comes,
// over a sentence that says every key word but scores far below it.
// (The story's first sentence names no two countries joined by "and",
// which would read as the list a question of which asks for; see
// TestListOfTwoNames.)
func TestOutrankedWithoutFigure(t *testing.T) {
	doc := article("Wire One", "2026-05-06", "Ottawa and Washington settle fertiliser dispute", `OTTAWA, May 6 (Wire One) — The United States has agreed with Canada to cut the US tariff on fertiliser from Saskatchewan to 4% from 12%, officials from both countries said on Wednesday.

In return, Canada will lift its retaliatory counter-tariffs on US-made snowmobiles, outboard motors and other leisure vehicles, which Ottawa imposed in February.

Canadian producers said the tariff had cost them sales in the Midwest.

Other tariffs are unaffected by the deal.
`)
	wantClosest(t, docsBot(t, map[string]string{"fertiliser.md": doc}), "Which Canadian retaliatory duties come off as part of the deal?", "snowmobiles")
}

// TestConjunctionIsNoFact: a subordinating conjunction of the question
// ("on *whether* the duties stick") is no word the answer must say: the
// question is not refused for want of it, and the sentence that names who
// decides leads.
func TestConjunctionIsNoFact(t *testing.T) {
	probe := article("Harbour Wire", "2026-05-02", "Vestria opens urea probe", `Vestria's commerce ministry has set preliminary duties on urea from Ostland, after a petition from three Vestrian producers.

No duty becomes permanent unless the Vestrian Trade Commission finds that the imports injured the domestic industry. Its final vote will follow the ministry's final determination.

Whether Ostland will appeal is not yet known, officials said.

Farmers said fertiliser prices had risen since the petition was filed.
`)
	b := docsBot(t, map[string]string{"probe.md": probe})
	q := "Who gets the final say on whether the urea duties stick?"
	wantLed(t, b, q, "Trade Commission finds")
}
