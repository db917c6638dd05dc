package bot_test

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestDescribedNameAnswers: a question that names an organisation by the
// description the coverage sets after its name ("Swissmem, the
// association of machine makers") finds the sentence that uses the name
// alone: without the description it is not among the excerpts at all.
func TestDescribedNameAnswers(t *testing.T) {
	doc := "---\nid: swiss\ntitle: Swiss exporters count the cost\npublisher: Alpine Ledger\npublished: 2025-08-12\n---\n\n" +
		"Swissmem, the association of machine makers, said exports to the United States fell 14% in the third quarter.\n\n" +
		"Machine makers have been hit hardest, and the association warned that more job cuts would follow before the end of the year.\n\n" +
		"\"A 15% tariff is a relief, not a cure,\" said Daniel Hürlimann, Swissmem's director.\n"
	b, _ := newBot(t, fstest.MapFS{"swiss.md": {Data: []byte(doc)}})
	a := ask(t, b, "Who heads the machine makers' association?")
	for _, e := range a.Excerpts {
		if strings.Contains(e.Text, "Daniel Hürlimann") {
			return
		}
	}
	t.Errorf("no excerpt names Swissmem's director: %+v", a.Excerpts)
}
