package bot

import (
	"slices"
	"testing"
)

// TestTokenizeReadsScales: a figure with its scale glued is read as the
// figure and the scale in words; a one-letter scale only after a
// currency sign, and ordinals and other words with digits stay whole.
func TestTokenizeReadsScales(t *testing.T) {
	for text, want := range map[string][]string{
		"a $550bn fund":         {"a", "550", "billion", "fund"},
		"€3.5mn in loans":       {"3.5", "million", "in", "loans"},
		"a $1.2tn economy":      {"a", "1.2", "trillion", "economy"},
		"US$3m deal":            {"us", "3", "million", "deal"},
		"the 100m sprint":       {"the", "100m", "sprint"},
		"the 4th round":         {"the", "4th", "round"},
		"5G networks":           {"5g", "networks"},
		"¥5b for the yard":      {"5", "billion", "for", "the", "yard"},
		"a 5k race in the rain": {"a", "5k", "race", "in", "the", "rain"},
	} {
		var got []string
		for _, tk := range tokenize(text) {
			got = append(got, tk.word)
		}
		if !slices.Equal(got, want) {
			t.Errorf("tokenize(%q) = %q, want %q", text, got, want)
		}
	}
	if got := scaleVariants("550", "billion"); !slices.Equal(got, []string{"550b", "550bn"}) {
		t.Errorf("scaleVariants(550, billion) = %q", got)
	}
}
