package bot

import (
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestNamesHolder: a question of who heads something or holds a role is
// answered by a sentence that names someone beside a word for who is in
// charge, a title, the role asked or a word for who does what the
// question names; not by one that names only the group, nor by a person
// who holds some other role elsewhere.
func TestNamesHolder(t *testing.T) {
	for _, c := range []struct {
		question, text string
		want           bool
	}{
		{"Who chairs the smelter owners' group?", `"Smelters that cannot get ore will have to cut shifts," said Dewi Anggraini, INSA's chairwoman.`, true},
		{"Who chairs the smelter owners' group?", "The Indonesian Nickel Smelters Association (INSA) estimates its members will need about 240 million tonnes of ore.", false},
		{"Who is the commerce minister?", "Commerce Minister Helena Varga on Monday imposed a definitive safeguard on steel imports.", true},
		{"Who is Japan's prime minister now?", "Prime Minister Takaichi told parliament the deal would stand.", true},
		{"Who led the negotiations for Brussels?", "Sabine Kraus, the EU's chief negotiator, said she expected the European Parliament to give its consent.", true},
		{"Who is the director of the steel users' group?", "Buyers of steel were quick to object, saying duties would raise costs for Harlow Motors.", false},
	} {
		q := parseQuestion(c.question)
		q.expandInCharge()
		a := analyseConcepts(c.text)
		if got := q.asksHolder() && q.namesHolder(&a); got != c.want {
			t.Errorf("%q, %q: names the holder %v, want %v", c.question, c.text, got, c.want)
		}
	}
}

// TestHolderRanks: the sentence that names who chairs the group ranks
// above the one that says more of the question's words but names only
// the group; a deputy director of another institute is no answer to who
// runs the fund, since the sentence says nothing of the fund.
func TestHolderRanks(t *testing.T) {
	q := weighed("Who chairs the smelter owners' group?", 60, map[string]int{"chairs": 3, "smelter": 6, "owners": 4, "group": 8})
	q.expandInCharge()
	group := "The smelter owners' group said on Monday that the ore quota was too tight for the plants already built."
	named := `"We will have to cut shifts," said Dewi Anggraini, the smelter owners' chairwoman.`
	cands := rank(&q, []index.Hit{sentenceHit("group", group, 2), sentenceHit("named", named, 1.6)}, newAnalysisCache(8))
	if cands[0].hit.ID != "named" {
		t.Errorf("ranked %q first; want the sentence naming the chairwoman", cands[0].text)
	}

	fund := parseQuestion("who runs the fund")
	fund.expandInCharge()
	other := analyseConcepts("William Chou, deputy director of the Hudson Institute, described the clause as a significant development.")
	if fund.saysHeld(&other) {
		t.Errorf("%q says what the question asks who runs; want not", "William Chou, deputy director of the Hudson Institute")
	}
}
