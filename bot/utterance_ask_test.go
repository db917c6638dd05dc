package bot_test

import (
	"os"
	"testing"

	"github.com/dealbot/dealbot/bot"
)

// TestConversationalMessages: a question with a preamble, a greeting or
// thanks around it gets the answer the bare question gets.
func TestConversationalMessages(t *testing.T) {
	b, _ := tradeBot(t)
	wantAsBare(t, b, "How big is the investment framework?",
		"Quick one for a piece I am writing: how big is the investment framework?",
		"hey @dealbot how big is the investment framework? thanks!",
		"I'm writing about the deal. How big is the investment framework? Cheers",
		"Can someone tell me how big the investment framework is?",
		"Trying to find out how big the investment framework is",
		"Writing up the deal for tomorrow - how big is the investment framework?",
		"Need a number for the chart – how big is the investment framework",
		"Writing up the deal for my editor\nhow big is the investment framework",
	)
}

// wantAsBare asks the bare question, which the coverage answers in full,
// and checks that each message gets its answer (see wantAnsweredAs).
func wantAsBare(t *testing.T, b *bot.Bot, bare string, msgs ...string) {
	t.Helper()
	if want := ask(t, b, bare); !want.Covered || want.Partial || len(want.Excerpts) == 0 {
		t.Fatalf("%q is not answered in full: %+v", bare, want)
	}
	asTyped := make(map[string]string, len(msgs))
	for _, msg := range msgs {
		asTyped[msg] = bare
	}
	wantAnsweredAs(t, b, asTyped)
}

// TestLabelledQuestion: "Japanese cars: tariff now?" asks about Japanese
// cars, which the seed never mentions: it is answered in part at best, as
// "What tariff do Japanese cars pay now?" is, not with the seed's best
// passage on tariffs as if the label were a preamble.
func TestLabelledQuestion(t *testing.T) {
	b, _ := tradeBot(t)
	for _, q := range []string{"What tariff do Japanese cars pay now?", "Japanese cars: tariff now?"} {
		if a := ask(t, b, q); !a.Covered || !a.Partial {
			t.Errorf("%q: covered %v, partial %v (%q); want an answer in part", q, a.Covered, a.Partial, a.Text)
		}
	}
}

// TestRequestsForAThing: "give me", "looking for", "need" ask for the
// thing they name, as the bare noun phrase does; as words the answer must
// say, "give" had made "the tariff on Japanese cars" a partial answer.
func TestRequestsForAThing(t *testing.T) {
	b, _ := newBot(t, os.DirFS("testdata/coverage-pack"))
	wantAsBare(t, b, "the tariff on Japanese cars",
		"Give me the tariff on Japanese cars",
		"Show me the tariff on Japanese cars",
		"I'm looking for the tariff on Japanese cars",
		"Need the tariff on Japanese cars",
		"pls send the tariff on Japanese cars",
	)
}

// TestSummaryRequests: "fund summary", "tl;dr on the fund" ask for the
// fund's best passages, as "fund" does; "summary" and "tl" had been things
// the answer must say.
func TestSummaryRequests(t *testing.T) {
	b, _ := newBot(t, os.DirFS("testdata/coverage-pack"))
	wantAsBare(t, b, "fund", "fund summary", "tl;dr on the fund", "TLDR fund", "background on the fund")
}

// TestQuestionsThatNameTheCoverage: "according to the articles", "in your
// sources", "any details?" refer to the coverage itself, not to a thing
// it must mention.
func TestQuestionsThatNameTheCoverage(t *testing.T) {
	b, _ := tradeBot(t)
	wantAsBare(t, b, "How big is the investment framework?",
		"How big is the investment framework, according to the articles?",
		"How big is the investment framework in your sources?",
		"How big is the investment framework - any details?",
	)
}

// TestListItems: a question typed as an item of a list ("1)", "-", "•")
// under a line that only says questions follow ("quick ones:", "fund
// questions:") asks as it would alone; the intro's words are no things
// the coverage must name, and a colon in the message keeps its lines
// apart.
func TestListItems(t *testing.T) {
	b, _ := newBot(t, os.DirFS("testdata/coverage-pack"))
	wantAnsweredAs(t, b, map[string]string{
		"quick ones:\n1) who decides where the fund invests?": "who decides where the fund invests?",
		"a few things:\n- why did Ishiba quit?":               "why did Ishiba quit?",
		"for the explainer :eyes:\n• why did Ishiba quit?":    "why did Ishiba quit?",
	})
}
