package bot_test

import (
	"strings"
	"testing"
)

// TestCountOfSomethingElseAsked: a question of how many, answered by a
// passage that counts something else near the thing asked about, or
// persons of another kind, is answered in part, said to be; one that
// counts the thing in other words ("475 workers" for how many people) is
// the answer.
func TestCountOfSomethingElseAsked(t *testing.T) {
	doc := article("Wire One", "2026-04-02", "Feed support for shrimp farmers", `The ministry added a feed component to its support scheme on Tuesday. Farmers with up to 10 acres of ponds get $120 a month for feed for the next two crops.

Immigration agents raided the battery plant on September 4 and detained 475 workers, most of them contractors.

Police detained 30 students at the port strike in Antwerp on Monday.
`)
	b := docsBot(t, map[string]string{"doc.md": doc})
	a := ask(t, b, "How many farmers have received the feed support so far?")
	if !a.Covered || !a.Partial || !strings.HasPrefix(a.Note, "The coverage may not give the number of farmers directly") {
		t.Errorf("count of acres for how many farmers: covered %v, partial %v, note %q", a.Covered, a.Partial, a.Note)
	}
	a = ask(t, b, "How many dockers were detained at the Antwerp port strike?")
	if !a.Covered || !a.Partial || !strings.Contains(a.Note, "dockers") {
		t.Errorf("count of students for how many dockers: covered %v, partial %v, note %q", a.Covered, a.Partial, a.Note)
	}
	a = ask(t, b, "How many people were detained in the raid on the battery plant?")
	if !a.Covered || a.Partial || !strings.Contains(a.Text, "475 workers") {
		t.Errorf("how many people, answered by 475 workers: covered %v, partial %v, %q", a.Covered, a.Partial, a.Text)
	}
}
