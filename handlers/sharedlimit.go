package handlers

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// questionCounter counts a user's questions in the current clock minute
// across every replica (the shared database is one): it adds one and
// returns the count so far and the time until the minute ends.
type questionCounter interface {
	CountQuestion(ctx context.Context, team, user string) (n int, resetIn time.Duration, err error)
}

// countTimeout bounds the shared count, which a slash command waits for
// before its answer: past it, the replica's own limit decides.
const countTimeout = 500 * time.Millisecond

// sharedLimit is the question limit counted in a shared store.
type sharedLimit struct {
	counter questionCounter

	mu     sync.Mutex
	failed time.Time // when the count last failed; logged once a minute
}

// ShareQuestionLimit makes the per-user question limit (LimitQuestions)
// hold across replicas: each question is counted in c, and a user may ask
// the limit's number of questions in each clock minute, whichever replica
// answers. When c cannot count (the database is away), the replica's own
// limit decides. Call it before serving, after LimitQuestions.
func (a *SlackApp) ShareQuestionLimit(c questionCounter) {
	a.shared = &sharedLimit{counter: c}
}

// allowQuestion takes one question from user's allowance, in the shared
// count when there is one, else (or when it fails) in the replica's own.
// When there is none left it says how long until there is.
func (a *SlackApp) allowQuestion(log *slog.Logger, user string) (bool, time.Duration) {
	if a.shared != nil {
		ctx, cancel := context.WithTimeout(a.work, countTimeout)
		defer cancel()
		n, resetIn, err := a.shared.counter.CountQuestion(ctx, a.team, user)
		if err == nil {
			return n <= a.limits.perMinute, resetIn
		}
		a.shared.mu.Lock()
		if time.Since(a.shared.failed) >= time.Minute {
			a.shared.failed = time.Now()
			log.Warn("questions not counted across replicas; the replica's own limit applies", slog.Any("err", err))
		}
		a.shared.mu.Unlock()
	}
	return a.limits.allow(user)
}
