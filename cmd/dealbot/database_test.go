package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/handlers/pgstore/pgtest"
)

// TestAddFileToDatabase: with DEALBOT_DATABASE_URL, `dealbot add FILE`
// keeps the document in the database; `sources` lists it from there, a
// later `ask` (another process, another index) answers from it, and the
// corpus folder keeps working beside it.
func TestAddFileToDatabase(t *testing.T) {
	dbURL := pgtest.URL(t)
	file := filepath.Join(t.TempDir(), "steel.md")
	writeFile(t, file, steelDoc)
	folder := t.TempDir()
	writeFile(t, filepath.Join(folder, "rice.md"), "---\nid: rice-note\ntitle: Rice note\npublisher: Farm Wire\n---\n\nJapan will buy more American rice under the deal, the farm ministry said.\n")
	env := config{DatabaseURL: dbURL, CorpusDir: folder, TeamID: "T0FAKE"}

	out, errOut, err := runEnv(t, env, "add", file)
	if err != nil || !strings.Contains(out, "added database:steel-quota-note.md") {
		t.Fatalf("add: %v\n%s%s", err, out, errOut)
	}
	t.Run("SameFileAgain", func(t *testing.T) {
		_, errOut, err := runEnv(t, env, "add", file)
		if err == nil || !strings.Contains(errOut, "already in the corpus") {
			t.Errorf("err %v, stderr %q", err, errOut)
		}
	})
	t.Run("Sources", func(t *testing.T) {
		out, _, err := runEnv(t, env, "sources")
		if err != nil || !strings.Contains(out, "steel-quota-note") || !strings.Contains(out, "rice-note") {
			t.Errorf("sources (%v):\n%s", err, out)
		}
	})
	t.Run("AskAnswersFromBoth", func(t *testing.T) {
		out, _, err := runEnv(t, env, "ask", "--json", "how large is the steel quota?")
		if err != nil || !strings.Contains(out, `"doc_id":"steel-quota-note"`) {
			t.Errorf("steel (%v):\n%s", err, out)
		}
		out, _, err = runEnv(t, env, "ask", "--json", "will Japan buy American rice?")
		if err != nil || !strings.Contains(out, `"doc_id":"rice-note"`) {
			t.Errorf("rice (%v):\n%s", err, out)
		}
	})
	t.Run("OtherTeam", func(t *testing.T) {
		other := env
		other.TeamID = "T0OTHER"
		out, _, err := runEnv(t, other, "sources")
		if err != nil || strings.Contains(out, "steel-quota-note") {
			t.Errorf("team T0OTHER lists T0FAKE's document (%v):\n%s", err, out)
		}
	})
}
