package handlers

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/dealbot/dealbot/bot"
)

// Metrics are dealbot's Prometheus metrics, served at GET /metrics. A nil
// *Metrics records nothing, so tests and one-shot commands need none.
// Labels are small fixed sets (surfaces, outcomes, Web API methods),
// never ids or text.
type Metrics struct {
	registry *prometheus.Registry

	questions     *prometheus.CounterVec   // surface, outcome
	answerSeconds *prometheus.HistogramVec // surface
	slackCalls    *prometheus.CounterVec   // method, result
	slackRetries  *prometheus.CounterVec   // method
	rateLimited   *prometheus.CounterVec   // method
	deduplicated  prometheus.Counter
	limited       prometheus.Counter
	digests       *prometheus.CounterVec // outcome
	documents     prometheus.Gauge
	passages      prometheus.Gauge
	indexed       prometheus.Counter
	syncSeconds   prometheus.Histogram
	feedPolls     prometheus.Counter
	feedErrors    prometheus.Counter
}

// Surfaces a question can come from.
const (
	SurfaceSlash   = "slash"
	SurfaceMention = "mention"
	SurfaceDM      = "dm"
	SurfaceConsole = "console"
)

// NewMetrics registers dealbot's metrics, with Go's runtime and process
// metrics, in a registry of their own.
func NewMetrics() *Metrics {
	m := &Metrics{
		registry: prometheus.NewRegistry(),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dealbot_questions_total",
			Help: "Questions answered, by where they were asked (slash, mention, dm, console) and outcome (covered, partial, not_covered, error).",
		}, []string{"surface", "outcome"}),
		answerSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "dealbot_answer_duration_seconds",
			Help:    "Time to answer a question, from the question to the answer ready to send.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
		}, []string{"surface"}),
		slackCalls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dealbot_slack_api_calls_total",
			Help: "Slack Web API requests sent (each retry counts), by method and result (ok, rate_limited, client_error, server_error, network_error).",
		}, []string{"method", "result"}),
		slackRetries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dealbot_slack_api_retries_total",
			Help: "Slack Web API requests sent again after a failure, by method.",
		}, []string{"method"}),
		rateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dealbot_slack_api_rate_limited_total",
			Help: "Slack Web API answers 429 (rate limited), by method.",
		}, []string{"method"}),
		deduplicated: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "dealbot_events_deduplicated_total",
			Help: "Slack events not answered because they were answered already (Slack's retries, or another replica).",
		}),
		limited: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "dealbot_questions_limited_total",
			Help: "Questions refused because their user was over the per-user limit (DEALBOT_RATE_LIMIT).",
		}),
		digests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dealbot_digests_total",
			Help: "Daily digest attempts per channel, by outcome (posted, skipped: already posted here or elsewhere, failed).",
		}, []string{"outcome"}),
		documents: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "dealbot_documents",
			Help: "Documents in the coverage after the last sync.",
		}),
		passages: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "dealbot_passages",
			Help: "Passages (sentences) indexed after the last sync.",
		}),
		indexed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "dealbot_documents_indexed_total",
			Help: "Documents written to the index (added or changed).",
		}),
		syncSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "dealbot_sync_duration_seconds",
			Help:    "Time to bring the index in step with the coverage (read, parse, tag, write what changed).",
			Buckets: []float64{.01, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60},
		}),
		feedPolls: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "dealbot_feed_polls_total",
			Help: "Feeds read (each feed of each poll).",
		}),
		feedErrors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "dealbot_feed_errors_total",
			Help: "Feeds that could not be read, and feed items that could not be imported.",
		}),
	}
	for _, c := range []prometheus.Collector{m.questions, m.answerSeconds, m.slackCalls, m.slackRetries, m.rateLimited,
		m.deduplicated, m.limited, m.digests, m.documents, m.passages, m.indexed, m.syncSeconds, m.feedPolls, m.feedErrors,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{})} {
		m.registry.MustRegister(c)
	}
	return m
}

// Handler serves the metrics in Prometheus's text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}

// ObserveAnswerCache exports the answer cache's counts, read from stats
// at each scrape: answers from memory (hits) and from the index (misses),
// and the answers it keeps and their size.
func (m *Metrics) ObserveAnswerCache(stats func() bot.CacheStats) {
	if m == nil {
		return
	}
	m.registry.MustRegister(
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "dealbot_answer_cache_hits_total",
			Help: "Questions answered from the answer cache (the same question on the same coverage).",
		}, func() float64 { return float64(stats().Hits) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "dealbot_answer_cache_misses_total",
			Help: "Questions the answer cache passed to the index.",
		}, func() float64 { return float64(stats().Misses) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "dealbot_answer_cache_entries",
			Help: "Answers the answer cache keeps.",
		}, func() float64 { return float64(stats().Entries) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "dealbot_answer_cache_bytes",
			Help: "About how many bytes the kept answers hold.",
		}, func() float64 { return float64(stats().Bytes) }),
	)
}

// Question records one question answered on surface, with how it went
// and how long it took.
func (m *Metrics) Question(surface string, ans bot.Answer, err error, took time.Duration) {
	if m == nil {
		return
	}
	outcome := "not_covered"
	switch {
	case err != nil:
		outcome = "error"
	case ans.Partial:
		outcome = "partial"
	case ans.Covered:
		outcome = "covered"
	}
	m.questions.WithLabelValues(surface, outcome).Inc()
	m.answerSeconds.WithLabelValues(surface).Observe(took.Seconds())
}

// Synced records a sync of the index with the coverage.
func (m *Metrics) Synced(documents, passages, indexed int, took time.Duration) {
	if m == nil {
		return
	}
	m.documents.Set(float64(documents))
	m.passages.Set(float64(passages))
	m.indexed.Add(float64(indexed))
	m.syncSeconds.Observe(took.Seconds())
}

// FeedsPolled records a poll of feeds, of which errors failed (a feed not
// read or an item not imported).
func (m *Metrics) FeedsPolled(feeds, errors int) {
	if m == nil {
		return
	}
	m.feedPolls.Add(float64(feeds))
	m.feedErrors.Add(float64(errors))
}

func (m *Metrics) eventDeduplicated() {
	if m != nil {
		m.deduplicated.Inc()
	}
}

// questionLimited counts a question refused over the per-user limit.
func (m *Metrics) questionLimited() {
	if m == nil {
		return
	}
	m.limited.Inc()
}

func (m *Metrics) digest(o DigestOutcome) {
	if m == nil {
		return
	}
	outcome := "skipped"
	switch o {
	case DigestPosted:
		outcome = "posted"
	case DigestFailed:
		outcome = "failed"
	}
	m.digests.WithLabelValues(outcome).Inc()
}

func (m *Metrics) slackRetry(method string) {
	if m != nil {
		m.slackRetries.WithLabelValues(method).Inc()
	}
}

// slackCall records one Web API request and how it ended.
func (m *Metrics) slackCall(method string, resp *http.Response, err error) {
	if m == nil {
		return
	}
	result := "network_error"
	if err == nil && resp != nil {
		switch code := resp.StatusCode; {
		case code == http.StatusTooManyRequests:
			result = "rate_limited"
			m.rateLimited.WithLabelValues(method).Inc()
		case code >= 500:
			result = "server_error"
		case code >= 400:
			result = "client_error"
		case code < 300:
			result = "ok"
		default:
			result = strconv.Itoa(code)
		}
	}
	m.slackCalls.WithLabelValues(method, result).Inc()
}

// countingTransport counts the Web API requests that pass through it.
type countingTransport struct {
	next    http.RoundTripper
	metrics *Metrics
	method  func(*http.Request) string
}

func (t countingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.next.RoundTrip(req)
	t.metrics.slackCall(t.method(req), resp, err)
	return resp, err
}
