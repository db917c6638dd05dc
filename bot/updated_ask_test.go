package bot_test

import (
	"strings"
	"testing"
)

// TestLatestWantsTheRevision: a question of the current state is answered
// first by the newer report's revised figure ("to about 6%, down from
// 8.5%"), not by the first estimate. (TestGivesRevision tests the
// decision itself.)
func TestLatestWantsTheRevision(t *testing.T) {
	first := article("Harbour Wire", "2026-03-02", "Levy on Ostland tomatoes", `Ostland will charge a 17% levy on fresh tomatoes from Vestria from Monday, March 9.

Mara Lind, an economist at the Farm Policy Institute, estimates that tomato prices in shops will rise about 8.5% over the next twelve months.
`)
	second := article("Harbour Wire", "2026-05-20", "Tomato levy, ten weeks on", `Vestrian exporters have absorbed more of the levy than expected, and the big ones are still shipping, according to traders in Kessmar.

"Exporters have taken more of the levy on themselves than I expected," Lind said. She also cut her estimate of the rise in shop prices to about 6% over the year, down from 8.5%.

Shop prices of cucumbers and peppers have not moved since March, the statistics office said.
`)
	wantFirst(t, docsBot(t, map[string]string{"first.md": first, "second.md": second}), map[string]string{
		"How much will tomato prices rise, on the latest estimate?": "about 6%",
	})
}

// TestYetAsksTheCurrentState: "has … yet" asks for the state now, which
// the newer report gives ("has not yet filed"), not the older one's plan.
func TestYetAsksTheCurrentState(t *testing.T) {
	first := article("Harbour Wire", "2026-03-02", "Brussels weighs a case over ore curbs", `European steelmakers urged Brussels to bring a WTO case over Ostland's ore curbs, saying their members had lost orders since January.

Brussels said it was studying whether to file a WTO case over the curbs.
`)
	second := article("Harbour Wire", "2026-05-20", "Ore curbs, ten weeks on", `Ostland's ore exports have fallen by a third since the curbs began, traders in Kessmar said.

Brussels has not yet filed a WTO case, officials said, and is still talking to Ostland about the curbs.
`)
	wantFirst(t, docsBot(t, map[string]string{"first.md": first, "second.md": second}), map[string]string{
		"Has Brussels filed a WTO case over the curbs yet?": "has not yet filed",
	})
}

// TestCorrectionSupersedes: a newer report that corrects a figure ("9.5
// million tonnes, not 9 million") answers before the older report that
// gave it, though the question asks for no current state and the older
// sentence says more of its words; both are shown, the correction first.
// A value shared by chance with a sentence that gives two figures of its
// kind ("up 38% … 14% of imports") is no correction of it.
func TestCorrectionSupersedes(t *testing.T) {
	first := article("Prairie Wire", "2026-06-18", "Ostland and Vestria agree potash deal", `The lower rate will apply from July 1 to up to 9 million tonnes of Ostland potash a year, officials said.

Farm groups in Vestria welcomed the deal.
`)
	second := article("Prairie Wire", "2026-06-27", "Potash deal text published", `The published text of the potash agreement changes several figures given when the deal was announced.

The annual quota is 9.5 million tonnes, not 9 million.

Farm groups said the text was better than they had been told.
`)
	b := docsBot(t, map[string]string{"first.md": first, "second.md": second})
	wantFirst(t, b, map[string]string{
		"How many tonnes of potash a year qualify for the lower rate?": "9.5 million tonnes",
	})
	// A question of the figure as first given is answered by the report
	// the correction corrects.
	wantFirst(t, b, map[string]string{
		"How many tonnes of potash a year were originally to qualify for the lower rate?": "up to 9 million tonnes",
	})
	a := ask(t, b, "How many tonnes of potash a year qualify for the lower rate?")
	if len(a.Excerpts) < 2 || !strings.Contains(a.Excerpts[1].Text, "up to 9 million tonnes") {
		t.Errorf("excerpts %+v; want the corrected report second", a.Excerpts)
	}

	pipe := article("Steel Wire", "2026-02-10", "Pipe petition", `Ostland shipments of welded pipe to Vestria were worth $412 million in 2024, up 38% from 2023. Ostland supplied 14% of Vestria's welded pipe imports by volume last year.

The petition asks for duties of 30%.
`)
	final := article("Steel Wire", "2026-04-02", "Pipe exports fall", `Final 2025 trade data show Ostland welded pipe exports to Vestria fell 44% to 342,000 tonnes, the association said, revising an earlier estimate of a 38% drop.

Mills said orders were picking up.
`)
	wantFirst(t, docsBot(t, map[string]string{"pipe.md": pipe, "final.md": final}), map[string]string{
		"What were Ostland's welded pipe shipments to Vestria worth in 2024?": "$412 million",
	})

	// "What's the tariff being cut to" names an amount without the words
	// of how much; a value the figure moved from ("to 3% from 10%") is no
	// other measure beside it.
	deal := article("Prairie Wire", "2026-06-18", "Potash deal", `Ostland and Vestria have agreed to cut the Vestrian tariff on Ostland potash to 3% from 10%, officials said.

Farm groups welcomed the deal.
`)
	text := article("Prairie Wire", "2026-06-27", "Potash deal text", `The published text changes several figures given when the deal was announced.

The tariff on Ostland potash within the quota falls to 2.5%, not 3% as first announced.
`)
	wantFirst(t, docsBot(t, map[string]string{"deal.md": deal, "text.md": text}), map[string]string{
		"What's the potash tariff being cut to under the deal?": "falls to 2.5%",
	})

	// Another count ("farmers", not workers) and another country's figure
	// correct nothing the question asks about.
	plant := article("Karsk Wire", "2026-03-01", "Karsk plant", `The Karsk plant employs 3,000 workers, the company said. The IMF expects Ostland's economy to grow 3% this year.

Output rose in the first quarter.
`)
	later := article("Karsk Wire", "2026-05-01", "Land dispute", `Union leaders say 5,000 farmers near the Karsk plant, not 3,000, have lost land.

The IMF revised its Vestria growth forecast to 2.5% from 3%.
`)
	wantFirst(t, docsBot(t, map[string]string{"plant.md": plant, "later.md": later}), map[string]string{
		"How many workers does the Karsk plant employ?":                         "3,000 workers",
		"How much will Ostland's economy grow this year, according to the IMF?": "grow 3%",
	})

	// A count of something else in the older sentence ("1,200 workers")
	// leaves the tonnes it gives the one figure of theirs to correct.
	mine := article("Steppe Wire", "2026-11-07", "Tungsten mine", `At full capacity the Karsk mine is expected to produce about 8,000 tonnes of tungsten concentrate a year and to employ around 1,200 workers.

The deal was signed at the summit.
`)
	plan := article("Steppe Wire", "2026-11-14", "Tungsten plan", `Planned output at full capacity is now 12,000 tonnes of tungsten concentrate a year, rather than the 8,000 tonnes given at the summit.

The company said the larger plant would lower unit costs.
`)
	wantFirst(t, docsBot(t, map[string]string{"mine.md": mine, "plan.md": plan}), map[string]string{
		"How much tungsten concentrate will the mine produce a year at full capacity?": "12,000 tonnes",
	})

	// A correction need not repeat the name the question gives: its
	// section names it first, or it names the country whose capital the
	// question names, whether it ranks below the report it corrects or
	// above it. (The seed article makes the names rarer, as any coverage
	// of more than a few reports does.)
	refinery := article("Steppe Wire", "2026-10-02", "Refinery plans", `Alcoa said the Karsk refinery would cost about $450 million and could start production in late 2026.

Ottawa will scrap import licences on 220 tariff lines under the framework.
`)
	update := article("Steppe Wire", "2026-11-26", "Refinery approved", `## Refinery approved

Alcoa took a final investment decision on the Karsk refinery on Tuesday, the company said.

The expected cost has risen to $520 million from about $450 million.

## Trade text

Canada will now drop import licences on 260 tariff lines, up from 220.
`)
	framework := article("Andes Wire", "2026-08-02", "Framework agreed", `In return, Ecuador agreed to tackle a list of non-tariff barriers. Quito will accept US vehicle safety standards and scrap import licences on 220 tariff lines.

Banana growers welcomed the framework.
`)
	signing := article("Andes Wire", "2026-11-14", "Deal signed", `The final text is broader than the framework. Ecuador will now drop import licences on 260 tariff lines, up from 220, and will phase out tariffs on 93% of US industrial goods.

Exporters said the text was better than expected.
`)
	wantFirst(t, seedAndDocsBot(t, map[string]string{"refinery.md": refinery, "update.md": update}), map[string]string{
		"How much will the Karsk refinery cost?":                        "$520 million",
		"On how many tariff lines is Ottawa scrapping import licences?": "260 tariff lines",
	})
	wantFirst(t, seedAndDocsBot(t, map[string]string{"framework.md": framework, "signing.md": signing}), map[string]string{
		"On how many tariff lines is Quito now scrapping import licences?": "260 tariff lines",
	})
}

// TestMovedFigureSupersedes: a newer report that gives a figure with the
// value it replaced ("raised to 150,000 bicycles, from 120,000"; "310
// people rather than the 220 first planned") answers before the older
// report that gave that value, though the question asks for no current
// state. A replaced figure of another kind than the one asked ("$40
// billion, from the $30 billion" for how long a line runs) supersedes
// nothing.
func TestMovedFigureSupersedes(t *testing.T) {
	first := article("Harbour Wire", "2026-09-02", "Ostland bicycle maker to build Vestria plant", `Kessmar Cycles will build an assembly plant near Port Alder to avoid the Vestrian tariff on imported bicycles.

The company said it would invest $38 million in the plant, which is to employ 220 people and assemble up to 120,000 bicycles a year at full output.
`)
	second := article("Harbour Wire", "2026-11-12", "Kessmar enlarges Port Alder plant", `Kessmar Cycles has enlarged its planned plant at Port Alder after signing a supply agreement with a Vestrian retailer.

Its annual capacity has been raised to 150,000 bicycles, from 120,000. The plant is to employ 310 people rather than the 220 first planned.
`)
	wantFirst(t, docsBot(t, map[string]string{"first.md": first, "second.md": second}), map[string]string{
		"How many bicycles a year can the Port Alder plant assemble?": "150,000 bicycles",
		"How many people will the Port Alder plant employ?":           "310 people",
	})

	line := article("Harbour Wire", "2026-03-02", "Swap line for Ostland", `The Vestrian treasury will open a $30 billion swap line with Ostland's central bank. The line will run for three years, officials said.
`)
	raised := article("Harbour Wire", "2026-06-20", "Swap line raised", `The Vestrian treasury agreed to raise its swap line with Ostland's central bank to $40 billion, from the $30 billion announced in March, officials said.
`)
	wantFirst(t, docsBot(t, map[string]string{"line.md": line, "raised.md": raised}), map[string]string{
		"How long will the swap line with Ostland's central bank run?": "three years",
	})
}

// TestFinalRateReplacesProposed: a final notice's "the 2027 rate is now
// 10%, down from the proposed 15%" takes the place of the proposal that
// gave 15% for 2027 among its other years' rates: the correction names
// the year, and the proposal's figure for that year is the one it
// corrects.
func TestFinalRateReplacesProposed(t *testing.T) {
	proposal := article("Harbour Wire", "2026-03-02", "Vestria proposes tariff on Ostland", `Vestria's trade office proposed a tariff on imports from Ostland on Monday.

Under the proposal, imports from Ostland would pay an additional duty of 10% from January 1, 2026. The rate would rise to 15% on January 1, 2027 and reach 25% on January 1, 2028.
`)
	final := article("Harbour Wire", "2026-06-20", "Vestria softens Ostland tariff", `Vestria's trade office published its final decision on the Ostland tariff on Friday.

The 2027 rate is now 10%, down from the proposed 15%. Ostland's exporters welcomed the change.
`)
	wantFirst(t, docsBot(t, map[string]string{"proposal.md": proposal, "final.md": final}), map[string]string{
		"What's the Ostland tariff rate going to be in 2027?": "now 10%",
	})
}

// TestRevisedWaiverLeads: a question of the current figure is answered
// first by the newer report's revision ("the investment needed for a
// waiver was revised to $150 million, from $250 million"), not by the
// draft's $250 million, end to end. The case where such a correction
// ranks above the draft without answering in full is checked on the
// ranking itself (TestCorrectionAboveAnswersAsFarAsTheCorrected).
func TestRevisedWaiverLeads(t *testing.T) {
	draft := article("Harbour Wire", "2026-03-02", "Vestria drafts a drug tariff", `Vestria proposed a 20% tariff on generic drugs from Ostland on Monday.

Drugmakers that commit at least $250 million to manufacturing in Vestria before March 31 would qualify for a waiver.

Public comments are due within 30 days.
`)
	revised := article("Harbour Wire", "2026-05-20", "Vestria revises its drug tariff", `Vestria published the final text of its generic drug tariff on Tuesday, changing several figures from the draft.

The investment needed for a company-level waiver was revised to $150 million, from $250 million. The commitment deadline was left unchanged.

Export figures have also moved. Ostland's drugmakers now expect sales to Vestria of $10.6 billion this year, up from $10.1 billion.
`)
	wantFirst(t, docsBot(t, map[string]string{"draft.md": draft, "revised.md": revised}), map[string]string{
		"How much does a drugmaker currently have to put into Vestrian manufacturing to get a waiver?": "$150 million",
	})
}
