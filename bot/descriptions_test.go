package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

func TestDescriptions(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []corpus.Alias
	}{
		{`Swissmem, the association of machine makers, said exports fell.`,
			[]corpus.Alias{{Name: "Swissmem", Meaning: "association of machine makers", Described: true}}},
		{`Farmers backed JA Zenchu, the political voice of Japan's farm co-operatives.`,
			[]corpus.Alias{{Name: "JA Zenchu", Meaning: "political voice of Japan's farm co-operatives", Described: true}}},
		{`The plant is near Harlow Springs, a town of about 19,000 people, in the north.`,
			[]corpus.Alias{{Name: "Harlow Springs", Meaning: "town of about 19,000 people", Described: true}}},
		{`The SMF, a fund set up to pay for recycling, opens in May.`,
			[]corpus.Alias{{Name: "SMF", Meaning: "fund set up to pay for recycling", Described: true}}},
		{`Riverton approved the Harbor Line, a 14-mile light-rail route that will link the airport, on Monday.`,
			[]corpus.Alias{{Name: "Harbor Line", Meaning: "14-mile light-rail route", Described: true}}},
		// Not appositions: a sentence adverb, a phrase of time or place,
		// a clause, a capitalised phrase.
		{`Kaldmark, the partner in talks with Vestria over mackerel quotas for the coming four years, set a quota.`, nil},
		{`However, the ministry said it would wait.`, nil},
		{`On Friday, the ministry said it would wait.`, nil},
		{`In Washington, the senators said they would wait.`, nil},
		{`Kaldmark, the northern partner that walked out of the talks last week, set a quota.`,
			[]corpus.Alias{{Name: "Kaldmark", Meaning: "northern partner", Described: true}}},
		{`Tokyo, the Cabinet Office said, would pay.`, nil},
		{`Japan, the ministry said, would pay.`, nil},
	} {
		if got := descriptions(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("descriptions(%q) = %+v, want %+v", tc.text, got, tc.want)
		}
	}
}

// FuzzDescriptions: any text, however broken, is read without a panic,
// and each description found is a name and a phrase of the text.
func FuzzDescriptions(f *testing.F) {
	for _, seed := range []string{
		"Swissmem, the association of machine makers, said", "A, the", "X, a 1,", "Ü, the ü,", "The, the a, an",
		"Harlow Springs, a town of about 19,000 people", ", the ,", "Q, the \xff,",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, a := range descriptions(text) {
			if a.Name == "" || a.Meaning == "" || !strings.Contains(text, a.Name) {
				t.Errorf("descriptions(%q) gave %+v", text, a)
			}
		}
	})
}
