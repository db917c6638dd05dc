package bot

import "testing"

// TestTimeClauseAsksNoTime: a "when" that opens a clause inside a
// question sets the time of what is asked and asks for none; one that
// opens the question or a clause of its own, or is a verb's object in a
// yes-or-no question, asks when.
func TestTimeClauseAsksNoTime(t *testing.T) {
	for q, want := range map[string]bool{
		"What did Brandstetter say about the tariff when it was announced?":     false,
		"How many workers lose their jobs when Coastline idles Quesnel?":        false,
		"Do cargoes already on the water when the order was signed get a pass?": false,
		"When does the duty take effect?":                                       true,
		"Since when has the 30% rate applied?":                                  true,
		"By when does Commerce have to issue its final ruling?":                 true,
		"Who signed off on the grower aid, and when?":                           true,
		"If an airline orders a 737 today, when would it arrive?":               true,
		"How long has the probe been running - when did it start?":              true,
		"Did Commerce say when the duty starts?":                                true,
		"How long has the probe been running when did it start?":                true,
		"Which firms were hit, when the duty began?":                            true,
		"Who signed the deal—and when?":                                         true,
		"Who signed the deal\u00a0and when?":                                    true,
		"What is exempt when won't the duty apply?":                             true,
	} {
		checkAsks(t, q, kindTime, "when", want)
	}
}

// checkAsks checks whether parseQuestion reads a question as asking for
// any of the kinds k, what those kinds are called in the message.
func checkAsks(t *testing.T, question string, k kind, what string, want bool) {
	t.Helper()
	if got := parseQuestion(question).kinds&k != 0; got != want {
		t.Errorf("%q asks for %s: %v, want %v", question, what, got, want)
	}
}
