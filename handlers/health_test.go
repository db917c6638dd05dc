package handlers_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/dealbot/dealbot/handlers"
)

// TestHealthReport: a reported part gets a line at /healthz and /readyz;
// when it is down they say so and stay 200, since the bot answers
// without it.
func TestHealthReport(t *testing.T) {
	h := &handlers.Health{}
	var down error
	h.Report("database", func(context.Context) error { return down })
	srv := httptest.NewServer(handlers.OpsHandler(h, nil))
	defer srv.Close()
	for _, tc := range []struct {
		name, path, want string
		down             error
	}{
		{"HealthzUp", "/healthz", "ok\ndatabase: ok\n", nil},
		{"ReadyzUp", "/readyz", "ready\ndatabase: ok\n", nil},
		{"HealthzDown", "/healthz", "ok\ndatabase: down: PostgreSQL at db:5432/dealbot unreachable\n", errors.New("PostgreSQL at db:5432/dealbot unreachable")},
		{"ReadyzDown", "/readyz", "ready\ndatabase: down: PostgreSQL at db:5432/dealbot unreachable\n", errors.New("PostgreSQL at db:5432/dealbot unreachable")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			down = tc.down
			if code, body := get(t, srv, tc.path); code != http.StatusOK || body != tc.want {
				t.Errorf("GET %s = %d %q, want 200 %q", tc.path, code, body, tc.want)
			}
		})
	}
}
