package morphy_test

import (
	"testing"

	"github.com/dealbot/dealbot/bot/wordnet/internal/morphy"
)

func TestStem(t *testing.T) {
	for _, c := range []struct {
		name string
		rule morphy.Rule
		word string
		want string // "" when the rule must not apply
	}{
		{"NounPlural", morphy.Rule{morphy.Noun, "s", ""}, "tariffs", "tariff"},
		{"NounIes", morphy.Rule{morphy.Noun, "ies", "y"}, "countries", "countr"},
		{"NounSsLeftAlone", morphy.Rule{morphy.Noun, "s", ""}, "congress", ""},
		{"VerbSsAllowed", morphy.Rule{morphy.Verb, "s", ""}, "discuss", "discus"},
		{"TooShort", morphy.Rule{morphy.Noun, "s", ""}, "as", ""},
		{"WholeWord", morphy.Rule{morphy.Verb, "ing", ""}, "ing", ""},
		{"OtherSuffix", morphy.Rule{morphy.Verb, "ed", ""}, "resigns", ""},
		{"VerbEd", morphy.Rule{morphy.Verb, "ed", ""}, "resigned", "resign"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, ok := c.rule.Stem(c.word)
			if ok != (c.want != "") || got != c.want {
				t.Errorf("%+v.Stem(%q) = %q, %v; want %q", c.rule, c.word, got, ok, c.want)
			}
		})
	}
}

// Rules are grouped by part of speech in morphy's order, which Lemma
// relies on to prefer a noun reading, then a verb, then an adjective.
func TestRulesFollowOrder(t *testing.T) {
	i := 0
	for _, r := range morphy.Rules {
		for morphy.Order[i] != r.POS {
			i++
			if i == len(morphy.Order) {
				t.Fatalf("rule %+v is out of order", r)
			}
		}
	}
}
