package main

import (
	"context"
	"errors"
	"net/http"
	"sync/atomic"

	"github.com/dealbot/dealbot/handlers"
)

// ops is what dealbot tells its operators at GET /healthz, /readyz and
// /metrics: ready once the coverage is loaded, Slack is connected (in the
// Slack modes) and the database answers (when the store has one).
type ops struct {
	metrics        *handlers.Metrics
	health         *handlers.Health
	coverageLoaded atomic.Bool
	slack          atomic.Pointer[handlers.SlackApp]
	mux            http.Handler
}

func newOps(m mode) *ops {
	o := &ops{metrics: handlers.NewMetrics(), health: &handlers.Health{}}
	o.health.Require("coverage", func(context.Context) error {
		if !o.coverageLoaded.Load() {
			return errors.New("the coverage is still loading")
		}
		return nil
	})
	if m != modeConsole {
		o.health.Require("slack", func(context.Context) error {
			if app := o.slack.Load(); app == nil || !app.Connected() {
				return errors.New("not connected to Slack")
			}
			return nil
		})
	}
	o.mux = handlers.OpsHandler(o.health, o.metrics)
	return o
}

func (o *ops) handler() http.Handler { return o.mux }

// requireDatabase makes readiness wait for a database: check returns why
// it does not answer (with no password in it), or nil. The PostgreSQL
// store passes its health check here.
func (o *ops) requireDatabase(check func(context.Context) error) {
	o.health.Require("database", check)
}

// requireStore makes readiness wait for store's database, when it has one
// (a Health or Ping method).
func (o *ops) requireStore(store handlers.Store) {
	switch s := store.(type) {
	case interface{ Health(context.Context) error }:
		o.requireDatabase(s.Health)
	case interface{ Ping(context.Context) error }:
		o.requireDatabase(s.Ping)
	}
}
