package bot

import "testing"

// TestOwnedByAnother: a sentence that writes what the question's owner
// owns only as another name's ("Canada's chief negotiator") does not
// say the question's; its own owner, by name or family, does, and so
// does a sentence that writes it without an owner.
func TestOwnedByAnother(t *testing.T) {
	india := parseQuestion("Who was India's chief negotiator?")
	for s, want := range map[string]bool{
		"Canada's chief negotiator, Martin Obradovic, said the talks resumed in February.": true,
		"India's chief negotiator, Rajesh Kumar, said the talks resumed in February.":      false,
		"The chief negotiator, Rajesh Kumar, said the talks resumed in February.":          false,
		"Canada's chief negotiator met India's chief negotiator in Delhi.":                 false,
		"The talks resumed in February.":                                                   false,
	} {
		a := analyse(s)
		if got := india.ownedByAnother(&a); got != want {
			t.Errorf("%q: owned by another = %v, want %v", s, got, want)
		}
	}
	// A word dropped from the question's terms before the owner ("according")
	// leaves the owner named.
	if q := parseQuestion("According to the union, who was India's chief negotiator?"); q.owned.owner < 0 || q.terms[q.owned.owner].word != "india" {
		t.Errorf("owner term %d of %+v, want india's", q.owned.owner, q.terms)
	}
	if q := parseQuestion("Who heads the Indian delegation?"); q.owned.owner >= 0 {
		t.Errorf("no owner written in the possessive, found term %d", q.owned.owner)
	}
}
