package bot_test

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestObjectSaidAnotherWay: a question about a thing the coverage never
// names ("a licence request") is not refused outright when the coverage
// uses a WordNet neighbour of it ("petition"): the sentence that says it
// another way is offered. A thing with no neighbour in the coverage ("a
// licence rebate") is not covered.
func TestObjectSaidAnotherWay(t *testing.T) {
	doc := "---\nid: licences\ntitle: Magnet licences\npublisher: Trade Wire\npublished: 2025-05-01\n---\n\n" +
		"Every magnet shipment needs its own licence from the bureau.\n\n" +
		"The bureau has up to 45 working days to decide on each licence petition.\n\n" +
		"Exporters say the licence rules have cut shipments by half.\n\n" +
		"Carmakers are waiting for licence decisions before restarting lines.\n"
	b, _ := newBot(t, fstest.MapFS{"licences.md": {Data: []byte(doc)}})
	a := ask(t, b, "How long can the bureau take to decide on a licence request?")
	if !a.Covered || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "45 working days") {
		t.Errorf("request said as petition: covered %v, excerpts %+v", a.Covered, a.Excerpts)
	}
	if a := ask(t, b, "How long can the bureau take to decide on a licence rebate?"); a.Covered {
		t.Errorf("licence rebate, said in no form, answered: %q", a.Text)
	}
}
