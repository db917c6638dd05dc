package handlers

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"syscall"
	"time"

	"github.com/slack-go/slack"
)

// How dealbot calls the Slack Web API when Slack or the network fails.
//
// A failed request is sent again only when that cannot post anything
// twice: after a 429 (Slack did nothing; it is retried after Slack's
// Retry-After), after a refused connection (Slack never saw it), and, for
// requests that only read (auth.test, conversations.*), after any 5xx,
// reset or timeout. A chat.postMessage that failed in a way that may have
// posted it all the same (5xx, reset, timeout) goes back to the caller,
// which looks for the message by its metadata before posting again (see
// deliver). A response_url is retried after a 5xx (Slack's answer that it
// did not deliver), not after a timeout: an ephemeral message cannot be
// looked up, and a duplicate is worse than a logged failure.

// slackRetries bounds how often one Web API request is sent again.
const slackRetries = 3

// requestTimeout bounds one Web API request, so a hung connection fails
// (and is retried or checked) within the reply's postTimeout.
const requestTimeout = 5 * time.Second

// clientConfig is how NewSlackClient talks to Slack; tests shorten it.
type clientConfig struct {
	retries        int
	requestTimeout time.Duration
	backoff        time.Duration // first wait after a 5xx or a broken connection; doubles
	metrics        *Metrics      // nil: not counted
}

var defaultClientConfig = clientConfig{retries: slackRetries, requestTimeout: requestTimeout, backoff: 200 * time.Millisecond}

// NewSlackClient returns a Slack Web API client for token. apiURL is the
// Web API base ("" means Slack's own, https://slack.com/api/; GovSlack and
// tests set another). Failed requests are retried as the comment at the
// top of retry.go says, at most slackRetries times, each retry logged
// with the method, the cause and the wait; the caller's context bounds the
// total wait, requestTimeout each request. opts are passed on (for
// instance slack.OptionAppLevelToken for Socket Mode).
func NewSlackClient(token, apiURL string, log *slog.Logger, opts ...slack.Option) *slack.Client {
	return newSlackClient(token, apiURL, log, defaultClientConfig, opts...)
}

// NewMeteredSlackClient is NewSlackClient counting every request, retry
// and 429 in m.
func NewMeteredSlackClient(token, apiURL string, log *slog.Logger, m *Metrics, opts ...slack.Option) *slack.Client {
	cc := defaultClientConfig
	cc.metrics = m
	return newSlackClient(token, apiURL, log, cc, opts...)
}

func newSlackClient(token, apiURL string, log *slog.Logger, cc clientConfig, opts ...slack.Option) *slack.Client {
	retry := slack.DefaultRetryConfig()
	retry.MaxRetries = cc.retries
	retry.RetryAfterDuration = 10 * time.Second // only when a 429 has no Retry-After
	retry.BackoffInitial = cc.backoff
	retry.BackoffMax = postTimeout / 2
	if apiURL == "" {
		apiURL = slack.APIURL
	}
	if !strings.HasSuffix(apiURL, "/") {
		apiURL += "/"
	}
	policy := retryPolicy{log: log, apiURL: apiURL, rateLimit: slack.NewRateLimitErrorRetryHandler(retry), metrics: cc.metrics}
	retry.Handlers = []slack.RetryHandler{policy}
	var transport http.RoundTripper = http.DefaultTransport
	if cc.metrics != nil {
		transport = countingTransport{next: transport, metrics: cc.metrics, method: policy.method}
	}
	all := []slack.Option{
		slack.OptionHTTPClient(&http.Client{Timeout: cc.requestTimeout, Transport: transport}),
		slack.OptionRetryConfig(retry), // after OptionHTTPClient: it wraps that client
		// slack-go logs only in debug mode, which dealbot never turns on:
		// its debug output contains message text.
		slack.OptionLog(slog.NewLogLogger(log.Handler(), slog.LevelDebug)),
		slack.OptionAPIURL(apiURL),
	}
	return slack.New(token, append(all, opts...)...)
}

// retryPolicy is the slack-go retry handler that decides, and logs, which
// failed requests are sent again.
type retryPolicy struct {
	log       *slog.Logger
	apiURL    string             // the Web API base, ending in "/"
	rateLimit slack.RetryHandler // reads Retry-After
	metrics   *Metrics           // counts the retries; nil: not counted
}

// ShouldRetry implements slack.RetryHandler.
func (p retryPolicy) ShouldRetry(state *slack.RetryState, req *http.Request, resp *http.Response, err error) (bool, time.Duration) {
	if state.Attempt >= state.MaxRetries || req.Context().Err() != nil {
		return false, 0
	}
	method := p.method(req)
	kind := requestKind(method)
	var cause string
	var wait time.Duration
	switch {
	case resp != nil && resp.StatusCode == http.StatusTooManyRequests:
		ok, w := p.rateLimit.ShouldRetry(state, req, resp, err)
		if !ok {
			return false, 0
		}
		cause, wait = "rate limited (429)", w
	case resp != nil && resp.StatusCode >= http.StatusInternalServerError:
		if kind == postKind {
			return false, 0
		}
		cause, wait = resp.Status, state.Backoff.Duration()
	case resp == nil && err != nil:
		if !refused(err) && kind != readKind {
			return false, 0
		}
		cause, wait = transportCause(err), state.Backoff.Duration()
	default:
		return false, 0
	}
	if d, ok := req.Context().Deadline(); ok && time.Until(d) < wait {
		// Waiting would end in "context deadline exceeded", which says
		// nothing of Slack's answer: give up now with it.
		p.log.Warn("Slack Web API call failed; not retrying: the wait is longer than the time left", slog.String("method", method),
			slog.String("cause", cause), slog.Duration("wait", wait), slog.Duration("left", time.Until(d).Round(time.Millisecond)))
		return false, 0
	}
	p.log.Warn("Slack Web API call failed; retrying", slog.String("method", method), slog.String("cause", cause),
		slog.Int("retry", state.Attempt+1), slog.Int("of", state.MaxRetries), slog.Duration("wait", wait))
	p.metrics.slackRetry(method)
	return true, wait
}

// Kinds of Web API request, by what sending one twice would do.
const (
	readKind        = iota // nothing: it only reads
	postKind               // a second message: the caller checks before posting again
	responseURLKind        // a second ephemeral message, which cannot be checked
)

func requestKind(method string) int {
	switch method {
	case "chat.postMessage":
		return postKind
	case "response_url":
		return responseURLKind
	}
	return readKind
}

// method names the Web API method of req ("chat.postMessage"), or
// "response_url" for a request elsewhere: a response_url, which is a
// credential of sorts, is never logged.
func (p retryPolicy) method(req *http.Request) string {
	if m := apiMethod(p.apiURL, req); m != "" {
		return m
	}
	return "response_url"
}

// apiMethod is the Web API method req calls ("chat.postMessage"), or ""
// when req goes elsewhere (a response_url). apiURL ends in "/".
func apiMethod(apiURL string, req *http.Request) string {
	u := req.URL.Scheme + "://" + req.URL.Host + req.URL.Path
	if m, ok := strings.CutPrefix(u, apiURL); ok && m != "" && !strings.Contains(m, "/") {
		return m
	}
	return ""
}

// refused reports a connection Slack never accepted: the request was not
// sent.
func refused(err error) bool {
	var op *net.OpError
	return errors.Is(err, syscall.ECONNREFUSED) || errors.As(err, &op) && op.Op == "dial"
}

// transportCause is a short, secret-free description of a failed request.
func transportCause(err error) string {
	switch {
	case refused(err):
		return "connection refused"
	case isTimeout(err):
		return "timed out"
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, syscall.ECONNRESET):
		return "connection dropped"
	}
	return "connection failed"
}

// isTimeout reports a request that ran out of time.
func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout()
}

// mayHaveLanded reports a failed post that Slack may have carried out all
// the same: it answered 5xx, the connection broke after the request went
// out, or the answer did not come in time. A refusal (ok:false), a 429 and
// a refused connection are certain failures.
func mayHaveLanded(err error) bool {
	var sc slack.StatusCodeError
	var se slack.SlackErrorResponse
	var rl *slack.RateLimitedError
	switch {
	case err == nil, errors.As(err, &se), errors.As(err, &rl), refused(err):
		return false
	case errors.As(err, &sc):
		return sc.Code >= http.StatusInternalServerError
	}
	return true // a transport error: timeout, reset, EOF
}
