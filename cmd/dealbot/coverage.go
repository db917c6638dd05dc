package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/handlers/pgstore"
	"github.com/dealbot/dealbot/index"
)

// libraryOptions is the coverage the configuration names.
func libraryOptions(env config, log *slog.Logger) index.LibraryOptions {
	opts := index.LibraryOptions{Dir: env.CorpusDir, Embedded: !env.NoEmbedded, Tag: bot.Tag, Log: log, Pipeline: pipeline()}
	if env.db != nil {
		opts.Shared, opts.SharedAs = env.db.Documents(env.TeamID).Files, pgstore.PathPrefix
	}
	return opts
}

// openLibrary opens the index and brings it in step with the coverage.
// With fallback, an index another process holds (the running bot) gives
// way to a temporary one, so a one-off question still gets its answer.
func openLibrary(ctx context.Context, env config, log *slog.Logger, fallback bool, progress index.Progress, metrics *handlers.Metrics) (*index.Library, *index.Index, error) {
	lib, idx, err := newLibrary(ctx, env, log, fallback, metrics)
	if err != nil {
		return nil, nil, err
	}
	if _, err := lib.Reload(ctx, progress); err != nil {
		idx.Close()
		return nil, nil, err
	}
	return lib, idx, nil
}

// newLibrary opens the index and returns the library over it, not yet
// loaded.
func newLibrary(ctx context.Context, env config, log *slog.Logger, fallback bool, metrics *handlers.Metrics) (*index.Library, *index.Index, error) {
	if env.CorpusDir != "" {
		if err := os.MkdirAll(env.CorpusDir, 0o755); err != nil {
			return nil, nil, fmt.Errorf("corpus folder: %w", err)
		}
	}
	idx, err := index.Open(env.IndexDir)
	switch {
	case err == nil || env.IndexDir == "":
	case fallback && errors.Is(err, index.ErrLocked):
		log.Info("the index is in use by another process; building a temporary one", slog.String("dir", env.IndexDir))
		idx, err = index.Open("")
	case env.IndexDirDefault:
		// The default folder is a convenience, not a choice: a start
		// that cannot use it still answers, from a temporary index.
		log.Warn("cannot use the index in the cache folder; building a temporary one (set DEALBOT_INDEX_DIR to choose another)",
			slog.String("dir", env.IndexDir), slog.Any("err", err))
		idx, err = index.Open("")
	}
	if err != nil {
		return nil, nil, err
	}
	if why := idx.Rebuilt(); why != "" {
		log.Warn("rebuilding the index from the coverage", slog.String("dir", env.IndexDir), slog.String("reason", why))
	}
	if err := idx.PutSynonyms(ctx, bot.Thesaurus()); err != nil {
		idx.Close()
		return nil, nil, err
	}
	opts := libraryOptions(env, log)
	if metrics != nil {
		opts.Synced = metrics.Synced
	}
	return index.NewLibrary(idx, opts), idx, nil
}

// loadingLibrary is the library while its first load may still run in
// the background: the bot answers from the index on disk meanwhile, and
// the list of documents (sources, the digest) waits for the load.
type loadingLibrary struct {
	*index.Library
	loaded <-chan struct{}
}

// Documents implements the library of handlers and bot, once loaded.
func (l loadingLibrary) Documents() ([]corpus.Document, []corpus.Skipped) {
	<-l.loaded
	return l.Library.Documents()
}

// startCoverage keeps the coverage growing while the bot serves: it
// watches the corpus folder and polls the feeds until stop is called,
// which waits for both to finish (call it before closing the index).
func startCoverage(ctx context.Context, env config, lib loadingLibrary, store handlers.Store, log *slog.Logger, metrics *handlers.Metrics) (stop func(), err error) {
	var poller *corpus.FeedPoller
	var interval time.Duration
	if len(env.Feeds) > 0 {
		if poller, interval, err = feedPoller(ctx, env, store, log); err != nil {
			return nil, err
		}
		poller.Polled = func(s corpus.PollStats) {
			metrics.FeedsPolled(s.Feeds+s.Unread, s.Unread+s.Failed)
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	if poller != nil {
		wg.Go(func() { poller.Run(ctx, interval) })
		log.Info("polling feeds", slog.Int("feeds", len(env.Feeds)), slog.Duration("every", interval))
	}
	wg.Go(func() {
		if err := lib.Watch(ctx); err != nil {
			log.Error("not watching the corpus folder; restart to pick up changes", slog.Any("err", err))
		}
	})
	if env.db != nil {
		wg.Go(func() { followDatabase(ctx, env, lib.Library, log) })
	}
	return func() { cancel(); wg.Wait() }, nil
}

func feedPoller(ctx context.Context, env config, store handlers.Store, log *slog.Logger) (*corpus.FeedPoller, time.Duration, error) {
	if env.CorpusDir == "" && env.db == nil {
		return nil, 0, errors.New("DEALBOT_FEEDS needs DEALBOT_CORPUS_DIR or DEALBOT_DATABASE_URL: feed items are saved there")
	}
	interval, err := env.feedInterval()
	if err != nil {
		return nil, 0, err
	}
	guard, err := env.fetchGuard()
	if err != nil {
		return nil, 0, err
	}
	team, err := workspaceTeam(ctx, env, log)
	if err != nil {
		return nil, 0, err
	}
	return &corpus.FeedPoller{
		Feeds:    env.Feeds,
		Keywords: env.FeedKeywords,
		Items:    handlers.NewFeedItems(store, team),
		Importer: importer(env, &corpus.Fetcher{Guard: guard}),
		Log:      log,
	}, interval, nil
}

// localTeam keys the state of a dealbot without Slack.
const localTeam = "local"

// workspaceTeam is the Slack workspace of the bot token (auth.test), the
// key of the state shared with the other processes of that workspace.
func workspaceTeam(ctx context.Context, env config, log *slog.Logger) (string, error) {
	if env.SlackBotToken == "" {
		return localTeam, nil
	}
	id, err := handlers.NewSlackClient(env.SlackBotToken, env.SlackAPIURL, log).AuthTestContext(ctx)
	if err != nil {
		return "", fmt.Errorf("check SLACK_BOT_TOKEN with auth.test: %w", err)
	}
	return id.TeamID, nil
}

// runIndex builds or updates the persistent index ahead of time.
func runIndex(ctx context.Context, args []string, env config, log *slog.Logger, stderr io.Writer) error {
	if err := noArgs("index", args, stderr); err != nil {
		return err
	}
	if env.IndexDir == "" {
		fmt.Fprint(stderr, "dealbot index: set DEALBOT_INDEX_DIR to the folder of the persistent index\n")
		return usageError{errors.New("no DEALBOT_INDEX_DIR")}
	}
	start := time.Now()
	lib, idx, err := openLibrary(ctx, env, log, false, newProgress(stderr, log), nil)
	if err != nil {
		return err
	}
	defer idx.Close()
	docs, skipped := lib.Documents()
	n, _ := idx.Count()
	fmt.Fprintf(stderr, "index %s: %s, %d paragraphs, %s skipped (%v)\n", env.IndexDir,
		count(len(docs), "document"), n, count(len(skipped), "file"), time.Since(start).Round(time.Millisecond))
	return nil
}

// newProgress reports indexing progress: a bar (documents done, rate, time
// left) on a terminal, a log line every few seconds otherwise.
func newProgress(w io.Writer, log *slog.Logger) index.Progress {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		var bar *progressbar.ProgressBar
		return func(done, total int) {
			if bar == nil {
				if total == 0 {
					return
				}
				bar = progressbar.NewOptions(total,
					progressbar.OptionSetWriter(w),
					progressbar.OptionSetDescription("indexing"),
					progressbar.OptionSetItsString("docs"),
					progressbar.OptionShowCount(),
					progressbar.OptionShowIts(),
					progressbar.OptionSetPredictTime(true),
					progressbar.OptionThrottle(100*time.Millisecond),
				)
			}
			bar.Set(done)
			if done == total {
				bar.Finish()
				fmt.Fprintln(w)
			}
		}
	}
	var last time.Time
	start := time.Now()
	return func(done, total int) {
		if total == 0 || (done != total && done != 0 && time.Since(last) < 2*time.Second) {
			return
		}
		last = time.Now()
		attrs := []any{slog.Int("done", done), slog.Int("total", total)}
		if done > 0 {
			rate := float64(done) / time.Since(start).Seconds()
			attrs = append(attrs, slog.String("rate", fmt.Sprintf("%.1f docs/s", rate)),
				slog.Duration("left", time.Duration(float64(total-done)/rate*float64(time.Second)).Round(time.Second)))
		}
		log.Info("indexing", attrs...)
	}
}

// runSources lists the coverage: every document with its publisher, date
// and passages, then every skipped file with the reason. It reads the
// files only, so it works while the bot runs.
func runSources(ctx context.Context, args []string, env config, log *slog.Logger, stdout, stderr io.Writer) error {
	if err := noArgs("sources", args, stderr); err != nil {
		return err
	}
	docs, skipped := index.Scan(ctx, libraryOptions(env, log))
	handlers.WriteSources(stdout, docs, skipped)
	return nil
}

// count is "1 document", "2 documents".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// importer saves articles in the database when there is one (every
// replica then has them), else in the corpus folder.
func importer(env config, f *corpus.Fetcher) *corpus.Importer {
	im := &corpus.Importer{Dir: env.CorpusDir, Fetcher: f}
	if env.db != nil {
		im.Shelf = env.db.Documents(env.TeamID)
	}
	return im
}

// runAdd imports articles (URLs) and document files into the database,
// when there is one, or the corpus folder.
func runAdd(ctx context.Context, args []string, env config, log *slog.Logger, stdout, stderr io.Writer) error {
	fs := newFlags("add", stderr)
	timeout := fs.Duration("timeout", 30*time.Second, "give up on a page after this long")
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if fs.NArg() == 0 {
		fmt.Fprint(stderr, "dealbot add: give the URL of an article, or a document file\n")
		return usageError{errors.New("no URL")}
	}
	if env.CorpusDir == "" && env.db == nil {
		fmt.Fprint(stderr, "dealbot add: set DEALBOT_CORPUS_DIR to the folder that keeps added articles, or DEALBOT_DATABASE_URL\n")
		return usageError{errors.New("no DEALBOT_CORPUS_DIR")}
	}
	guard, err := env.fetchGuard()
	if err != nil {
		return err
	}
	im := importer(env, &corpus.Fetcher{Guard: guard, Timeout: *timeout})
	failed := 0
	for _, u := range fs.Args() {
		var doc corpus.Document
		var err error
		if strings.Contains(u, "://") {
			doc, err = im.Import(ctx, u)
		} else {
			doc, err = im.ImportFile(ctx, u)
		}
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "dealbot add: %s: %v\n", u, err)
			continue
		}
		date := "no date given"
		if !doc.Published.IsZero() {
			date = doc.Published.Format(time.DateOnly)
		}
		fmt.Fprintf(stdout, "added %s\n  %q, %s, %s, %d paragraphs\n", doc.Path, doc.Title, doc.Publisher, date, len(doc.Paragraphs))
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d articles not added", failed, fs.NArg())
	}
	return nil
}
