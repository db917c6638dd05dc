package handlers

import (
	"fmt"
	"log/slog"
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// maxLimitedUsers bounds the users the question limiter tracks; past it,
// users with a full allowance (who have not asked for a while) are
// forgotten.
const maxLimitedUsers = 10000

// questionLimiter allows each user a number of questions a minute, in
// bursts of up to that number: a token bucket per user
// (golang.org/x/time/rate).
type questionLimiter struct {
	perMinute int
	now       func() time.Time

	mu     sync.Mutex
	users  map[string]*rate.Limiter
	logged map[string]time.Time // when each user's refusals were last logged
}

// newQuestionLimiter returns a limiter of perMinute questions a minute per
// user, or nil (no limit) when perMinute is 0 or less.
func newQuestionLimiter(perMinute int, now func() time.Time) *questionLimiter {
	if perMinute <= 0 {
		return nil
	}
	return &questionLimiter{perMinute: perMinute, now: now, users: map[string]*rate.Limiter{}, logged: map[string]time.Time{}}
}

// allow takes one question from user's allowance. When there is none it
// says how long until there is.
func (l *questionLimiter) allow(user string) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	lim, ok := l.users[user]
	if !ok {
		if len(l.users) >= maxLimitedUsers {
			l.forgetIdle(now)
		}
		lim = rate.NewLimiter(rate.Every(time.Minute/time.Duration(l.perMinute)), l.perMinute)
		l.users[user] = lim
	}
	r := lim.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}

// refusalLogEvery is how often a user's refused questions are logged: one
// line, not one a question, so that a user flooding the bot cannot flood
// the log.
const refusalLogEvery = time.Minute

// firstRefusal reports whether a refusal of user's question is the first
// in refusalLogEvery, and so should be logged.
func (l *questionLimiter) firstRefusal(user string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if last, ok := l.logged[user]; ok && now.Sub(last) < refusalLogEvery {
		return false
	}
	if len(l.logged) >= maxLimitedUsers {
		for u, last := range l.logged {
			if now.Sub(last) >= refusalLogEvery {
				delete(l.logged, u)
			}
		}
	}
	l.logged[user] = now
	return true
}

// forgetIdle drops the users whose allowance is full again.
func (l *questionLimiter) forgetIdle(now time.Time) {
	for u, lim := range l.users {
		if lim.TokensAt(now) >= float64(l.perMinute) {
			delete(l.users, u)
		}
	}
}

// overLimit takes one question from user's allowance; when there is none
// it returns the friendly note to send instead of an answer.
func (a *SlackApp) overLimit(log *slog.Logger, user string, slash bool) (message, bool) {
	if a.limits == nil {
		return message{}, false
	}
	ok, wait := a.allowQuestion(log, user)
	if ok {
		return message{}, false
	}
	secs := int(math.Ceil(wait.Seconds()))
	a.metrics.questionLimited()
	if a.limits.firstRefusal(user) {
		log.Info("questions over the per-user limit; refusing them quietly for a minute", slog.Int("per_minute", a.limits.perMinute), slog.Int("retry_in_s", secs))
	}
	text := fmt.Sprintf("You're asking faster than I can keep up: I answer up to %s a minute for each person. Please ask again in %s.",
		plural(a.limits.perMinute, "question"), plural(secs, "second"))
	return textMessage(text, slash), true
}
