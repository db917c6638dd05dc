package bot_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/bot"
)

// TestShoutedQuestion: a question typed all in capitals is answered as
// the question typed as usual; its capitals make no word a name the
// answer must say (a shouted "RELIEF" the coverage never writes had
// the question refused).
func TestShoutedQuestion(t *testing.T) {
	doc := article("Wire One", "2026-03-04", "Car tariff cut takes effect", `Japanese cars now pay a 15% tariff in the United States, down from 27.5%, under an order that took effect on Tuesday.

Toyota said it would keep its prices unchanged for now. The cut applies retroactively to cars that entered the country after August 7.

The populist Sanseito party won 14 seats in the upper house election.
`)
	b := docsBot(t, map[string]string{"cars.md": doc})
	shouted := map[string]string{}
	for _, q := range []string{
		"What tariff do Japanese cars pay now?",
		"What will Toyota do about prices?",
		"Is the tariff relief retroactive?",
		"How many seats did Sanseito win?",
	} {
		shouted[strings.ToUpper(q)] = q
	}
	wantAnsweredAs(t, b, shouted)
}

// TestSlipsOfTheKeyboard: a question with a word mistyped by one slip of
// the keyboard (a letter swapped, left out, added or struck for
// another) is answered as the question typed right, and the answer says
// how the slip was read. Before, "carmkaers" matched nothing and the
// question was refused; "exectuive" was read as the coverage's
// "election", its nearest word by stem, not as "executive".
func TestSlipsOfTheKeyboard(t *testing.T) {
	cars := article("Wire One", "2026-09-16", "Car tariff cut takes effect", `Japanese cars now pay a 15% tariff in the United States, down from 27.5%, under an executive order that took effect on Tuesday.

Japanese carmakers such as Toyota and Honda saw their profits fall by a fifth while the higher tariff applied.

Tokyo welcomed the executive order, and the trade minister said it would ease the strain on exporters.
`)
	politics := article("Wire Two", "2026-09-08", "Ishiba to step down", `Prime Minister Shigeru Ishiba said he would resign after his party lost the upper house election in July.

His party will hold a leadership election in October. Sanae Takaichi is seen as the front-runner to succeed him.
`)
	b := docsBot(t, map[string]string{"cars.md": cars, "politics.md": politics})
	slips := map[string]string{
		"Which carmkaers were hurt by the tariffs?":    "Which carmakers were hurt by the tariffs?",
		"How did Tokyo react to the exectuive order?":  "How did Tokyo react to the executive order?",
		"Who might succed Ishiba?":                     "Who might succeed Ishiba?",
		"Why did Ishiba resign, and whcih party lost?": "Why did Ishiba resign, and which party lost?",
		"What tariff do Japaense cars pay now?":        "What tariff do Japanese cars pay now?",
	}
	wantAnsweredAs(t, b, slips)
	for typo := range slips {
		if a := ask(t, b, typo); !strings.HasPrefix(a.Note, "Read “") {
			t.Errorf("%q: note %q; want it to say how the slip was read", typo, a.Note)
		}
	}
}

// TestSlipOfAWordTheCoverageLacks: a word one slip from English the
// coverage never uses ("monhtly": monthly) is not read as the coverage's
// word nearest in spelling ("mostly"), which would answer another
// question.
func TestSlipOfAWordTheCoverageLacks(t *testing.T) {
	doc := article("Wire One", "2026-05-02", "Chip plant on track", `The plant will be mostly automated, the company said. It will employ 900 people when it opens in 2027.

The plant's output will reach 40,000 wafers a month by 2030, mostly for carmakers.
`)
	b := docsBot(t, map[string]string{"plant.md": doc})
	a := ask(t, b, "What is the plant's target monhtly output?")
	if strings.Contains(a.Note, "mostly") {
		t.Errorf("note %q: want “monhtly” not read as the coverage's “mostly”", a.Note)
	}
}

// TestGoingToIsWill: "is X going to V" is answered as "will X V"; read
// as a word, "going" was a thing the coverage must name, and the answer
// only "the closest it comes".
func TestGoingToIsWill(t *testing.T) {
	b, _ := newBot(t, os.DirFS("testdata/coverage-pack"))
	wantAnsweredAs(t, b, map[string]string{
		"When is the car tariff cut going to take effect?": "When will the car tariff cut take effect?",
		"Who is going to pick the projects?":               "Who will pick the projects?",
	})
}

// TestContractionsWithoutApostrophes: "whats", "isnt", "whos" are read
// as "what's", "isn't", "who's": as words the coverage never uses, they
// had the question answered only in part.
func TestContractionsWithoutApostrophes(t *testing.T) {
	b, _ := newBot(t, os.DirFS("testdata/coverage-pack"))
	wantAnsweredAs(t, b, map[string]string{
		"whats the tariff on japanese cars now": "what's the tariff on japanese cars now",
		"hows the fund going to work":           "how's the fund going to work",
		"whos picking the projects":             "who's picking the projects",
	})
}

// TestKindNamedByANoun: a question put as a noun phrase names the kind
// of answer by a noun ("Reason for Ishiba's resignation?", "Cause of …",
// "Status of the fund?"), which no answer need say: it is answered in
// full, as "Why did Ishiba resign?" is, not "in part" for "reason".
func TestKindNamedByANoun(t *testing.T) {
	b, _ := newBot(t, os.DirFS("testdata/coverage-pack"))
	for _, q := range []string{"Reason for Ishiba's resignation?", "Cause of Ishiba's resignation?", "Ishiba resignation reason", "Status of the fund?", "Update on the fund?"} {
		if a := ask(t, b, q); !a.Covered || a.Partial {
			t.Errorf("%q: covered %v, partial %v (%q); want it answered", q, a.Covered, a.Partial, a.Note)
		}
	}
}

// TestFigureTheQuestionGives: a figure the question gives is no answer to
// its question of amount ("it started at $400 billion; how big is it
// now?"), and a question after a sentence it refers back to ("… How big
// is *it* now?") is read with that sentence.
func TestFigureTheQuestionGives(t *testing.T) {
	doc := article("Wire One", "2026-08-05", "How the fund grew", `Negotiators first put forward a $400 billion fund for the president to direct.

Trump crossed out the figures on the chart and raised the fund to $550 billion.

Critics asked whether the money would ever arrive in full.
`)
	b := docsBot(t, map[string]string{"fund.md": doc})
	for _, q := range []string{
		"I know the fund started at $400 billion, but how big is the fund now?",
		"The fund started at $400 billion. How big is it now?",
	} {
		if a := ask(t, b, q); !a.Covered || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "$550 billion") {
			t.Errorf("%q: covered %v, excerpts %+v; want the $550 billion first", q, a.Covered, a.Excerpts)
		}
	}
}

// TestMessageAskingNothing: a message that only greets or thanks asks
// nothing: the bot says how to ask (ErrEmptyQuestion), where it had
// answered "hi" with a passage that happened to match it.
func TestMessageAskingNothing(t *testing.T) {
	b, _ := newBot(t, os.DirFS("testdata/coverage-pack"))
	for _, msg := range []string{"hi", "Hi there!", "thanks!", "ok", "???", "hey @dealbot"} {
		if a, err := b.Ask(context.Background(), msg); !errors.Is(err, bot.ErrEmptyQuestion) {
			t.Errorf("%q: err %v, answer %q; want ErrEmptyQuestion", msg, err, a.Text)
		}
	}
}

// wantAnsweredAs asks each question as typed and as its key reads it,
// and checks that the two get the same answer: covered, as partial, with
// the same first excerpt.
func wantAnsweredAs(t *testing.T, b *bot.Bot, asTyped map[string]string) {
	t.Helper()
	for typed, reads := range asTyped {
		want, got := ask(t, b, reads), ask(t, b, typed)
		if !want.Covered || len(want.Excerpts) == 0 {
			t.Fatalf("%q: not covered", reads)
		}
		if !got.Covered || got.Partial != want.Partial || len(got.Excerpts) == 0 || got.Excerpts[0].Text != want.Excerpts[0].Text {
			t.Errorf("%q: covered %v, partial %v, excerpts %+v; want it answered as %q: partial %v, first %q",
				typed, got.Covered, got.Partial, got.Excerpts, reads, want.Partial, want.Excerpts[0].Text)
		}
		if got.Question != typed {
			t.Errorf("the answer's question is %q, want the message as written, %q", got.Question, typed)
		}
	}
}

// TestComparativeQualifies: a comparative before a noun ("the *lower*
// car tariff") qualifies what is asked about, and is no thing the
// coverage fails to give: the answer no longer says "The coverage doesn't
// give that for lower" of a passage that gives the tariff's date.
func TestComparativeQualifies(t *testing.T) {
	doc := article("Wire One", "2026-11-14", "Korea car tariff", `The US tariff on Korean cars will fall to 15% from 25%, backdated to November 1.

Exporters welcomed the lower car tariff, which Hyundai said would help its sales.

Korea will invest $350 billion in the United States under the deal.

Shipbuilding takes $150 billion of the package.

The won weakened after the announcement.

Officials said talks on chips would continue.
`)
	a := ask(t, docsBot(t, map[string]string{"korea.md": doc}), "From what date does the lower car tariff apply?")
	if !a.Covered || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "backdated to November 1") || strings.Contains(a.Note, "for lower") {
		t.Errorf("covered %v, note %q, excerpts %+v; want the date first, \"lower\" not named as missing", a.Covered, a.Note, a.Excerpts)
	}
}

// TestWritersAbbreviations: "vs", "versus", "etc.", "e.g.", "i.e.",
// "aka", "re" name nothing: a question with them is answered as without
// them, where each had it refused or answered "in part" as a word the
// coverage never writes.
func TestWritersAbbreviations(t *testing.T) {
	b, _ := newBot(t, os.DirFS("testdata/coverage-pack"))
	for with, without := range map[string]string{
		"Toyota vs Honda margins?":                        "Toyota Honda margins?",
		"Toyota vs. Honda margins?":                       "Toyota Honda margins?",
		"Toyota versus Honda margins?":                    "Toyota Honda margins?",
		"Which carmakers (Toyota, Honda etc.) were hurt?": "Which carmakers (Toyota, Honda) were hurt?",
		"Which carmakers, i.e. Japanese ones, were hurt?": "Which carmakers, Japanese ones, were hurt?",
		"Who picks the projects aka the investments?":     "Who picks the projects, the investments?",
	} {
		want, got := ask(t, b, without), ask(t, b, with)
		if got.Covered != want.Covered || got.Partial != want.Partial {
			t.Errorf("%q: covered %v, partial %v (%q); want as %q: covered %v, partial %v", with, got.Covered, got.Partial, got.Note, without, want.Covered, want.Partial)
		}
	}
}

// TestEmojiAndCountryCodes: a message with Slack's emoji shortcodes, or a
// pasted link, is answered as without them, where ":eyes:" or a link's
// host and path had the answer partial
// ("doesn't give that for eyes") and ":+1:" had it refused (a figure the
// coverage never gives); a flag, or a country's ISO code the coverage
// never writes ("JP", "jpn"), is read as the country's name, where "JP"
// had the question refused as a name the coverage never mentions, and
// the answer says how the code was read.
func TestEmojiAndCountryCodes(t *testing.T) {
	b, _ := newBot(t, os.DirFS("testdata/coverage-pack"))
	wantAnsweredAs(t, b, map[string]string{
		"Who picks the fund's projects? :eyes: :pray:":                "Who picks the fund's projects?",
		":thinking_face: Why did Ishiba quit?":                        "Why did Ishiba quit?",
		"Why did Ishiba quit? :+1::skin-tone-2:":                      "Why did Ishiba quit?",
		"Why did Ishiba quit (see https://example.com/ishiba-quits)?": "Why did Ishiba quit?",
		"What tariff do :flag-jp: cars pay now?":                      "What tariff do Japan cars pay now?",
		"What tariff do 🇯🇵 cars pay now?":                             "What tariff do Japan cars pay now?",
		"What tariff do JP cars pay now?":                             "What tariff do Japan cars pay now?",
		"whats the tariff on jpn cars":                                "whats the tariff on japan cars",
	})
	for _, q := range []string{"What tariff do JP cars pay now?", "whats the tariff on jpn cars"} {
		if a := ask(t, b, q); !strings.HasPrefix(a.Note, "Read “") {
			t.Errorf("%q: note %q; want it to say how the code was read", q, a.Note)
		}
	}
}

// TestChatShorthand: a question in chat's shorthand ("rn", "u", "w/",
// "abt", "b/c", a closing "btw") is answered as the question written out,
// where each had the answer "in part": "The coverage doesn't give that
// for cars rn".
func TestChatShorthand(t *testing.T) {
	b, _ := newBot(t, os.DirFS("testdata/coverage-pack"))
	wantAnsweredAs(t, b, map[string]string{
		"whats the tariff on japanese cars rn":     "whats the tariff on japanese cars now",
		"can u tell me why ishiba quit":            "can you tell me why ishiba quit",
		"how big is the fund w/ the loans":         "how big is the fund with the loans",
		"who picks projects for the fund btw":      "who picks projects for the fund",
		"what did tokyo say abt the order":         "what did tokyo say about the order",
		"why did ishiba quit b/c of the election?": "why did ishiba quit because of the election?",
		"whats the govt saying about the fund":     "whats the government saying about the fund",
	})
}

// TestTelegraphicQuestion: a question typed without its auxiliary, as
// people write in a hurry or in a second language ("How many people Ostra
// Steel employ?"), is answered as the question with it: its verb read as
// a noun had been a thing the coverage must name, and a question the
// coverage answers only in part was answered in full.
func TestTelegraphicQuestion(t *testing.T) {
	for dir, asTyped := range map[string]map[string]string{
		"testdata/tuning/indonesia-nickel-curbs": {
			"How much Tianyu New Materials pay for its stakes in Indonesian HPAL plants?": "How much did Tianyu New Materials pay for its stakes in Indonesian HPAL plants?",
		},
		"testdata/tuning/steel-safeguard-probe": {
			"How many people Ostra Steel employ?": "How many people does Ostra Steel employ?",
		},
		"testdata/tuning/swiss-watch-tariff": {
			"How much Swiss chocolate exports to the US fall?": "How much did Swiss chocolate exports to the US fall?",
		},
	} {
		b, _ := newBot(t, os.DirFS(dir))
		wantAnsweredAs(t, b, asTyped)
	}
}

// TestShortSlips: a function word typed with two letters swapped ("Waht",
// "teh", "adn"; "hwo" read by the word after it) is answered as typed
// right, where the slip had been a thing the coverage never names; a
// short English word the coverage lacks ("per") is no slip.
func TestShortSlips(t *testing.T) {
	b, _ := newBot(t, os.DirFS("testdata/coverage-pack"))
	wantAnsweredAs(t, b, map[string]string{
		"Waht tariff do Japanese cars pay now?":    "What tariff do Japanese cars pay now?",
		"Hwo big was Japan's original fund offer?": "How big was Japan's original fund offer?",
		"hwo picks teh fund's projects?":           "who picks the fund's projects?",
		"Wyh did Ishiba quit?":                     "Why did Ishiba quit?",
		"Why did Ishiba wait adn when did he go?":  "Why did Ishiba wait and when did he go?",
	})
	if a := ask(t, b, "What price per tonne do Japanese cars fetch?"); strings.Contains(a.Note, "Read") {
		t.Errorf("note %q: \"per\" read as a slip", a.Note)
	}
}

// TestRunTogetherWords: two words typed without the space between them
// ("Japanesecars", "thefund", "whattariff", "didIshiba") are read as
// the two words, where the run-together word had the question refused
// as naming something the coverage never mentions.
func TestRunTogetherWords(t *testing.T) {
	b, _ := newBot(t, os.DirFS("testdata/coverage-pack"))
	wantAnsweredAs(t, b, map[string]string{
		"What tariff do Japanesecars pay now?":   "What tariff do Japanese cars pay now?",
		"whattariff do japanese cars pay now":    "what tariff do japanese cars pay now",
		"who picks thefund's projects":           "who picks the fund's projects",
		"When did the orderlift the car tariff?": "When did the order lift the car tariff?",
		"Why didIshiba quit?":                    "Why did Ishiba quit?",
		"When did Ishiba say he wouldresign?":    "When did Ishiba say he would resign?",
		"Who decides where theJBIC loans go?":    "Who decides where the JBIC loans go?",
	})
}

// TestContractedAuxiliaries: an auxiliary contracted onto a pronoun or a
// question word ("he'd", "who'll", "what've") is a function word, as
// written out; read as a word the coverage never uses, it had the answer
// given only in part.
func TestContractedAuxiliaries(t *testing.T) {
	b, _ := tradeBot(t)
	wantAnsweredAs(t, b, map[string]string{
		"Why did Ishiba say he'd resign?":                     "Why did Ishiba say he would resign?",
		"who'll pick the projects?":                           "who will pick the projects?",
		"what've the opposition parties said about the fund?": "what have the opposition parties said about the fund?",
	})
}

// TestShortNamesAreNoSlips: a name of four letters typed in lower case
// that no dictionary has ("choi", "meti") is not read as the coverage's
// word one letter away ("Chou", "met"): it may be a name the coverage
// never mentions.
func TestShortNamesAreNoSlips(t *testing.T) {
	b, _ := tradeBot(t)
	for _, q := range []string{"what did choi say?", "what did meti say about the fund?"} {
		if a := ask(t, b, q); strings.Contains(a.Note, "Read") {
			t.Errorf("%q: note %q; want no word read as another", q, a.Note)
		}
	}
}
