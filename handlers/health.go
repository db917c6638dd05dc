package handlers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Health tells a load balancer or an orchestrator whether dealbot is
// alive (GET /healthz: the process answers) and ready (GET /readyz: every
// readiness check passes, e.g. the coverage is loaded, Slack is connected,
// the database answers).
type Health struct {
	mu      sync.Mutex
	checks  []readiness
	reports []readiness // said at /healthz and /readyz, never failing them
}

type readiness struct {
	name  string
	check func(context.Context) error
}

// Require adds a readiness check; check returns why dealbot is not ready
// (its text is served, so it must hold no secret), or nil.
func (h *Health) Require(name string, check func(context.Context) error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.checks = append(h.checks, readiness{name, check})
}

// Report adds a part whose state /healthz and /readyz tell, one line
// each ("database: ok", "database: down: …"), without failing either:
// a part the bot answers without, as it answers from its local index
// while the shared database is away. check's text is served, so it must
// hold no secret.
func (h *Health) Report(name string, check func(context.Context) error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.reports = append(h.reports, readiness{name, check})
}

// states is a line per reported part.
func (h *Health) states(ctx context.Context) string {
	h.mu.Lock()
	reports := append([]readiness(nil), h.reports...)
	h.mu.Unlock()
	ctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()
	var b strings.Builder
	for _, r := range reports {
		if err := r.check(ctx); err != nil {
			fmt.Fprintf(&b, "%s: down: %v\n", r.name, err)
		} else {
			fmt.Fprintf(&b, "%s: ok\n", r.name)
		}
	}
	return b.String()
}

// readyTimeout bounds all readiness checks of one request.
const readyTimeout = 2 * time.Second

// Ready runs every readiness check and returns the failures, one per
// check, or nil when dealbot is ready.
func (h *Health) Ready(ctx context.Context) error {
	h.mu.Lock()
	checks := append([]readiness(nil), h.checks...)
	h.mu.Unlock()
	ctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()
	var errs []error
	for _, c := range checks {
		if err := c.check(ctx); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", c.name, err))
		}
	}
	return errors.Join(errs...)
}

// OpsHandler serves GET /healthz, GET /readyz and, when m is not nil,
// GET /metrics.
func OpsHandler(h *Health, m *Metrics) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "ok\n"+h.states(r.Context()))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if err := h.Ready(r.Context()); err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintf(w, "not ready\n%s\n%s", strings.TrimSpace(err.Error()), h.states(r.Context()))
			return
		}
		fmt.Fprint(w, "ready\n"+h.states(r.Context()))
	})
	if m != nil {
		mux.Handle("GET /metrics", m.Handler())
	}
	return mux
}

// ServeOps listens on addr at once (so that a bad address fails the
// start) and serves handler there until ctx ends. It is how Socket Mode
// and the console offer health and metrics; HTTP mode mounts the same
// handler beside Slack's endpoints (SlackApp.ServeOps).
func ServeOps(ctx context.Context, addr string, handler http.Handler, log *slog.Logger) (wait func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen for health and metrics on %s: %w", addr, err)
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	log.Info("serving health and metrics", slog.String("addr", ln.Addr().String()))
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("health and metrics server stopped", slog.Any("err", err))
		}
	}()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	return func() { <-done }, nil
}
