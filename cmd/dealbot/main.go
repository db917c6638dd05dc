// Command dealbot answers questions about the Japan–US trade agreement
// from the coverage it indexes: in Slack, or as a local console when no
// Slack credentials are configured. This package only reads configuration
// and wires the parts together.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	_ "time/tzdata" // DEALBOT_DIGEST_TZ works on hosts without a zoneinfo database

	"github.com/slack-go/slack"
	"golang.org/x/term"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/index"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		// The first signal starts a graceful shutdown; a second one
		// ends the process at once.
		<-ctx.Done()
		stop()
	}()
	env := loadEnv()
	if len(os.Args) > 1 && os.Args[1] == "index" {
		tuneGCForIndexing()
	}
	err := run(ctx, os.Args[1:], env, os.Stdin, os.Stdout, os.Stderr)
	if err != nil {
		var usage usageError
		if !errors.As(err, &usage) {
			fmt.Fprintln(os.Stderr, "dealbot:", err)
		}
		os.Exit(2 - boolInt(!errors.As(err, &usage)))
	}
}

// tuneGCForIndexing lets `dealbot index`, a batch job, trade memory for
// time: the garbage collector runs half as often (GOGC=200, about 10%
// less CPU on 10,000 documents, peak RSS about 600 instead of 400 MiB),
// and tightens again near 768 MiB. GOGC or GOMEMLIMIT set in the
// environment win.
func tuneGCForIndexing() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(768 << 20)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// usageError is a command-line mistake; its message was already printed.
type usageError struct{ error }

const usage = `Usage:
  dealbot                      run in Slack, or as a local console without Slack credentials
  dealbot ask [--json] QUESTION...
  dealbot ask --json -         one question a line on stdin, one JSON object a line out
  dealbot digest               print today's digest
  dealbot digest --post [--force]   post it now to DEALBOT_DIGEST_CHANNELS (once a day unless --force)
  dealbot gen-corpus [-n N] [-seed S] DIR   write N generated documents (for benchmarks)
  dealbot index                build or update the persistent index (DEALBOT_INDEX_DIR)
  dealbot sources              list the documents and the files skipped, with the reason
  dealbot add [--timeout D] URL...  save articles into the corpus folder (DEALBOT_CORPUS_DIR)
  dealbot eval [--verbose] FILE.jsonl
                               score the bot on a question set (top1 top3 answer abstain dup long)
  dealbot help

Configuration comes from the environment and from a .env file (see .env.example).
`

// run executes one invocation of dealbot; main only adds the process.
func run(ctx context.Context, args []string, env config, stdin io.Reader, stdout, stderr io.Writer) error {
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: env.logLevel()}))
	cmd := ""
	if len(args) > 0 {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
		return nil
	case "ask":
		return runAsk(ctx, args, env, log, stdin, stdout, stderr)
	case "digest":
		return runDigest(ctx, args, env, log, stdout, stderr)
	case "gen-corpus":
		return runGenCorpus(args, stdout, stderr)
	case "index":
		return runIndex(ctx, env, log, stderr)
	case "sources":
		return runSources(env, log, stdout)
	case "add":
		return runAdd(ctx, args, env, stdout, stderr)
	case "eval":
		return runEval(ctx, args, env, log, stdout, stderr)
	case "":
		return runServe(ctx, env, log, stdin, stdout)
	default:
		fmt.Fprintf(stderr, "dealbot: unknown command %q\n\n%s", cmd, usage)
		return usageError{fmt.Errorf("unknown command %q", cmd)}
	}
}

func runAsk(ctx context.Context, args []string, env config, log *slog.Logger, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print JSON: one object per question")
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	question := strings.Join(fs.Args(), " ")
	if question == "" {
		fmt.Fprint(stderr, "dealbot ask: give a question, or - to read questions from stdin\n")
		return usageError{errors.New("no question")}
	}
	b, _, closeIndex, err := buildBot(ctx, env, log, true)
	if err != nil {
		return err
	}
	defer closeIndex()

	answer := func(q string) error {
		ans, err := b.Ask(ctx, q)
		if errors.Is(err, bot.ErrEmptyQuestion) {
			ans, err = bot.Answer{Question: q, Text: "Please ask a question.", Excerpts: []bot.Excerpt{}}, nil
		}
		if err != nil {
			return err
		}
		if *asJSON {
			if ans.Excerpts == nil {
				ans.Excerpts = []bot.Excerpt{}
			}
			enc := json.NewEncoder(stdout)
			enc.SetEscapeHTML(false)
			return enc.Encode(ans)
		}
		handlers.WriteAnswer(stdout, ans)
		return nil
	}
	if question != "-" {
		return answer(question)
	}
	return eachLine(stdin, answer)
}

func runGenCorpus(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen-corpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 1000, "number of documents")
	seed := fs.Uint64("seed", 1, "random seed (the same seed writes the same documents)")
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if fs.NArg() != 1 || *n < 0 {
		fmt.Fprint(stderr, "usage: dealbot gen-corpus [-n N] [-seed S] DIR\n")
		return usageError{errors.New("gen-corpus needs one directory")}
	}
	if err := corpus.WriteSynthetic(fs.Arg(0), *n, *seed); err != nil {
		return fmt.Errorf("gen-corpus: %w", err)
	}
	fmt.Fprintf(stdout, "wrote %d documents to %s\n", *n, fs.Arg(0))
	return nil
}

func runEval(ctx context.Context, args []string, env config, log *slog.Logger, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	verbose := fs.Bool("verbose", false, "list the questions missed")
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if fs.NArg() != 1 {
		fmt.Fprint(stderr, "dealbot eval: give one question file (JSON lines: id, question, answers)\n")
		return usageError{errors.New("no question file")}
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	qs, err := bot.ReadEvalSet(f)
	if err != nil {
		return fmt.Errorf("read %s: %w", fs.Arg(0), err)
	}
	b, _, closeIndex, err := buildBot(ctx, env, log, true)
	if err != nil {
		return err
	}
	defer closeIndex()
	report, err := b.Evaluate(ctx, qs)
	if err != nil {
		return err
	}
	if *verbose {
		for _, m := range report.Misses {
			fmt.Fprintln(stdout, m)
		}
	}
	fmt.Fprintln(stdout, report.Errors())
	fmt.Fprintln(stdout, report)
	return nil
}

func runServe(ctx context.Context, env config, log *slog.Logger, stdin io.Reader, stdout io.Writer) error {
	m := env.mode()
	if err := checkSlackConfig(env, m); err != nil {
		return err
	}
	sched, err := env.digestSchedule()
	if err != nil {
		return err
	}
	limit, err := env.rateLimit()
	if err != nil {
		return err
	}
	grace, err := env.shutdownGrace()
	if err != nil {
		return err
	}
	log.Info("starting dealbot", slog.String("mode", string(m)))
	b, lib, closeIndex, err := buildBot(ctx, env, log, false)
	if err != nil {
		return err
	}
	defer closeIndex()
	stopCoverage, err := startCoverage(ctx, env, lib, log)
	if err != nil {
		return err
	}
	defer stopCoverage() // before the index closes
	var store handlers.Store
	if m != modeConsole || len(env.DigestChannels) > 0 || len(env.Feeds) > 0 {
		if store, err = openStore(env); err != nil {
			return err
		}
		defer store.Close()
	}
	ctx, cancel := context.WithCancel(ctx)
	waitDigest, err := startDigest(ctx, env, sched, b, lib, store, log)
	if err != nil {
		cancel()
		return err
	}
	defer func() { cancel(); waitDigest() }()
	if m == modeConsole {
		log.Info("no Slack credentials: starting the local console")
		interactive := false
		if f, ok := stdin.(*os.File); ok {
			interactive = term.IsTerminal(int(f.Fd()))
		}
		console := handlers.NewConsole(b, lib, log)
		console.EnableDigest(bot.NewDigester(lib), sched.loc)
		return console.Run(ctx, stdin, stdout, interactive)
	}

	var opts []slack.Option
	if m == modeSocket {
		opts = append(opts, slack.OptionAppLevelToken(env.SlackAppToken))
	}
	client := handlers.NewSlackClient(env.SlackBotToken, env.SlackAPIURL, log, opts...)
	app, err := handlers.NewSlackApp(ctx, client, b, lib, log)
	if errors.Is(err, handlers.ErrTokenRejected) {
		return fmt.Errorf("SLACK_BOT_TOKEN was refused (%w): use the app's Bot User OAuth Token (xoxb-…) from OAuth & Permissions", err)
	}
	if err != nil {
		return err
	}
	app.EnableDigest(bot.NewDigester(lib), sched.loc)
	app.LimitQuestions(limit)
	app.UseStore(store)
	app.SetShutdownGrace(grace)
	if m == modeHTTP {
		return app.ListenAndServe(ctx, env.Addr, env.SlackSigningSecret)
	}
	err = app.RunSocketMode(ctx)
	if errors.Is(err, handlers.ErrTokenRejected) {
		return fmt.Errorf("SLACK_APP_TOKEN was refused (%w): use an app-level token (xapp-…) with the connections:write scope, from Basic Information", err)
	}
	return err
}

// checkSlackConfig explains a Slack configuration that cannot work.
func checkSlackConfig(env config, m mode) error {
	if m == modeConsole {
		return nil
	}
	if env.SlackBotToken == "" {
		return fmt.Errorf("SLACK_BOT_TOKEN is not set: %s mode needs the app's Bot User OAuth Token (xoxb-…)", m)
	}
	if m == modeSocket && !strings.HasPrefix(env.SlackAppToken, "xapp-") {
		return errors.New("SLACK_APP_TOKEN is not an app-level token: it starts with xapp- (Basic Information → App-Level Tokens)")
	}
	return nil
}

// buildBot loads the coverage, indexes what changed and returns the
// answer engine and the library that keeps the index in step with the
// coverage. With shareIndex, an index held by the running bot gives way to
// a temporary one.
func buildBot(ctx context.Context, env config, log *slog.Logger, shareIndex bool) (*bot.Bot, *index.Library, func(), error) {
	lib, idx, err := openLibrary(ctx, env, log, shareIndex, nil)
	if err != nil {
		return nil, nil, nil, err
	}
	return bot.New(idx), lib, func() { idx.Close() }, nil
}
