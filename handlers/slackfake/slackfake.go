// Package slackfake is a fake Slack Web API for tests: slack-go's
// slacktest server, with chat.postMessage, conversations.history and
// conversations.replies replaced by a small message store that keeps
// message metadata and threads and filters by time, as Slack does, and
// response URLs that count what they receive. It can fail or delay calls
// to test retries. Only tests use it.
package slackfake

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"
)

// Workspace is a running fake Slack API.
type Workspace struct {
	srv *slacktest.Server
	now func() time.Time

	mu        sync.Mutex
	messages  map[string][]slack.Message // by channel, oldest first
	lastTS    float64
	faults    map[string][]Fault // by method, next first
	calls     map[string]int
	responses int // messages received by response URLs
}

// Fault is what the next call of a method does instead of succeeding.
type Fault struct {
	Status     int           // an HTTP status to answer with (429, 500, …); 0 to answer normally
	RetryAfter int           // seconds, sent with a 429
	Delay      time.Duration // wait before answering (less if the client gives up); a post is stored before the wait
	Lost       bool          // with Delay: the call is not carried out at all (a post is not stored)
	Landed     bool          // with Status: the post is stored all the same, as when Slack fails after posting
	Unseen     bool          // with Delay: a post is stored after the wait, not before, as when Slack's history is slow to show it
	SlackError string        // answer ok=false with this error
}

// The fake's bot: auth.test names it, and every message posted through the
// fake is its message.
const (
	botID     = "B0FAKE"
	botUserID = "W012A3CDE" // slacktest's default user id
)

// authTest answers auth.test for the fake's bot.
func authTest(rw http.ResponseWriter, _ *http.Request) {
	writeJSON(rw, map[string]any{"ok": true, "url": "https://localhost.localdomain/", "team": "dealbot-test", "team_id": "T0FAKE",
		"user": "dealbot", "user_id": botUserID, "bot_id": botID})
}

// Start starts a workspace whose messages are stamped with now's time.
// It stops when the test ends.
func Start(tb testing.TB, now func() time.Time) *Workspace {
	tb.Helper()
	w := &Workspace{now: now, messages: map[string][]slack.Message{}, faults: map[string][]Fault{}, calls: map[string]int{}}
	w.srv = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/auth.test", authTest)
		c.Handle("/chat.postMessage", w.postMessage)
		c.Handle("/conversations.history", w.history)
		c.Handle("/conversations.replies", w.threadReplies)
		c.Handle("/response/", w.response)
	})
	w.srv.Start()
	tb.Cleanup(w.srv.Stop)
	return w
}

// URL is the API URL to give a slack client (slack.OptionAPIURL).
func (w *Workspace) URL() string { return w.srv.GetAPIURL() }

// Fail makes the next calls of method ("chat.postMessage") behave as
// faults, one fault a call.
func (w *Workspace) Fail(method string, faults ...Fault) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.faults[method] = append(w.faults[method], faults...)
}

// ResponseURL is a response_url (as Slack sends with a slash command or a
// button press) that this workspace serves; its method name for Fail and
// Calls is "response_url".
func (w *Workspace) ResponseURL() string { return w.srv.GetAPIURL() + "response/T1/1/secret" }

// Responses returns how many messages the response URLs received.
func (w *Workspace) Responses() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.responses
}

// Add stores m in channel as if it had just been posted (by whoever m
// says: another app, a user) and returns it with its timestamp.
func (w *Workspace) Add(channel string, m slack.Message) slack.Message {
	w.mu.Lock()
	defer w.mu.Unlock()
	ts := float64(w.now().UnixMicro()) / 1e6
	if ts <= w.lastTS {
		ts = w.lastTS + 1e-6
	}
	w.lastTS = ts
	m.Channel = channel
	m.Timestamp = strconv.FormatFloat(ts, 'f', 6, 64)
	w.messages[channel] = append(w.messages[channel], m)
	return m
}

// Messages returns the messages posted to a channel, oldest first.
func (w *Workspace) Messages(channel string) []slack.Message {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.messages[channel])
}

// Calls returns how many times method was called, faults included.
func (w *Workspace) Calls(method string) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.calls[method]
}

// fault takes the next fault of method, counting the call.
func (w *Workspace) fault(method string) Fault {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.calls[method]++
	fs := w.faults[method]
	if len(fs) == 0 {
		return Fault{}
	}
	w.faults[method] = fs[1:]
	return fs[0]
}

// answerFault writes an HTTP or Slack error and reports whether it did.
func answerFault(rw http.ResponseWriter, f Fault) bool {
	switch {
	case f.Status != 0:
		if f.RetryAfter > 0 {
			rw.Header().Set("Retry-After", strconv.Itoa(f.RetryAfter))
		}
		http.Error(rw, http.StatusText(f.Status), f.Status)
		return true
	case f.SlackError != "":
		writeJSON(rw, map[string]any{"ok": false, "error": f.SlackError})
		return true
	}
	return false
}

// wait sleeps d, or until the client gives up on r.
func wait(r *http.Request, d time.Duration) {
	io.Copy(io.Discard, r.Body) // a server notices a client gone only once the body is read
	select {
	case <-time.After(d):
	case <-r.Context().Done():
	}
}

func (w *Workspace) postMessage(rw http.ResponseWriter, r *http.Request) {
	f := w.fault("chat.postMessage")
	if f.Lost {
		wait(r, f.Delay)
		http.Error(rw, http.StatusText(http.StatusGatewayTimeout), http.StatusGatewayTimeout)
		return
	}
	if !f.Landed && answerFault(rw, f) {
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(rw, err.Error(), http.StatusBadRequest)
		return
	}
	channel := r.PostForm.Get("channel")
	if channel == "" {
		writeJSON(rw, map[string]any{"ok": false, "error": "channel_not_found"})
		return
	}
	m := slack.Message{}
	m.Type = "message"
	m.Channel = channel
	m.Text = r.PostForm.Get("text")
	m.ThreadTimestamp = r.PostForm.Get("thread_ts")
	m.BotID = botID
	if b := r.PostForm.Get("blocks"); b != "" {
		if err := json.Unmarshal([]byte(b), &m.Blocks); err != nil {
			writeJSON(rw, map[string]any{"ok": false, "error": "invalid_blocks"})
			return
		}
	}
	if md := r.PostForm.Get("metadata"); md != "" {
		if err := json.Unmarshal([]byte(md), &m.Metadata); err != nil {
			writeJSON(rw, map[string]any{"ok": false, "error": "invalid_metadata"})
			return
		}
	}
	if f.Unseen {
		wait(r, f.Delay)
	}
	m = w.Add(channel, m)
	if f.Landed && answerFault(rw, f) {
		return
	}
	if f.Delay > 0 && !f.Unseen {
		wait(r, f.Delay) // the message is posted; its answer is late
	}
	writeJSON(rw, map[string]any{"ok": true, "channel": channel, "ts": m.Timestamp, "message": m})
}

// history answers conversations.history: messages between oldest and
// latest, newest first, a page of limit at a time, with metadata only
// when include_all_metadata is set.
func (w *Workspace) history(rw http.ResponseWriter, r *http.Request) {
	if answerFault(rw, w.fault("conversations.history")) {
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(rw, err.Error(), http.StatusBadRequest)
		return
	}
	form := r.PostForm
	bound := func(k string, def float64) float64 {
		v, err := strconv.ParseFloat(form.Get(k), 64)
		if err != nil {
			return def
		}
		return v
	}
	oldest, latest := bound("oldest", 0), bound("latest", float64(w.now().Unix()+1))
	inclusive := form.Get("inclusive") == "1"
	limit, _ := strconv.Atoi(form.Get("limit"))
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	offset, _ := strconv.Atoi(form.Get("cursor"))
	withMeta := form.Get("include_all_metadata") == "1"

	w.mu.Lock()
	var match []slack.Message
	all := w.messages[form.Get("channel")]
	for i := len(all) - 1; i >= 0; i-- {
		ts, _ := strconv.ParseFloat(all[i].Timestamp, 64)
		in := ts > oldest && ts < latest || inclusive && (ts == oldest || ts == latest)
		if in {
			m := all[i]
			if !withMeta {
				m.Metadata = slack.SlackMetadata{}
			}
			match = append(match, m)
		}
	}
	w.mu.Unlock()

	writePage(rw, match, offset, limit)
}

// threadReplies answers conversations.replies: the messages of the thread ts
// (the parent first) after oldest, with metadata only when
// include_all_metadata is set, a page of limit at a time.
func (w *Workspace) threadReplies(rw http.ResponseWriter, r *http.Request) {
	if answerFault(rw, w.fault("conversations.replies")) {
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(rw, err.Error(), http.StatusBadRequest)
		return
	}
	form := r.Form
	thread := form.Get("ts")
	oldest, _ := strconv.ParseFloat(form.Get("oldest"), 64)
	withMeta := form.Get("include_all_metadata") == "1"
	w.mu.Lock()
	var match []slack.Message
	for _, m := range w.messages[form.Get("channel")] {
		ts, _ := strconv.ParseFloat(m.Timestamp, 64)
		if (m.Timestamp == thread || m.ThreadTimestamp == thread) && ts >= oldest {
			if !withMeta {
				m.Metadata = slack.SlackMetadata{}
			}
			match = append(match, m)
		}
	}
	w.mu.Unlock()
	limit, _ := strconv.Atoi(form.Get("limit"))
	if limit <= 0 || limit > 1000 {
		limit = 1000
	}
	offset, _ := strconv.Atoi(form.Get("cursor"))
	writePage(rw, match, offset, limit)
}

// writePage answers with the page of msgs from offset, at most limit of
// them, and the cursor of the next page when there is one.
func writePage(rw http.ResponseWriter, msgs []slack.Message, offset, limit int) {
	page := msgs[min(offset, len(msgs)):]
	next := ""
	if len(page) > limit {
		page = page[:limit]
		next = fmt.Sprint(offset + limit)
	}
	writeJSON(rw, map[string]any{
		"ok": true, "messages": page, "has_more": next != "",
		"response_metadata": map[string]string{"next_cursor": next},
	})
}

// response receives a message sent to a response URL.
func (w *Workspace) response(rw http.ResponseWriter, r *http.Request) {
	f := w.fault("response_url")
	if f.Lost {
		wait(r, f.Delay)
		http.Error(rw, http.StatusText(http.StatusGatewayTimeout), http.StatusGatewayTimeout)
		return
	}
	if answerFault(rw, f) {
		return
	}
	var m map[string]any
	if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
		http.Error(rw, err.Error(), http.StatusBadRequest)
		return
	}
	w.mu.Lock()
	w.responses++
	w.mu.Unlock()
	writeJSON(rw, map[string]any{"ok": true})
}

func writeJSON(rw http.ResponseWriter, v any) {
	rw.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(rw).Encode(v)
}
