package handlers

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/dealbot/dealbot/bot"
)

// answerer is what the transports need from the bot.
type answerer interface {
	AskTopic(ctx context.Context, topic, question string) (bot.Answer, error)
}

// Console is the local, Slack-free front end: one question a line.
type Console struct {
	bot answerer
	lib library // nil: "/deal sources" is not offered
	log *slog.Logger

	metrics    *Metrics // nil: questions are not counted
	earlier    []string // the questions asked before, oldest first: a follow-up is read after them
	digests    digester // nil: "/deal digest" is not offered
	digestZone *time.Location
	now        func() time.Time
}

// NewConsole returns a console that answers with b and lists the coverage
// of lib (which may be nil).
func NewConsole(b answerer, lib library, log *slog.Logger) *Console {
	return &Console{bot: b, lib: lib, log: log, now: time.Now}
}

// UseMetrics counts the console's questions in m.
func (c *Console) UseMetrics(m *Metrics) { c.metrics = m }

// EnableDigest lets "/deal digest" print today's digest, dated in zone.
func (c *Console) EnableDigest(d digester, zone *time.Location) {
	c.digests, c.digestZone = d, zone
}

// HelpText explains what the bot can be asked.
const HelpText = `Ask a question about the Japan–US trade agreement, e.g.
  What tariff rate does Japan pay?
  /deal who decides which projects the fund invests in?
  /deal tariffs        (best passages of a topic: tariffs, fund, politics, defense, investment, outlook, overview)
  /deal sources        the coverage I answer from
  /deal digest         today's digest
  /deal help           this text
Answers quote the coverage verbatim and cite each excerpt.`

// Run reads lines from in until EOF, "quit" or the end of ctx, and
// writes answers to out. With prompt set (a terminal without line
// editing), it shows a prompt before each line.
func (c *Console) Run(ctx context.Context, in io.Reader, out io.Writer, prompt bool) error {
	lines := make(chan string)
	readErr := make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		readErr <- sc.Err()
	}()
	if prompt {
		fmt.Fprintln(out, greeting)
	}
	for {
		if prompt {
			fmt.Fprint(out, "> ")
		}
		select {
		case <-ctx.Done():
			return nil // stopped by a signal: not a failure
		case err := <-readErr:
			return err
		case line := <-lines:
			if !c.line(ctx, out, line) {
				return nil
			}
		}
	}
}

// terminal is what the console needs of golang.org/x/term's Terminal.
type terminal interface {
	io.Writer
	ReadLine() (string, error)
}

// RunTerminal is Run on a terminal with line editing and history
// (golang.org/x/term's Terminal over tty, which the caller has put in raw
// mode). While it runs, redirectLog moves log lines onto the terminal, so
// that they print above the prompt instead of over it; nil moves them
// back. Ctrl-C and Ctrl-D on an empty line end it, as does ctx.
func (c *Console) RunTerminal(ctx context.Context, tty io.ReadWriter, redirectLog func(io.Writer)) error {
	t := term.NewTerminal(tty, "> ")
	redirectLog(t)
	defer redirectLog(nil)
	return c.runTerminal(ctx, t)
}

func (c *Console) runTerminal(ctx context.Context, t terminal) error {
	fmt.Fprintln(t, greeting)
	type read struct {
		line string
		err  error
	}
	for {
		next := make(chan read, 1)
		go func() {
			line, err := t.ReadLine()
			next <- read{line, err}
		}()
		select {
		case <-ctx.Done():
			return nil
		case r := <-next:
			if errors.Is(r.err, io.EOF) {
				return nil // Ctrl-C or Ctrl-D
			}
			if r.err != nil {
				return r.err
			}
			if !c.line(ctx, t, r.line) {
				return nil
			}
		}
	}
}

const greeting = "dealbot console: ask about the Japan–US trade deal (help, quit)."

// line answers one line; false means the user asked to quit.
func (c *Console) line(ctx context.Context, out io.Writer, line string) bool {
	line = strings.TrimSpace(line)
	switch strings.ToLower(line) {
	case "quit", "exit", "/quit":
		return false
	}
	if line != "" {
		c.handle(ctx, out, line)
	}
	return true
}

func (c *Console) handle(ctx context.Context, out io.Writer, line string) {
	text, isCommand := strings.CutPrefix(line, "/deal")
	if isCommand && text != "" && text[0] != ' ' {
		isCommand, text = false, line // "/dealer…" is not the command
	}
	if !isCommand {
		text = line
		if strings.EqualFold(text, "help") {
			text = ""
		}
	}
	cmd := ParseCommand(text)
	switch cmd.Kind {
	case CommandHelp:
		fmt.Fprintf(out, "%s\n\n", HelpText)
		return
	case CommandSources, CommandDigest:
		if !isCommand {
			break // a plain "sources" is a question like any other
		}
		c.view(ctx, out, cmd.Kind)
		return
	}
	if cmd.Kind != CommandAsk {
		cmd = Command{Kind: CommandAsk, Question: text}
	}
	if cmd.Topic == "" {
		typed := cmd.Question
		if q, ok := bot.FollowUp(c.earlier, typed); ok {
			fmt.Fprintf(out, "» %s\n", q) // how the follow-up was read
			cmd.Question = q
		}
		c.earlier = append(c.earlier[max(0, len(c.earlier)-maxEarlier+1):], typed)
	}
	answers, err := answerAll(ctx, c.bot, c.metrics, SurfaceConsole, cmd)
	if err != nil {
		c.log.Error("answer failed", slog.Any("err", err))
		fmt.Fprintln(out, "Sorry, I couldn't search the coverage just now.")
		return
	}
	if len(answers) == 0 {
		fmt.Fprintf(out, "%s\n\n", HelpText)
	}
	for _, ans := range answers {
		if len(answers) > 1 {
			fmt.Fprintf(out, "» %s\n", ans.Question) // which of the message's questions this answers
		}
		WriteAnswer(out, ans)
	}
}

// view prints the coverage list or today's digest.
func (c *Console) view(ctx context.Context, out io.Writer, kind CommandKind) {
	switch {
	case kind == CommandSources && c.lib != nil:
		docs, skipped := c.lib.Documents()
		WriteSources(out, docs, skipped)
	case kind == CommandDigest && c.digests != nil:
		d, err := c.digests.Digest(ctx, c.now().In(c.digestZone), nil)
		if err != nil {
			c.log.Error("digest failed", slog.Any("err", err))
			fmt.Fprintln(out, "Sorry, I couldn't build the digest just now.")
			return
		}
		WriteDigest(out, d)
	default:
		fmt.Fprintln(out, "Not available here.")
	}
	fmt.Fprintln(out)
}

// WriteAnswer prints an answer as a person reads it: the answer sentence
// (unless excerpt [1] is that sentence), then the numbered excerpts with
// their citations.
func WriteAnswer(w io.Writer, a bot.Answer) {
	writeAnswer(w, a, false)
}

// writeAnswer is WriteAnswer; with lead, the answer sentence always comes
// first, as a Slack notification shows it.
func writeAnswer(w io.Writer, a bot.Answer, lead bool) {
	if !a.Covered {
		fmt.Fprintln(w, a.Text)
		fmt.Fprintln(w)
		return
	}
	// The answer sentence is usually excerpt [1]: then [1] says it, after
	// the answer's note if it has one ("Sources differ.").
	switch {
	case lead || len(a.Excerpts) == 0 || !strings.Contains(a.Text, strings.TrimSpace(a.Excerpts[0].Text)):
		fmt.Fprintf(w, "%s\n\n", a.Text)
	case a.Note != "":
		fmt.Fprintf(w, "%s\n\n", a.Note)
	}
	for i, e := range a.Excerpts {
		fmt.Fprintf(w, "[%d] “%s”\n    — %s\n", i+1, e.Text, CiteText(e))
	}
	fmt.Fprintln(w)
}

// CiteText is a one-line citation: title, publisher, edition, date,
// section, paragraph, and where the same words also appear.
func CiteText(e bot.Excerpt) string {
	parts := []string{e.Title}
	if e.Publisher != "" {
		parts = append(parts, e.Publisher)
	}
	if e.Edition != "" {
		parts = append(parts, e.Edition+" edition")
	}
	if e.Published != "" {
		parts = append(parts, e.Published)
	}
	if e.Section != "" {
		parts = append(parts, "“"+e.Section+"”")
	}
	parts = append(parts, fmt.Sprintf("¶%d", e.Paragraph))
	s := strings.Join(parts, ", ")
	if e.URL != "" {
		s += " <" + e.URL + ">"
	}
	if len(e.AlsoIn) > 0 {
		var also []string
		for _, c := range e.AlsoIn {
			also = append(also, fmt.Sprintf("%s ¶%d", editionOrID(c.Edition, c.DocID), c.Paragraph))
		}
		s += " (also in " + strings.Join(also, "; ") + ")"
	}
	return s
}

func editionOrID(edition, id string) string {
	if edition != "" {
		return edition + " edition"
	}
	return id
}
