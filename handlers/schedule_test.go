package handlers_test

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/handlers/slackfake"
)

// running is a poster's Run in the background.
type running struct {
	cancel context.CancelFunc
	done   chan error
}

// start runs p's schedule and waits until its daily timer is set.
func (r *digestRig) start(t *testing.T, p *handlers.DigestPoster) *running {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	run := &running{cancel: cancel, done: make(chan error, 1)}
	go func() { run.done <- p.Run(ctx) }()
	t.Cleanup(func() { run.stop(t) })
	r.waitTimer(t)
	return run
}

// stop ends the schedule, as a shutdown does.
func (run *running) stop(t *testing.T) {
	t.Helper()
	run.cancel()
	select {
	case err := <-run.done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(waitLimit):
		t.Fatal("Run did not return after cancel")
	}
	run.done <- nil // a second stop returns at once
}

// waitTimer waits until the scheduler has a timer on the fake clock.
func (r *digestRig) waitTimer(t *testing.T) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	if err := r.clock.BlockUntilContext(ctx, 1); err != nil {
		t.Fatal("the scheduler set no timer")
	}
}

// advanceTo moves the fake clock to local wall time t.
func (r *digestRig) advanceTo(t time.Time) {
	r.clock.Advance(t.Sub(r.clock.Now()))
}

// waitPosts waits until channel holds n messages and returns their local
// times.
func (r *digestRig) waitPosts(t *testing.T, channel string, n int) []time.Time {
	t.Helper()
	waitFor(t, fmt.Sprintf("%d messages in %s", n, channel), func() bool { return len(r.ws.Messages(channel)) >= n })
	var at []time.Time
	for _, m := range r.ws.Messages(channel) {
		f, err := strconv.ParseFloat(m.Timestamp, 64)
		if err != nil {
			t.Fatal(err)
		}
		at = append(at, time.UnixMicro(int64(f*1e6)).In(r.loc))
	}
	if len(at) != n {
		t.Fatalf("%s has %d messages at %v, want %d; logs:\n%s", channel, len(at), at, n, r.logs)
	}
	return at
}

// waitLog waits until the logs contain s n times.
func (r *digestRig) waitLog(t *testing.T, s string, n int) {
	t.Helper()
	waitFor(t, fmt.Sprintf("%q %d times in the logs", s, n), func() bool { return strings.Count(r.logs.String(), s) >= n })
}

// settle gives a timer that should not have fired a moment to show that
// it did: the scheduler runs jobs on its own goroutines.
func settle() { time.Sleep(100 * time.Millisecond) }

func TestDigestScheduleRestartSameDay(t *testing.T) {
	r := newRig(t, time.Date(2025, time.July, 24, 8, 0, 0, 0, mustZone(t, "Europe/Berlin")))
	run := r.start(t, r.poster(t, "C1", "C2"))
	settle()
	if n := len(r.ws.Messages("C1")); n != 0 {
		t.Fatalf("posted %d messages before 09:00", n)
	}
	r.advanceTo(time.Date(2025, time.July, 24, 9, 0, 1, 0, r.loc))
	r.waitLog(t, "digest posted", 2) // both posted and recorded
	run.stop(t)

	r.clock.Advance(time.Hour) // restarted at 10:00
	r.start(t, r.poster(t, "C1", "C2"))
	r.waitLog(t, "digest already posted", 2)
	settle()
	r.waitPosts(t, "C1", 1)
	r.waitPosts(t, "C2", 1)
}

func TestDigestScheduleDowntimeOverScheduledTime(t *testing.T) {
	r := newRig(t, time.Date(2025, time.July, 24, 11, 30, 0, 0, mustZone(t, "Asia/Tokyo")))
	run := r.start(t, r.poster(t, "C1"))
	at := r.waitPosts(t, "C1", 1) // the late post, at once
	if want := time.Date(2025, time.July, 24, 11, 30, 0, 0, r.loc); !at[0].Equal(want) {
		t.Errorf("late post at %v, want %v", at[0], want)
	}
	r.waitTimer(t)
	r.advanceTo(time.Date(2025, time.July, 24, 23, 59, 0, 0, r.loc))
	settle()
	r.waitPosts(t, "C1", 1)
	run.stop(t)

	r.clock.Advance(time.Hour) // down over midnight, back at 00:59
	r.start(t, r.poster(t, "C1"))
	settle()
	r.waitPosts(t, "C1", 1) // not yet: today's 09:00 is to come
	r.advanceTo(time.Date(2025, time.July, 25, 9, 0, 0, 0, r.loc))
	at = r.waitPosts(t, "C1", 2)
	if at[1].Hour() != 9 || at[1].Minute() != 0 {
		t.Errorf("next day's post at %v, want 09:00", at[1])
	}
}

func TestDigestScheduleDaylightSaving(t *testing.T) {
	tests := []struct {
		name  string
		zone  string
		day   time.Time // the day before the change, 09:00 local
		hours float64   // between the two 09:00s
	}{
		{"SpringForwardNewYork", "America/New_York", time.Date(2025, time.March, 8, 9, 0, 0, 0, time.UTC), 23},
		{"FallBackBerlin", "Europe/Berlin", time.Date(2025, time.October, 25, 9, 0, 0, 0, time.UTC), 25},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc := mustZone(t, tt.zone)
			first := time.Date(tt.day.Year(), tt.day.Month(), tt.day.Day(), 9, 0, 0, 0, loc)
			second := first.AddDate(0, 0, 1)
			if got := second.Sub(first).Hours(); got != tt.hours {
				t.Fatalf("%s: %v hours between the two 09:00s, want %v: not a DST change", tt.zone, got, tt.hours)
			}
			r := newRig(t, first.Add(-time.Hour))
			r.start(t, r.poster(t, "C1"))

			r.advanceTo(first)
			r.waitPosts(t, "C1", 1)
			r.waitTimer(t)
			r.advanceTo(second.Add(-time.Minute)) // 08:59 local after the change
			settle()
			r.waitPosts(t, "C1", 1)
			r.advanceTo(second)
			at := r.waitPosts(t, "C1", 2)
			for i, want := range []time.Time{first, second} {
				if !at[i].Equal(want) || at[i].Hour() != 9 {
					t.Errorf("post %d at %v, want %v (local 09:00)", i+1, at[i], want)
				}
			}
		})
	}
}

func TestDigestScheduleTriesFailedChannelLater(t *testing.T) {
	r := newRig(t, time.Date(2025, time.July, 24, 8, 0, 0, 0, time.UTC))
	r.start(t, r.poster(t, "C1", "C2"))
	r.ws.Fail("chat.postMessage", slackfake.Fault{SlackError: "not_in_channel"})
	r.advanceTo(time.Date(2025, time.July, 24, 9, 0, 0, 0, time.UTC))
	r.waitPosts(t, "C2", 1)
	r.waitLog(t, "digest not posted", 1)
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	if err := r.clock.BlockUntilContext(ctx, 2); err != nil { // tomorrow's round and the later try
		t.Fatal("no later try scheduled")
	}
	r.advanceTo(time.Date(2025, time.July, 24, 9, 15, 0, 0, time.UTC))
	at := r.waitPosts(t, "C1", 1)
	if want := time.Date(2025, time.July, 24, 9, 15, 0, 0, time.UTC); !at[0].Equal(want) {
		t.Errorf("C1 posted at %v, want %v", at[0], want)
	}
	r.waitPosts(t, "C2", 1)
}

// TestDigestFinishedOnShutdown: a digest being posted when the schedule is
// stopped (SIGTERM) is finished and recorded, not cut off.
func TestDigestFinishedOnShutdown(t *testing.T) {
	r := newRig(t, time.Date(2025, time.July, 24, 8, 0, 0, 0, time.UTC))
	run := r.start(t, r.poster(t, "C1"))
	r.ws.Fail("chat.postMessage", slackfake.Fault{Delay: 100 * time.Millisecond}) // well under the client's timeout
	r.advanceTo(time.Date(2025, time.July, 24, 9, 0, 0, 0, time.UTC))
	waitFor(t, "the digest to be on its way", func() bool { return r.ws.Calls("chat.postMessage") == 1 })
	run.stop(t)
	if n := len(r.ws.Messages("C1")); n != 1 {
		t.Errorf("C1 has %d messages, want 1", n)
	}
	// On a busy machine the post may outlast the client's timeout and be
	// found in the channel instead: finished and recorded all the same.
	logs := r.logs.String()
	finished := strings.Contains(logs, "digest posted") || strings.Contains(logs, "digest found in channel but not in state: recorded")
	if !finished || strings.Contains(logs, "digest not posted") {
		t.Errorf("want the digest posted and recorded:\n%s", logs)
	}
}
