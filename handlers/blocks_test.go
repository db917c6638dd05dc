package handlers_test

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/handlers"
)

// sampleAnswer is an answer as the bot gives it, with text that must be
// escaped: the renderers are tested on their own, apart from ranking.
func sampleAnswer() bot.Answer {
	orig := corpus.Citation{DocID: "jf-original", Title: "Trade Deal Puts Japan–US Alliance on a New Economic and Strategic Footing",
		Publisher: "JAPAN Forward", Edition: "original", Section: "Big Fund, Few Details", Paragraph: 9}
	linked := orig
	linked.DocID, linked.Title, linked.Paragraph, linked.URL = "wire", "Q&A: <the> fund", 3, "https://example.com/a?b=1&c=<2>|x"
	ex := func(text string, c corpus.Citation) bot.Excerpt {
		return bot.Excerpt{Text: text, Citation: c, Score: 1}
	}
	first := ex("Lutnick has said that the US will decide on the projects.", orig)
	first.AlsoIn = []corpus.Citation{{DocID: "jf-rewrite", Edition: "rewrite", Paragraph: 7}}
	return bot.Answer{
		Question: "Who decides on the fund's projects? <!channel> & <@U123> @here",
		Topic:    "fund",
		Covered:  true,
		Text:     "Lutnick has said that the US will decide on the projects.",
		Excerpts: []bot.Excerpt{
			first,
			ex("Akazawa said NEXI and JBIC will review the projects.", orig),
			ex("Profits are split 50/50 <until> costs are recovered & then 90/10.", linked),
		},
		More: []bot.Excerpt{
			ex("But the mechanism behind the fund remains murky.", orig),
			ex("So that still has to be worked out before we gauge feasibility.", orig),
			ex("Fourth further excerpt.", orig),
			ex("Fifth further excerpt.", orig),
		},
	}
}

func sampleDocs() ([]corpus.Document, []corpus.Skipped) {
	docs := []corpus.Document{
		{ID: "jf-original", Title: "Trade Deal Puts Japan–US Alliance on a New Economic and Strategic Footing", Publisher: "JAPAN Forward", Edition: "original",
			Paragraphs: []corpus.Paragraph{{Number: 1, Text: "One sentence. Two sentences."}}},
		{ID: "wire", Title: "Tariffs <& more>", Publisher: "Wire", Edition: "rewrite", URL: "https://example.com/wire",
			Published: time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC), Paragraphs: []corpus.Paragraph{{Number: 1, Text: "Only one."}}},
	}
	skipped := []corpus.Skipped{{Path: "broken.md", Reason: "front matter: yaml: line 2: did not find expected key"}}
	return docs, skipped
}

func TestBlockKitGolden(t *testing.T) {
	ans := sampleAnswer()
	notCovered := bot.Answer{Question: "What is the tariff on coffee?", Text: "The coverage doesn't say."}
	docs, skipped := sampleDocs()
	cases := []struct {
		name   string
		render func() ([]byte, error)
	}{
		{"answer_slash", func() ([]byte, error) { return handlers.RenderAnswer(ans, true) }},
		{"answer_thread", func() ([]byte, error) { return handlers.RenderAnswer(ans, false) }},
		{"not_covered", func() ([]byte, error) { return handlers.RenderAnswer(notCovered, true) }},
		{"answers_two", func() ([]byte, error) { return handlers.RenderAnswers([]bot.Answer{ans, notCovered}, false) }},
		{"more", func() ([]byte, error) { return handlers.RenderMore(ans, 0) }},
		{"more_last", func() ([]byte, error) { return handlers.RenderMore(ans, 3) }},
		{"sources", func() ([]byte, error) { return handlers.RenderSources(docs, skipped) }},
		{"help", handlers.RenderHelp},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := c.render()
			if err != nil {
				t.Fatal(err)
			}
			checkLimits(t, got)
			golden(t, "slack_"+c.name+".golden", got)
		})
	}
}

// checkLimits fails when a rendered message breaks one of Slack's limits
// or lets a mention through.
func checkLimits(t *testing.T, data []byte) {
	t.Helper()
	var m struct {
		Text   string
		Blocks []struct {
			Type     string
			Text     *struct{ Type, Text string }
			Elements []json.RawMessage
		}
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Blocks) == 0 || len(m.Blocks) > 50 {
		t.Errorf("%d blocks, want 1..50", len(m.Blocks))
	}
	var texts []string
	for i, b := range m.Blocks {
		switch b.Type {
		case "header":
			if n := utf8.RuneCountInString(b.Text.Text); n > 150 {
				t.Errorf("block %d: header of %d characters", i, n)
			}
		case "section":
			if n := utf8.RuneCountInString(b.Text.Text); n > 3000 || n == 0 {
				t.Errorf("block %d: section text of %d characters", i, n)
			}
		}
		if b.Text != nil {
			texts = append(texts, b.Text.Text)
		}
		if len(b.Elements) > 10 {
			t.Errorf("block %d: %d elements", i, len(b.Elements))
		}
		for _, raw := range b.Elements {
			var e struct {
				Type  string
				Text  json.RawMessage
				Value string
			}
			json.Unmarshal(raw, &e)
			var s string
			if json.Unmarshal(e.Text, &s) != nil {
				var obj struct{ Text string }
				json.Unmarshal(e.Text, &obj)
				s = obj.Text
			}
			texts = append(texts, s)
			if n := utf8.RuneCountInString(s); n > 3000 || e.Type == "button" && n > 75 {
				t.Errorf("block %d: %s text of %d characters", i, e.Type, n)
			}
			if len(e.Value) > 2000 {
				t.Errorf("block %d: button value of %d bytes", i, len(e.Value))
			}
		}
	}
	for _, s := range append(texts, m.Text) {
		if bad := specialMention.FindString(s); bad != "" {
			t.Errorf("rendered text holds a mention %q: %q", bad, s)
		}
	}
}

// specialMention is what Slack would turn into a broadcast or a mention of
// someone other than the person who pressed "Share".
var specialMention = regexp.MustCompile(`(?i)<[!@#](channel|here|everyone|subteam|U1)|(^|[^@])@(channel|here|everyone)\b`)

// TestLimitsHold: pathological questions, excerpts and libraries stay
// within Slack's limits.
func TestLimitsHold(t *testing.T) {
	ans := sampleAnswer()
	ans.Question = strings.Repeat("&<>\x00 <!channel> ", 400)
	ans.Topic = ""
	ans.Text = strings.Repeat("<", 400)
	for i := range ans.Excerpts {
		ans.Excerpts[i].Text = strings.Repeat("&", 400)
		ans.Excerpts[i].Title = strings.Repeat("T&", 1000)
		ans.Excerpts[i].Section = strings.Repeat("S>", 1000)
		for range 40 {
			ans.Excerpts[i].AlsoIn = append(ans.Excerpts[i].AlsoIn, corpus.Citation{DocID: strings.Repeat("d", 300), Paragraph: 99})
		}
	}
	for range 30 {
		ans.More = append(ans.More, ans.Excerpts[0])
	}
	docs, skipped := sampleDocs()
	for i := range 200 {
		docs = append(docs, corpus.Document{ID: fmt.Sprint(i), Title: strings.Repeat("<Long title> ", 30), Publisher: "P&P"})
		skipped = append(skipped, corpus.Skipped{Path: strings.Repeat("dir/", 50) + "x.md", Reason: strings.Repeat("bad & worse ", 40)})
	}
	for name, render := range map[string]func() ([]byte, error){
		"answer":  func() ([]byte, error) { return handlers.RenderAnswer(ans, true) },
		"more":    func() ([]byte, error) { return handlers.RenderMore(ans, 3) },
		"sources": func() ([]byte, error) { return handlers.RenderSources(docs, skipped) },
	} {
		t.Run(name, func(t *testing.T) {
			got, err := render()
			if err != nil {
				t.Fatal(err)
			}
			checkLimits(t, got)
		})
	}
}

var bareBroadcast = regexp.MustCompile(`(?i)@(channel|here|everyone)`)

// decodeEntities is what Slack does to text before showing it.
var decodeEntities = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")

func FuzzEscape(f *testing.F) {
	for _, s := range []string{
		"<!channel>", "<!here>", "<!everyone>", "<@U024BE7LH>", "<@U1|bob>", "<!subteam^S1|@team>", "<#C1|general>",
		"@here", "@Channel", "@EVERYONE please", "&lt;!channel&gt;", "&amp;lt;!here&amp;gt;", "<<!channel>>", "<https://x.y|click>",
		"@\u2060here", "Japan ‘s $550 billion & more", "\xff\xfe<!here>", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := handlers.Escape(in)
		if strings.ContainsAny(out, "<>") {
			t.Fatalf("Escape(%q) = %q holds an angle bracket: it could open a mention", in, out)
		}
		if m := bareBroadcast.FindString(out); m != "" {
			t.Fatalf("Escape(%q) = %q holds a bare %s", in, out, m)
		}
		// People see exactly what was written, less the invisible joiners.
		shown := strings.ReplaceAll(decodeEntities.Replace(out), "\u2060", "")
		if want := strings.ReplaceAll(strings.ToValidUTF8(in, "\uFFFD"), "\u2060", ""); shown != want {
			t.Fatalf("Escape(%q) shows as %q, want %q", in, shown, want)
		}
	})
}

func TestPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"who decides?", "who decides?"},
		{"<@U024BE7LH> and <@U1|bob> in <#C1|general>", "@U024BE7LH and @bob in #general"},
		{"<!here> <!channel> <!subteam^S1|@team>", "@here @channel @team"},
		{"see <https://example.com/a?b=1&amp;c=2|the article> or <https://example.com>", "see the article or https://example.com"},
		{"&lt;b&gt; &amp;lt; 5 &amp; 6", "<b> &lt; 5 & 6"},
	}
	for _, tt := range tests {
		if got := handlers.PlainText(tt.in); got != tt.want {
			t.Errorf("plainText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseSlash(t *testing.T) {
	tests := []struct {
		command, text string
		want          handlers.Command
	}{
		{"/deal", "", handlers.Command{Kind: handlers.CommandHelp}},
		{"/deal", "sources", handlers.Command{Kind: handlers.CommandSources}},
		{"/deal", "defense what did Japan commit?", handlers.Command{Kind: handlers.CommandAsk, Topic: "defense", Question: "what did Japan commit?"}},
		{"/deal", "investment", handlers.Command{Kind: handlers.CommandAsk, Topic: "investment"}},
		{"/tariffs", "", handlers.Command{Kind: handlers.CommandAsk, Topic: "tariffs"}},
		{"/FUND", " who reviews? ", handlers.Command{Kind: handlers.CommandAsk, Topic: "fund", Question: "who reviews?"}},
		{"/politics", "help", handlers.Command{Kind: handlers.CommandAsk, Topic: "politics", Question: "help"}},
		{"/deal", "&lt;b&gt; tariffs", handlers.Command{Kind: handlers.CommandAsk, Question: "<b> tariffs"}},
	}
	for _, tt := range tests {
		if got := handlers.ParseSlash(tt.command, tt.text); got != tt.want {
			t.Errorf("ParseSlash(%q, %q) = %+v, want %+v", tt.command, tt.text, got, tt.want)
		}
	}
}

// TestAnswersOfOneMessage: the answers to a message of several questions
// come in one message, each under its question with its own buttons, in
// action blocks whose IDs differ (Slack rejects a message that repeats
// one).
func TestAnswersOfOneMessage(t *testing.T) {
	ans := sampleAnswer()
	other := bot.Answer{Question: "What is the tariff on coffee?", Text: "The coverage doesn't say."}
	data, err := handlers.RenderAnswers([]bot.Answer{ans, other}, true)
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Text   string
		Blocks []struct {
			Type    string
			BlockID string `json:"block_id"`
			Text    *struct{ Text string }
		}
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	var headers []string
	for _, b := range m.Blocks {
		if b.BlockID != "" {
			if ids[b.BlockID] {
				t.Errorf("block ID %q repeated", b.BlockID)
			}
			ids[b.BlockID] = true
		}
		if b.Type == "header" {
			headers = append(headers, b.Text.Text)
		}
	}
	if len(headers) != 2 || !strings.HasPrefix(headers[0], "Who decides on the fund's projects?") || headers[1] != other.Question {
		t.Errorf("headers %q, want the two questions (the first as rendered safe)", headers)
	}
	if !strings.Contains(m.Text, "The coverage doesn't say.") || !strings.Contains(m.Text, "decide on the projects") {
		t.Errorf("the notification text %q lacks one of the answers", m.Text)
	}
}
