package handlers

import (
	"context"
	"fmt"
	"time"

	"github.com/go-co-op/gocron/v2"
)

// Later tries for channels whose digest failed (Slack down for longer than
// the client's retries, a token without access yet): every laterWait, at
// most laterTries times, the same local day.
const (
	laterTries = 4
	laterWait  = 15 * time.Minute
)

// round posts the digest of now's day to every channel, under work, and
// tries the channels that failed again later the same day unless ctx
// ends first. The day is fixed when the round starts, so a round that
// waited for another cannot post tomorrow's.
func (p *DigestPoster) round(ctx, work context.Context, now time.Time) {
	day := now.In(p.cfg.Location).Format(time.DateOnly)
	failed := failedChannels(p.postTo(work, p.cfg.Channels, false, now))
	for try := 0; len(failed) > 0 && try < laterTries; try++ {
		select {
		case <-ctx.Done():
			return
		case <-p.cfg.Clock.After(laterWait):
		}
		now = p.cfg.Clock.Now()
		if now.In(p.cfg.Location).Format(time.DateOnly) != day {
			return // the next day's round takes over
		}
		failed = failedChannels(p.postTo(work, failed, false, now))
	}
}

func failedChannels(rs []DigestResult) []string {
	var out []string
	for _, r := range rs {
		if r.Outcome == DigestFailed {
			out = append(out, r.Channel)
		}
	}
	return out
}

// Run posts the digest every day at the configured local time until ctx
// is done. gocron computes each run from the wall clock in the configured
// zone, so the post stays at local 09:00 across daylight-saving changes;
// a time that a spring-forward skips runs right after the change. If the
// bot starts after today's time, it catches up at once: the poster's
// state and the channel's history make that a no-op where today's digest
// is already posted. A channel that fails is tried again later that day.
// A digest being posted when ctx ends (a shutdown) is finished, for up to
// the configured grace period, rather than cut off half-way.
func (p *DigestPoster) Run(ctx context.Context) error {
	work, stopWork := context.WithCancel(context.WithoutCancel(ctx))
	defer stopWork()
	grace := p.cfg.Grace
	if grace <= 0 {
		grace = DefaultShutdownGrace
	}
	context.AfterFunc(ctx, func() { time.AfterFunc(grace, stopWork) })
	s, err := gocron.NewScheduler(
		gocron.WithClock(p.cfg.Clock),
		gocron.WithLocation(p.cfg.Location),
		gocron.WithLogger(p.log),
		gocron.WithStopTimeout(grace+time.Second), // Shutdown waits for a round being posted
	)
	if err != nil {
		return fmt.Errorf("digest scheduler: %w", err)
	}
	at := gocron.NewAtTimes(gocron.NewAtTime(uint(p.cfg.Hour), uint(p.cfg.Minute), 0))
	_, err = s.NewJob(gocron.DailyJob(1, at),
		gocron.NewTask(func() { p.round(ctx, work, p.cfg.Clock.Now()) }),
		gocron.WithName("digest"),
		gocron.WithSingletonMode(gocron.LimitModeReschedule),
		gocron.WithDaylightSavingsTimePolicy(gocron.DaylightSavingsTimeRunAfterTransition),
	)
	if err != nil {
		return fmt.Errorf("schedule digest: %w", err)
	}
	s.Start()
	now := p.cfg.Clock.Now().In(p.cfg.Location)
	if !now.Before(p.scheduledOn(now)) {
		p.round(ctx, work, now)
	}
	<-ctx.Done()
	if err := s.Shutdown(); err != nil {
		return fmt.Errorf("stop digest scheduler: %w", err)
	}
	return nil
}

// scheduledOn is the time of the digest on day's local date.
func (p *DigestPoster) scheduledOn(day time.Time) time.Time {
	return time.Date(day.Year(), day.Month(), day.Day(), p.cfg.Hour, p.cfg.Minute, 0, 0, p.cfg.Location)
}
