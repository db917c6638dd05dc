package bot_test

import (
	"strings"
	"testing"
)

// TestArgumentGivesTheReason: for a question of why a party wants
// something, the sentence that gives its argument ("…, arguing that the
// change would let mills use more Vestrian cotton") answers before the
// one that only says it asked.
func TestArgumentGivesTheReason(t *testing.T) {
	body := `Vestria wants the content threshold for its garment factories lowered, officials said.

Vestria wants the content threshold for its garment factories lowered, arguing that the change would let its mills use more Vestrian cotton and keep more of the work at home.
`
	b := docsBot(t, map[string]string{"doc.md": article("Wire One", "2026-03-04", "Garments", body)})
	checkFirstExcerpts(t, b, []firstExcerptCase{
		{"Why does Vestria want the content threshold lowered?", "arguing that", "officials said"},
	}, func(first string) bool { return len(first) <= 400 && strings.Contains(body, first) })
}
