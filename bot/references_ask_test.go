package bot_test

import "testing"

// TestAgencyReferredToByAcronym: "who chairs OECA's board?" is answered
// by "the agency's board is chaired by …", the agency the story named
// with that acronym ("the Ostland Export Credit Agency (OECA)"), and "who
// runs OECA?" by who "has run the agency".
func TestAgencyReferredToByAcronym(t *testing.T) {
	doc := article("Harbour Wire", "2026-03-02", "Ostland widens export insurance", `The Ostland Export Credit Agency (OECA) was set up in 2019 to insure exporters against the risk that foreign buyers fail to pay.

The agency's board is chaired by Petra Holm, a former central banker.
`)
	run := article("Harbour Wire", "2026-03-09", "Exporters want more cover", `The Vestria Export Insurance Fund (VEIF) will insure exporters of machine tools, the trade ministry said on Monday.

"Our exporters need cover they can count on," said Mara Lind, who has run the fund since 2021.
`)
	wantFirst(t, seedAndDocsBot(t, map[string]string{"oeca.md": doc, "veif.md": run}), map[string]string{
		"Who chairs OECA's board?": "Petra Holm",
		"Who runs VEIF?":           "Mara Lind",
	})
}
