package handlers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/bot/bottest"
	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/handlers/filestore"
	"github.com/dealbot/dealbot/handlers/slackfake"
	"github.com/dealbot/dealbot/index"
)

const (
	testSecret = "test-signing-secret"
	// botUser is the user id slacktest's auth.test returns: the bot's own
	// id, as far as dealbot knows.
	botUser = "W012A3CDE"
)

// The real answer engine over a real Bleve index of the embedded coverage,
// built once for the whole test binary.
var shared struct {
	once    sync.Once
	bot     *bot.Bot
	idx     *index.Index
	docs    []corpus.Document
	skipped []corpus.Skipped
	err     error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.idx != nil {
		shared.idx.Close()
	}
	os.Exit(code)
}

// realBot returns the real bot and the documents it was built from.
func realBot(tb testing.TB) *bot.Bot {
	tb.Helper()
	shared.once.Do(func() {
		shared.docs, shared.skipped = corpus.Load(corpus.Embedded())
		shared.idx, shared.err = index.Open("")
		if shared.err != nil {
			return
		}
		shared.err = bottest.Index(context.Background(), shared.idx, shared.docs)
		shared.bot = bot.New(shared.idx)
	})
	if shared.err != nil {
		tb.Fatalf("build the index of the embedded coverage: %v", shared.err)
	}
	return shared.bot
}

// docs is the "/deal sources" library over the embedded coverage.
type docs struct{}

func (docs) Documents() ([]corpus.Document, []corpus.Skipped) { return shared.docs, shared.skipped }

// spyBot passes questions to the real bot, recording them; with delay set
// it answers that much later.
type spyBot struct {
	next  *bot.Bot
	delay time.Duration
	mu    sync.Mutex
	calls []string // "topic|question"
}

func (s *spyBot) AskTopic(ctx context.Context, topic, question string) (bot.Answer, error) {
	s.mu.Lock()
	s.calls = append(s.calls, topic+"|"+question)
	s.mu.Unlock()
	if s.delay > 0 {
		select {
		case <-time.After(s.delay):
		case <-ctx.Done():
			return bot.Answer{}, ctx.Err()
		}
	}
	return s.next.AskTopic(ctx, topic, question)
}

func (s *spyBot) asked() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.calls...)
}

// slackMsg is a message dealbot sent: by chat.postMessage (form fields) or
// to a response_url (JSON).
type slackMsg struct {
	Path            string          `json:"-"`
	Channel         string          `json:"channel"`
	ThreadTS        string          `json:"thread_ts"`
	Text            string          `json:"text"`
	ResponseType    string          `json:"response_type"`
	ReplaceOriginal bool            `json:"replace_original"`
	DeleteOriginal  bool            `json:"delete_original"`
	Blocks          json.RawMessage `json:"blocks"`
}

func (m slackMsg) String() string {
	return fmt.Sprintf("{%s channel=%s thread=%s type=%s delete=%v blocks=%s}", m.Path, m.Channel, m.ThreadTS, m.ResponseType, m.DeleteOriginal, m.Blocks)
}

// fakeSlack is slack-go's slacktest server, recording what dealbot posts
// with chat.postMessage and to response URLs (served under /response/).
type fakeSlack struct {
	*slacktest.Server
	mu        sync.Mutex
	posts     []slackMsg
	responses []slackMsg
	attempts  int // chat.postMessage requests, rate-limited ones included
	limit     int // answer this many chat.postMessage requests with 429
}

func newFakeSlack(t *testing.T, custom ...slacktest.Binder) *fakeSlack {
	t.Helper()
	f := &fakeSlack{}
	binders := append(custom, func(c slacktest.Customize) {
		c.Handle("/chat.postMessage", f.postMessage)
		c.Handle("/response/", f.response)
	})
	f.Server = slacktest.NewTestServer(binders...)
	f.Start()
	t.Cleanup(f.Stop)
	return f
}

func (f *fakeSlack) postMessage(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.attempts++
	if f.limit > 0 {
		f.limit--
		f.mu.Unlock()
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
		return
	}
	f.mu.Unlock()
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	m := slackMsg{
		Path: r.URL.Path, Channel: r.PostForm.Get("channel"), ThreadTS: r.PostForm.Get("thread_ts"),
		Text: r.PostForm.Get("text"), Blocks: json.RawMessage(r.PostForm.Get("blocks")),
	}
	f.mu.Lock()
	f.posts = append(f.posts, m)
	f.mu.Unlock()
	fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1700000001.000200"}`, m.Channel)
}

func (f *fakeSlack) response(w http.ResponseWriter, r *http.Request) {
	var m slackMsg
	if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	m.Path = r.URL.Path
	f.mu.Lock()
	f.responses = append(f.responses, m)
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	io.WriteString(w, `{"ok":true}`)
}

func (f *fakeSlack) sent() (posts, responses []slackMsg) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]slackMsg(nil), f.posts...), append([]slackMsg(nil), f.responses...)
}

// responseURL is a response_url served by the fake.
func (f *fakeSlack) responseURL(name string) string { return f.GetAPIURL() + "response/" + name }

// waitLimit is how long a test waits for something that should happen at
// once. It bounds a failing test only: a passing one goes on as soon as
// the thing happens. It is generous because the race detector on a busy
// machine made 5 seconds too short for two digests (CI, round
// seventeen).
const waitLimit = 20 * time.Second

// waitFor polls cond until it holds, failing the test after waitLimit.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// syncBuffer is a log sink safe for concurrent handlers.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// harness is the Slack app over HTTP, wired to the real bot and a fake
// Slack Web API.
type harness struct {
	t     *testing.T
	app   *handlers.SlackApp
	slack *fakeSlack
	bot   *spyBot
	srv   *httptest.Server
	logs  *syncBuffer
}

func newHarness(t *testing.T, custom ...slacktest.Binder) *harness {
	t.Helper()
	return newHarnessClient(t, func(apiURL string, log *slog.Logger) *slack.Client {
		return handlers.NewSlackClient("xoxb-test", apiURL, log)
	}, custom...)
}

// newHarnessClient is newHarness with the Slack client newClient makes.
func newHarnessClient(t *testing.T, newClient func(apiURL string, log *slog.Logger) *slack.Client, custom ...slacktest.Binder) *harness {
	t.Helper()
	h := &harness{t: t, slack: newFakeSlack(t, custom...), bot: &spyBot{next: realBot(t)}, logs: &syncBuffer{}}
	log := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	client := newClient(h.slack.GetAPIURL(), log)
	app, err := handlers.NewSlackApp(context.Background(), client, h.bot, docs{}, log)
	if err != nil {
		t.Fatal(err)
	}
	app.EnableDigest(bot.NewDigester(docs{}), time.UTC)
	app.UseStore(newStore(t))
	h.app = app
	t.Cleanup(app.Wait)
	h.srv = httptest.NewServer(app.Handler(testSecret))
	t.Cleanup(h.srv.Close)
	return h
}

// post sends body to path, signed with secret at time at.
func (h *harness) post(path, contentType, body, secret string, at time.Time, header ...string) *http.Response {
	h.t.Helper()
	req, err := http.NewRequest(http.MethodPost, h.srv.URL+path, strings.NewReader(body))
	if err != nil {
		h.t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	slackfake.Sign(req, secret, body, at)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	h.t.Cleanup(func() { resp.Body.Close() })
	return resp
}

const formType = "application/x-www-form-urlencoded"

// command sends a signed slash command and returns the response.
func (h *harness) command(command, text string) *http.Response {
	h.t.Helper()
	return h.post("/slack/commands", formType, commandForm(command, text, h.slack.responseURL("cmd")).Encode(), testSecret, time.Now())
}

func commandForm(command, text, responseURL string) url.Values {
	return url.Values{
		"token": {"unused"}, "team_id": {"T1"}, "channel_id": {"C1"}, "user_id": {"U1"},
		"command": {command}, "text": {text}, "response_url": {responseURL}, "trigger_id": {"1.2.3"},
	}
}

// event sends a signed Events API callback wrapping inner.
func (h *harness) event(eventID string, inner map[string]any, header ...string) *http.Response {
	h.t.Helper()
	return h.post("/slack/events", "application/json", eventBody(eventID, inner), testSecret, time.Now(), header...)
}

func eventBody(eventID string, inner map[string]any) string {
	b, _ := json.Marshal(map[string]any{
		"token": "unused", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
		"event_id": eventID, "event_time": 1700000000, "event": inner,
	})
	return string(b)
}

// interaction sends a signed block_actions payload pressing one button.
func (h *harness) interaction(actionID, value, responseURL string) *http.Response {
	h.t.Helper()
	payload, _ := json.Marshal(interactionPayload(actionID, value, responseURL))
	return h.post("/slack/interactions", formType, url.Values{"payload": {string(payload)}}.Encode(), testSecret, time.Now())
}

func interactionPayload(actionID, value, responseURL string) map[string]any {
	return map[string]any{
		"type": "block_actions", "team": map[string]any{"id": "T1"}, "user": map[string]any{"id": "U024BE7LH"},
		"channel": map[string]any{"id": "C1"}, "response_url": responseURL, "trigger_id": "1.2.3",
		"container": map[string]any{"type": "message", "is_ephemeral": true},
		"actions":   []map[string]any{{"type": "button", "action_id": actionID, "block_id": "dealbot_actions", "value": value}},
	}
}

// kitMessage is a rendered Block Kit message, read back generically.
type kitMessage struct {
	ResponseType string `json:"response_type"`
	Text         string `json:"text"`
	Blocks       []struct {
		Type     string `json:"type"`
		Text     *struct{ Type, Text string }
		Elements []struct {
			Type     string `json:"type"`
			Text     any    `json:"text"` // a string in context elements, an object in buttons
			ActionID string `json:"action_id"`
			Value    string `json:"value"`
		} `json:"elements"`
	} `json:"blocks"`
}

func readKit(t *testing.T, data []byte) kitMessage {
	t.Helper()
	var m kitMessage
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("not a Block Kit message: %v\n%s", err, data)
	}
	return m
}

func blocksKit(t *testing.T, blocks json.RawMessage) kitMessage {
	t.Helper()
	return readKit(t, []byte(`{"blocks":`+string(blocks)+`}`))
}

// allText is every text of a message, for searching.
func (m kitMessage) allText() string {
	var b strings.Builder
	for _, bl := range m.Blocks {
		if bl.Text != nil {
			b.WriteString(bl.Text.Text + "\n")
		}
		for _, e := range bl.Elements {
			if s, ok := e.Text.(string); ok {
				b.WriteString(s + "\n")
			}
		}
	}
	return b.String()
}

// button returns the value of the button with actionID, or fails.
func (m kitMessage) button(t *testing.T, actionID string) string {
	t.Helper()
	for _, bl := range m.Blocks {
		for _, e := range bl.Elements {
			if e.ActionID == actionID {
				return e.Value
			}
		}
	}
	t.Fatalf("no %s button in %+v", actionID, m)
	return ""
}

func (m kitMessage) hasButton(actionID string) bool {
	for _, bl := range m.Blocks {
		for _, e := range bl.Elements {
			if e.ActionID == actionID {
				return true
			}
		}
	}
	return false
}

// newStore is a file store in a folder of the test's own.
func newStore(t *testing.T) *filestore.Store {
	t.Helper()
	s, err := filestore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return s
}
