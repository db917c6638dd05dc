package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/handlers"
)

// runDigest prints today's digest, or with --post posts it to the
// configured channels.
func runDigest(ctx context.Context, args []string, env config, log *slog.Logger, stdout, stderr io.Writer) error {
	fs := newFlags("digest", stderr)
	post := fs.Bool("post", false, "post the digest now to DEALBOT_DIGEST_CHANNELS")
	force := fs.Bool("force", false, "with --post: post even where today's digest is already posted")
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if fs.NArg() > 0 || *force && !*post {
		printHelp(stderr, "digest")
		return usageError{errors.New("bad digest arguments")}
	}
	sched, err := env.digestSchedule()
	if err != nil {
		return err
	}
	if *post {
		if err := checkDigestPost(env); err != nil {
			return err
		}
	}
	_, lib, closeIndex, err := buildBot(ctx, env, log, true, nil)
	if err != nil {
		return err
	}
	defer closeIndex()
	digests := bot.NewDigester(lib)
	if !*post {
		// A preview has no channel: all the coverage is new to it.
		d, err := digests.Digest(ctx, time.Now().In(sched.loc), nil)
		if err != nil {
			return err
		}
		handlers.WriteDigest(stdout, d)
		return nil
	}
	store, err := openStore(env)
	if err != nil {
		return err
	}
	defer store.Close()
	failed := 0
	results := newDigestPoster(env, sched, digests, store, log, nil).PostAll(ctx, *force)
	for _, r := range results {
		fmt.Fprintln(stdout, r)
		if r.Outcome == handlers.DigestFailed {
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("the digest was not posted to %d of %d channels", failed, len(results))
	}
	return nil
}

// checkDigestPost explains a configuration that cannot post the digest.
func checkDigestPost(env config) error {
	switch {
	case env.SlackBotToken == "":
		return errors.New("posting the digest needs SLACK_BOT_TOKEN (the app's Bot User OAuth Token, xoxb-…)")
	case len(env.DigestChannels) == 0:
		return errors.New("posting the digest needs DEALBOT_DIGEST_CHANNELS (comma-separated channel ids)")
	case env.StateDir == "" && env.DatabaseURL == "":
		return errors.New("posting the digest needs DEALBOT_STATE_DIR (there is no home directory for the default) or DEALBOT_DATABASE_URL")
	}
	return nil
}

// startDigest starts the daily digest when channels and a bot token are
// configured. wait returns once the schedule has stopped with ctx.
func startDigest(ctx context.Context, env config, sched digestSchedule, b *bot.Bot, lib loadingLibrary, store handlers.Store, log *slog.Logger, metrics *handlers.Metrics) (wait func(), err error) {
	noDigest := func() {}
	if len(env.DigestChannels) == 0 {
		return noDigest, nil
	}
	if env.SlackBotToken == "" {
		log.Warn("DEALBOT_DIGEST_CHANNELS is set but SLACK_BOT_TOKEN is not: no daily digest")
		return noDigest, nil
	}
	if err := checkDigestPost(env); err != nil {
		return nil, err
	}
	p := newDigestPoster(env, sched, bot.NewDigester(lib), store, log, metrics)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := p.Run(ctx); err != nil {
			log.Error("daily digest stopped", slog.Any("err", err))
		}
	}()
	log.Info("daily digest scheduled", slog.Int("channels", len(env.DigestChannels)),
		slog.String("time", fmt.Sprintf("%02d:%02d", sched.hour, sched.minute)), slog.String("zone", sched.loc.String()))
	return func() { <-done }, nil
}

func newDigestPoster(env config, sched digestSchedule, digests *bot.Digester, store handlers.Store, log *slog.Logger, metrics *handlers.Metrics) *handlers.DigestPoster {
	grace, _ := env.shutdownGrace() // runServe refuses a bad one; 0 is the default
	return handlers.NewDigestPoster(handlers.NewMeteredSlackClient(env.SlackBotToken, env.SlackAPIURL, log, metrics), digests, handlers.DigestConfig{
		Channels: env.DigestChannels,
		Hour:     sched.hour,
		Minute:   sched.minute,
		Location: sched.loc,
		Store:    store,
		Grace:    grace,
		Metrics:  metrics,
	}, log)
}
