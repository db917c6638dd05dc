package handlers

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"sync"
	"time"

	"github.com/jonboulle/clockwork"
	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/bot"
)

// digestEventType tags digest posts in Slack message metadata, so the
// poster can find today's digest in a channel after a crash.
const digestEventType = "dealbot_digest"

// digestAPI is what posting the digest needs from Slack.
type digestAPI interface {
	AuthTestContext(ctx context.Context) (*slack.AuthTestResponse, error)
	PostMessageContext(ctx context.Context, channelID string, options ...slack.MsgOption) (string, string, error)
	GetConversationHistoryContext(ctx context.Context, params *slack.GetConversationHistoryParameters) (*slack.GetConversationHistoryResponse, error)
}

// digester builds the digest; *bot.Digester is one.
type digester interface {
	Digest(ctx context.Context, now time.Time, seen []string) (bot.Digest, error)
}

// DigestConfig says where and when the digest goes.
type DigestConfig struct {
	Channels []string        // channel ids
	Hour     int             // local time of the daily post
	Minute   int             // (0–59)
	Location *time.Location  // the zone of that time and of the digest's day; nil means UTC
	Store    Store           // where the digests posted and claimed are kept
	Grace    time.Duration   // how long Run finishes a digest being posted after its context ends; 0 means DefaultShutdownGrace
	Clock    clockwork.Clock // nil means the real clock; tests pass a fake one
	Metrics  *Metrics        // counts the digests posted, skipped and failed; nil: not counted
}

// DigestOutcome says what posting to one channel did.
type DigestOutcome int

// The outcomes of posting the digest to a channel.
const (
	DigestPosted    DigestOutcome = iota // posted now
	DigestRecorded                       // the state file says today's digest is posted
	DigestRecovered                      // today's digest was found in the channel and recorded
	DigestFailed                         // not posted; Err says why
	DigestElsewhere                      // another process posted it, or is posting it still
)

// DigestResult is what happened in one channel.
type DigestResult struct {
	Channel string
	Date    string // the local day, "2006-01-02"
	TS      string // the digest message's timestamp, when there is one
	Outcome DigestOutcome
	Err     error
}

// String describes a result for the operator.
func (r DigestResult) String() string {
	switch r.Outcome {
	case DigestPosted:
		return fmt.Sprintf("%s: posted the digest for %s (ts %s)", r.Channel, r.Date, r.TS)
	case DigestRecorded:
		return fmt.Sprintf("%s: the digest for %s was already posted (ts %s); not posting again", r.Channel, r.Date, r.TS)
	case DigestRecovered:
		return fmt.Sprintf("%s: found the digest for %s in the channel (ts %s); recorded it, not posting again", r.Channel, r.Date, r.TS)
	case DigestElsewhere:
		if r.TS != "" {
			return fmt.Sprintf("%s: another dealbot posted the digest for %s (ts %s); not posting again", r.Channel, r.Date, r.TS)
		}
		return fmt.Sprintf("%s: another dealbot is posting the digest for %s; not posting", r.Channel, r.Date)
	}
	return fmt.Sprintf("%s: could not post the digest for %s: %v", r.Channel, r.Date, r.Err)
}

// DigestPoster posts the digest to channels at most once a local day
// each, however many processes post at once. Per channel it claims the
// day's digest in the store before posting and records the message's
// timestamp and the documents covered after; a process that finds the
// claim held waits for the holder to record it. Before posting it also
// looks for today's digest in the channel's history (tagged with message
// metadata), so that neither a crash between posting and recording nor a
// claim taken over from a dead process causes a second post.
type DigestPoster struct {
	api     digestAPI
	digests digester
	cfg     DigestConfig
	log     *slog.Logger
	owner   string // this process's claims

	mu        sync.Mutex    // one round of posting at a time
	retryWait time.Duration // before re-checking and re-posting after a timeout
	claimPoll time.Duration // how often a claim held by another process is looked at again
	botID     string        // our bot's id (auth.test): only its messages count as our digest; "" matches any
	team      string        // our workspace (auth.test): the store's key
	botKnown  bool          // auth.test was asked
}

// digestLease is how long a claim on a digest lasts without being
// recorded: longer than building and posting with every retry takes. An
// owner that dies on this machine is noticed sooner (see Store).
const digestLease = 5 * time.Minute

// NewDigestPoster returns a poster that posts with client the digests
// built by d.
func NewDigestPoster(client *slack.Client, d digester, cfg DigestConfig, log *slog.Logger) *DigestPoster {
	return newDigestPoster(client, d, cfg, log)
}

func newDigestPoster(api digestAPI, d digester, cfg DigestConfig, log *slog.Logger) *DigestPoster {
	if cfg.Location == nil {
		cfg.Location = time.UTC
	}
	if cfg.Clock == nil {
		cfg.Clock = clockwork.NewRealClock()
	}
	return &DigestPoster{api: api, digests: d, cfg: cfg, log: log, owner: NewOwner(), retryWait: 2 * time.Second, claimPoll: 250 * time.Millisecond}
}

// channelID is what a Slack channel id looks like; it also makes a safe
// file name.
var channelIDPattern = regexp.MustCompile(`^[A-Z0-9]{2,30}$`)

// ValidChannelID reports whether id looks like a Slack channel id
// ("C0123ABCD").
func ValidChannelID(id string) bool { return channelIDPattern.MatchString(id) }

// PostAll posts today's digest to every configured channel that has not
// had it yet, or to all of them with force. A channel that fails does not
// stop the others; each failure is logged with its channel id.
func (p *DigestPoster) PostAll(ctx context.Context, force bool) []DigestResult {
	return p.postTo(ctx, p.cfg.Channels, force, p.cfg.Clock.Now())
}

// postTo posts the digest for now's local day to channels.
func (p *DigestPoster) postTo(ctx context.Context, channels []string, force bool, now time.Time) []DigestResult {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []DigestResult
	for _, ch := range channels {
		r := p.post(ctx, ch, force, now)
		p.cfg.Metrics.digest(r.Outcome)
		attrs := []any{slog.String("channel", ch), slog.String("date", r.Date), slog.String("ts", r.TS)}
		switch r.Outcome {
		case DigestFailed:
			p.log.Error("digest not posted", append(attrs, slog.Any("err", r.Err))...)
		case DigestPosted:
			p.log.Info("digest posted", attrs...)
		case DigestRecovered:
			p.log.Warn("digest found in channel but not in state: recorded, not posted again", attrs...)
		case DigestElsewhere:
			p.log.Info("digest posted by another process", attrs...)
		default:
			p.log.Debug("digest already posted", attrs...)
		}
		out = append(out, r)
	}
	return out
}

// timeoutRetries is how many times a post that timed out is re-checked
// and retried.
const timeoutRetries = 2

func (p *DigestPoster) post(ctx context.Context, channel string, force bool, now time.Time) DigestResult {
	now = now.In(p.cfg.Location)
	r := DigestResult{Channel: channel, Date: now.Format(time.DateOnly), Outcome: DigestFailed}
	if !ValidChannelID(channel) {
		r.Err = fmt.Errorf("invalid channel id %q", channel)
		return r
	}
	if err := p.identify(ctx); err != nil {
		r.Err = err
		return r
	}
	last, err := p.cfg.Store.LastDigest(ctx, p.team, channel)
	if err != nil {
		// The claim and the channel's history still guard against a
		// second post; the digest only counts all coverage as new.
		p.log.Warn("digest state unreadable; relying on the claim and channel history", slog.String("channel", channel), slog.Any("err", err))
	}
	if force {
		return p.postClaimed(ctx, r, last.Covered, now, true)
	}
	if last.Date == r.Date {
		r.Outcome, r.TS = DigestRecorded, last.TS
		return r
	}
	c, err := p.claim(ctx, channel, r.Date)
	switch {
	case err != nil:
		r.Err = err
		return r
	case c.Status == ClaimDone:
		r.Outcome, r.TS = DigestElsewhere, c.Record.TS
		return r
	case c.Status == ClaimTakenOver:
		p.log.Warn("took over the digest claim of a process that stopped; checking the channel before posting", slog.String("channel", channel))
	}
	r = p.postClaimed(ctx, r, last.Covered, now, false)
	if r.Outcome == DigestFailed {
		// Let another process (or a later round) try at once rather than
		// after the lease; the history check covers a post that landed.
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if err := p.cfg.Store.ReleaseDigest(rctx, p.team, channel, r.Date, p.owner); err != nil {
			p.log.Warn("digest claim not released", slog.String("channel", channel), slog.Any("err", err))
		}
	}
	return r
}

// claim claims the channel's digest for date, waiting while another live
// process holds it: it returns once this process holds the claim or the
// digest is recorded.
func (p *DigestPoster) claim(ctx context.Context, channel, date string) (DigestClaim, error) {
	waited := false
	for {
		c, err := p.cfg.Store.ClaimDigest(ctx, p.team, channel, date, p.owner, digestLease)
		if err != nil {
			return c, fmt.Errorf("claim today's digest: %w", err)
		}
		if c.Status != ClaimHeld {
			return c, nil
		}
		if !waited {
			p.log.Info("another process is posting the digest; waiting for it", slog.String("channel", channel))
			waited = true
		}
		if !sleepCtx(ctx, p.claimPoll) {
			return c, fmt.Errorf("wait for another process posting the digest: %w", ctx.Err())
		}
	}
}

// postClaimed builds and posts the digest for r's channel and day, once
// this process holds the claim (or with force, without one), and records
// it. seen are the documents of the channel's last digest.
func (p *DigestPoster) postClaimed(ctx context.Context, r DigestResult, seen []string, now time.Time, force bool) DigestResult {
	channel := r.Channel
	d, err := p.digests.Digest(ctx, now, seen)
	if err != nil {
		r.Err = fmt.Errorf("build digest: %w", err)
		return r
	}
	record := func(ts string) error {
		return p.cfg.Store.RecordDigest(context.WithoutCancel(ctx), p.team, channel, r.Date, p.owner, DigestRecord{TS: ts, Covered: d.Documents})
	}
	for attempt := 0; ; attempt++ {
		if !force {
			ts, err := p.findPosted(ctx, channel, now)
			if err != nil {
				r.Err = fmt.Errorf("look for today's digest in the channel: %w", err)
				return r
			}
			if ts != "" {
				r.Outcome, r.TS = DigestRecovered, ts
				if r.Err = record(ts); r.Err != nil {
					r.Outcome = DigestFailed
				}
				return r
			}
		}
		_, ts, err := p.api.PostMessageContext(ctx, channel,
			slack.MsgOptionText(DigestSummary(d), false),
			slack.MsgOptionBlocks(DigestBlocks(d)...),
			slack.MsgOptionDisableLinkUnfurl(),
			slack.MsgOptionMetadata(slack.SlackMetadata{
				EventType:    digestEventType,
				EventPayload: map[string]any{"date": r.Date, "channel": channel},
			}),
		)
		if err == nil {
			r.Outcome, r.TS = DigestPosted, ts
			if err := record(ts); err != nil {
				// Posted all the same; the history check prevents a repeat.
				p.log.Error("digest posted but state not saved", slog.String("channel", channel), slog.Any("err", err))
			}
			return r
		}
		// A post that failed with a 5xx, a broken connection or a timeout
		// may have landed: look again before retrying. The Slack client
		// retries what cannot post twice (429, refused connections).
		if force || !mayHaveLanded(err) || attempt == timeoutRetries || ctx.Err() != nil {
			r.Err = fmt.Errorf("post digest: %w", err)
			return r
		}
		p.log.Warn("digest post failed but may have posted; checking the channel before retrying", errAttr(err), slog.String("channel", channel), slog.Int("attempt", attempt+1))
		select {
		case <-ctx.Done():
			r.Err = ctx.Err()
			return r
		case <-p.cfg.Clock.After(p.retryWait << attempt):
		}
	}
}

// identify learns our bot's id and workspace from auth.test, once.
func (p *DigestPoster) identify(ctx context.Context) error {
	if p.botKnown {
		return nil
	}
	id, err := p.api.AuthTestContext(ctx)
	if err != nil {
		return fmt.Errorf("identify our bot: %w", tokenError(err))
	}
	p.botID, p.team, p.botKnown = id.BotID, id.TeamID, true // a token without a bot id: tagged messages of any author count
	return nil
}

// maxHistoryPages bounds the search for today's digest in a busy channel.
const maxHistoryPages = 20

// findPosted returns the timestamp of the digest for now's local day in
// the channel's history, posted by our bot, or "" when there is none.
func (p *DigestPoster) findPosted(ctx context.Context, channel string, now time.Time) (string, error) {
	start := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	end := start.AddDate(0, 0, 1)
	date := now.Format(time.DateOnly)
	params := &slack.GetConversationHistoryParameters{
		ChannelID:          channel,
		Oldest:             fmt.Sprintf("%d.000000", start.Unix()),
		Latest:             fmt.Sprintf("%d.000000", end.Unix()),
		Limit:              200,
		IncludeAllMetadata: true,
	}
	for range maxHistoryPages {
		res, err := p.api.GetConversationHistoryContext(ctx, params)
		if err != nil {
			return "", err
		}
		for _, m := range res.Messages {
			md := m.Metadata
			if postedBy(m, p.botID) && md.EventType == digestEventType && md.EventPayload["date"] == date && md.EventPayload["channel"] == channel {
				return m.Timestamp, nil
			}
		}
		if !res.HasMore || res.ResponseMetaData.NextCursor == "" {
			return "", nil
		}
		params.Cursor = res.ResponseMetaData.NextCursor
	}
	return "", nil
}
