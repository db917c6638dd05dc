// Command dealbot answers questions about the Japan–US trade agreement
// from the coverage it indexes: in Slack, or as a local console when no
// Slack credentials are configured. This package only reads configuration
// and wires the parts together.
package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
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
	var usage usageError
	switch {
	case err == nil:
	case errors.As(err, &usage):
		os.Exit(2)
	case ctx.Err() != nil && errors.Is(err, context.Canceled):
		// Ended by Ctrl-C or SIGTERM while working: nothing went wrong.
	default:
		for line := range strings.Lines(err.Error()) {
			fmt.Fprint(os.Stderr, "dealbot: ", line)
		}
		fmt.Fprintln(os.Stderr)
		os.Exit(1)
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

// usageError is a command-line mistake; its message was already printed.
type usageError struct{ error }

// run executes one invocation of dealbot; main only adds the process.
func run(ctx context.Context, args []string, env config, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd := ""
	if len(args) > 0 {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "help", "-h", "--help", "-help":
		if wantsHelp(args) {
			return printHelp(stdout, "help")
		}
		if len(args) > 1 {
			fmt.Fprint(stderr, commandHelp["help"])
			return usageError{errors.New("help takes one command")}
		}
		if err := printHelp(stdout, strings.Join(args, "")); err != nil {
			fmt.Fprintf(stderr, "dealbot help: %v\n\n%s", err, usage)
			return usageError{err}
		}
		return nil
	case "version", "--version", "-version":
		if wantsHelp(args) {
			return printHelp(stdout, "version")
		}
		return runVersion(stdout)
	}
	if _, known := commandHelp[cmd]; cmd != "" && !known {
		fmt.Fprintf(stderr, "dealbot: unknown command %q\n\n%s", cmd, usage)
		return usageError{fmt.Errorf("unknown command %q", cmd)}
	}
	if wantsHelp(args) {
		return printHelp(stdout, cmd)
	}
	if err := env.check(); err != nil {
		return err
	}
	log, logs, err := newLogger(env, cmd, stderr)
	if err != nil {
		return err
	}
	if env.envFileErr != nil {
		log.Warn("could not read .env", slog.Any("err", env.envFileErr))
	}
	if cmd != "gen-corpus" && cmd != "healthcheck" {
		closeDB, err := openDatabase(ctx, &env, log)
		if err != nil {
			return err
		}
		defer closeDB()
	}
	switch cmd {
	case "ask":
		return runAsk(ctx, args, env, log, stdin, stdout, stderr)
	case "digest":
		return runDigest(ctx, args, env, log, stdout, stderr)
	case "gen-corpus":
		return runGenCorpus(args, stdout, stderr)
	case "index":
		return runIndex(ctx, args, env, log, stderr)
	case "sources":
		return runSources(ctx, args, env, log, stdout, stderr)
	case "add":
		return runAdd(ctx, args, env, log, stdout, stderr)
	case "eval":
		return runEval(ctx, args, env, log, stdout, stderr)
	case "healthcheck":
		return runHealthcheck(ctx, args, env, stdout, stderr)
	default:
		return runServe(ctx, env, log, logs, stdin, stdout)
	}
}

func runAsk(ctx context.Context, args []string, env config, log *slog.Logger, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("ask", stderr)
	asJSON := fs.Bool("json", false, "print JSON: one object per question")
	explain := fs.Int("explain", 0, "instead of the answer, print how the question was read and its `N` best candidates with their scores")
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	question := strings.Join(fs.Args(), " ")
	if question == "" {
		fmt.Fprint(stderr, "dealbot ask: give a question, or - to read questions from stdin\n\n")
		printHelp(stderr, "ask")
		return usageError{errors.New("no question")}
	}
	b, _, closeIndex, err := buildBot(ctx, env, log, true, nil)
	if err != nil {
		return err
	}
	defer closeIndex()

	answer := func(q string) error {
		if *explain > 0 {
			return explainQuestion(ctx, b, q, *explain, *asJSON, stdout)
		}
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
	fs := newFlags("gen-corpus", stderr)
	n := fs.Int("n", 1000, "number of documents")
	seed := fs.Uint64("seed", 1, "random seed (the same seed writes the same documents)")
	templated := fs.Bool("templated", false, "write the templated documents of earlier measurements (246 words, 14 sentence patterns) instead of realistic ones")
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if fs.NArg() != 1 || *n < 0 {
		fmt.Fprint(stderr, "usage: dealbot gen-corpus [-n N] [-seed S] [-templated] DIR\n")
		return usageError{errors.New("gen-corpus needs one directory")}
	}
	style := corpus.Realistic
	if *templated {
		style = corpus.Templated
	}
	if err := corpus.WriteSynthetic(fs.Arg(0), *n, *seed, style); err != nil {
		return fmt.Errorf("gen-corpus: %w", err)
	}
	fmt.Fprintf(stdout, "wrote %d documents to %s\n", *n, fs.Arg(0))
	return nil
}

func runEval(ctx context.Context, args []string, env config, log *slog.Logger, stdout, stderr io.Writer) error {
	fs := newFlags("eval", stderr)
	verbose := fs.Bool("verbose", false, "list the questions missed")
	bm25 := fs.Bool("bm25", false, "score plain BM25 (one paragraph a passage) instead, the baseline the bot is compared with")
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
	b, _, closeIndex, err := buildBot(ctx, env, log, true, nil)
	if err != nil {
		return err
	}
	defer closeIndex()
	evaluate := b.Evaluate
	if *bm25 {
		evaluate = b.EvaluateBM25
	}
	report, err := evaluate(ctx, qs)
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

func runServe(ctx context.Context, env config, log *slog.Logger, logs *logSink, stdin io.Reader, stdout io.Writer) error {
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
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ops := newOps(m)
	if env.db != nil {
		// Told, not required: a replica answers from its own index while
		// the database is away, so it stays ready.
		ops.health.Report("database", env.db.Health)
	}
	if addr, _ := env.listenAddr(); addr != "" && m != modeHTTP {
		wait, err := handlers.ServeOps(ctx, addr, ops.handler(), log)
		if err != nil {
			return err
		}
		defer wait()
		defer cancel() // stops the server before waiting for it
	}
	lib, idx, closeIndex, err := openCoverage(ctx, env, log, false, ops.metrics)
	if err != nil {
		return err
	}
	defer closeIndex()
	b := bot.New(idx)
	// Questions asked again on the same coverage are answered from
	// memory; the digest asks the bot itself, once a day.
	answers := bot.NewAnswerCache(b, idx, bot.CacheOptions{})
	ops.metrics.ObserveAnswerCache(answers.Stats)
	ops.coverageLoaded.Store(true)
	var store handlers.Store
	if m != modeConsole || len(env.DigestChannels) > 0 || len(env.Feeds) > 0 {
		if store, err = openStore(env); err != nil {
			return err
		}
		defer store.Close()
	}
	stopCoverage, err := startCoverage(ctx, env, lib, store, log, ops.metrics)
	if err != nil {
		return err
	}
	defer stopCoverage() // before the index closes
	waitDigest, err := startDigest(ctx, env, sched, b, lib, store, log, ops.metrics)
	if err != nil {
		return err
	}
	defer func() { cancel(); waitDigest() }()
	if m == modeConsole {
		log.Info("no Slack credentials: starting the local console")
		console := handlers.NewConsole(answers, lib, log)
		console.EnableDigest(bot.NewDigester(lib), sched.loc)
		console.UseMetrics(ops.metrics)
		return runConsole(ctx, console, logs, stdin, stdout)
	}

	var opts []slack.Option
	if m == modeSocket {
		opts = append(opts, slack.OptionAppLevelToken(env.SlackAppToken))
	}
	client := handlers.NewMeteredSlackClient(env.SlackBotToken, env.SlackAPIURL, log, ops.metrics, opts...)
	app, err := handlers.NewSlackApp(ctx, client, answers, lib, log)
	if errors.Is(err, handlers.ErrTokenRejected) {
		return fmt.Errorf("SLACK_BOT_TOKEN was refused (%w): use the app's Bot User OAuth Token (xoxb-…) from OAuth & Permissions", err)
	}
	if errors.Is(err, handlers.ErrSlackUnreachable) {
		return unreachable(env, err)
	}
	if err != nil {
		return err
	}
	app.EnableDigest(bot.NewDigester(lib), sched.loc)
	app.LimitQuestions(limit)
	if env.db != nil {
		app.ShareQuestionLimit(env.db)
	}
	app.UseStore(store)
	app.UseMetrics(ops.metrics)
	app.ServeOps(ops.handler())
	ops.slack.Store(app)
	app.SetShutdownGrace(grace)
	if m == modeHTTP {
		return app.ListenAndServe(ctx, cmp.Or(env.Addr, defaultHTTPAddr), env.SlackSigningSecret)
	}
	err = app.RunSocketMode(ctx)
	if errors.Is(err, handlers.ErrTokenRejected) {
		return fmt.Errorf("SLACK_APP_TOKEN was refused (%w): use an app-level token (xapp-…) with the connections:write scope, from Basic Information", err)
	}
	if errors.Is(err, handlers.ErrSlackUnreachable) {
		return unreachable(env, err)
	}
	return err
}

// unreachable explains that Slack could not be reached, which says
// nothing about the tokens.
func unreachable(env config, err error) error {
	return fmt.Errorf("could not reach Slack at %s (%w): check the network, a proxy or SLACK_API_URL; the tokens were not checked",
		cmp.Or(env.SlackAPIURL, slack.APIURL), err)
}

// runConsole runs the console: with line editing and history when stdin
// and stdout are a terminal, line by line otherwise.
func runConsole(ctx context.Context, console *handlers.Console, logs *logSink, stdin io.Reader, stdout io.Writer) error {
	in, inOK := stdin.(*os.File)
	out, outOK := stdout.(*os.File)
	if !inOK || !outOK || !term.IsTerminal(int(in.Fd())) || !term.IsTerminal(int(out.Fd())) {
		return console.Run(ctx, stdin, stdout, inOK && term.IsTerminal(int(in.Fd())))
	}
	state, err := term.MakeRaw(int(in.Fd()))
	if err != nil {
		return console.Run(ctx, stdin, stdout, true)
	}
	defer term.Restore(int(in.Fd()), state)
	return console.RunTerminal(ctx, struct {
		io.Reader
		io.Writer
	}{in, out}, logs.redirect)
}

// checkSlackConfig explains a Slack configuration that cannot work,
// saying exactly what is missing.
func checkSlackConfig(env config, m mode) error {
	switch {
	case m == modeConsole && env.SlackBotToken != "":
		return errors.New("SLACK_BOT_TOKEN is set, but neither SLACK_APP_TOKEN nor SLACK_SIGNING_SECRET is: " +
			"for Socket Mode set SLACK_APP_TOKEN=xapp-… (Basic Information → App-Level Tokens, scope connections:write); " +
			"for HTTP mode set SLACK_SIGNING_SECRET (Basic Information → Signing Secret); " +
			"for the local console unset SLACK_BOT_TOKEN")
	case m == modeConsole:
		return nil
	case env.SlackBotToken == "":
		return fmt.Errorf("SLACK_BOT_TOKEN is not set: %s mode needs the app's Bot User OAuth Token, e.g. SLACK_BOT_TOKEN=xoxb-… (OAuth & Permissions)", m)
	case !strings.HasPrefix(env.SlackBotToken, "xoxb-"):
		return settingError{name: "SLACK_BOT_TOKEN", secret: true, want: "give the Bot User OAuth Token (OAuth & Permissions), which starts with xoxb-", example: "xoxb-…"}
	case m == modeSocket && !strings.HasPrefix(env.SlackAppToken, "xapp-"):
		return settingError{name: "SLACK_APP_TOKEN", secret: true, want: "give an app-level token (Basic Information → App-Level Tokens), which starts with xapp-", example: "xapp-…"}
	}
	return nil
}

// buildBot opens the index and the coverage (see openCoverage) and
// returns the answer engine, the library and what closes them.
func buildBot(ctx context.Context, env config, log *slog.Logger, shareIndex bool, metrics *handlers.Metrics) (*bot.Bot, loadingLibrary, func(), error) {
	lib, idx, closeIndex, err := openCoverage(ctx, env, log, shareIndex, metrics)
	if err != nil {
		return nil, loadingLibrary{}, nil, err
	}
	return bot.New(idx), lib, closeIndex, nil
}

// openCoverage opens the index, loads the coverage and indexes what
// changed. With shareIndex (a one-shot command), an index held by the
// running bot gives way to a temporary one. Without it (the bot), a
// persistent index that holds documents answers at once, while the
// coverage is read and checked for changes in the background: a restart
// serves its first answer without waiting for 10,000 files to be parsed.
// Once loaded, the bot's index is compacted in the background. closeIndex waits
// for the load to end, then closes the index.
func openCoverage(ctx context.Context, env config, log *slog.Logger, shareIndex bool, metrics *handlers.Metrics) (loadingLibrary, *index.Index, func(), error) {
	lib, idx, err := newLibrary(ctx, env, log, shareIndex, metrics)
	if err != nil {
		return loadingLibrary{}, nil, nil, err
	}
	loaded := make(chan struct{})
	paragraphs, _ := idx.Count()
	if shareIndex || paragraphs == 0 || idx.Rebuilt() != "" {
		_, err := lib.Reload(ctx, nil)
		close(loaded)
		if err != nil {
			idx.Close()
			return loadingLibrary{}, nil, nil, err
		}
	} else {
		log.Info("answering from the index on disk while the coverage is checked for changes",
			slog.String("dir", env.IndexDir), slog.Uint64("paragraphs", paragraphs))
		go func() {
			defer close(loaded)
			if _, err := lib.Reload(ctx, nil); err != nil && ctx.Err() == nil {
				log.Error("coverage not loaded; answering from the index on disk", slog.Any("err", err))
			}
		}()
	}
	if !shareIndex {
		go func() {
			<-loaded
			// The load leaves the index in several segments: one answers
			// faster (see index/compact.go). Closing the index stops it.
			if err := idx.Compact(ctx); err != nil && ctx.Err() == nil {
				log.Warn("index not compacted; answering from its segments as they are", slog.Any("err", err))
			}
		}()
	}
	return loadingLibrary{lib, loaded}, idx, func() { <-loaded; idx.Close() }, nil
}
