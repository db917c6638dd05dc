package bot_test

import (
	"strings"
	"testing"
)

// TestHowBigWithoutFigure: a question of how big is answered by a figure
// of any kind ("77 aircraft", "a 380-hectare site"); when the passage that
// best says its words gives no figure at all ("an unlimited swap line,
// similar to the standing lines the Fed keeps with Japan"), it is the
// closest the coverage comes, answered in part, not the answer.
func TestHowBigWithoutFigure(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Swap lines", `Korea had asked for an unlimited swap line with the Federal Reserve, similar to the standing lines the Fed keeps with Japan and the euro area. That request was turned down in September.

Korea will instead get a $20 billion swap line with the Treasury.

Air Seoul announced in February the largest order in its history, for 77 aircraft from three makers.
`)
	b := docsBot(t, map[string]string{"doc.md": doc})
	a := ask(t, b, "How big is the standing swap line the Fed keeps with Japan?")
	if !a.Covered || !a.Partial || !strings.HasPrefix(a.Note, "The coverage gives no figure for that") {
		t.Errorf("how big, with no figure said of it: covered %v, partial %v, note %q, want answered in part, saying it gives no figure: %+v", a.Covered, a.Partial, a.Note, a.Excerpts)
	}
	wantFirst(t, b, map[string]string{"How big was Air Seoul's February order?": "77 aircraft"})
	if a := ask(t, b, "How big was Air Seoul's February order?"); a.Partial {
		t.Errorf("how big, answered by a count: partial, want answered: %+v", a.Excerpts)
	}
}

// TestWhoHoldsTheRole: "Who is the commerce secretary who chairs the
// committee?" asks for a name; a sentence that says only the role back
// ("chaired by the US commerce secretary") is the closest the coverage
// comes, answered in part. One that names the holder answers it.
func TestWhoHoldsTheRole(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Investment committee", `Projects will be chosen by an investment committee in Washington chaired by the US commerce secretary, after a Korean consultative committee has given its views.

The Korean committee is led by the trade minister, Park Jin-ho, who said it would meet monthly.
`)
	b := docsBot(t, map[string]string{"doc.md": doc})
	if a := ask(t, b, "Who is the commerce secretary who chairs the investment committee?"); !a.Covered || !a.Partial || !strings.HasPrefix(a.Note, "The coverage doesn't name the commerce secretary;") {
		t.Errorf("who holds a role the coverage never names the holder of: covered %v, partial %v, note %q, want answered in part, saying it doesn't name the commerce secretary: %+v", a.Covered, a.Partial, a.Note, a.Excerpts)
	}
	if a := ask(t, b, "Who is the trade minister?"); a.Partial || !a.Covered || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "Park Jin-ho") {
		t.Errorf("who holds a role the coverage names: covered %v, partial %v, want Park Jin-ho first, answered: %+v", a.Covered, a.Partial, a.Excerpts)
	}
}

// TestWhenDatedBefore: a sentence that says everything a question of when
// asks but dates it in the sentence before ("… met on July 2 and 3. It
// was the first round of formal talks") is the closest the coverage comes,
// answered in part with the date shown, not refused for weak evidence.
func TestWhenDatedBefore(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Talks", `A delegation led by the industry minister met officials from the Commerce Department in Washington on July 2 and 3, along with lawyers from both sides and advisers to the two leaders. It was the first round of formal talks on the tariff, the report said, and more are planned in Manama.

The smelter's chief executive said exports to American buyers had fallen by half since June, and that he expected the quota to be agreed before the end of the year.
`)
	other := article("Wire Two", "2026-03-05", "Markets", `Aluminium prices rose 3% in London on Tuesday as traders weighed supply from the Gulf.

The Midwest premium paid by American buyers climbed to a record 64 cents a pound.

Shipping rates from the Gulf to Europe fell for a second week, brokers said.

A rolling mill in Ohio will add a second shift to meet demand from carmakers.
`)
	b := docsBot(t, map[string]string{"doc.md": doc, "other.md": other})
	a := ask(t, b, "When was the first formal round of tariff talks held?")
	if !a.Covered || !a.Partial || !strings.HasPrefix(a.Note, "The coverage may not say when") || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "July 2 and 3") {
		t.Errorf("when, dated in the sentence before: covered %v, partial %v, note %q, want answered in part with July 2 and 3 first: %+v", a.Covered, a.Partial, a.Note, a.Excerpts)
	}
}
