package bot

import (
	"strings"
	"testing"

	"github.com/dealbot/dealbot/index"
)

// TestNamesHolder: a question of who heads something or holds a role is
// answered by a sentence that names someone beside a word for who is in
// charge, the verb of being in charge, a title (a word of being in
// charge right before the name: "union *chair* Rosa Keller"; a verb of
// it before "by" and the name: "*led by* Trade Minister Anna Rask"), the role
// asked or a word for who does what the question names; not by one that
// names only the group, a day, a paper or a firm, nor by one whose only
// word of being in charge is no word for a person ("deal") and stands
// apart from any name.
func TestNamesHolder(t *testing.T) {
	cache := newAnalysisCache(16)
	for _, c := range []sentenceCase{
		{"Who chairs the smelter owners' group?", `"Smelters that cannot get ore will have to cut shifts," said Dewi Anggraini, INSA's chairwoman.`, true},
		{"Who chairs the smelter owners' group?", "The Indonesian Nickel Smelters Association (INSA) estimates its members will need about 240 million tonnes of ore.", false},
		{"Who chairs the smelter owners' group?", "The smelter owners' group signed a supply deal with Tsingshan Holding on Monday.", false},
		{"Who chairs the federation?", "Mariko Sugawara, who chairs the federation, said steelmakers would suffer.", true},
		{"Who chairs the federation?", "Last Monday, the federation chairman said steelmakers would suffer.", false},
		{"Who is the commerce minister?", "Commerce Minister Helena Varga on Monday imposed a definitive safeguard on steel imports.", true},
		{"Who is Japan's prime minister now?", "Prime Minister Takaichi told parliament the deal would stand.", true},
		{"Who chairs the Fed?", "Federal Reserve Chair Jerome Powell said the Fed would hold rates.", true},
		{"Who led the negotiations for Brussels?", "Sabine Kraus, the EU's chief negotiator, said she expected the European Parliament to give its consent.", true},
		{"Who leads the dockworkers' union?", "Union chair Rosa Keller said the strike would go on.", true},
		{"Who headed the Vestrian team at the talks?", "A Vestrian delegation led by Trade Minister Anna Rask held two days of talks in Kell.", true},
		{"Who headed the Vestrian team at the talks?", "A Vestrian delegation held two days of talks in Kell, Trade Minister Anna Rask said.", false},
		{"Who is the chief executive of Harlow Motors?", "Harlow Motors' Chief Executive Officer said on Monday that margins would recover.", false},
		{"Who is Harlow's chief financial officer?", "Harlow told the Financial Times that its margins would recover.", false},
		{"Who is the director of the steel users' group?", "Buyers of steel were quick to object, saying duties would raise costs for Harlow Motors.", false},
	} {
		q := parseQuestion(c.question)
		q.expandMorphology()
		q.expandInCharge()
		e := cache.excerpt(c.text)
		h, asks := q.asksHolder()
		if got := asks && q.namesHolder(h, &e.analysed, q.personNames(e)); got != c.want {
			t.Errorf("%q, %q: names the holder %v, want %v", c.question, c.text, got, c.want)
		}
	}
}

// TestHolderRanks: ranking counts, for a question of who chairs a group
// or holds a role, the sentence that names the chairwoman or the
// minister, and not one that names someone else beside the group's own
// words, nor one that says only the group or the ministry; a deputy
// director of another institute is no answer to who runs the fund, since
// the sentence says nothing of the fund.
func TestHolderRanks(t *testing.T) {
	q := weighed("Who chairs the smelter owners' group?", 60, map[string]int{"chairs": 3, "smelter": 6, "owners": 4, "group": 8})
	q.expandInCharge()
	minister := weighed("Who is the commerce minister?", 60, map[string]int{"commerce": 5, "minister": 6})
	fund := weighed("who runs the fund", 60, map[string]int{"runs": 5, "fund": 6})
	fund.expandInCharge()
	for _, c := range []struct {
		q    *question
		text string
		want float64
	}{
		{&q, `"We will have to cut shifts," said Dewi Anggraini, the smelter owners' chairwoman.`, wHolder},
		{&q, "The smelter owners' group hired Budi Santoso, a Jakarta lawyer, to challenge the ore quota.", 0},
		{&q, "The smelter owners' group said on Monday that the ore quota was too tight.", 0},
		{&minister, "Commerce Minister Helena Varga imposed a safeguard on steel imports.", wHolder},
		{&minister, "The commerce ministry hired Peter Okafor, a Lagos lawyer, to defend the decision.", 0},
		{&fund, "Mariko Sugawara, the fund's director, said it would buy more bonds.", wHolder},
		{&fund, "William Chou, deputy director of the Hudson Institute, described the clause as a significant development.", 0},
	} {
		cands := rank(c.q, []index.Hit{sentenceHit("s", c.text, 2)}, newAnalysisCache(8))
		if got := cands[0].features.holder; got != c.want {
			t.Errorf("%q, %q: holder %.2f, want %.2f", c.q.text, c.text, got, c.want)
		}
	}
}

// TestHolderOfWholeRole: a sentence that says the whole role asked for
// beside a name ("Tran Quoc Hung, the trade minister") names its holder
// where its paragraph says the country or group; saying only the role's
// head ("the deputy prime minister") needs the country in the sentence
// itself, and the whole role in a paragraph about another country names
// no holder of this one.
func TestHolderOfWholeRole(t *testing.T) {
	q := weighed("Who is Vietnam's trade minister?", 60, map[string]int{"vietnam": 20, "trade": 12, "minister": 6})
	// The paragraphs are long enough that a sentence is shown alone.
	const about = "Vietnam's exporters of shoes, furniture and electronics have asked the government for relief from the new tariff, saying orders for the coming season have already fallen by a fifth and that smaller firms may close."
	for _, c := range []struct {
		text, paragraph string
		want            float64
	}{
		{"Tran Quoc Hung, the trade minister, said at a conference on Monday that exporters would adapt.", about, wHolder},
		{"Pham Thi Lan, the deputy prime minister, said the concessions were fair.", about, 0},
		{"Tran Quoc Hung, the trade minister, said at a conference on Monday that exporters would adapt.", strings.ReplaceAll(about, "Vietnam", "Thailand"), 0},
		{"Nguyen Van An, the deputy trade minister, said at a conference on Monday that exporters would adapt.", about, 0},
		{"Nguyen Van An, the former trade minister, said at a conference on Monday that exporters would adapt.", about, 0},
		{"Nguyen Van An, Thailand's trade minister, said at a conference on Monday that exporters would adapt.", about, 0},
	} {
		h := sentenceHit("s", c.text, 2)
		h.Context = c.paragraph + " " + c.text
		cands := rank(&q, []index.Hit{h}, newAnalysisCache(8))
		if got := cands[0].features.holder; got != c.want {
			t.Errorf("%q in %q: holder %.2f, want %.2f", c.text, c.paragraph, got, c.want)
		}
	}
}

// TestHolderKind: for a question of who holds a role, a name ending in a
// common noun, a group's, is no person's: the sentence gets the kind of
// answer that names only a role, below a person's name.
func TestHolderKind(t *testing.T) {
	q := weighed("Who chairs the smelter owners' group?", 60, map[string]int{"chairs": 3, "smelter": 6, "owners": 4, "group": 8})
	q.expandInCharge()
	group := rank(&q, []index.Hit{sentenceHit("g", "Smelter owners said the quota was too tight, and the Indonesian Nickel Smelters Association wants a review.", 2)}, newAnalysisCache(8))
	person := rank(&q, []index.Hit{sentenceHit("p", `"We will have to cut shifts," said Dewi Anggraini, the smelter owners' chairwoman.`, 2)}, newAnalysisCache(8))
	if g, p := group[0].features.kind, person[0].features.kind; g != wKind || p != wKindFigure {
		t.Errorf("kind %.2f for a group's name, %.2f for a person's; want %.2f and %.2f", g, p, wKind, wKindFigure)
	}
}

// TestWhoKind: for a question of who, a sentence that names a person gets
// a figure's kind score; one that names only a group keeps
// groupNameShare of it, and one that names neither gets a role's.
func TestWhoKind(t *testing.T) {
	q := weighed("Who signed the port memorandum?", 60, map[string]int{"signed": 3, "port": 6, "memorandum": 4})
	kind := func(text string) float64 {
		return rank(&q, []index.Hit{sentenceHit("s", text, 2)}, newAnalysisCache(8))[0].features.kind
	}
	person := kind(`"This is a good day," said Anna Kovac, who signed the memorandum for the port.`)
	group := kind("The port memorandum was signed at the offices of the Vestrian Exporters Association.")
	if person != wKindFigure || group != groupNameShare*wKindFigure {
		t.Errorf("kind %.2f for a person's name, %.2f for a group's; want %.2f and %.2f", person, group, wKindFigure, groupNameShare*wKindFigure)
	}
}
