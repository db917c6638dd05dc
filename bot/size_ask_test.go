package bot_test

import "testing"

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
	if !a.Covered || !a.Partial {
		t.Errorf("how big, with no figure said of it: covered %v, partial %v, want answered in part: %+v", a.Covered, a.Partial, a.Excerpts)
	}
	wantFirst(t, b, map[string]string{"How big was Air Seoul's February order?": "77 aircraft"})
	if a := ask(t, b, "How big was Air Seoul's February order?"); a.Partial {
		t.Errorf("how big, answered by a count: partial, want answered: %+v", a.Excerpts)
	}
}
