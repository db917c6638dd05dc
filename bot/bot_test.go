package bot_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/bot/bottest"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// newBot indexes the coverage in fsys, tagged as the command does, in a
// real temporary Bleve index, and returns the bot and its passages.
func newBot(tb testing.TB, fsys fs.FS) (*bot.Bot, []corpus.Passage) {
	tb.Helper()
	docs, skipped := corpus.Load(fsys)
	if len(skipped) > 0 || len(docs) == 0 {
		tb.Fatalf("load corpus: %d documents, skipped %+v", len(docs), skipped)
	}
	var ps []corpus.Passage
	for _, d := range docs {
		ps = append(ps, d.Passages()...)
	}
	return bottest.Bot(tb, docs), ps
}

// tradeBot is the bot over the embedded coverage.
func tradeBot(tb testing.TB) (*bot.Bot, []corpus.Passage) {
	tb.Helper()
	return newBot(tb, corpus.Embedded())
}

// docsBot is the bot over the Markdown documents given by file name.
func docsBot(tb testing.TB, docs map[string]string) *bot.Bot {
	tb.Helper()
	return botWith(tb, fstest.MapFS{}, docs)
}

// botWith is the bot over fsys and the Markdown documents given by file
// name, added to it.
func botWith(tb testing.TB, fsys fstest.MapFS, docs map[string]string) *bot.Bot {
	tb.Helper()
	for name, text := range docs {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	b, _ := newBot(tb, fsys)
	return b
}

// seedAndDocsBot is the bot over the embedded coverage and the Markdown
// documents given by file name, as a team's first added story is read
// beside the seed.
func seedAndDocsBot(tb testing.TB, docs map[string]string) *bot.Bot {
	tb.Helper()
	fsys := fstest.MapFS{}
	err := fs.WalkDir(corpus.Embedded(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(corpus.Embedded(), path)
		fsys[path] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return botWith(tb, fsys, docs)
}

// article is a Markdown document of the coverage: its front matter, then
// its body.
func article(publisher, published, title, body string) string {
	return "---\ntitle: \"" + title + "\"\npublisher: " + publisher + "\npublished: " + published + "\n---\n" + body
}

// storyBot returns a bot over one story by publisher, dated 2 September
// 2025, of the paragraphs given.
func storyBot(tb testing.TB, publisher, title string, paragraphs ...string) *bot.Bot {
	tb.Helper()
	return docsBot(tb, map[string]string{"story.md": article(publisher, "2025-09-02", title, strings.Join(paragraphs, "\n\n")+"\n")})
}

// wantFirst asks each question and checks that the coverage answers it
// in full, first with the excerpt that holds the text wanted.
func wantFirst(t *testing.T, b *bot.Bot, cases map[string]string) {
	t.Helper()
	for q, want := range cases {
		a := ask(t, b, q)
		if !a.Covered || a.Partial || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, want) {
			t.Errorf("%q: covered %v, partial %v, want the excerpt with %q first: %+v", q, a.Covered, a.Partial, want, a.Excerpts)
		}
	}
}

// wantLed asks a question and checks that the coverage answers it, in
// full or in part, first with the excerpt that holds the text wanted.
func wantLed(t *testing.T, b *bot.Bot, q, want string) {
	t.Helper()
	a := ask(t, b, q)
	if !a.Covered || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, want) {
		t.Errorf("%q: covered %v, partial %v, want the excerpt with %q first: %+v", q, a.Covered, a.Partial, want, a.Excerpts)
	}
}

// wantClosest asks q and checks that the coverage answers it in part,
// with the excerpt that holds want first, as the closest it comes.
func wantClosest(t *testing.T, b *bot.Bot, q, want string) {
	t.Helper()
	a := ask(t, b, q)
	if !a.Covered || !a.Partial || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, want) {
		t.Errorf("%q: covered %v, partial %v, want answered in part, the excerpt with %q first: %+v", q, a.Covered, a.Partial, want, a.Excerpts)
	}
}

func ask(tb testing.TB, b *bot.Bot, q string) bot.Answer {
	tb.Helper()
	a, err := b.Ask(context.Background(), q)
	if err != nil {
		tb.Fatalf("Ask(%q): %v", q, err)
	}
	return a
}

func readSet(tb testing.TB, path string) []bot.EvalQuestion {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	qs, err := bot.ReadEvalSet(f)
	if err != nil {
		tb.Fatal(err)
	}
	return qs
}

// TestQuestionSets scores the bot on question sets written for the tests,
// in other words than the project's evaluation set: paraphrases and terse
// Slack-style queries on the trade coverage, and questions on a second,
// unrelated coverage (a city rail project) that no rule was written for.
func TestQuestionSets(t *testing.T) {
	cases := []struct {
		name      string
		corpus    fs.FS
		set       string
		misses    int // first excerpts allowed to miss
		notInTop3 int // answers allowed to be missing from the top 3
	}{
		// x60 found "the timescale" and x01 "MFN" through a thesaurus entry
		// and a topic cue written from the seed, which are gone.
		{"TradeParaphrases", corpus.Embedded(), "testdata/extra-questions.jsonl", 3, 2},
		// Written from the articles alone, before the method was tuned on
		// it (see README, "How answers work").
		// One answer (h41) was found through the seed's own topic cues,
		// which are gone; the issue allows the sets to move by 2.
		{"TradeHeldOut", corpus.Embedded(), "testdata/heldout-questions.jsonl", 3, 1},
		{"TradeHeldOut2", corpus.Embedded(), "testdata/heldout2-questions.jsonl", 2, 0},
		// Answers that name their subject only by referring back, and
		// combinations of things the coverage never connects.
		{"TradeHeldOut3", corpus.Embedded(), "testdata/heldout3-questions.jsonl", 4, 1},
		{"RailCorpus", os.DirFS("testdata/rail"), "testdata/rail-questions.jsonl", 1, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, _ := newBot(t, c.corpus)
			r, err := b.Evaluate(context.Background(), readSet(t, c.set))
			if err != nil {
				t.Fatal(err)
			}
			t.Log(r)
			for _, m := range r.Misses {
				t.Log(m)
			}
			if r.Top1 < r.Answerable-c.misses || r.Top3 < r.Answerable-c.notInTop3 || r.Answer < r.Answerable-c.misses {
				t.Errorf("top1 %d, top3 %d, answer %d of %d", r.Top1, r.Top3, r.Answer, r.Answerable)
			}
			if r.Abstained != r.Abstainable {
				t.Errorf("abstained on %d of %d unanswerable questions", r.Abstained, r.Abstainable)
			}
			if r.Dup != 0 || r.Long != 0 {
				t.Errorf("dup %d, long %d; want 0", r.Dup, r.Long)
			}
		})
	}
}

func TestTerseTopicQueries(t *testing.T) {
	b, _ := tradeBot(t)
	for _, c := range []struct{ q, topic, want string }{
		{"tariffs", "tariffs", "Section 232"},
		{"defense", "defense", "$17 billion"},
		{"fund governance", "fund", "fund"},
		{"political context", "politics", ""},
		{"chips tariffs", "tariffs", "semiconductors"},
		{"investment", "investment", ""},
	} {
		t.Run(c.q, func(t *testing.T) {
			a := ask(t, b, c.q)
			if !a.Covered || len(a.Excerpts) == 0 {
				t.Fatalf("not covered: %+v", a)
			}
			if a.Topic != c.topic {
				t.Errorf("topic = %q, want %q", a.Topic, c.topic)
			}
			if !strings.Contains(a.Excerpts[0].Text, c.want) {
				t.Errorf("first excerpt %q does not mention %q", a.Excerpts[0].Text, c.want)
			}
		})
	}
}

func TestAskTopicWithoutQuestion(t *testing.T) {
	b, _ := tradeBot(t)
	for _, topic := range bot.Topics {
		t.Run(topic, func(t *testing.T) {
			a, err := b.AskTopic(context.Background(), topic, "")
			if err != nil {
				t.Fatal(err)
			}
			if !a.Covered || a.Topic != topic || len(a.Excerpts) == 0 || a.Text != a.Excerpts[0].Text {
				t.Fatalf("got %+v, want the topic's best passages", a)
			}
			if len(a.Excerpts) > bot.MaxExcerpts || len(a.More) > bot.MaxMore {
				t.Errorf("%d excerpts, %d more", len(a.Excerpts), len(a.More))
			}
		})
	}
	t.Run("UnknownTopic", func(t *testing.T) {
		_, err := b.AskTopic(context.Background(), "weather", "")
		if !errors.Is(err, bot.ErrEmptyQuestion) {
			t.Errorf("err = %v, want ErrEmptyQuestion", err)
		}
	})
}

func TestAbstention(t *testing.T) {
	b, _ := tradeBot(t)
	for _, q := range []string{
		"What is the tariff on Brazilian coffee?",
		"Who won the 2024 World Series?",
		"What's the weather in Osaka this weekend?",
		"How many goals did Messi score last season?",
		"What tariff does Mexico put on avocados?",
		// Each is mentioned, never together: South Korea as a future
		// partner, steel as a sector Section 232 tariffs hit.
		"What tariff does South Korea pay on steel?",
		// The coverage gives no date for it.
		"When does the deal take effect?",
	} {
		t.Run(q, func(t *testing.T) {
			a := ask(t, b, q)
			if a.Partial {
				// Answered in part: it must say what it does not give.
				if !strings.HasPrefix(a.Text, "The coverage doesn't") {
					t.Errorf("partial answer %q does not say what it lacks", a.Text)
				}
				return
			}
			if a.Covered || len(a.Excerpts) != 0 {
				t.Fatalf("covered = %v with %d excerpts, want not covered", a.Covered, len(a.Excerpts))
			}
			if !strings.Contains(a.Text, "tariffs") || !strings.Contains(a.Text, "politics") {
				t.Errorf("answer %q should say what the coverage does cover", a.Text)
			}
		})
	}
}

func TestSynonymsAndLearnedAliases(t *testing.T) {
	b, _ := tradeBot(t)
	for _, c := range []struct{ q, want string }{
		{"What does NEXI stand for?", "Nippon Export and Investment Insurance"},
		{"What is FDI short for?", "foreign direct investment"},
		{"who is Lutnick", "Commerce Secretary"},
		{"What did the commerce secretary say about the projects?", "Lutnick"},
		{"What is the Hudson Institute deputy director's view of the clause?", "significant development"},
		{"What does MFN treatment mean for Japan?", "most-favored-nation"},
		{"What pressure is the PM under?", "Prime Minister"},
		{"How much more is Japan spending on military imports?", "$17 billion"},
	} {
		t.Run(c.q, func(t *testing.T) {
			a := ask(t, b, c.q)
			if !a.Covered || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, c.want) {
				t.Errorf("first excerpt of %+v does not say %q", a, c.want)
			}
		})
	}
}

// TestGeneralMechanisms checks, on the second coverage (the rail
// project, for which no rule was written), the mechanisms that make
// answers carry over to other wording and other coverage.
func TestGeneralMechanisms(t *testing.T) {
	b, _ := newBot(t, os.DirFS("testdata/rail"))
	for _, c := range []struct {
		name, q, want string // want "" means not covered
	}{
		{"PluralInSes", "Will fares be integrated with buses?", "bus network"},
		{"ThesaurusByStem", "Who does the vetting?", "review every contract"},
		{"NameAnswersWhichAgency", "Which department will run the line?", "Regional Transit Authority"},
		{"UnknownObject", "What did the council say about the stadium?", ""},
		{"UnknownObjectAfterKnownWords", "What is the fare for the ferry?", ""},
		{"QualifierNotSaid", "Who is the regional commissioner?", ""},
		// "this agreement", four paragraphs after the "community benefits
		// agreement" it refers to.
		{"ReferenceAcrossParagraphs", "Is the community benefits agreement with Eastfield residents binding?", "this agreement will bind"},
		// "They", a paragraph after "The vehicles", which refers back to
		// "the line's 24 light-rail vehicles" in the lede.
		{"PronounAcrossParagraphs", "When are the light-rail vehicles due?", "2028"},
		// The depot and the Taxpayers Alliance are in different stories.
		{"KeyContentApart", "What did the Riverton Taxpayers Alliance say about the depot?", ""},
		// The opening in 2030 is the line's, not the depot's.
		{"WhenNeedsTheTimeOfIt", "When will the depot open?", ""},
		{"HowMuchNeedsAFigure", "How much will Eastfield residents receive?", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := ask(t, b, c.q)
			switch {
			case c.want == "" && a.Covered && !a.Partial:
				t.Errorf("%q: covered by %q, want not covered or partial", c.q, a.Text)
			case c.want != "" && (!a.Covered || !strings.Contains(a.Excerpts[0].Text, c.want)):
				t.Errorf("%q: got %+v, want a first excerpt saying %q", c.q, a, c.want)
			}
		})
	}
}

// scorerTokens splits text into tokens as the project's scorer does, to
// check near-duplicates independently of the bot's own code.
var scorerTokens = regexp.MustCompile(`[a-z0-9$]+`)

func jaccard(a, b string) float64 {
	set := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, t := range scorerTokens.FindAllString(strings.ToLower(s), -1) {
			m[t] = true
		}
		return m
	}
	x, y := set(a), set(b)
	inter := 0
	for t := range x {
		if y[t] {
			inter++
		}
	}
	if len(x)+len(y)-inter == 0 {
		return 0
	}
	return float64(inter) / float64(len(x)+len(y)-inter)
}

func TestNoNearDuplicates(t *testing.T) {
	b, ps := tradeBot(t)
	questions := []string{"tariffs", "fund", "politics", "defense", "investment", "outlook", "overview",
		"How big is the investment framework?", "What did Chou say?", "What is the safety clause?"}
	for _, q := range readSet(t, "testdata/extra-questions.jsonl") {
		questions = append(questions, q.Question)
	}
	// An excerpt is verbatim: within a paragraph, or running on from a
	// paragraph's end into the next one's first sentence (see carryOn)
	// or back into the last of the one before (see excerptText).
	contexts := map[string]bool{}
	for _, p := range ps {
		contexts[p.Context] = true
		if p.After != "" {
			contexts[p.Context+" "+p.After] = true
		}
		if p.Before != "" {
			contexts[p.Before+" "+p.Context] = true
		}
	}
	for _, q := range questions {
		a := ask(t, b, q)
		shown := append(append([]bot.Excerpt(nil), a.Excerpts...), a.More...)
		for i := range shown {
			for j := i + 1; j < len(shown); j++ {
				if s := jaccard(shown[i].Text, shown[j].Text); s >= 0.6 {
					t.Errorf("%q: excerpts %d and %d overlap %.2f:\n  %s\n  %s", q, i+1, j+1, s, shown[i].Text, shown[j].Text)
				}
			}
		}
		for _, e := range shown {
			if len([]rune(e.Text)) > corpus.MaxExcerpt || !inSome(contexts, e.Text) {
				t.Errorf("%q: excerpt is not a verbatim passage of at most %d characters: %q", q, corpus.MaxExcerpt, e.Text)
			}
		}
	}
	t.Run("AlsoIn", func(t *testing.T) {
		a := ask(t, b, "How big is the investment framework?")
		e := a.Excerpts[0]
		if len(e.AlsoIn) == 0 || e.AlsoIn[0].DocID == e.DocID {
			t.Errorf("the framework sentence is in both editions; got also_in %+v for %s", e.AlsoIn, e.DocID)
		}
	})
}

func inSome(contexts map[string]bool, text string) bool {
	for c := range contexts {
		if strings.Contains(c, text) {
			return true
		}
	}
	return false
}

func TestAnswerIsAnExcerpt(t *testing.T) {
	b, _ := tradeBot(t)
	a := ask(t, b, "Why is Ishiba under pressure?")
	if a.Text != a.Excerpts[0].Text || !strings.Contains(a.Text, "upper house majority") {
		t.Errorf("answer %q, first excerpt %q", a.Text, a.Excerpts[0].Text)
	}
	t.Run("Antecedent", func(t *testing.T) {
		// "These U.S. tariffs … steel" names the tariffs only in the
		// sentence before it, which the excerpt includes.
		a := ask(t, b, "Which tariffs have been applied to steel?")
		if !strings.Contains(a.Text, "Section 232") || !strings.Contains(a.Text, "steel") {
			t.Errorf("answer %q should name the tariffs and steel", a.Text)
		}
	})
}

func TestQuestionInput(t *testing.T) {
	b, _ := tradeBot(t)
	for _, q := range []string{"", "   ", "???", "what is the", "🙂"} {
		if _, err := b.Ask(context.Background(), q); !errors.Is(err, bot.ErrEmptyQuestion) {
			t.Errorf("Ask(%q) err = %v, want ErrEmptyQuestion", q, err)
		}
	}
	for _, q := range []string{
		strings.Repeat("tariffs and the fund ", 500),
		"tariff\x00s \xff\xfe on steel",
		`"); DROP TABLE passages; -- *:* +fund -tariffs title:(x OR y)`,
		"Japan–US “deal” — who’s deciding?",
	} {
		a, err := b.Ask(context.Background(), q)
		if err != nil {
			t.Errorf("Ask(%.40q): %v", q, err)
		}
		if len(a.Question) > bot.MaxQuestion {
			t.Errorf("question kept %d bytes, want at most %d", len(a.Question), bot.MaxQuestion)
		}
	}
}

func TestTopicsOf(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Washington raised Section 232 tariffs on steel and aluminum imports.", []string{"tariffs"}},
		{"The opposition party seized on the prime minister's loss of an upper house majority.", []string{"politics"}},
		{"Tokyo will raise military spending and buy more US weapons.", []string{"defense"}},
		{"Toyota announced a $10 billion commitment to build a new factory in Kentucky.", []string{"investment"}},
		{"Officials have not said who will decide which projects the fund finances.", []string{"fund"}},
		{"The pact is a template for future deals with partners such as India.", []string{"outlook"}},
		{"The city council approved a new light-rail line.", nil},
	} {
		if got := bot.TopicsOf(c.text); strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("TopicsOf(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestTag(t *testing.T) {
	ps := []corpus.Passage{
		{Text: `Akazawa said NEXI [Nippon Export and Investment Insurance] and JBIC [Japan Bank for International Cooperation] will review the projects.`},
		{Text: `"U.S. Commerce Secretary Howard Lutnick has said that the U.S. will decide on the projects.`},
		{Text: `According to William Chou, deputy director of the Hudson Institute, the clause represents a "significant development."`},
		{Text: `The line will be built by the Regional Transit Authority (RTA), which runs the buses.`},
		{Text: `It ensures Japan will always pay the lowest negotiated rate on (these) tariffs.`},
		{Text: `Japan didn't publicize its FDI (foreign direct investment) leadership in the US.`},
	}
	bot.Tag(ps)
	want := [][]corpus.Alias{
		{{Name: "NEXI", Meaning: "Nippon Export and Investment Insurance"}, {Name: "JBIC", Meaning: "Japan Bank for International Cooperation"}},
		{{Name: "Howard Lutnick", Meaning: "U.S. Commerce Secretary"}},
		{{Name: "William Chou", Meaning: "deputy director of the Hudson Institute"}, {Name: "HI", Meaning: "Hudson Institute", Inferred: true}},
		{{Name: "RTA", Meaning: "Regional Transit Authority"}},
		nil,
		{{Name: "FDI", Meaning: "foreign direct investment"}},
	}
	for i, p := range ps {
		if len(p.Aliases) != len(want[i]) {
			t.Errorf("passage %d: aliases %+v, want %+v", i, p.Aliases, want[i])
			continue
		}
		for j := range want[i] {
			if p.Aliases[j] != want[i][j] {
				t.Errorf("passage %d: alias %+v, want %+v", i, p.Aliases[j], want[i][j])
			}
		}
	}
	if got := ps[4].Topics; len(got) != 1 || got[0] != "tariffs" {
		t.Errorf("topics of the tariff sentence = %v, want [tariffs]", got)
	}
}

// TestTagReferences checks what references the tagger resolves, on a
// story written for the test.
func TestTagReferences(t *testing.T) {
	const story = `---
id: story
title: "Port Deal Signed"
---

Tokyo won a "safety clause" that grants it most-favored-nation treatment. The deal was signed this year.

Officials said the clause represents a big step.

There were two major announcements, Kestrel's $2 billion commitment and Osprey's $1 billion expansion. Critics doubted these moves.

Even if they slip, they send a signal.

The port also set up a $5 billion investment framework.

Its board meets monthly.

Nobody has said who runs it.

Nor how much is in the vault.

The fund has yet to invest.
`
	other := "---\nid: other\ntitle: Other\n---\n\nThe clause was dropped.\n"
	var ps []corpus.Passage
	for _, text := range []string{story, other} {
		d, err := corpus.Parse("doc.md", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, d.Passages()...)
	}
	bot.Tag(ps)
	refs := map[string]string{} // "document: reference" → what it stands for
	for _, p := range ps {
		for _, a := range p.Aliases {
			refs[p.DocID+": "+a.Name] = a.Meaning
		}
	}
	for _, c := range []struct{ name, ref, want string }{
		{"DefinitePhrase", "story: the clause", "safety clause that grants it most-favored-nation treatment"},
		{"PluralPronoun", "story: they", "two major announcements Kestrel's 2 billion commitment and Osprey's 1 billion expansion"},
		{"PluralDemonstrative", "story: these moves", "two major announcements Kestrel's 2 billion commitment and Osprey's 1 billion expansion"},
		{"TitleNamesIt", "story: The deal", ""},
		{"TimeOfWriting", "story: this year", ""},
		{"SynonymTooFarBack", "story: The fund", ""},
		{"OtherDocument", "other: The clause", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := refs[c.ref]; got != c.want {
				t.Errorf("%q stands for %q, want %q", c.ref, got, c.want)
			}
		})
	}
}

func TestEvalSetErrors(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"BadJSON", "{\"id\":\"a\",\"question\":\"q\"}\n{oops}\n", "line 2"},
		{"NoQuestion", "{\"id\":\"a\",\"answers\":[\"x\"]}\n", "no question"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := bot.ReadEvalSet(strings.NewReader(c.in))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want one mentioning %q", err, c.want)
			}
		})
	}
}

func BenchmarkAnswer(b *testing.B) {
	bt, _ := tradeBot(b)
	qs := readSet(b, "testdata/extra-questions.jsonl")
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := bt.Ask(ctx, qs[i%len(qs)].Question); err != nil {
			b.Fatal(err)
		}
	}
}

// TestAliasesFollowTheirDocument shows why learned aliases live in the
// index with the passage that defines them: when coverage comes and goes
// at run time, what it defines comes and goes with it.
func TestAliasesFollowTheirDocument(t *testing.T) {
	ctx := context.Background()
	doc := func(id, body string) corpus.Document {
		t.Helper()
		d, err := corpus.Parse(id+".md", []byte("---\nid: "+id+"\ntitle: Rail notes\n---\n\n"+body+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	defines := doc("glossary", "The line will be run by the Regional Transit Authority (RTA).")
	uses := doc("fares", "The RTA board approved a flat fare of $2.50 on Tuesday.")
	idx, err := index.Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	if err := bottest.Index(ctx, idx, []corpus.Document{defines, uses}); err != nil {
		t.Fatal(err)
	}
	b := bot.New(idx)
	const q = "What fare did the Regional Transit Authority approve?"
	a := ask(t, b, q)
	if !a.Covered || a.Excerpts[0].DocID != "fares" {
		t.Fatalf("with the definition indexed: %+v, want the fares sentence, which says only RTA", a)
	}
	if err := idx.Put(ctx, []string{defines.ID}, nil); err != nil {
		t.Fatal(err)
	}
	if a := ask(t, b, q); a.Covered {
		t.Errorf("after the defining document left, %q still found %+v", q, a.Excerpts)
	}
}
