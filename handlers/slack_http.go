package handlers

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// maxBody bounds a request body; Slack's payloads are a few kilobytes.
const maxBody = 1 << 20

// maxSkew is how far a request's timestamp may be from our clock before it
// is taken for a replay.
const maxSkew = 5 * time.Minute

// Why a request's signature was refused; logged, never shown.
var (
	errNoSecret     = errors.New("no signing secret configured")
	errNoSignature  = errors.New("missing signature or timestamp header")
	errBadTimestamp = errors.New("malformed timestamp")
	errStale        = errors.New("timestamp more than 5 minutes from now")
	errBadSignature = errors.New("signature does not match")
)

// verifySignature checks Slack's v0 request signature: an HMAC-SHA256 of
// "v0:timestamp:body" under the signing secret, compared in constant time,
// with the timestamp within maxSkew of now. (slack-go's SecretsVerifier
// does the same but reads the wall clock, so it cannot be tested against
// Slack's published example or at the edge of the window.)
func verifySignature(secret []byte, h http.Header, body []byte, now time.Time) error {
	if len(secret) == 0 {
		return errNoSecret
	}
	ts, sig := h.Get("X-Slack-Request-Timestamp"), h.Get("X-Slack-Signature")
	if ts == "" || sig == "" {
		return errNoSignature
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return errBadTimestamp
	}
	if d := now.Sub(time.Unix(sec, 0)); d > maxSkew || d < -maxSkew {
		return errStale
	}
	hexSig, ok := strings.CutPrefix(sig, "v0=")
	got, err := hex.DecodeString(hexSig)
	if !ok || err != nil {
		return errBadSignature
	}
	mac := hmac.New(sha256.New, secret)
	fmt.Fprintf(mac, "v0:%s:", ts)
	mac.Write(body)
	if !hmac.Equal(mac.Sum(nil), got) {
		return errBadSignature
	}
	return nil
}

// Handler returns dealbot's HTTP endpoints for Slack: POST /slack/commands,
// /slack/events and /slack/interactions, each verified with the signing
// secret (401 and nothing else when the signature is wrong or stale), and
// GET /healthz, with /readyz and /metrics when ServeOps gave them.
func (a *SlackApp) Handler(signingSecret string) http.Handler {
	secret := []byte(signingSecret)
	mux := http.NewServeMux()
	mux.Handle("POST /slack/commands", a.signed(secret, a.serveCommand))
	mux.Handle("POST /slack/events", a.signed(secret, a.serveEvent))
	mux.Handle("POST /slack/interactions", a.signed(secret, a.serveInteraction))
	if a.ops != nil {
		for _, p := range []string{"GET /healthz", "GET /readyz", "GET /metrics"} {
			mux.Handle(p, a.ops)
		}
		return mux
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	return mux
}

// ListenAndServe serves Handler(signingSecret) on addr until ctx ends,
// then stops taking requests and finishes the replies in flight, within
// the shutdown grace period (see Shutdown).
func (a *SlackApp) ListenAndServe(ctx context.Context, addr, signingSecret string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen for Slack on %s: %w", addr, err)
	}
	srv := &http.Server{
		Handler:           a.Handler(signingSecret),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       time.Minute,
		ErrorLog:          slog.NewLogLogger(a.log.Handler(), slog.LevelWarn),
	}
	a.log.Info("listening for Slack requests", slog.String("addr", ln.Addr().String()))
	a.connected.Store(true)
	defer a.connected.Store(false)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve Slack requests: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := a.shutdownContext()
	defer cancel()
	// Shutdown closes the listener at once, then waits for the requests
	// being answered; Slack retries what found no listener.
	if err := srv.Shutdown(shutdown); err != nil {
		srv.Close()
	}
	return a.Shutdown(shutdown)
}

// signed reads a bounded body, verifies its signature and passes it on.
func (a *SlackApp) signed(secret []byte, next func(http.ResponseWriter, *http.Request, []byte)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "cannot read request body", http.StatusBadRequest)
			return
		}
		if err := verifySignature(secret, r.Header, body, a.now()); err != nil {
			a.log.Warn("refused a request with a bad signature", slog.String("path", r.URL.Path), slog.String("reason", err.Error()))
			http.Error(w, "invalid request signature", http.StatusUnauthorized)
			return
		}
		next(w, r, body)
	})
}

// formRequest is r with its (already read) form body put back, for
// slack-go's parsers.
func formRequest(r *http.Request, body []byte) *http.Request {
	r2 := r.Clone(r.Context())
	r2.Body = io.NopCloser(bytes.NewReader(body))
	r2.ContentLength = int64(len(body))
	r2.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r2.Form, r2.PostForm = nil, nil
	return r2
}

func writeJSON(w http.ResponseWriter, v any) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func (a *SlackApp) serveCommand(w http.ResponseWriter, r *http.Request, body []byte) {
	if form, err := url.ParseQuery(string(body)); err == nil && form.Get("ssl_check") == "1" {
		return // Slack checking our certificate: 200 and nothing else
	}
	sc, err := slack.SlashCommandParse(formRequest(r, body))
	if err != nil {
		http.Error(w, "malformed slash command", http.StatusBadRequest)
		return
	}
	a.slashCommand(sc, func(m *message) error {
		if m == nil {
			w.WriteHeader(http.StatusOK)
			return nil
		}
		return writeJSON(w, m)
	})
}

func (a *SlackApp) serveEvent(w http.ResponseWriter, r *http.Request, body []byte) {
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		if !json.Valid(body) {
			http.Error(w, "malformed event", http.StatusBadRequest)
			return
		}
		// An event type dealbot does not handle: acknowledge, so Slack
		// does not retry it.
		a.log.Debug("ignored an event", slog.Any("err", err))
		return
	}
	switch ev.Type {
	case slackevents.URLVerification:
		v, _ := ev.Data.(*slackevents.EventsAPIURLVerificationEvent)
		if v == nil {
			http.Error(w, "malformed url_verification", http.StatusBadRequest)
			return
		}
		writeJSON(w, map[string]string{"challenge": v.Challenge})
	case slackevents.CallbackEvent:
		cb, _ := ev.Data.(*slackevents.EventsAPICallbackEvent)
		if cb == nil {
			return
		}
		retry, _ := strconv.Atoi(r.Header.Get("X-Slack-Retry-Num"))
		w.WriteHeader(http.StatusOK) // acknowledge at once; the answer follows
		a.event(ev, cb.EventID, retry)
	case slackevents.AppRateLimited:
		a.log.Warn("Slack is rate-limiting events to dealbot", slog.String("team", ev.TeamID))
	}
}

func (a *SlackApp) serveInteraction(w http.ResponseWriter, r *http.Request, body []byte) {
	cb, err := slack.InteractionCallbackParse(formRequest(r, body))
	if err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK) // acknowledge at once; the reply follows
	a.interaction(cb)
}
