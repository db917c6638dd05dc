package bot

import (
	"slices"
	"testing"
)

// TestPhrasalNouns: a noun made of a verb and its particle names the
// multi-word verb, both ways: "walkout" is said "walked out", and "shut
// down" in a question is said "the shutdown".
func TestPhrasalNouns(t *testing.T) {
	p, ok := phrasalOf("layoffs")
	if !ok || p.particle != "off" || !slices.Contains(p.forms, "laid") {
		t.Fatalf("phrasalOf(layoffs) = %+v, %v; want lay off, with laid", p, ok)
	}
	if _, ok := phrasalOf("output"); ok {
		t.Error("phrasalOf(output): output names no multi-word verb")
	}
	q := parseQuestion("When did the delegation's walkout happen?")
	q.expandMorphology()
	var walkout *term
	for i := range q.terms {
		if q.terms[i].word == "walkout" {
			walkout = &q.terms[i]
		}
	}
	if walkout == nil || !walkout.hasPhrasal {
		t.Fatalf("walkout: no multi-word verb: %+v", q.terms)
	}
	said := newAnalysisCache(2).context("Kaldmark's negotiators walked out of the talks on Thursday.")
	if walkout.match(said) == 0 {
		t.Error(`"walked out" does not say "walkout"`)
	}
	for _, text := range []string{"Kaldmark's negotiators walked to the talks.", "The delegation walked. Out of the talks came nothing."} {
		if walkout.match(newAnalysisCache(2).context(text)) != 0 {
			t.Errorf("%q says walkout", text)
		}
	}
	for _, w := range []string{"button", "putin", "dragon", "goon"} {
		if _, ok := phrasalOf(w); ok {
			t.Errorf("phrasalOf(%q): not a verb and its particle", w)
		}
	}
	q = parseQuestion("When did Veltra shut down the plant?")
	for _, tm := range q.terms {
		if tm.word == "shut" && !slices.Contains(tm.variants, "shutdown") {
			t.Errorf(`"shut down": no variant shutdown: %q`, tm.variants)
		}
	}
}

// TestBareVerbOfPhrasal: the verb of a multi-word verb of the question
// that a text writes without its particle is another verb, said only in
// part ("He called the ad fake" for "call off"); with its particle, even
// a few words on, it is said in full.
func TestBareVerbOfPhrasal(t *testing.T) {
	checkTermMatches(t, []termMatchCase{
		{"When did Trump call off the talks?", "call", "He called the ad fake on Friday.", bareVerbMatch},
		{"When did Trump call off the talks?", "call", "Trump called off the talks on Thursday.", 1},
		{"When did Trump call off the talks?", "call", "Trump called the talks off on Thursday.", 1},
		{"Why was the start date pushed back?", "pushed", "Exporters pushed for a later start.", bareVerbMatch},
		{"Why was the start date pushed back?", "pushed", "The start was pushed back by a month.", 1},
		{"Who will pay for the new port?", "pay", "Importers will pay the duty.", 1},
	})
}

// TestOnlyInPhrasal: a word the question writes alone, which a text
// writes only as the verb of a multi-word verb, is another word, said
// only in part ("head off a tariff" for "who heads the team"); a text
// that also writes it alone, or a question that writes the same
// multi-word verb or compound, says it in full.
func TestOnlyInPhrasal(t *testing.T) {
	checkTermMatches(t, []termMatchCase{
		{"Who heads Austria's negotiating team?", "heads", "Austria offered a delay to head off a tariff.", bareVerbMatch},
		{"Who heads Austria's negotiating team?", "heads", "Aichinger heads the delegation.", 1},
		{"Who heads Austria's negotiating team?", "heads", "Aichinger, the head of the delegation, hopes to head off a tariff.", 1},
		{"When did Trump call off the talks?", "call", "Trump called off the talks on Thursday.", 1},
		{"Which products are on the final carve-out list?", "carve", "The carve-out covers 146 tariff lines.", 1},
		{"Who heads Austria's negotiating team?", "heads", "The team that Aichinger heads", 1},
		{"Who heads Austria's negotiating team?", "heads", "They turned their heads, off to Vienna.", 1},
	})
}

// termMatchCase is a text and how well it should say a word of a
// question (see term.match).
type termMatchCase struct {
	question, word, text string
	want                 float64
}

// checkTermMatches checks how well each case's text says its word.
func checkTermMatches(t *testing.T, cases []termMatchCase) {
	t.Helper()
	for _, c := range cases {
		if got := termMatch(t, c.question, c.word, c.text); got != c.want {
			t.Errorf("%q: %q says %q by %.2f, want %.2f", c.text, c.question, c.word, got, c.want)
		}
	}
}
