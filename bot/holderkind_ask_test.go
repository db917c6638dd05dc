package bot_test

import (
	"context"
	"strings"
	"testing"
)

// TestGroupIsNoHolder: for a question of who leads something, a sentence
// that names only the group ("the Harbour Shipping *Council*") and no
// person, nor a word for one, gives no one: it gets nothing for the
// kind of answer asked, while the sentence naming who runs it does.
func TestGroupIsNoHolder(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Port rejects levy", `The Harbour Shipping Council, which speaks for the port's freight firms, said the new levy on containers was far too high and would drive cargo to other ports.

"We will not pay it," said Maria Lopes, who has run the shipping council since 2019.
`)
	b := docsBot(t, map[string]string{"port.md": doc})
	ex, err := b.Explain(context.Background(), "Who leads the harbour shipping council?", 0)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]float64{}
	for _, c := range ex.Candidates {
		for _, f := range c.Features {
			if f.Name == "kind" {
				kinds[c.Text] = f.Value
			}
		}
	}
	for text, kind := range kinds {
		if names := strings.Contains(text, "Maria Lopes"); names != (kind > 0) {
			t.Errorf("%q: kind %.2f; want some only for the sentence that names someone", text, kind)
		}
	}
	if len(kinds) < 2 {
		t.Errorf("candidates %+v; want both sentences", ex.Candidates)
	}
}
