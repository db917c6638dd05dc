package bot

import "testing"

// TestNamesPlace: countries, their codes, acronyms and adjectives, and
// places WordNet names name places; people and companies do not.
func TestNamesPlace(t *testing.T) {
	for name, want := range map[string]bool{
		"Canada": true, "Korea": true, "the EU": true, "U.S.": true, "Tokyo": true, "Japanese": true,
		"South Korean": true, "Korea's": true, "US": true,
		"Ishiba": false, "Lutnick": false, "Prime Minister Ishiba": false, "Toyota": false, "METI": false, "GM": false, "": false,
	} {
		if got := namesPlace(name); got != want {
			t.Errorf("namesPlace(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestAdjectiveOf: a place's adjective is the one WordNet links to it
// both ways that begins most as the place does.
func TestAdjectiveOf(t *testing.T) {
	for place, want := range map[string]string{
		"Korea": "Korean", "Thailand": "Thai", "Malaysia": "Malaysian", "Vietnam": "Vietnamese",
		"Britain": "", "Tokyo": "", "Ishiba": "",
	} {
		if got := adjectiveOf(place); got != want {
			t.Errorf("adjectiveOf(%q) = %q, want %q", place, got, want)
		}
	}
}

// TestNameSorts: a place and a person never stand for each other, a date
// only for a date; anything else may stand for either.
func TestNameSorts(t *testing.T) {
	for _, c := range []struct {
		a, b string
		ok   bool
	}{
		{"Korea", "Japan", true}, {"Lutnick", "Ishiba", true}, {"Toyota", "Japan", true}, {"Toyota", "Ishiba", true},
		{"Korea", "Ishiba", false}, {"Lutnick", "Japanese", false}, {"Lutnick", "July", false}, {"Trump", "Monday", false},
		{"Korea", "Prime Minister Ishiba", false}, {"August", "July", true},
	} {
		if got := sortOf(c.a).standsFor(sortOf(c.b)); got != c.ok {
			t.Errorf("%q for %q: %v, want %v", c.a, c.b, got, c.ok)
		}
	}
}
