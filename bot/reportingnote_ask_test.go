package bot_test

import (
	"strings"
	"testing"
)

// TestReportingNoteYields: an update's note on the report it replaces
// ("That report gave … the tariff on shipments above the quota as 15%")
// says the question's words and the figures no longer true; the update's
// own sentence with the new figure answers first.
func TestReportingNoteYields(t *testing.T) {
	b := docsBot(t, map[string]string{
		"first.md": article("Harbour Wire", "2025-09-02", "US to exempt Japanese whisky", `Up to 4 million litres of Japanese whisky a year will enter the United States duty-free from October 1, officials said at a briefing. Shipments above that volume will pay a reduced tariff of 15%.
`),
		"update.md": article("Harbour Wire", "2025-09-05", "UPDATE 1-US whisky exemption to start Sept 22", `The US exemption for Japanese whisky will take effect earlier and cover more whisky than officials first said, according to the formal notice published on Thursday.

This story updates a Harbour Wire report of Sept. 2 that was based on an official briefing. That report gave the start date as October 1, the duty-free quota as 4 million litres a year, the tariff on shipments above the quota as 15% and the number of exporters affected at 85.

Japanese whisky will enter the United States duty-free from September 22, up to 5.5 million litres a year. Shipments above that volume will pay a tariff of 10%, not the 25% charged since June.
`),
	})
	a := ask(t, b, "What rate applies to whisky shipped above the quota?")
	if len(a.Excerpts) == 0 {
		t.Fatalf("no excerpts: %q", a.Text)
	}
	if first := a.Excerpts[0].Text; !strings.Contains(first, "a tariff of 10%") {
		t.Errorf("first excerpt %q: want the update's own sentence (a tariff of 10%%)", first)
	}
}

// TestReportingNoteFound: a note on the reporting is still found when
// nothing else says the question's words.
func TestReportingNoteFound(t *testing.T) {
	b := storyBot(t, "Harbour Wire", "Cheese duty",
		`The United States will charge an extra 20% duty on 11 French cheeses from April 14, the trade representative's office said on Wednesday.`,
		`This story updates a Harbour Wire report of March 4 that was based on the proposed list.`)
	a := ask(t, b, "Which Harbour Wire report of March 4 does the story update?")
	if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "report of March 4") {
		t.Errorf("answer %q: want the note first", a.Text)
	}
}
