package bot_test

import "testing"

// TestWhoIsInCharge: a reader asks who runs, heads or chairs something;
// news names the person by the role ("the company's chief executive",
// "its chairman") or says the thing is "managed by" someone, in none of
// the question's words, while another sentence says "run" of something
// else. WordNet's verbs of being in charge and its words for who is
// (wordnet.InCharge, wordnet.ChargeWords) say it.
func TestWhoIsInCharge(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Battery plant", `Harlow Motors will build a battery plant in Dunmore, and the plant will run on power from the Dunmore wind farm, Harlow Motors said.

The company's chief executive, Ines Marlowe, said Harlow Motors had looked at sites in three countries.

The Dunmore Growers' Federation has asked the council to run a review of the plant's water permit. Its chairman, Tomas Reyes, said farmers needed the river in summer.

The new Battery Skills Fund will be managed by Dunmore Technical College, and the fund will pay for courses for 500 apprentices a year. Trainees will run the college workshop on weekends.
`)
	b := docsBot(t, map[string]string{"doc.md": doc})
	wantFirst(t, b, map[string]string{
		"Who runs Harlow Motors?":                    "Ines Marlowe",
		"Who heads the Dunmore Growers' Federation?": "Tomas Reyes",
		"Who runs the Battery Skills Fund?":          "Dunmore Technical College",
	})
}

// TestWhoIsInChargeUnsaid: a sentence that names someone but says
// nothing of heading anything does not say who heads the talks, though
// its title says "deal", one of WordNet's verbs of being in charge: the
// question is answered in part at best.
func TestWhoIsInChargeUnsaid(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Trade Deal", `The negotiations for Dravonia lasted three months, officials said.

A fact sheet from the Trade Office listed the goods covered by the negotiations for Dravonia.
`)
	a := ask(t, docsBot(t, map[string]string{"doc.md": doc}), "Who heads the negotiations for Dravonia?")
	if a.Covered && !a.Partial {
		t.Errorf("answered in full from %+v; no sentence says who heads the negotiations", a.Excerpts)
	}
}

// TestWhoIsInChargeInOtherWords: a sentence that names who leads in a
// word the table of being in charge lacks ("chief negotiator"), under a
// title that says one of its verbs ("Trade Deal"), answers in full: a
// word for a person says what its name is.
func TestWhoIsInChargeInOtherWords(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Trade Deal", `Dravonia's chief negotiator, Ilse Varnholt, arrived in Washington on Monday for the negotiations.
`)
	other := article("Wire Two", "2026-03-05", "Port plan", `The port authority will run the new terminal, and its director will manage the budget. The council will lead a review and head a panel.
`)
	wantFirst(t, docsBot(t, map[string]string{"talks.md": doc, "port.md": other}), map[string]string{
		"Who leads Dravonia's negotiations?": "Ilse Varnholt",
	})
}
