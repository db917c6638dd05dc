package bot_test

import (
	"strings"
	"testing"
)

// TestStoryNotNamingTheSubjectIsNoAnswer: in coverage of Malaysia, where
// "Malaysian" is in so many passages that a passage need not say it, the
// embedded article on Japan's deal, which never names Malaysia, does not
// say what Section 232 rate Malaysian chips face: its passage on Section
// 232 and semiconductors is the closest the coverage comes, and beside an
// answer from the stories on Malaysia it is not shown. A story that
// names Malaysia still answers what it says.
func TestStoryNotNamingTheSubjectIsNoAnswer(t *testing.T) {
	b := seedAndDocsBot(t, map[string]string{
		"gloves.md": article("Strait Wire", "2025-07-02", "Malaysian glove makers brace for US duty", malaysianParagraphs(
			"KUALA LUMPUR, July 2 (Strait Wire) - Malaysian rubber glove makers said on Wednesday they expected US orders to slow after Washington set a 24% reciprocal tariff on Malaysian goods.",
			"Malaysian producers supply about half of the gloves used in American hospitals, the industry association said.",
			"The association said Malaysian factories had already cut night shifts.",
			"Malaysian officials said they would seek an exemption for medical goods in talks next week.",
			"Malaysian glove exports to the United States were worth $1.2 billion last year, customs data showed.",
			"Top Glove and Hartalega, the largest Malaysian makers, said margins would shrink.",
			"Malaysian growers of natural latex also expect lower prices.",
			"Analysts said Malaysian firms could shift sales to Europe and Japan.",
			"The ringgit weakened after the announcement, hurting importers of Malaysian inputs.",
		)),
		"talks.md": article("Strait Wire", "2025-07-10", "Malaysia opens tariff talks in Washington", malaysianParagraphs(
			"WASHINGTON, July 10 (Strait Wire) - Malaysian negotiators opened talks with US officials on Thursday on the reciprocal tariff.",
			"Malaysian trade minister Aziz Rahman said the talks covered palm oil, gloves and electronics.",
			"He said Malaysian exporters wanted the rate cut to 10%.",
			"Malaysian officials said electronics made up a third of exports to the United States.",
			"The Malaysian delegation also raised the cost of the tariff for small firms.",
			"US officials asked Malaysian negotiators to open the market for American farm goods.",
			"A second round of Malaysian talks is set for August.",
		)),
	})
	q := "Which Section 232 duty applies to Malaysian semiconductors?"
	if a := ask(t, b, q); !a.Covered || !a.Partial {
		t.Errorf("%q: covered %v, partial %v, want the closest the coverage comes: %+v", q, a.Covered, a.Partial, a.Excerpts)
	}
	wantLed(t, b, "What rate did Malaysian exporters want the tariff cut to?", "10%")
	// Nor is an excerpt from it shown beside the answer, while stories
	// that name Malaysia have more to show.
	q = "What tariff does Washington charge on Malaysian goods?"
	for _, e := range ask(t, b, q).Excerpts {
		if strings.HasPrefix(e.DocID, "japan-forward") {
			t.Errorf("%q: an excerpt from %s, which never names Malaysia: %q", q, e.DocID, e.Text)
		}
	}
}

// malaysianParagraphs writes each sentence as a paragraph of its own.
func malaysianParagraphs(sentences ...string) string {
	return strings.Join(sentences, "\n\n") + "\n"
}
