package handlers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jonboulle/clockwork"
	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/handlers/filestore"
	"github.com/dealbot/dealbot/handlers/slackfake"
)

// fakeTeam is the workspace of slackfake's bot: the store's files are
// under teams/fakeTeam.
const fakeTeam = "T0FAKE"

// statePath is the state file of channel in the rig.
func (r *digestRig) statePath(channel string) string {
	return filepath.Join(r.dir, "teams", fakeTeam, "digest-"+channel+".json")
}

// digestRig is a fake Slack workspace, a fake clock, a state directory
// and a real digester over the embedded coverage: what a poster needs.
type digestRig struct {
	ws       *slackfake.Workspace
	clock    *clockwork.FakeClock
	dir      string
	digester *bot.Digester
	logs     *syncBuffer
	loc      *time.Location
	// timeout is the Slack client's: long enough that a loaded machine
	// (CI runs the race detector on every package at once) answers in
	// time, short only where a test makes a call outlast it.
	timeout time.Duration
}

// The rig's Slack client timeouts: the usual one, and the short one of
// the tests whose posts outlast it (their fault's delay is well past it,
// their other calls well within it).
const (
	rigTimeout   = 5 * time.Second
	shortTimeout = time.Second
	pastTimeout  = 3 * time.Second
)

func newRig(t *testing.T, start time.Time) *digestRig {
	t.Helper()
	clock := clockwork.NewFakeClockAt(start)
	return &digestRig{
		ws:       slackfake.Start(t, clock.Now),
		clock:    clock,
		dir:      t.TempDir(),
		digester: newDigester(t, nil),
		logs:     &syncBuffer{},
		loc:      start.Location(),
		timeout:  rigTimeout,
	}
}

// poster returns a new poster (as after a restart) for channels, posting
// daily at 09:00 in the rig's zone.
func (r *digestRig) poster(t *testing.T, channels ...string) *handlers.DigestPoster {
	t.Helper()
	client := slack.New("xoxb-test", slack.OptionAPIURL(r.ws.URL()),
		slack.OptionHTTPClient(&http.Client{Timeout: r.timeout}))
	log := slog.New(slog.NewTextHandler(r.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	store, err := filestore.Open(r.dir)
	if err != nil {
		t.Fatal(err)
	}
	p := handlers.NewDigestPoster(client, r.digester, handlers.DigestConfig{
		Channels: channels, Hour: 9, Location: r.loc, Store: store, Clock: r.clock,
	}, log)
	handlers.SetDigestRetryWait(p, 0)
	return p
}

// outcomes lists the outcome of each result, and fails on an unexpected
// error.
func outcomes(t *testing.T, rs []handlers.DigestResult) []handlers.DigestOutcome {
	t.Helper()
	var out []handlers.DigestOutcome
	for _, r := range rs {
		out = append(out, r.Outcome)
	}
	return out
}

func wantOutcomes(t *testing.T, rs []handlers.DigestResult, want ...handlers.DigestOutcome) {
	t.Helper()
	got := outcomes(t, rs)
	if len(got) != len(want) {
		t.Fatalf("outcomes %v, want %v (%v)", got, want, rs)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("outcomes %v, want %v (%v)", got, want, rs)
		}
	}
}

func TestDigestPostOncePerDay(t *testing.T) {
	ctx := context.Background()
	r := newRig(t, time.Date(2025, time.July, 24, 9, 0, 0, 0, time.UTC))

	first := r.poster(t, "C1", "C2").PostAll(ctx, false)
	wantOutcomes(t, first, handlers.DigestPosted, handlers.DigestPosted)
	msgs := r.ws.Messages("C1")
	if len(msgs) != 1 {
		t.Fatalf("C1 has %d messages, want 1", len(msgs))
	}
	m := msgs[0]
	if m.Metadata.EventType != "dealbot_digest" || m.Metadata.EventPayload["date"] != "2025-07-24" || m.Metadata.EventPayload["channel"] != "C1" {
		t.Errorf("metadata = %+v, want the digest's event with date and channel", m.Metadata)
	}
	if m.Timestamp != first[0].TS || len(m.Blocks.BlockSet) == 0 || !strings.HasPrefix(m.Text, handlers.DigestTitle) {
		t.Errorf("message ts %s (result %s), %d blocks, text %q", m.Timestamp, first[0].TS, len(m.Blocks.BlockSet), m.Text)
	}

	r.clock.Advance(3 * time.Hour)
	again := r.poster(t, "C1", "C2").PostAll(ctx, false) // a restart later the same day
	wantOutcomes(t, again, handlers.DigestRecorded, handlers.DigestRecorded)
	if again[0].TS != first[0].TS {
		t.Errorf("recorded ts %s, want %s", again[0].TS, first[0].TS)
	}
	if r.ws.Calls("chat.postMessage") != 2 || r.ws.Calls("conversations.history") != 2 {
		t.Errorf("%d posts and %d history reads, want 2 and 2 (none on the second run)", r.ws.Calls("chat.postMessage"), r.ws.Calls("conversations.history"))
	}

	t.Run("NextDayHasNoNewCoverage", func(t *testing.T) {
		r.clock.Advance(21 * time.Hour)
		wantOutcomes(t, r.poster(t, "C1").PostAll(ctx, false), handlers.DigestPosted)
		msgs := r.ws.Messages("C1")
		if len(msgs) != 2 {
			t.Fatalf("C1 has %d messages, want 2", len(msgs))
		}
		if got := msgs[1].Metadata.EventPayload["date"]; got != "2025-07-25" {
			t.Errorf("second digest dated %v", got)
		}
		blocks, _ := json.Marshal(msgs[1].Blocks)
		if bytes.Contains(blocks, []byte("*New coverage*")) {
			t.Errorf("the second day's digest lists new coverage again:\n%s", blocks)
		}
	})

	t.Run("ForcePostsAgain", func(t *testing.T) {
		wantOutcomes(t, r.poster(t, "C2").PostAll(ctx, true), handlers.DigestPosted)
		if n := len(r.ws.Messages("C2")); n != 2 {
			t.Errorf("C2 has %d messages after --force, want 2", n)
		}
	})
}

func TestDigestCrashAfterPostBeforeSave(t *testing.T) {
	ctx := context.Background()
	r := newRig(t, time.Date(2025, time.July, 24, 9, 0, 0, 0, time.UTC))
	first := r.poster(t, "C1").PostAll(ctx, false)
	wantOutcomes(t, first, handlers.DigestPosted)
	// The crash: the post went out, the state did not.
	if err := os.Remove(r.statePath("C1")); err != nil {
		t.Fatal(err)
	}

	r.clock.Advance(10 * time.Minute)
	again := r.poster(t, "C1").PostAll(ctx, false)
	wantOutcomes(t, again, handlers.DigestRecovered)
	if again[0].TS != first[0].TS {
		t.Errorf("recovered ts %s, want the first post's %s", again[0].TS, first[0].TS)
	}
	if n := len(r.ws.Messages("C1")); n != 1 {
		t.Fatalf("C1 has %d messages, want 1", n)
	}
	wantOutcomes(t, r.poster(t, "C1").PostAll(ctx, false), handlers.DigestRecorded)
	if !strings.Contains(r.logs.String(), "channel=C1") {
		t.Errorf("recovery not logged with the channel id:\n%s", r.logs)
	}
}

// TestDigestTaggedByAnotherApp: a message of another app tagged as a
// digest for today is not ours; the digest is posted all the same.
func TestDigestTaggedByAnotherApp(t *testing.T) {
	ctx := context.Background()
	r := newRig(t, time.Date(2025, time.July, 24, 9, 0, 0, 0, time.UTC))
	other := slack.Message{}
	other.BotID = "B0OTHER"
	other.Text = "not our digest"
	other.Metadata = slack.SlackMetadata{EventType: "dealbot_digest", EventPayload: map[string]any{"date": "2025-07-24", "channel": "C1"}}
	r.ws.Add("C1", other)
	r.clock.Advance(time.Minute)

	wantOutcomes(t, r.poster(t, "C1").PostAll(ctx, false), handlers.DigestPosted)
	if n := len(r.ws.Messages("C1")); n != 2 {
		t.Fatalf("C1 has %d messages, want the other app's and our digest", n)
	}
}

func TestDigestTimeoutAfterPostLanded(t *testing.T) {
	ctx := context.Background()
	r := newRig(t, time.Date(2025, time.July, 24, 9, 0, 0, 0, time.UTC))
	r.timeout = shortTimeout
	r.ws.Fail("chat.postMessage", slackfake.Fault{Delay: pastTimeout})
	got := r.poster(t, "C1").PostAll(ctx, false)
	wantOutcomes(t, got, handlers.DigestRecovered)
	if n := len(r.ws.Messages("C1")); n != 1 {
		t.Errorf("C1 has %d messages, want 1: a post that timed out but landed is not repeated", n)
	}
	if r.ws.Calls("conversations.history") != 2 {
		t.Errorf("%d history reads, want 2 (before the post and after its timeout)", r.ws.Calls("conversations.history"))
	}
}

func TestDigestTimeoutBeforePostLanded(t *testing.T) {
	ctx := context.Background()
	r := newRig(t, time.Date(2025, time.July, 24, 9, 0, 0, 0, time.UTC))
	r.timeout = shortTimeout
	r.ws.Fail("chat.postMessage", slackfake.Fault{Delay: pastTimeout, Lost: true})
	got := r.poster(t, "C1").PostAll(ctx, false)
	wantOutcomes(t, got, handlers.DigestPosted)
	if n := len(r.ws.Messages("C1")); n != 1 {
		t.Errorf("C1 has %d messages, want 1", n)
	}
	if r.ws.Calls("chat.postMessage") != 2 || r.ws.Calls("conversations.history") != 2 {
		t.Errorf("%d posts and %d history reads, want 2 and 2 (a check before each post)", r.ws.Calls("chat.postMessage"), r.ws.Calls("conversations.history"))
	}
}

// TestDigestServerError: a 5xx may come after Slack posted, so the poster
// looks in the channel before posting again.
func TestDigestServerError(t *testing.T) {
	ctx := context.Background()
	t.Run("NotPosted", func(t *testing.T) {
		r := newRig(t, time.Date(2025, time.July, 24, 9, 0, 0, 0, time.UTC))
		r.ws.Fail("chat.postMessage", slackfake.Fault{Status: http.StatusBadGateway})
		wantOutcomes(t, r.poster(t, "C1").PostAll(ctx, false), handlers.DigestPosted)
		if n, posts := len(r.ws.Messages("C1")), r.ws.Calls("chat.postMessage"); n != 1 || posts != 2 {
			t.Errorf("C1 has %d messages after %d posts, want 1 after 2", n, posts)
		}
	})
	t.Run("PostedAllTheSame", func(t *testing.T) {
		r := newRig(t, time.Date(2025, time.July, 24, 9, 0, 0, 0, time.UTC))
		r.ws.Fail("chat.postMessage", slackfake.Fault{Status: http.StatusBadGateway, Landed: true})
		wantOutcomes(t, r.poster(t, "C1").PostAll(ctx, false), handlers.DigestRecovered)
		if n, posts := len(r.ws.Messages("C1")), r.ws.Calls("chat.postMessage"); n != 1 || posts != 1 {
			t.Errorf("C1 has %d messages after %d posts, want 1 after 1", n, posts)
		}
	})
}

func TestDigestFailingChannelDoesNotStopOthers(t *testing.T) {
	ctx := context.Background()
	r := newRig(t, time.Date(2025, time.July, 24, 9, 0, 0, 0, time.UTC))
	r.ws.Fail("chat.postMessage", slackfake.Fault{SlackError: "not_in_channel"})
	got := r.poster(t, "C1", "bad/../id", "C3").PostAll(ctx, false)
	wantOutcomes(t, got, handlers.DigestFailed, handlers.DigestFailed, handlers.DigestPosted)
	if n := len(r.ws.Messages("C3")); n != 1 {
		t.Errorf("C3 has %d messages, want 1", n)
	}
	logs := r.logs.String()
	for _, want := range []string{"channel=C1", "not_in_channel", `channel=bad/../id`} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs lack %q:\n%s", want, logs)
		}
	}
	for _, secret := range []string{"xoxb-test", "Japan and the United States", handlers.DigestTitle} {
		if strings.Contains(logs, secret) {
			t.Errorf("logs contain %q (tokens and message text must not be logged)", secret)
		}
	}
	store, err := filestore.Open(r.dir)
	if err != nil {
		t.Fatal(err)
	}
	for ch, want := range map[string]bool{"C1": false, "C3": true} {
		last, err := store.LastDigest(ctx, fakeTeam, ch)
		if err != nil {
			t.Fatal(err)
		}
		if got := last.Date == "2025-07-24"; got != want {
			t.Errorf("%s: recorded %+v, want recorded %v", ch, last, want)
		}
	}

	t.Run("RetryLater", func(t *testing.T) {
		wantOutcomes(t, r.poster(t, "C1", "C3").PostAll(ctx, false), handlers.DigestPosted, handlers.DigestRecorded)
	})
}

func TestDigestHistoryUnreadable(t *testing.T) {
	ctx := context.Background()
	r := newRig(t, time.Date(2025, time.July, 24, 9, 0, 0, 0, time.UTC))
	r.ws.Fail("conversations.history", slackfake.Fault{SlackError: "missing_scope"})
	got := r.poster(t, "C1").PostAll(ctx, false)
	wantOutcomes(t, got, handlers.DigestFailed)
	if n := len(r.ws.Messages("C1")); n != 0 {
		t.Errorf("posted %d messages without knowing whether today's digest is there, want 0", n)
	}
	if !strings.Contains(got[0].String(), "missing_scope") {
		t.Errorf("result %q does not say why", got[0])
	}
}

func TestDigestState(t *testing.T) {
	ctx := context.Background()
	r := newRig(t, time.Date(2025, time.July, 24, 9, 0, 0, 0, time.UTC))

	t.Run("WrittenAtomically", func(t *testing.T) {
		// The state of an older version, for a single team.
		if err := os.WriteFile(filepath.Join(r.dir, "digest-C1.json"), []byte(`{"date":"2025-07-20","ts":"1.000001","covered":["gone"]}`), 0o600); err != nil {
			t.Fatal(err)
		}
		got := r.poster(t, "C1").PostAll(ctx, false)
		wantOutcomes(t, got, handlers.DigestPosted)
		path := r.statePath("C1")
		entries, err := os.ReadDir(filepath.Dir(path))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".tmp") {
				t.Errorf("state dir holds the temporary file %s", e.Name())
			}
		}
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != 0o600 {
			t.Errorf("state file mode %v, want 0600", info.Mode().Perm())
		}
		var st struct {
			Date    string   `json:"date"`
			TS      string   `json:"ts"`
			Covered []string `json:"covered"`
		}
		data, _ := os.ReadFile(path)
		if err := json.Unmarshal(data, &st); err != nil {
			t.Fatalf("state is not JSON: %v\n%s", err, data)
		}
		if st.Date != "2025-07-24" || st.TS != got[0].TS || len(st.Covered) != 2 {
			t.Errorf("state = %+v", st)
		}
		// The old state's covered set made both embedded documents new.
		if !bytes.Contains(mustJSON(t, r.ws.Messages("C1")[0].Blocks), []byte("*New coverage*\\n• *undated* — Trade Deal")) {
			t.Error("documents outside the old state's covered set not shown as new coverage")
		}
	})

	t.Run("CorruptFallsBackToHistory", func(t *testing.T) {
		if err := os.WriteFile(r.statePath("C1"), []byte("{not json"), 0o600); err != nil {
			t.Fatal(err)
		}
		wantOutcomes(t, r.poster(t, "C1").PostAll(ctx, false), handlers.DigestRecovered)
		if n := len(r.ws.Messages("C1")); n != 1 {
			t.Errorf("C1 has %d messages, want 1", n)
		}
		if !strings.Contains(r.logs.String(), "digest state unreadable") {
			t.Error("unreadable state not logged")
		}
	})
}

func mustJSON(tb testing.TB, v any) []byte {
	tb.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// TestDigestClaimOfDeadPoster: a poster died after posting, before
// recording, leaving its claim. The next poster takes the claim over,
// finds the digest in the channel and records it: no second post.
func TestDigestClaimOfDeadPoster(t *testing.T) {
	ctx := context.Background()
	r := newRig(t, time.Date(2025, time.July, 24, 9, 0, 0, 0, time.UTC))
	first := r.poster(t, "C1").PostAll(ctx, false)
	wantOutcomes(t, first, handlers.DigestPosted)
	if err := os.Remove(r.statePath("C1")); err != nil {
		t.Fatal(err)
	}
	store, err := filestore.Open(r.dir)
	if err != nil {
		t.Fatal(err)
	}
	host, _ := os.Hostname()
	dead := host + ":999999999:0" // no such process
	if c, err := store.ClaimDigest(ctx, fakeTeam, "C1", "2025-07-24", dead, time.Hour); err != nil || c.Status != handlers.ClaimGranted {
		t.Fatalf("seed the dead poster's claim: %v, %v", c.Status, err)
	}
	again := r.poster(t, "C1").PostAll(ctx, false)
	wantOutcomes(t, again, handlers.DigestRecovered)
	if n := len(r.ws.Messages("C1")); n != 1 {
		t.Errorf("C1 has %d digests, want 1", n)
	}
	if !strings.Contains(r.logs.String(), "took over the digest claim") {
		t.Errorf("the take-over is not logged:\n%s", r.logs)
	}
}
