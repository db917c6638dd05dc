package bot_test

import "testing"

// TestOtherOwnerNoAnswer: "India's chief negotiator" is not answered by
// "Canada's chief negotiator, Martin Obradovic": another owner's, in a
// sentence that never names India, is the closest the coverage comes.
// The coverage's own owner answers in full.
func TestOtherOwnerNoAnswer(t *testing.T) {
	b := docsBot(t, map[string]string{"n.md": article("Maple Wire", "2026-05-12", "Talks resume", `Canada's chief negotiator, Martin Obradovic, said the talks resumed in February after a 17-month freeze.

India and Canada aim to sign the pact by the end of the year, officials in both capitals said.
`)})
	for q, partial := range map[string]bool{
		"Who was India's chief negotiator?":  true,
		"Who was Canada's chief negotiator?": false,
	} {
		a := ask(t, b, q)
		if !a.Covered || a.Partial != partial {
			t.Errorf("%q: covered %v, partial %v; want covered, partial %v (note %q)", q, a.Covered, a.Partial, partial, a.Note)
		}
	}
}
