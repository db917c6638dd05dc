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
		"a $550bil fund":        {"a", "550", "billion", "fund"},
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
	if got := scaleVariants("550", "billion", true); !slices.Equal(got, []string{"550b", "550bil", "550bln", "550bn"}) {
		t.Errorf("scaleVariants(550, billion, money) = %q", got)
	}
	if got := scaleVariants("300", "million", false); !slices.Equal(got, []string{"300mil", "300mln", "300mn"}) {
		t.Errorf("scaleVariants(300, million) = %q, want no one-letter form", got)
	}
}

// TestScaleSpans: the words of a figure read apart ("5", "billion") end
// where the text does, so a statement found after it ("a year") does not
// take in the scale.
func TestScaleSpans(t *testing.T) {
	e := newAnalysisCache(2).excerpt("The fund pays $5bn a year to Texas.")
	sp := e.spansOf(kindFrequency)
	if len(sp) != 1 {
		t.Fatalf("spans of a frequency: %v", sp)
	}
	for _, w := range e.content[sp[0][0]:sp[0][1]] {
		if w.word == "billion" || w.word == "5" {
			t.Errorf("the frequency span %v takes in %q", sp[0], w.word)
		}
	}
}

// TestScaleNamedAsWritten: a partial answer names a figure as the
// question writes it.
func TestScaleNamedAsWritten(t *testing.T) {
	q := parseQuestion("What did the $90bn port deal include?")
	var figure []int
	for i, tm := range q.terms {
		if tm.word == "90" || tm.word == "billion" {
			figure = append(figure, i)
		}
	}
	if got := q.written(figure); got != "90bn" {
		t.Errorf("written = %q, want 90bn", got)
	}
}
