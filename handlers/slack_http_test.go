package handlers_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack/slacktest"

	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/handlers/slackfake"
)

// Slack's worked example from "Verifying requests from Slack".
const (
	docSecret    = "8f742231b10e8888abcd99yyyzzz85a5"
	docTimestamp = 1531420618
	docBody      = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
	docSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
)

func TestSignatureSlackExample(t *testing.T) {
	if got := slackfake.Signature(docSecret, "1531420618", docBody); got != docSignature {
		t.Fatalf("the test's own signer disagrees with Slack's example: %s", got)
	}
	h := newHarness(t)
	srv := h.srv
	srv.Config.Handler = h.app.Handler(docSecret)
	handlers.SetClock(h.app, func() time.Time { return time.Unix(docTimestamp, 0).Add(30 * time.Second) })

	send := func(body, signature string) *http.Response {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/slack/commands", strings.NewReader(body))
		req.Header.Set("Content-Type", formType)
		req.Header.Set("X-Slack-Request-Timestamp", "1531420618")
		req.Header.Set("X-Slack-Signature", signature)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { resp.Body.Close() })
		return resp
	}
	t.Run("Accepted", func(t *testing.T) {
		resp := send(docBody, docSignature)
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d, want 200: %s", resp.StatusCode, body)
		}
		// The example is a command with empty text: the help.
		if m := readKit(t, body); !strings.Contains(m.allText(), "/deal sources") {
			t.Errorf("empty command did not get the help:\n%s", body)
		}
	})
	t.Run("BodyChanged", func(t *testing.T) {
		if resp := send(strings.Replace(docBody, "roadrunner", "coyote", 1), docSignature); resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("status %d, want 401", resp.StatusCode)
		}
	})
}

// TestRefusedRequests: forged, stale, future, unsigned and malformed
// signatures get 401 on every endpoint, and nothing happens.
func TestRefusedRequests(t *testing.T) {
	h := newHarness(t)
	now := time.Now()
	bodies := map[string]struct{ contentType, body string }{
		"/slack/commands":     {formType, commandForm("/deal", "who decides which projects the fund invests in?", h.slack.responseURL("x")).Encode()},
		"/slack/events":       {"application/json", eventBody("EvForged", mention("<@W012A3CDE> who decides?", "1700000000.000100", ""))},
		"/slack/interactions": {formType, url.Values{"payload": {`{"type":"block_actions","response_url":"` + h.slack.responseURL("x") + `","actions":[{"action_id":"dealbot_feedback_up","value":"{}"}]}`}}.Encode()},
	}
	cases := []struct {
		name   string
		mutate func(r *http.Request, body string)
	}{
		{"Forged", func(r *http.Request, body string) {
			r.Header.Set("X-Slack-Signature", slackfake.Signature("not-the-secret", r.Header.Get("X-Slack-Request-Timestamp"), body))
		}},
		{"Stale", func(r *http.Request, body string) { slackfake.Sign(r, testSecret, body, now.Add(-6*time.Minute)) }},
		{"Future", func(r *http.Request, body string) { slackfake.Sign(r, testSecret, body, now.Add(6*time.Minute)) }},
		{"Unsigned", func(r *http.Request, _ string) { r.Header.Del("X-Slack-Signature") }},
		{"NoTimestamp", func(r *http.Request, _ string) { r.Header.Del("X-Slack-Request-Timestamp") }},
		{"NotHex", func(r *http.Request, _ string) { r.Header.Set("X-Slack-Signature", "v0=zz") }},
		{"OtherVersion", func(r *http.Request, _ string) {
			r.Header.Set("X-Slack-Signature", strings.Replace(r.Header.Get("X-Slack-Signature"), "v0=", "v1=", 1))
		}},
	}
	for path, b := range bodies {
		for _, c := range cases {
			t.Run(strings.TrimPrefix(path, "/slack/")+"/"+c.name, func(t *testing.T) {
				req, _ := http.NewRequest(http.MethodPost, h.srv.URL+path, strings.NewReader(b.body))
				req.Header.Set("Content-Type", b.contentType)
				slackfake.Sign(req, testSecret, b.body, now)
				c.mutate(req, b.body)
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if resp.StatusCode != http.StatusUnauthorized {
					t.Errorf("status %d, want 401", resp.StatusCode)
				}
			})
		}
	}
	h.app.Wait()
	posts, responses := h.slack.sent()
	if asked := h.bot.asked(); len(asked) > 0 || len(posts) > 0 || len(responses) > 0 {
		t.Errorf("refused requests had effects: asked %q, posts %d, responses %d", asked, len(posts), len(responses))
	}
	if strings.Contains(h.logs.String(), "who decides") {
		t.Error("the log holds message text")
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestBodyTooLarge(t *testing.T) {
	h := newHarness(t)
	body := "text=" + strings.Repeat("a", 2<<20)
	if resp := h.post("/slack/commands", formType, body, testSecret, time.Now()); resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("status %d, want 413", resp.StatusCode)
	}
}

func TestHealthz(t *testing.T) {
	h := newHarness(t)
	resp, err := http.Get(h.srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || strings.TrimSpace(string(body)) != "ok" {
		t.Errorf("GET /healthz = %d %q, want 200 ok", resp.StatusCode, body)
	}
}

func TestSSLCheck(t *testing.T) {
	h := newHarness(t)
	resp := h.post("/slack/commands", formType, "ssl_check=1&token=unused", testSecret, time.Now())
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || len(body) != 0 {
		t.Errorf("ssl_check = %d %q, want 200 and no body", resp.StatusCode, body)
	}
	if asked := h.bot.asked(); len(asked) > 0 {
		t.Errorf("ssl_check asked the bot %q", asked)
	}
}

func TestURLVerification(t *testing.T) {
	h := newHarness(t)
	resp := h.post("/slack/events", "application/json",
		`{"token":"unused","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`, testSecret, time.Now())
	var got struct{ Challenge string }
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d, err %v", resp.StatusCode, err)
	}
	if got.Challenge != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("challenge = %q", got.Challenge)
	}
}

// TestSlashCommandAnswer: a question answered in the HTTP response itself,
// ephemeral, with numbered cited excerpts and the four buttons.
func TestSlashCommandAnswer(t *testing.T) {
	h := newHarness(t)
	start := time.Now()
	resp := h.command("/deal", "who decides which projects the fund invests in?")
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("answered after %v, Slack gives up at 3s", d)
	}
	m := readKit(t, body)
	if m.ResponseType != "ephemeral" {
		t.Errorf("response_type = %q, want ephemeral", m.ResponseType)
	}
	text := m.allText()
	for _, want := range []string{"who decides which projects the fund invests in?", ">*[1]* “", "JAPAN Forward", "¶", "edition"} {
		if !strings.Contains(text, want) {
			t.Errorf("reply lacks %q:\n%s", want, text)
		}
	}
	if !strings.Contains(text, "projects") {
		t.Errorf("no excerpt about the projects:\n%s", text)
	}
	for _, id := range []string{"dealbot_share", "dealbot_more", "dealbot_feedback_up", "dealbot_feedback_down"} {
		if !m.hasButton(id) {
			t.Errorf("no %s button", id)
		}
	}
	if m.Text == "" || strings.ContainsAny(m.Text, "<>") {
		t.Errorf("fallback text missing or unescaped: %q", m.Text)
	}
	if _, responses := h.slack.sent(); len(responses) > 0 {
		t.Errorf("answered in the response and through response_url too")
	}
}

// TestSlashCommandLate: an answer not ready in time is acknowledged empty
// and delivered through response_url.
func TestSlashCommandLate(t *testing.T) {
	h := newHarness(t)
	h.bot.delay = 100 * time.Millisecond
	handlers.SetAckWithin(h.app, 10*time.Millisecond)
	resp := h.command("/fund", "who reviews the projects?")
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || len(body) != 0 {
		t.Fatalf("acknowledgement = %d %q, want 200 and no body", resp.StatusCode, body)
	}
	waitFor(t, "the reply through response_url", func() bool { _, r := h.slack.sent(); return len(r) == 1 })
	_, responses := h.slack.sent()
	r := responses[0]
	if r.Path != "/response/cmd" || r.ResponseType != "ephemeral" {
		t.Errorf("reply went to %s as %q, want /response/cmd, ephemeral", r.Path, r.ResponseType)
	}
	if m := blocksKit(t, r.Blocks); !strings.Contains(m.allText(), "Topic: *fund*") || !m.hasButton("dealbot_share") {
		t.Errorf("late reply is not the topic answer:\n%s", r.Blocks)
	}
}

// TestCommandRouting: what each command asks the bot, and what it shows.
func TestCommandRouting(t *testing.T) {
	tests := []struct {
		command, text string
		asked         string // "topic|question" the bot was asked, "" for none
		shows         string
	}{
		{"/deal", "who decides which projects the fund invests in?", "|who decides which projects the fund invests in?", "who decides"},
		{"/deal", "tariffs what rate does Japan pay?", "tariffs|what rate does Japan pay?", "Topic: *tariffs*"},
		{"/deal", "fund", "fund|", "Topic: *fund*"},
		{"/deal", "Outlook: what comes next?", "outlook|what comes next?", "Topic: *outlook*"},
		{"/tariffs", "", "tariffs|", "Topic: *tariffs*"},
		{"/fund", "who reviews the projects?", "fund|who reviews the projects?", "Topic: *fund*"},
		{"/politics", "what did Akazawa say?", "politics|what did Akazawa say?", "Topic: *politics*"},
		{"/deal", "", "", "/deal sources"},
		{"/deal", "help", "", "/deal sources"},
		{"/deal", "digest", "", "Key figures"},
		{"/deal", "sources", "", "passages"},
		{"/deal", "&lt;!channel&gt; tariffs &amp; <@U999> rates", "|<!channel> tariffs & @U999 rates", "&lt;!channel&gt; tariffs &amp; @U999 rates"},
	}
	for _, tt := range tests {
		t.Run(tt.command+" "+tt.text, func(t *testing.T) {
			h := newHarness(t)
			resp := h.command(tt.command, tt.text)
			body, _ := io.ReadAll(resp.Body)
			asked := h.bot.asked()
			if tt.asked == "" && len(asked) > 0 || tt.asked != "" && (len(asked) != 1 || asked[0] != tt.asked) {
				t.Errorf("bot asked %q, want %q", asked, tt.asked)
			}
			m := readKit(t, body)
			if !strings.Contains(m.allText(), tt.shows) {
				t.Errorf("reply lacks %q:\n%s", tt.shows, body)
			}
			if m.ResponseType != "ephemeral" {
				t.Errorf("response_type %q, want ephemeral", m.ResponseType)
			}
		})
	}
}

func TestSources(t *testing.T) {
	h := newHarness(t)
	m := readKit(t, mustRead(t, h.command("/deal", "sources")))
	text := m.allText()
	for _, d := range shared.docs {
		if !strings.Contains(text, d.Title) || !strings.Contains(text, d.Edition+" edition") {
			t.Errorf("sources lack %q (%s edition):\n%s", d.Title, d.Edition, text)
		}
	}
	if !strings.Contains(text, "I answer from 2 documents") || !strings.Contains(text, "undated") {
		t.Errorf("sources lack the count or the date:\n%s", text)
	}
}

func mustRead(t *testing.T, resp *http.Response) []byte {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d, err %v: %s", resp.StatusCode, err, b)
	}
	return b
}

func mention(text, ts, threadTS string) map[string]any {
	e := map[string]any{"type": "app_mention", "user": "U1", "text": text, "ts": ts, "channel": "C1", "event_ts": ts}
	if threadTS != "" {
		e["thread_ts"] = threadTS
	}
	return e
}

// TestAppMention: a mention is acknowledged at once and answered once, in
// its thread, even when Slack retries the event.
func TestAppMention(t *testing.T) {
	h := newHarness(t)
	ev := mention("<@W012A3CDE> who decides which projects the fund invests in?", "1700000000.000100", "")
	if resp := h.event("Ev0001", ev); resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	for retry := range 3 {
		if resp := h.event("Ev0001", ev, "X-Slack-Retry-Num", itoa(int64(retry+1)), "X-Slack-Retry-Reason", "http_timeout"); resp.StatusCode != http.StatusOK {
			t.Fatalf("retry: status %d", resp.StatusCode)
		}
	}
	// A mention inside a thread is answered in that thread.
	h.event("Ev0002", mention("<@W012A3CDE|dealbot> how big is the investment framework?", "1700000050.000300", "1700000000.000100"))
	h.app.Wait()
	posts, _ := h.slack.sent()
	if len(posts) != 2 {
		t.Fatalf("got %d posts, want one per event (retries ignored): %+v", len(posts), posts)
	}
	for i, p := range posts {
		if p.Channel != "C1" || p.ThreadTS != "1700000000.000100" {
			t.Errorf("post %d went to %s thread %q, want C1 thread 1700000000.000100", i, p.Channel, p.ThreadTS)
		}
		m := blocksKit(t, p.Blocks)
		if !strings.Contains(m.allText(), "JAPAN Forward") || m.hasButton("dealbot_share") || !m.hasButton("dealbot_feedback_up") {
			t.Errorf("post %d is not a cited channel answer:\n%s", i, p.Blocks)
		}
	}
	asked := h.bot.asked()
	slices.Sort(asked)
	if want := []string{"|how big is the investment framework?", "|who decides which projects the fund invests in?"}; !slices.Equal(asked, want) {
		t.Errorf("bot asked %q, want %q", asked, want)
	}
	if strings.Contains(h.logs.String(), "who decides") {
		t.Error("the log holds message text")
	}
}

// TestDirectMessage: a DM is answered in the conversation; the bot's own
// messages, other bots', edits and channel messages are not.
func TestDirectMessage(t *testing.T) {
	h := newHarness(t)
	dm := func(extra map[string]any) map[string]any {
		e := map[string]any{"type": "message", "channel": "D1", "channel_type": "im", "user": "U1", "text": "how big is the investment framework?", "ts": "1700000100.000100"}
		for k, v := range extra {
			e[k] = v
		}
		return e
	}
	h.event("EvDM1", dm(nil))
	h.event("EvDM2", dm(map[string]any{"user": botUser}))
	h.event("EvDM3", dm(map[string]any{"bot_id": "B1", "subtype": "bot_message"}))
	h.event("EvDM4", dm(map[string]any{"subtype": "message_changed"}))
	h.event("EvDM5", dm(map[string]any{"channel_type": "channel", "channel": "C1"}))
	h.event("EvDM6", dm(map[string]any{"text": "sources", "ts": "1700000200.000100", "thread_ts": "1700000150.000100"}))
	h.app.Wait()
	posts, _ := h.slack.sent()
	if len(posts) != 2 {
		t.Fatalf("got %d posts, want 2 (a question and sources): %+v", len(posts), posts)
	}
	slices.SortFunc(posts, func(a, b slackMsg) int { return strings.Compare(a.ThreadTS, b.ThreadTS) })
	if posts[0].Channel != "D1" || posts[0].ThreadTS != "" {
		t.Errorf("DM answer went to %s thread %q, want D1 and no thread", posts[0].Channel, posts[0].ThreadTS)
	}
	if !strings.Contains(blocksKit(t, posts[0].Blocks).allText(), "$550 billion") {
		t.Errorf("DM answer lacks the $550 billion excerpt:\n%s", posts[0].Blocks)
	}
	if posts[1].ThreadTS != "1700000150.000100" || !strings.Contains(blocksKit(t, posts[1].Blocks).allText(), "passages") {
		t.Errorf("threaded DM 'sources' = %+v", posts[1])
	}
}

// TestButtons: the buttons of a slash reply, pressed.
func TestButtons(t *testing.T) {
	h := newHarness(t)
	const question = "who decides which projects the fund invests in?"
	reply := readKit(t, mustRead(t, h.command("/deal", question)))

	t.Run("MoreExcerpts", func(t *testing.T) {
		h.interaction("dealbot_more", reply.button(t, "dealbot_more"), h.slack.responseURL("more"))
		h.app.Wait()
		r := lastResponse(t, h, "/response/more")
		if r.ResponseType != "ephemeral" || r.ReplaceOriginal {
			t.Errorf("more excerpts: response_type %q, replace_original %v", r.ResponseType, r.ReplaceOriginal)
		}
		if text := blocksKit(t, r.Blocks).allText(); !strings.Contains(text, ">*[4]* ") || !strings.Contains(text, "¶") {
			t.Errorf("more excerpts do not continue the numbering with citations:\n%s", text)
		}
	})
	t.Run("Share", func(t *testing.T) {
		h.interaction("dealbot_share", reply.button(t, "dealbot_share"), h.slack.responseURL("share"))
		h.app.Wait()
		_, responses := h.slack.sent()
		var shared, deleted bool
		for _, r := range responses {
			if r.Path != "/response/share" {
				continue
			}
			if r.DeleteOriginal {
				deleted = true
				continue
			}
			m := blocksKit(t, r.Blocks)
			shared = r.ResponseType == "in_channel" && strings.Contains(m.allText(), "Shared by <@U024BE7LH>") &&
				strings.Contains(m.allText(), question) && !m.hasButton("dealbot_share") && m.hasButton("dealbot_more")
		}
		if !shared || !deleted {
			t.Errorf("share: posted in channel %v, deleted the ephemeral copy %v: %+v", shared, deleted, responses)
		}
	})
	t.Run("Feedback", func(t *testing.T) {
		h.interaction("dealbot_feedback_down", reply.button(t, "dealbot_feedback_down"), h.slack.responseURL("feedback"))
		h.app.Wait()
		r := lastResponse(t, h, "/response/feedback")
		if !strings.Contains(r.Text, "Thanks") {
			t.Errorf("feedback reply = %q", r.Text)
		}
		logs := h.logs.String()
		if !strings.Contains(logs, "vote=down answer=") || !strings.Contains(logs, "japan-forward-trade-deal") {
			t.Errorf("feedback not logged with its ids:\n%s", logs)
		}
		if strings.Contains(logs, "who decides") || strings.Contains(logs, "Lutnick") {
			t.Errorf("the log holds question or excerpt text:\n%s", logs)
		}
	})
}

func lastResponse(t *testing.T, h *harness, path string) slackMsg {
	t.Helper()
	_, responses := h.slack.sent()
	for i := len(responses) - 1; i >= 0; i-- {
		if responses[i].Path == path {
			return responses[i]
		}
	}
	t.Fatalf("nothing was sent to %s", path)
	return slackMsg{}
}

// TestRateLimited: a 429 is retried after Retry-After, a bounded number of
// times.
func TestRateLimited(t *testing.T) {
	t.Run("RetriedOnce", func(t *testing.T) {
		t.Parallel()
		h := newHarness(t)
		h.slack.limit = 1
		h.event("Ev429", mention("<@W012A3CDE> how big is the investment framework?", "1700000000.000100", ""))
		h.app.Wait()
		if posts, _ := h.slack.sent(); len(posts) != 1 || h.slack.attempts != 2 {
			t.Errorf("got %d posts after %d attempts, want 1 after 2", len(posts), h.slack.attempts)
		}
	})
	t.Run("GivesUp", func(t *testing.T) {
		t.Parallel()
		f := newFakeSlack(t)
		f.limit = 100
		client := handlers.NewSlackClientRetries("xoxb-test", f.GetAPIURL(), slog.New(slog.DiscardHandler), 1)
		_, _, err := client.PostMessageContext(context.Background(), "C1")
		if err == nil || f.attempts != 2 {
			t.Errorf("err %v after %d attempts, want an error after 2", err, f.attempts)
		}
	})
}

func TestTokenRejected(t *testing.T) {
	f := newFakeSlack(t, func(c slacktest.Customize) {
		c.Handle("/auth.test", func(w http.ResponseWriter, _ *http.Request) {
			io.WriteString(w, `{"ok":false,"error":"invalid_auth"}`)
		})
	})
	client := handlers.NewSlackClient("xoxb-wrong", f.GetAPIURL(), slog.New(slog.DiscardHandler))
	_, err := handlers.NewSlackApp(context.Background(), client, realBot(t), docs{}, slog.New(slog.DiscardHandler))
	if !errors.Is(err, handlers.ErrTokenRejected) || !strings.Contains(err.Error(), "invalid_auth") {
		t.Errorf("err = %v, want ErrTokenRejected (invalid_auth)", err)
	}
}

// TestMentionOfTwoQuestions: a mention that asks two questions gets both
// answered in one reply in its thread, each question asked of the bot on
// its own.
func TestMentionOfTwoQuestions(t *testing.T) {
	h := newHarness(t)
	h.event("Ev0101", mention("<@W012A3CDE> who decides which projects the fund invests in? And how big is the investment framework?", "1700000400.000100", ""))
	h.app.Wait()
	posts, _ := h.slack.sent()
	if len(posts) != 1 {
		t.Fatalf("got %d posts, want one reply: %+v", len(posts), posts)
	}
	m := blocksKit(t, posts[0].Blocks)
	if text := m.allText(); !strings.Contains(text, "who decides which projects") || !strings.Contains(text, "how big is the investment framework") {
		t.Errorf("the reply does not head both questions:\n%s", posts[0].Blocks)
	}
	asked := h.bot.asked()
	slices.Sort(asked)
	if want := []string{"|how big is the investment framework?", "|who decides which projects the fund invests in?"}; !slices.Equal(asked, want) {
		t.Errorf("bot asked %q, want %q", asked, want)
	}
}
