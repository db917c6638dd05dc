package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestPartialNoteNamesThings: the partial note names the missing things
// ("Japanese cars"), never a verb the coverage says another way.
func TestPartialNoteNamesThings(t *testing.T) {
	q := parseQuestion("When did Japanese cars resign?")
	cars, resign := -1, -1
	for i, tm := range q.terms {
		switch tm.word {
		case "cars":
			cars = i
		case "resign":
			resign = i
		}
	}
	if got := partialNote(&q, []int{cars, resign}); got != "The coverage doesn't give that for Japanese cars; the closest it comes:" {
		t.Errorf("note %q", got)
	}
	if got := partialNote(&q, []int{resign}); got != "The coverage may not answer that directly; the closest it comes:" {
		t.Errorf("note for a verb alone: %q", got)
	}
}

// TestPartialNoteSkipsPredicates: a word after "be", an auxiliary or "how"
// says what is done or how ("were *hurt*", "how *high*"), so the note does
// not name it as a thing the coverage lacks, though WordNet also knows it
// as a noun; a verb before a missing thing is not named with it; nor is
// a preposition WordNet does not list, which it would read as a thing.
func TestPartialNoteSkipsPredicates(t *testing.T) {
	for _, c := range []struct{ q, missing, want string }{
		{"Which carmakers were hurt by the tariffs?", "hurt", weakNote},
		{"How high did rice prices climb?", "high", weakNote},
		{"Will Japan buy more American rice?", "rice", "The coverage doesn't give that for American rice; the closest it comes:"},
		{"Why are the mills rolling steel beams?", "beams", "The coverage doesn't give that for steel beams; the closest it comes:"},
		{"Why are the mills rolling beams?", "beams", "The coverage doesn't give that for beams; the closest it comes:"},
		{"How much does the plant pay per tonne?", "per", weakNote}, // a preposition WordNet does not list, no thing
	} {
		q := parseQuestion(c.q)
		i := slices.IndexFunc(q.terms, func(tm term) bool { return tm.word == c.missing })
		if got := partialNote(&q, []int{i}); got != c.want {
			t.Errorf("%q missing %q: note %q, want %q", c.q, c.missing, got, c.want)
		}
	}
}

// TestCountNote: the note of an answer in part to a question of how many
// names the thing as the question writes it ("rare earth elements"), and
// no verb read as one: "how many showed up" gets "that number", not "the
// number of showed".
func TestCountNote(t *testing.T) {
	for question, want := range map[string]string{
		"How many rare earth elements are on the list?": "the number of rare earth elements",
		"how many Tomahawks has Japan ordered?":         "the number of Tomahawks",
		"How many Korean workers were detained?":        "the number of Korean workers",
		"How many showed up at the rally?":              "that number",
		"How many attended the hearing?":                "that number",
	} {
		q := parseQuestion(question)
		if q.counted < 0 {
			t.Fatalf("%q: no counted term", question)
		}
		if got := lackNote(&q, lackCount); !strings.HasPrefix(got, "The coverage may not give "+want+" directly") {
			t.Errorf("%q: note %q, want it to name %q", question, got, want)
		}
	}
}
