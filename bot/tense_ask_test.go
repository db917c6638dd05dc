package bot_test

import (
	"strings"
	"testing"
)

// TestTimeOfTheAskedTense: a question of when something does happen is
// answered by a date in a clause of the present or future, not by the
// date on which it was agreed, and one of when it did, the other way.
func TestTimeOfTheAskedTense(t *testing.T) {
	body := `Norland agreed a fisheries quota for Vestrian boats with Vestria in the port town of Kell on Sunday, March 8.

The fisheries quota for Vestrian boats, which Norland agreed with Vestria in Kell, will apply from Wednesday, April 1.
`
	b := docsBot(t, map[string]string{"doc.md": article("Wire One", "2026-03-09", "Fisheries", body)})
	checkFirstExcerpts(t, b, []firstExcerptCase{
		{"When does the fisheries quota for Vestrian boats take effect?", "April 1", "March 8"},
		{"When did Norland agree the fisheries quota for Vestrian boats?", "March 8", "April 1"},
	}, func(first string) bool { return len(first) <= 400 && strings.Contains(body, first) })
}
