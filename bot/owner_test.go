package bot

import "testing"

// TestOwnedByAnother: a sentence that writes what the question's owner
// owns only as another name's ("Canada's chief negotiator") does not
// say the question's; its own owner, by name or family, does, and so
// does a sentence that writes it without an owner.
func TestOwnedByAnother(t *testing.T) {
	wantOwnedByAnother(t, parseQuestion("Who was India's chief negotiator?"), map[string]bool{
		"Canada's chief negotiator, Martin Obradovic, said the talks resumed in February.": true,
		"India's chief negotiator, Rajesh Kumar, said the talks resumed in February.":      false,
		"The chief negotiator, Rajesh Kumar, said the talks resumed in February.":          false,
		"Canada's chief negotiator met India's chief negotiator in Delhi.":                 false,
		"The talks resumed in February.":                                                   false,
	})
	// A word dropped from the question's terms before the owner ("according")
	// leaves the owner named.
	if q := parseQuestion("According to the union, who was India's chief negotiator?"); q.owned.owner < 0 || q.terms[q.owned.owner].word != "india" {
		t.Errorf("owner term %d of %+v, want india's", q.owned.owner, q.terms)
	}
	// Another compound ("farm products"), and an adjective of origin for
	// a possessive owner ("Scotch whisky"), are no other owner's.
	wantOwnedByAnother(t, parseQuestion("Why did Japan's farm ministry raise its purchase figure?"), map[string]bool{
		"Japan will buy $9.2 billion a year of American farm products.": false,
	})
	wantOwnedByAnother(t, parseQuestion("How long until India's whisky duty gets down to 40%?"), map[string]bool{
		"India will halve its 150% duty on Scotch whisky to 75% in the first year.": false,
	})
	if q := parseQuestion("Does Mexico charge a duty on it?"); q.owned.owner >= 0 {
		t.Errorf("a place's name before a verb owns nothing, found term %d", q.owned.owner)
	}
}

// TestOwnedByPlaceAdjective: a place's adjective owns the word after it,
// as a possessive does. "Brazilian coffee" is another's coffee for a
// question of Colombian coffee beans or of whether Colombian coffee
// pays, before a verb too; "Colombian coffee", "coffee from Colombia",
// coffee of no one's, "coffee prices" (another compound), "Brazil's
// coffee" (a possessive, for an adjective) and a name's "Coffee" are
// not.
func TestOwnedByPlaceAdjective(t *testing.T) {
	q := parseQuestion("What tariff do Colombian coffee beans pay in the US?")
	if q.owned.owner < 0 || q.terms[q.owned.owner].word != "colombian" {
		t.Fatalf("owner term %d of %+v, want colombian", q.owned.owner, q.terms)
	}
	wantOwnedByAnother(t, q, map[string]bool{
		"Brazilian coffee beans now pay a 50% tariff in the United States.":      true,
		"Brazilian coffee pays a 50% tariff in the United States.":               true,
		"Brazilian coffee prices rose after the tariff.":                         false,
		"Brazil's coffee beans now pay a 50% tariff in the United States.":       false,
		"The Colombian Coffee Growers Federation pays no tariff.":                false,
		"Colombian coffee beans pay a 10% tariff in the United States.":          false,
		"Coffee beans from Colombia pay a 10% tariff in the United States.":      false,
		"Brazilian and Colombian coffee beans pay tariffs in the United States.": false,
		"Coffee beans pay a 10% tariff in the United States, importers said.":    false,
	})
	// A verb after the word owned is no part of what is owned.
	wantOwnedByAnother(t, parseQuestion("Does Colombian coffee pay a tariff in the US?"), map[string]bool{
		"Brazilian coffee beans pay a 50% tariff in the United States.": true,
	})
}

// wantOwnedByAnother checks, for each sentence, whether q reads what its
// owner owns as another's there.
func wantOwnedByAnother(t *testing.T, q question, cases map[string]bool) {
	t.Helper()
	for s, want := range cases {
		a := analyse(s)
		if got := q.ownedByAnother(&a); got != want {
			t.Errorf("%q: owned by another = %v, want %v", s, got, want)
		}
	}
}
