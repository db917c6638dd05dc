package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestDescriptions: a description set after a name in apposition is
// learned as the name's alias; clauses, lists, phrases of time or place
// and reporting clauses are not descriptions.
func TestDescriptions(t *testing.T) {
	described := func(name, meaning string) []corpus.Alias {
		return []corpus.Alias{{Name: name, Meaning: meaning, Described: true}}
	}
	for _, tc := range []struct {
		text string
		want []corpus.Alias
	}{
		{`Swissmem, the association of machine makers, said exports fell.`, described("Swissmem", "association of machine makers")},
		{`Swissmem, the association of machine, electrical and metal manufacturers, said exports fell.`,
			described("Swissmem", "association of machine, electrical and metal manufacturers")},
		{`Farmers backed JA Zenchu, the political voice of Japan's farm co-operatives.`,
			described("JA Zenchu", "political voice of Japan's farm co-operatives")},
		{`The plant is near Harlow Springs, a town of about 19,000 people, in the north.`, described("Harlow Springs", "town of about 19,000 people")},
		{`The SMF, a fund for magnet recycling, opens in May.`, described("SMF", "fund for magnet recycling")},
		{`The Board of Audit, the government's spending watchdog, objected.`, described("Board of Audit", "government's spending watchdog")},
		{`Riverton approved the Harbor Line, a 14-mile light-rail route that will link the airport, on Monday.`, described("Harbor Line", "14-mile light-rail route")},
		{`Kaldmark, the northern partner that walked out of the talks last week, set a quota.`, described("Kaldmark", "northern partner")},
		{`Investors bought shares of Toyota, the carmaker — a big exporter — on Monday.`, described("Toyota", "carmaker")},
		{`Exports rose at Acme, a news business, last year.`, described("Acme", "news business")},
		{`Mr. Smith, a trade lawyer, disagreed.`, described("Smith", "trade lawyer")},
		// A sentence adverb, a phrase of time or place, a preposition's
		// object, a clause, a reporting clause, a list.
		{`However, the ministry said it would wait.`, nil},
		{`On Friday, the ministry said it would wait.`, nil},
		{`In Washington, the senators said they would wait.`, nil},
		{`Under Trump, the tariffs rose.`, nil},
		{`In the U.S., the tariff rate is 15%.`, nil},
		{`According to Reuters, the ministry raised tariffs on steel.`, nil},
		{`Officials said that in India, the agreement needs only the approval of the Union Cabinet.`, nil},
		{`Tokyo, the Cabinet Office said, would pay.`, nil},
		{`Japan, the ministry said, would pay.`, nil},
		{`Japan, the government says, will pay.`, nil},
		{`Toyota, Honda and Nissan, the three biggest carmakers, fell.`, nil},
		{`Canada and Mexico, the other large sources of copper, objected.`, nil},
		{`He met officials from Japan, the farm lobby and the unions.`, nil},
		{`- However, the new rules apply to steel.`, nil},
		{`Officials said No, the deal is dead.`, nil},
		{`Kaldmark, the partner in talks with Vestria over mackerel quotas for the coming four years, set a quota.`, nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if got := descriptions(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

// TestAsksAboutDescribedName: a question names a described thing only
// by all the words of its name ("the line" is not "the Harbor Line"),
// and a name of stop words ("WHO") by none; an acronym or a person's
// alias still by its last word.
func TestAsksAboutDescribedName(t *testing.T) {
	for _, c := range []struct {
		question string
		alias    corpus.Alias
		want     bool
	}{
		{"Who runs the Harbor Line?", corpus.Alias{Name: "Harbor Line", Meaning: "light-rail route", Described: true}, true},
		{"Which department will run the line?", corpus.Alias{Name: "Harbor Line", Meaning: "light-rail route", Described: true}, false},
		{"Who is the commerce secretary?", corpus.Alias{Name: "WHO", Meaning: "global health body", Described: true}, false},
		{"What did Lutnick say?", corpus.Alias{Name: "Howard Lutnick", Meaning: "commerce secretary"}, true},
		{"What does NEXI stand for?", corpus.Alias{Name: "NEXI", Meaning: "Nippon Export and Investment Insurance"}, true},
	} {
		t.Run(c.question, func(t *testing.T) {
			q := parseQuestion(c.question)
			if got := q.asksAbout(c.alias); got != c.want {
				t.Errorf("asks about %+v: %v, want %v", c.alias, got, c.want)
			}
		})
	}
}

// FuzzDescriptions: any text, however broken, is read without a panic,
// and each description found is a name of the text with a word that is
// no stop word, and a phrase whose words the text holds.
func FuzzDescriptions(f *testing.F) {
	for _, seed := range []string{
		"Swissmem, the association of machine makers, said", "A, the", "X, a 1,", "Ü, the ü,", "The, the a, an",
		"Harlow Springs, a town of about 19,000 people", ", the ,", "Q, the \xff,", "Acme, the a, b and c, d",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, a := range descriptions(text) {
			if a.Name == "" || !strings.Contains(text, a.Name) || isFunctionWord(a.Name) {
				t.Errorf("descriptions(%q) gave the name %q", text, a.Name)
			}
			for _, w := range strings.Fields(a.Meaning) {
				if !strings.Contains(text, w) {
					t.Errorf("descriptions(%q) gave the meaning %q", text, a.Meaning)
				}
			}
		}
	})
}
