package bot_test

import "testing"

// TestDefinitionNoAnswerToWhoRuns: the sentence that spells out an
// acronym ("the Ostland Export Credit Agency (OECA)") answers who OECA
// is, not who chairs its board: for a question of who that asks more than
// a name ("who is the chair of …" too), the sentence that names the chair
// comes first.
func TestDefinitionNoAnswerToWhoRuns(t *testing.T) {
	doc := article("Harbour Wire", "2026-03-02", "Ostland widens export insurance", `The board of the Ostland Export Credit Agency (OECA) met on Monday and approved $2 billion of new cover for exporters.

"Our exporters need cover they can count on," said Petra Holm, who chairs the agency's board.
`)
	wantFirst(t, seedAndDocsBot(t, map[string]string{"oeca.md": doc}), map[string]string{
		"Who chairs OECA's board?":     "Petra Holm",
		"Who leads the board of OECA?": "Petra Holm",
		// "Who is …" asks for a name too when it names a role.
		"Who is the chair of OECA's board?": "Petra Holm",
	})
}
