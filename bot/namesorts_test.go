package bot

import "testing"

// TestNamesPlace: countries, their codes, acronyms and adjectives, and
// places WordNet names name places; people and companies do not.
func TestNamesPlace(t *testing.T) {
	for name, want := range map[string]bool{
		"Canada": true, "Korea": true, "the EU": true, "U.S.": true, "Tokyo": true, "Japanese": true,
		"Ishiba": false, "Lutnick": false, "Prime Minister Ishiba": false, "Toyota": false, "METI": false, "": false,
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
		"Tokyo": "", "Ishiba": "",
	} {
		if got := adjectiveOf(place); got != want {
			t.Errorf("adjectiveOf(%q) = %q, want %q", place, got, want)
		}
	}
}
