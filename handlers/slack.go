package handlers

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/dealbot/dealbot/corpus"
)

// slackAPI is what dealbot calls of the Slack Web API; *slack.Client
// provides it, and tests may pass a fake.
type slackAPI interface {
	AuthTestContext(ctx context.Context) (*slack.AuthTestResponse, error)
	PostMessageContext(ctx context.Context, channelID string, options ...slack.MsgOption) (string, string, error)
	GetConversationRepliesContext(ctx context.Context, params *slack.GetConversationRepliesParameters) ([]slack.Message, bool, string, error)
	GetConversationHistoryContext(ctx context.Context, params *slack.GetConversationHistoryParameters) (*slack.GetConversationHistoryResponse, error)
}

// library is the coverage the bot answers from, listed by "/deal sources".
type library interface {
	Documents() ([]corpus.Document, []corpus.Skipped)
}

// ErrTokenRejected means Slack refused a token: wrong, revoked, or of the
// wrong kind.
var ErrTokenRejected = errors.New("token rejected by Slack")

// ErrSlackUnreachable means Slack could not be reached (no connection, a
// timeout, or a 5xx answer): nothing is known about the tokens.
var ErrSlackUnreachable = errors.New("cannot reach Slack")

// rejectedTokenErrors are the Web API errors that mean a token is refused.
var rejectedTokenErrors = map[string]bool{
	"invalid_auth": true, "not_authed": true, "account_inactive": true,
	"token_revoked": true, "token_expired": true, "not_allowed_token_type": true,
}

// tokenError marks err as ErrTokenRejected when Slack refused the token,
// and as ErrSlackUnreachable when Slack could not be asked.
func tokenError(err error) error {
	var ue *url.Error
	var status slack.StatusCodeError
	if errors.As(err, &ue) || errors.As(err, &status) && status.Code >= 500 || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%w: %w", ErrSlackUnreachable, err)
	}
	var se slack.SlackErrorResponse
	if errors.As(err, &se) && rejectedTokenErrors[se.Err] {
		return fmt.Errorf("%w: %s", ErrTokenRejected, se.Err)
	}
	if err != nil && rejectedTokenErrors[err.Error()] { // Socket Mode returns the bare code
		return fmt.Errorf("%w: %s", ErrTokenRejected, err.Error())
	}
	return err
}

// Timing of the Slack handlers. Slack waits 3 seconds for an
// acknowledgement; a reply ready within ackWithin travels in it.
const (
	ackWithin     = 2 * time.Second
	answerTimeout = 20 * time.Second // the bot's time to answer
	postTimeout   = 15 * time.Second // the time to deliver one reply, retries included
	seenTTL       = time.Hour        // Slack retries an event over a few minutes
)

// SlackApp is dealbot in Slack: slash commands, mentions, direct messages
// and buttons, over HTTP (Handler, ListenAndServe) or Socket Mode
// (RunSocketMode). Replies are Block Kit messages.
type SlackApp struct {
	api    slackAPI
	client *slack.Client // for Socket Mode; nil when built on a fake
	bot    answerer
	lib    library
	log    *slog.Logger

	userID  string         // the bot's own user id, from auth.test
	botID   string         // the bot's id, from auth.test: the author of its messages ("" if the token has none)
	mention *regexp.Regexp // a mention of the bot in message text

	team      string           // our workspace, from auth.test: the store's key when an event names none
	store     Store            // events answered, shared with every process of the app; nil: retries are answered again
	metrics   *Metrics         // nil: not counted
	ops       http.Handler     // GET /healthz, /readyz, /metrics in HTTP mode; nil: a plain /healthz
	connected atomic.Bool      // Slack can reach us: Socket Mode connected, or HTTP mode listening
	limits    *questionLimiter // nil: no limit
	shared    *sharedLimit     // nil: each replica counts on its own
	now       func() time.Time
	ackWithin time.Duration
	grace     time.Duration // how long a shutdown waits for replies in flight
	// lookup bounds the reading of a conversation for a follow-up:
	// followUpLookup, longer in tests on a loaded machine.
	lookup time.Duration

	// work is the parent of every answer and delivery; Shutdown cancels
	// it when the replies in flight outlast the grace period.
	work     context.Context
	stopWork context.CancelFunc
	wg       sync.WaitGroup // replies in flight
	inFlight atomic.Int64

	digests    digester       // nil: "/deal digest" shows the help
	digestZone *time.Location // the digest's dates are in this zone
}

// EnableDigest lets "/deal digest" show a private preview of today's
// digest, dated in zone. Call it before serving.
func (a *SlackApp) EnableDigest(d digester, zone *time.Location) {
	a.digests, a.digestZone = d, zone
}

// NewSlackApp checks client's bot token with auth.test, learning the bot's
// own user id, and returns the app. A refused token gives ErrTokenRejected.
func NewSlackApp(ctx context.Context, client *slack.Client, b answerer, lib library, log *slog.Logger) (*SlackApp, error) {
	a, err := newSlackApp(ctx, client, b, lib, log)
	if err != nil {
		return nil, err
	}
	a.client = client
	return a, nil
}

func newSlackApp(ctx context.Context, api slackAPI, b answerer, lib library, log *slog.Logger) (*SlackApp, error) {
	ctx, cancel := context.WithTimeout(ctx, postTimeout)
	defer cancel()
	id, err := api.AuthTestContext(ctx)
	if err != nil {
		return nil, fmt.Errorf("check the bot token with auth.test: %w", tokenError(err))
	}
	log.Info("connected to Slack", slog.String("team", id.TeamID), slog.String("bot_user", id.UserID), slog.String("bot", id.BotID))
	now := time.Now
	work, stop := context.WithCancel(context.Background())
	return &SlackApp{
		api: api, bot: b, lib: lib, log: log,
		userID:    id.UserID,
		botID:     id.BotID,
		mention:   regexp.MustCompile(`<@` + regexp.QuoteMeta(id.UserID) + `(\|[^>]*)?>`),
		team:      id.TeamID,
		now:       now,
		ackWithin: ackWithin,
		lookup:    followUpLookup,
		grace:     DefaultShutdownGrace,
		work:      work,
		stopWork:  stop,
	}, nil
}

// UseStore keeps the ids of the events answered in store for an hour, so
// that an event Slack retries is answered once, by one process, across
// restarts. Call it before serving.
func (a *SlackApp) UseStore(store Store) { a.store = store }

// UseMetrics counts questions, de-duplicated events and answer times in m.
// Call it before serving.
func (a *SlackApp) UseMetrics(m *Metrics) { a.metrics = m }

// ServeOps mounts h (see OpsHandler) beside Slack's endpoints in HTTP
// mode. Call it before serving.
func (a *SlackApp) ServeOps(h http.Handler) { a.ops = h }

// Connected reports whether Slack can reach dealbot: the Socket Mode
// connection is up, or HTTP mode is listening.
func (a *SlackApp) Connected() bool { return a.connected.Load() }

// LimitQuestions allows each Slack user at most perMinute questions a
// minute (in bursts of up to perMinute); further questions get a friendly
// note saying when to ask again. 0 or less means no limit. Call it before
// serving.
func (a *SlackApp) LimitQuestions(perMinute int) {
	a.limits = newQuestionLimiter(perMinute, func() time.Time { return a.now() })
}

// SetShutdownGrace sets how long a shutdown waits for the replies in
// flight before abandoning them (DefaultShutdownGrace if never set).
// Call it before serving.
func (a *SlackApp) SetShutdownGrace(d time.Duration) {
	if d > 0 {
		a.grace = d
	}
}

// Wait blocks until every reply in flight has been delivered or has given
// up (each runs under a deadline).
func (a *SlackApp) Wait() { a.wg.Wait() }

// goSafe runs fn in the background, tracked by Wait and Shutdown; a panic
// is logged, never allowed to bring the bot down.
func (a *SlackApp) goSafe(log *slog.Logger, fn func()) {
	a.inFlight.Add(1)
	a.wg.Go(func() {
		defer a.inFlight.Add(-1)
		defer func() {
			if r := recover(); r != nil {
				log.Error("handler panicked", slog.Any("panic", r))
			}
		}()
		fn()
	})
}

// reply answers a parsed command from user. Slash-command replies are
// ephemeral and can be shared. Failures become a short apology; the log
// gets the cause. A user over the question limit gets a note instead.
func (a *SlackApp) reply(ctx context.Context, log *slog.Logger, user string, cmd Command, surface string) message {
	slash := surface == SurfaceSlash
	switch cmd.Kind {
	case CommandHelp:
		return helpMessage(slash)
	case CommandDigest:
		if a.digests == nil {
			return helpMessage(slash)
		}
		d, err := a.digests.Digest(ctx, a.now().In(a.digestZone), nil)
		if err != nil {
			log.Error("digest preview failed", slog.Any("err", err))
			return textMessage(apologyText, slash)
		}
		m := message{Text: DigestSummary(d), Blocks: DigestBlocks(d)}
		if slash {
			m.ResponseType = slack.ResponseTypeEphemeral
		}
		return m
	case CommandSources:
		docs, skipped := a.lib.Documents()
		return sourcesMessage(docs, skipped, slash)
	}
	if m, limited := a.overLimit(log, user, slash); limited {
		return m
	}
	answers, err := answerAll(ctx, a.bot, a.metrics, surface, cmd)
	if err != nil {
		log.Error("answer failed", slog.Any("err", err))
		return textMessage(apologyText, slash)
	}
	if len(answers) == 0 {
		return helpMessage(slash)
	}
	for _, ans := range answers {
		log.Info("answered", slog.String("answer", answerID(ans.Topic, ans.Question)), slog.String("topic", ans.Topic),
			slog.Bool("covered", ans.Covered), slog.Int("excerpts", len(ans.Excerpts)), slog.Int("question_bytes", len(ans.Question)))
	}
	return answersMessage(answers, slash)
}

// slashCommand answers a slash command. ack is the transport's
// acknowledgement, called once: with the reply when it is ready within
// ackWithin, else with nil, and the reply follows through response_url.
// ack fails when it could not carry the reply; the reply then follows too.
func (a *SlackApp) slashCommand(sc slack.SlashCommand, ack func(*message) error) {
	log := a.log.With(slog.String("team", sc.TeamID), slog.String("channel", sc.ChannelID),
		slog.String("user", sc.UserID), slog.String("command", sc.Command))
	ctx, cancel := context.WithTimeout(a.work, answerTimeout)
	ready := make(chan message, 1)
	a.goSafe(log, func() {
		defer cancel()
		ready <- a.reply(ctx, log, sc.UserID, ParseSlash(sc.Command, sc.Text), SurfaceSlash)
	})
	timer := time.NewTimer(a.ackWithin)
	defer timer.Stop()
	select {
	case m := <-ready:
		err := ack(&m)
		if err == nil {
			return
		}
		log.Warn("reply could not go in the acknowledgement; sending it to response_url", slog.Any("err", err))
		a.goSafe(log, func() { a.respond(log, sc.ResponseURL, m) })
		return
	case <-timer.C:
	}
	if err := ack(nil); err != nil {
		log.Warn("acknowledge command", slog.Any("err", err))
	}
	log.Info("slow answer: acknowledged, reply follows through response_url")
	a.goSafe(log, func() { a.respond(log, sc.ResponseURL, <-ready) })
}

// respond delivers m through a response_url; a failure is logged and
// returned.
func (a *SlackApp) respond(log *slog.Logger, responseURL string, m message) error {
	if responseURL == "" {
		log.Error("cannot reply: no response_url")
		return errors.New("no response_url")
	}
	ctx, cancel := context.WithTimeout(a.work, postTimeout)
	defer cancel()
	opts := []slack.MsgOption{slack.MsgOptionResponseURL(responseURL, m.ResponseType)}
	switch {
	case m.DeleteOriginal:
		opts = append(opts, slack.MsgOptionDeleteOriginal(responseURL))
	case m.ReplaceOriginal:
		opts = append(opts, slack.MsgOptionReplaceOriginal(responseURL))
	}
	opts = append(opts, slack.MsgOptionText(m.Text, false), slack.MsgOptionBlocks(m.Blocks...))
	if _, _, err := a.api.PostMessageContext(ctx, "", opts...); err != nil && !responseDelivered(err) {
		log.Error("reply through response_url not delivered", errAttr(err))
		return err
	}
	return nil
}

// event handles an Events API event after it was acknowledged: a mention
// is answered in its thread, a direct message in the conversation, a
// follow-up read after the questions before it there (see withEarlier). The
// bot's own messages, other bots' and edits are ignored. An event id is
// claimed in the store first, so an event seen before (a retry, here or
// in another process) is not answered again; a retry of an id the store
// does not know is answered only when our reply to it is not in the
// conversation already.
func (a *SlackApp) event(ev slackevents.EventsAPIEvent, eventID string, retry int) {
	team := cmp.Or(ev.TeamID, a.team)
	log := a.log.With(slog.String("team", team), slog.String("event", eventID), slog.String("type", ev.InnerEvent.Type))
	to := replyTo{eventID: eventID}
	var user, text string
	files := false
	surface := SurfaceMention
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		if e.BotID != "" || e.User == "" || e.User == a.userID {
			return
		}
		to.channel, to.thread, to.after, user, text = e.Channel, e.ThreadTimeStamp, e.TimeStamp, e.User, e.Text
		if to.thread == "" {
			to.thread = e.TimeStamp
		}
	case *slackevents.MessageEvent:
		if e.ChannelType != "im" || (e.SubType != "" && e.SubType != "file_share") || e.BotID != "" || e.User == "" || e.User == a.userID {
			return
		}
		to.channel, to.thread, to.after, user, text = e.Channel, e.ThreadTimeStamp, e.TimeStamp, e.User, e.Text
		surface = SurfaceDM
		files = e.SubType == "file_share" || (e.Message != nil && len(e.Message.Files) > 0)
	default:
		return
	}
	log = log.With(slog.String("channel", to.channel), slog.String("user", user))
	a.goSafe(log, func() {
		if !a.claimEvent(log, team, to, retry) {
			return
		}
		ctx, cancel := context.WithTimeout(a.work, answerTimeout)
		text := strings.TrimSpace(a.mention.ReplaceAllString(text, " "))
		var m message
		if files && text == "" {
			m = textMessage(attachmentsText, false)
		} else {
			m = a.reply(ctx, log, user, a.withEarlier(ctx, log, to, user, parseMessage(text), surface == SurfaceDM), surface)
			if files {
				m = withNote(m, attachmentsText)
			}
		}
		cancel()
		a.post(log, to, m)
	})
}

// claimEvent reports whether this process should answer the event to.eventID.
func (a *SlackApp) claimEvent(log *slog.Logger, team string, to replyTo, retry int) bool {
	if to.eventID == "" || a.store == nil {
		return true
	}
	ctx, cancel := context.WithTimeout(a.work, postTimeout)
	defer cancel()
	first, err := a.store.ClaimEvent(ctx, team, to.eventID, seenTTL)
	if err != nil {
		// Answering twice is better than not at all; a retry is still
		// looked for in the conversation below.
		log.Error("event id not recorded; answering all the same", slog.Any("err", err))
		first = true
	}
	if !first {
		log.Info("ignored a repeated event", slog.Int("retry", retry))
		a.metrics.eventDeduplicated()
		return false
	}
	if retry == 0 {
		return true
	}
	landed, err := a.findReply(ctx, to)
	if err != nil {
		log.Warn("could not look for an earlier reply to a retried event; answering", errAttr(err), slog.Int("retry", retry))
		return true
	}
	if landed {
		log.Info("a retried event was answered before; not answering again", slog.Int("retry", retry))
		a.metrics.eventDeduplicated()
		return false
	}
	return true
}

// parseMessage reads the text of a mention or a direct message: a command
// as after "/deal" (the "/deal" itself may be typed too).
func parseMessage(text string) Command {
	text = strings.TrimSpace(plainText(text))
	if rest, ok := strings.CutPrefix(text, "/deal"); ok && (rest == "" || rest[0] == ' ') {
		text = rest
	}
	return ParseCommand(text)
}

// interaction handles a button press after it was acknowledged.
func (a *SlackApp) interaction(cb slack.InteractionCallback) {
	if cb.Type != slack.InteractionTypeBlockActions {
		return
	}
	log := a.log.With(slog.String("team", cb.Team.ID), slog.String("channel", cb.Channel.ID), slog.String("user", cb.User.ID))
	for _, act := range cb.ActionCallback.BlockActions {
		log := log.With(slog.String("action", act.ActionID))
		ref, err := decodeRef(act.Value)
		if err != nil {
			log.Warn("ignored a button press", slog.Any("err", err))
			continue
		}
		a.goSafe(log, func() { a.press(log, cb, act.ActionID, ref) })
	}
}

// userIDPattern is the shape of a Slack user id; only such ids are ever
// turned into a mention.
var userIDPattern = regexp.MustCompile(`^[UW][A-Z0-9]{2,}$`)

// press carries out one button.
func (a *SlackApp) press(log *slog.Logger, cb slack.InteractionCallback, actionID string, ref askRef) {
	switch actionID {
	case actionFeedbackUp, actionFeedbackDown:
		vote := "up"
		if actionID == actionFeedbackDown {
			vote = "down"
		}
		log.Info("feedback", slog.String("vote", vote), slog.String("answer", ref.Answer), slog.Any("excerpts", ref.Excerpts))
		a.respond(log, cb.ResponseURL, textMessage(thanksText, true))
	case actionMore, actionShare:
		if m, limited := a.overLimit(log, cb.User.ID, true); limited {
			a.respond(log, cb.ResponseURL, m)
			return
		}
		ctx, cancel := context.WithTimeout(a.work, answerTimeout)
		defer cancel()
		ans, err := a.bot.AskTopic(ctx, ref.Topic, ref.Question)
		if err != nil {
			log.Error("answer failed", slog.Any("err", err))
			a.respond(log, cb.ResponseURL, textMessage(apologyText, true))
			return
		}
		if actionID == actionMore {
			a.respond(log, cb.ResponseURL, moreMessage(ans, ref))
			return
		}
		m := answerMessage(ans, false)
		m.ResponseType = slack.ResponseTypeInChannel
		if userIDPattern.MatchString(cb.User.ID) {
			m.Blocks = append([]slack.Block{contextLine("Shared by <@" + cb.User.ID + ">")}, m.Blocks...)
		}
		if err := a.respond(log, cb.ResponseURL, m); err != nil {
			// The private copy stays, with a word on what happened.
			a.respond(log, cb.ResponseURL, textMessage(shareFailedText, true))
			return
		}
		a.respond(log, cb.ResponseURL, message{DeleteOriginal: true}) // the ephemeral copy
		log.Info("shared an answer", slog.String("answer", answerID(ans.Topic, ans.Question)))
	default:
		log.Warn("ignored an unknown button")
	}
}
