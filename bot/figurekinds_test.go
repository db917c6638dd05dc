package bot

import (
	"maps"
	"slices"
	"testing"
)

// TestFigureFormsOf: each number in digits is read as the kinds of figure
// the text writes it as, and as bare where it stands without a sign or
// unit.
func TestFigureFormsOf(t *testing.T) {
	for text, want := range map[string]map[string]figureForms{
		"Japan pledged $900 billion; the plant will employ 900 people.": {"900": 1<<figMoney | 1<<figCount},
		"Exports worth $20bn face a 20% tariff.":                        {"20": 1<<figMoney | 1<<figPercent},
		"The tariff fell to 15 percent from 27.5%.":                     {"15": 1 << figPercent, "27.5": 1 << figPercent},
		"Of the 2,000, about 2,000 workers stayed.":                     {"2,000": 1<<figCount | bareFigure},
		"No figure here.": nil,
	} {
		if got := figureFormsOf(text, tokenize(text)); !maps.Equal(got, want) {
			t.Errorf("figureFormsOf(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestNumberSaidAsAnotherKind: a question's "$900 billion" is not said by
// a text whose only 900 counts people, nor its "20%" by "$20bn"; a bare
// 900, or the figure of the kind asked, says it.
func TestNumberSaidAsAnotherKind(t *testing.T) {
	for _, c := range []sentenceCase{
		{"Did Japan pledge $900 billion?", "The plant will employ 900 people.", false},
		{"Did Japan pledge $900 billion?", "Japan pledged $900bn.", true},
		{"Did Japan pledge $900 billion?", "The figure was 900, officials said.", true},
		{"Is the tariff 20%?", "Exports worth $20bn are affected.", false},
		{"Is the tariff 20%?", "A 20 percent tariff applies.", true},
		{"How many of the 900 workers stayed?", "Japan pledged $900 billion.", false},
		{"Is 900 the number?", "The plant will employ 900 people.", true}, // asked bare: any 900
		{"Did Japan pledge $550 billion?", "Japan will invest 550 billion in the US.", true},
		{"Will Japan invest 550 billion in the US?", "Japan pledged $550 billion of investment.", true},
		{"Will Japan invest 550 billion in the US?", "The fund has 550 staff.", false},
		{"Is the tariff 15%?", "The tariff is 15 pct.", true},
		{"What happened on August 1?", "The Aug 1 deadline passed.", true},
		{"Is the plan worth $600 billion?", "The plan is worth $500-600 billion.", true},
		{"What did the 2025 deal say?", "The deal signed on July 22, 2025 set a 15% tariff.", true},
	} {
		q := parseQuestion(c.question)
		i := slices.IndexFunc(q.terms, func(t term) bool { return isFigure(t.word) })
		if i < 0 {
			t.Fatalf("%q: no number term", c.question)
		}
		a := analyseConcepts(c.text)
		if got := q.terms[i].match(&a) > 0; got != c.want {
			t.Errorf("%q said by %q: %v, want %v", c.question, c.text, got, c.want)
		}
	}
}
