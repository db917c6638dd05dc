package handlers_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/handlers"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// golden compares got with testdata/name, rewriting it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run go test -update to accept):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

// cannedBot answers every question with the same answer, recording calls;
// questions containing "fail" fail, to show the apology path.
type cannedBot struct {
	calls []string
}

func (c *cannedBot) AskTopic(_ context.Context, topic, question string) (bot.Answer, error) {
	c.calls = append(c.calls, topic+"|"+question)
	if strings.Contains(question, "fail") {
		return bot.Answer{}, errors.New("index unavailable")
	}
	if strings.Contains(question, "coffee") {
		return bot.Answer{Question: question, Text: "The coverage doesn't say."}, nil
	}
	cite := corpus.Citation{DocID: "doc-a", Title: "Trade Deal", Publisher: "JAPAN Forward", Edition: "original", Section: "Big Fund", Paragraph: 9}
	return bot.Answer{
		Question: question, Topic: topic, Covered: true,
		Text: "Lutnick has said that the US will decide on the projects.",
		Excerpts: []bot.Excerpt{
			{Text: "Lutnick has said that the US will decide on the projects.", Citation: cite, Score: 2,
				AlsoIn: []corpus.Citation{{DocID: "doc-b", Edition: "rewrite", Paragraph: 7}}},
			{Text: "NEXI and JBIC will review the projects.", Citation: corpus.Citation{DocID: "doc-b", Title: "Trade Deal", Publisher: "JAPAN Forward", Paragraph: 7, URL: "https://example.com/b"}, Score: 1},
		},
	}, nil
}

// TestConsoleGolden: the console answers a line at a time, a follow-up
// ("when does it take effect?") read after the question before it, and
// shows how it read it.
func TestConsoleGolden(t *testing.T) {
	in := strings.NewReader("Who picks the fund's projects?\n\n/deal help\n/deal fund who reviews?\nWhat is the tariff on coffee?\nwhen does it take effect?\nWho picks the projects? What is the tariff on coffee?\nthis will fail\nquit\nnever read\n")
	var out bytes.Buffer
	b := &cannedBot{}
	c := handlers.NewConsole(b, nil, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err := c.Run(context.Background(), in, &out, false); err != nil {
		t.Fatal(err)
	}
	golden(t, "console.golden", out.Bytes())
	want := []string{"|Who picks the fund's projects?", "fund|who reviews?", "|What is the tariff on coffee?", "|when does the tariff take effect?", "|Who picks the projects?", "|What is the tariff on coffee?", "|this will fail"}
	if strings.Join(b.calls, "\n") != strings.Join(want, "\n") {
		t.Errorf("questions asked = %q, want %q", b.calls, want)
	}
}

func TestConsolePrompt(t *testing.T) {
	var out bytes.Buffer
	c := handlers.NewConsole(&cannedBot{}, nil, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err := c.Run(context.Background(), strings.NewReader("help\n"), &out, true); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(out.String(), "> "); got != 2 {
		t.Errorf("prompt shown %d times, want 2 (before and after the one line):\n%s", got, out.String())
	}
}

func TestParseCommand(t *testing.T) {
	tests := []struct {
		text string
		want handlers.Command
	}{
		{"", handlers.Command{Kind: handlers.CommandHelp}},
		{"  help ", handlers.Command{Kind: handlers.CommandHelp}},
		{"sources", handlers.Command{Kind: handlers.CommandSources}},
		{"digest", handlers.Command{Kind: handlers.CommandDigest}},
		{"tariffs", handlers.Command{Kind: handlers.CommandAsk, Topic: "tariffs"}},
		{"Fund: who decides?", handlers.Command{Kind: handlers.CommandAsk, Topic: "fund", Question: "who decides?"}},
		{"what tariff rate does Japan pay?", handlers.Command{Kind: handlers.CommandAsk, Question: "what tariff rate does Japan pay?"}},
		{"help me understand the fund", handlers.Command{Kind: handlers.CommandAsk, Question: "help me understand the fund"}},
	}
	for _, tt := range tests {
		if got := handlers.ParseCommand(tt.text); got != tt.want {
			t.Errorf("ParseCommand(%q) = %+v, want %+v", tt.text, got, tt.want)
		}
	}
}

func TestWriteSourcesGolden(t *testing.T) {
	doc, err := corpus.Parse("steel.md", []byte("---\nid: steel-quota-note\ntitle: Steel quota note\npublisher: Test Wire\npublished: 2025-09-01\n---\n\nJapan and the United States agreed a steel quota.\n"))
	if err != nil {
		t.Fatal(err)
	}
	undated, err := corpus.Parse("undated.txt", []byte("An Undated Note Without a Publisher\nIt says one thing. And another.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	handlers.WriteSources(&out, []corpus.Document{doc, undated}, []corpus.Skipped{
		{Path: "drafts/broken.md", Reason: "front matter: yaml: line 1: did not find expected ',' or ']'"},
		{Path: "empty.txt", Reason: "empty file"},
	})
	golden(t, "sources.golden", out.Bytes())
}

// rw is a terminal for tests: keys come from in, the screen goes to out.
type rw struct {
	io.Reader
	io.Writer
}

func TestConsoleTerminal(t *testing.T) {
	for _, tt := range []struct{ name, keys string }{
		{"CtrlC", "Who picks the fund's projects?\r\x03"},
		{"CtrlD", "Who picks the fund's projects?\r\x04"},
		{"Quit", "Who picks the fund's projects?\rquit\r"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var screen bytes.Buffer
			var redirected []bool
			c := handlers.NewConsole(&cannedBot{}, nil, slog.New(slog.NewTextHandler(io.Discard, nil)))
			err := c.RunTerminal(context.Background(), rw{strings.NewReader(tt.keys), &screen}, func(w io.Writer) {
				redirected = append(redirected, w != nil)
			})
			if err != nil {
				t.Errorf("err = %v, want nil: ending the console is no failure", err)
			}
			got := screen.String()
			if !strings.Contains(got, "[1] “Lutnick has said") || !strings.Contains(got, "> ") {
				t.Errorf("screen lacks the prompt or the answer:\n%q", got)
			}
			if strings.Contains(got, "projects.\r\n\r\n[1]") {
				t.Errorf("the answer sentence is printed before excerpt [1], which is the same sentence:\n%q", got)
			}
			if len(redirected) != 2 || !redirected[0] || redirected[1] {
				t.Errorf("log redirections = %v, want onto the terminal, then back", redirected)
			}
		})
	}
}

func TestConsoleStopsQuietly(t *testing.T) {
	in, _ := io.Pipe() // a reader that never sends a line
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	c := handlers.NewConsole(&cannedBot{}, nil, slog.New(slog.NewTextHandler(io.Discard, nil)))
	go func() { done <- c.Run(ctx, in, io.Discard, true) }()
	cancel() // as Ctrl-C does through the signal context
	if err := <-done; err != nil {
		t.Errorf("err = %v, want nil after a signal", err)
	}
}
