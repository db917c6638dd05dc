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
