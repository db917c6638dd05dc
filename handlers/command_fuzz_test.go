package handlers_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/handlers"
)

// FuzzParseCommand checks that no command text crashes the parser or the
// message reader, and that what they make of it is well formed: a known
// kind, a known topic or none, a trimmed question that only questions
// carry, taken from the text as typed; and that a slash command reads its
// text exactly as a mention or a DM would, once Slack's markup is undone.
// Its seed corpus runs with every go test.
func FuzzParseCommand(f *testing.F) {
	for _, seed := range []struct{ command, text string }{
		{"/deal", ""}, {"/deal", "help"}, {"/deal", "  HELP!  "}, {"/deal", "help me"}, {"/deal", "sources"},
		{"/deal", "digest"}, {"/deal", "sources please"}, {"/deal", "tariffs: what rate does Japan pay?"},
		{"/deal", "Fund"}, {"/deal", "who decides which projects the fund invests in?"}, {"/tariffs", ""},
		{"/FUND", "who runs it"}, {"/politics", "  <@U024BE7LH> <!here> &lt;b&gt;  "}, {"/deal", "<https://x.y|the article>"},
		{"/deal", "<<@U1>>"}, {"/deal", "\t?\t"}, {"/deal", "\xff\xfe tariffs"}, {"/unknown", "tariffs now"},
		{"/deal", "outlook\u00a0next"},
	} {
		f.Add(seed.command, seed.text)
	}
	f.Fuzz(func(t *testing.T, command, text string) {
		got := handlers.ParseSlash(command, text)
		check := func(what string, c handlers.Command, typed string) {
			t.Helper()
			switch c.Kind {
			case handlers.CommandHelp, handlers.CommandSources, handlers.CommandDigest:
				if c.Topic != "" || c.Question != "" {
					t.Fatalf("%s: %+v carries a topic or question", what, c)
				}
			case handlers.CommandAsk:
				if c.Topic != "" && !bot.IsTopic(c.Topic) {
					t.Fatalf("%s: unknown topic %q", what, c.Topic)
				}
				if c.Topic == "" && c.Question == "" {
					t.Fatalf("%s: a question without words or topic: %+v", what, c)
				}
			default:
				t.Fatalf("%s: unknown kind %d", what, c.Kind)
			}
			if c.Question != strings.TrimSpace(c.Question) || !strings.Contains(typed, c.Question) {
				t.Fatalf("%s: question %q is not trimmed text of %q", what, c.Question, typed)
			}
			if utf8.ValidString(typed) && !utf8.ValidString(c.Question) {
				t.Fatalf("%s: question %q is not valid UTF-8", what, c.Question)
			}
		}
		typed := handlers.PlainText(text)
		check("ParseSlash", got, typed)
		if strings.EqualFold(command, "/deal") {
			if want := handlers.ParseCommand(typed); got != want {
				t.Fatalf("ParseSlash(/deal, %q) = %+v, but ParseCommand of the same text = %+v", text, got, want)
			}
		}
		check("ParseCommand", handlers.ParseCommand(text), text)
	})
}
