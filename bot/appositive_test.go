package bot

import "testing"

// TestNamesAsked: a "which X" question is answered by a sentence that
// gives a name in apposition to X or to another of its nouns; not by one
// that says X of something unnamed, nor by a name whose apposition ends
// in another noun, nor by the question's own name, nor for a plural X or
// a question of a figure.
func TestNamesAsked(t *testing.T) {
	cache := newAnalysisCache(16)
	for _, c := range []sentenceCase{
		{"Which trawler did the coastguard detain?", "The Morning Gull, a 70-metre pelagic trawler from Brenna, had logged 240 tonnes of mackerel.", true},
		{"Which country is the biggest supplier of steel imports?", "Korvia, the largest supplier, gets a country allocation of 950,000 tonnes a year.", true},
		{"Which trawler did the coastguard detain?", "Kaldmark's coastguard detained a Vestrian trawler in the Grey Sea on Saturday.", false},
		{"Which rare earth did Beijing add to the list?", "The Pentagon bought shares in MP Materials, the only US rare earth miner.", false},
		{"Which trawler did Kaldmark detain?", "Kaldmark, a coastal state with a large trawler fleet, said it would act.", false},
		{"Which rare earths did Beijing add to the list?", "Holmium, the rarest earth, was added first.", false},
		{"Which country sends the US the most furniture?", "Analysts said the delay gives Vietnam, the largest source of imported furniture, a year to negotiate.", true},
		{"Which country is the biggest supplier of steel imports?", "However, the largest supplier was exempt from the quota.", false},
		{"Which country is the biggest supplier of steel imports?", "Unlike Korvia, the largest supplier was exempt from the quota.", false},
		{"Which trawler did the coastguard detain?", "On Saturday, a Vestrian trawler was detained.", false},
		{"Which trawler did the coastguard detain?", "According to Reuters, the trawler was carrying 240 tonnes of mackerel.", false},
		{"What's the duty on foreign-built heavy trucks?", "Mexico sent 312,000 heavy trucks to the US last year, according to ANPACT, the association of Mexico's bus and truck manufacturers.", false},
		{"Which rate does Korvia pay?", "Korvia, the largest supplier, pays a rate of 15%.", false},
	} {
		q := parseQuestion(c.question)
		q.expandMorphology()
		if got := namesAsked(&q, cache.excerpt(c.text)); got != c.want {
			t.Errorf("%q, %q: %v, want %v", c.question, c.text, got, c.want)
		}
	}
}

// TestUnnamedOne: a sentence that says the thing a "which X" question asks
// to name only as "a X", naming nothing the question does not, restates
// the question; one that names something else may name it.
func TestUnnamedOne(t *testing.T) {
	cache := newAnalysisCache(4)
	q := parseQuestion("Which trawler did the coastguard detain?")
	q.expandMorphology()
	x := q.oneAsked()
	if x < 0 || q.terms[x].word != "trawler" {
		t.Fatalf("which trawler: asks to name term %d of %+v", x, q.terms)
	}
	for text, want := range map[string]bool{
		"The coastguard detained a trawler last week.":                     true,
		"The coastguard detained the Morning Gull, a trawler from Brenna.": false,
		"Gull, a trawler, was detained.":                                   false,
		"The duty covers aluminium, a metal used in cans.":                 false,
		"The coastguard detained the trawler last week.":                   false,
	} {
		if got := unnamedOne(&q, x, cache.excerpt(text)); got != want {
			t.Errorf("%q restates which trawler: %v, want %v", text, got, want)
		}
	}
	if q := parseQuestion("Which products were spared?"); q.oneAsked() >= 0 {
		t.Errorf("which products: asks to name one")
	}
}
