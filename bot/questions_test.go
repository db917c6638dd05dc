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
		"What tariff do Japanese cars pay now?":                                {"What tariff do Japanese cars pay now?"},
		"Why did Ishiba quit? Who might succeed Ishiba?":                       {"Why did Ishiba quit?", "Who might succeed Ishiba?"},
		"hey, what tariff do cars pay? and when does it start? thanks!":        {"hey, what tariff do cars pay?", "when does the tariff start?"},
		"What is the MFN clause? Does it cover chips?":                         {"What is the MFN clause?", "Does the MFN clause cover chips?"},
		"What did Ishiba say? Why did he quit?":                                {"What did Ishiba say?", "Why did Ishiba quit?"},
		"What does the deal say about chips? And how does it work?":            {"What does the deal say about chips?", "how does the deal work?"},
		"Japanese cars? tariff?":                                               {"Japanese cars? tariff?"},
		"I'm writing about the deal. Why did Ishiba quit? Cheers":              {"I'm writing about the deal. Why did Ishiba quit? Cheers"},
		"What do cars pay? Why did Ishiba quit? Who picks? How big?":           {"What do cars pay?", "Why did Ishiba quit?", "Who picks?"},
		"see https://example.com/a?b=c - who picks the projects?":              {"see https://example.com/a?b=c - who picks the projects?"},
		"quick ones:\n1) what tariff do cars pay?\n2) who picks the projects?": {"what tariff do cars pay?", "who picks the projects?"},
		"": {""},
	} {
		if got := Questions(msg); !slices.Equal(got, want) {
			t.Errorf("Questions(%q) = %q, want %q", msg, got, want)
		}
	}
}
