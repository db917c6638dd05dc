package bot_test

import (
	"strings"
	"testing"
)

// TestLatestFirstWhenAnsweredInPart: a question of a figure's current
// state that the coverage answers only in part ("sheds" are never named)
// shows the latest report's figure first, not the older one it revised;
// a still newer sentence that gives no figure of the surplus copper
// does not go first.
func TestLatestFirstWhenAnsweredInPart(t *testing.T) {
	older := article("Wire One", "2026-03-02", "Copper stocks", `Traders said surplus copper held in US warehouses had reached about 500,000 tonnes, the most in a decade, after importers rushed metal in ahead of the tariff.

Comex prices fell 2% on the day.
`)
	newer := article("Wire Two", "2026-04-20", "Copper stocks revised", `The copper surplus has since been revised down to about 430,000 tonnes, as some metal was shipped back to Asia.

The exchange said it would publish stock figures weekly.
`)
	newest := article("Wire Three", "2026-05-11", "Warehouse rents", `Rents for US warehouses near the ports rose 12% this spring, landlords said, as importers kept surplus goods in storage.
`)
	b := docsBot(t, map[string]string{"older.md": older, "newer.md": newer, "newest.md": newest})
	wantClosest(t, b, "How much surplus copper do US warehouses hold now, counting bonded sheds?", "430,000")
}

// TestNewestFirstForCurrentState: for a question of what holds now, the
// newest report's sentence goes first though an older one says a little
// more of the question's words; at half wRecency the older rate led.
func TestNewestFirstForCurrentState(t *testing.T) {
	older := article("Wire One", "2026-03-02", "Carmakers count tariff cost", `Carmakers in Japan face a 27.5% tariff on the cars they ship to the US, the industry association said on Monday.

Exports to the US fell 8% in February.
`)
	newer := article("Wire Two", "2026-09-20", "Lower rate takes effect", `Cars from Japan pay the lower rate of 15% from Tuesday, customs officials said.

Dealers said prices would not fall at once.
`)
	b := docsBot(t, map[string]string{"older.md": older, "newer.md": newer})
	a := ask(t, b, "What US tariff do Japanese cars pay now?")
	if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "15%") {
		t.Errorf("want the newest report's 15%% first: %+v", a.Excerpts)
	}
}
