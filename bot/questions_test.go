package bot

import (
	"slices"
	"testing"
)

// TestQuestions: a message of several questions that each ask on their
// own is split; one that refers back is asked with those before it; other
// messages are one question.
func TestQuestions(t *testing.T) {
	for msg, want := range map[string][]string{
		"What tariff do Japanese cars pay now?":                         {"What tariff do Japanese cars pay now?"},
		"Why did Ishiba quit? Who might succeed Ishiba?":                {"Why did Ishiba quit?", "Who might succeed Ishiba?"},
		"hey, what tariff do cars pay? and when does it start? thanks!": {"hey, what tariff do cars pay?", "hey, what tariff do cars pay? and when does it start?"},
		"What is the MFN clause? Does it cover chips?":                  {"What is the MFN clause?", "What is the MFN clause? Does it cover chips?"},
		"Japanese cars? tariff?":                                        {"Japanese cars? tariff?"},
		"I'm writing about the deal. Why did Ishiba quit? Cheers":       {"I'm writing about the deal. Why did Ishiba quit? Cheers"},
		"What do cars pay? Why did Ishiba quit? Who picks? How big?":    {"What do cars pay?", "Why did Ishiba quit?", "Who picks?"},
		"see https://example.com/a?b=c - who picks the projects?":       {"see https://example.com/a?b=c - who picks the projects?"},
		"": {""},
	} {
		if got := Questions(msg); !slices.Equal(got, want) {
			t.Errorf("Questions(%q) = %q, want %q", msg, got, want)
		}
	}
}
