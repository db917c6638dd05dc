package handlers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"github.com/slack-go/slack"
)

// replyEventType tags dealbot's replies to mentions and direct messages in
// Slack message metadata, with the id of the event they answer, so that
// after a post that failed in a way that may have posted it all the same,
// the bot can look for it before posting again.
const replyEventType = "dealbot_reply"

// replyTo says where a reply to an event goes and what it answers.
type replyTo struct {
	channel string
	thread  string // the thread to reply in; "" for a DM answered in the conversation
	after   string // ts of the message answered: the reply comes after it
	eventID string // "" when unknown: a post that may have landed is then not repeated
}

// post delivers m with chat.postMessage, in a thread when to.thread is
// set. Slack's client already repeats what is safe to repeat (see
// retry.go). A post that may have landed despite failing (5xx, broken
// connection, timeout) is looked for in the conversation by its metadata
// and posted again only when it is not there, at most slackRetries times,
// so a reply is never posted twice. Every failure is logged with its
// cause; the outcome is logged when it took more than one try.
func (a *SlackApp) post(log *slog.Logger, to replyTo, m message) {
	ctx, cancel := context.WithTimeout(a.work, postTimeout)
	defer cancel()
	opts := []slack.MsgOption{
		slack.MsgOptionText(m.Text, false), slack.MsgOptionBlocks(m.Blocks...),
		slack.MsgOptionDisableLinkUnfurl(), slack.MsgOptionDisableMediaUnfurl(),
		slack.MsgOptionMetadata(slack.SlackMetadata{EventType: replyEventType, EventPayload: map[string]any{"event_id": to.eventID}}),
	}
	if to.thread != "" {
		opts = append(opts, slack.MsgOptionTS(to.thread))
	}
	wait := 2 * defaultClientConfig.backoff
	for attempt := 1; ; attempt++ {
		_, _, err := a.api.PostMessageContext(ctx, to.channel, opts...)
		if err == nil {
			if attempt > 1 {
				log.Info("reply posted", slog.Int("attempts", attempt))
			}
			return
		}
		if ctx.Err() != nil || !mayHaveLanded(err) || to.eventID == "" || attempt > slackRetries {
			log.Error("reply not delivered: chat.postMessage failed", errAttr(err), slog.Int("attempts", attempt))
			return
		}
		log.Warn("chat.postMessage failed but may have posted; looking for the reply before posting again",
			errAttr(err), slog.Int("attempt", attempt))
		if !sleepCtx(ctx, wait) {
			log.Error("reply may not be delivered: out of time", slog.Int("attempts", attempt))
			return
		}
		wait *= 2
		landed, err := a.findReply(ctx, to)
		if err != nil {
			log.Error("reply may not be delivered: could not look for it, so not posting again", errAttr(err), slog.Int("attempts", attempt))
			return
		}
		if landed {
			log.Info("the reply had been posted; not posting again", slog.Int("attempts", attempt))
			return
		}
	}
}

// findReply looks for dealbot's reply to to.eventID after to.after: in the
// thread, or in the conversation. One page (200 messages after the one
// answered) is enough: the reply follows within seconds.
func (a *SlackApp) findReply(ctx context.Context, to replyTo) (bool, error) {
	var msgs []slack.Message
	if to.thread != "" {
		m, _, _, err := a.api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{
			ChannelID: to.channel, Timestamp: to.thread, Oldest: to.after, Limit: 200, IncludeAllMetadata: true,
		})
		if err != nil {
			return false, err
		}
		msgs = m
	} else {
		res, err := a.api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{
			ChannelID: to.channel, Oldest: to.after, Limit: 200, IncludeAllMetadata: true,
		})
		if err != nil {
			return false, err
		}
		msgs = res.Messages
	}
	for _, m := range msgs {
		if postedBy(m, a.botID) && m.Metadata.EventType == replyEventType && m.Metadata.EventPayload["event_id"] == to.eventID {
			return true, nil
		}
	}
	return false, nil
}

// postedBy reports whether our bot, whose id is botID, posted m: only its
// own tagged messages count as posted replies or digests, not another
// app's tagged the same way. A token without a bot id ("") matches any.
func postedBy(m slack.Message, botID string) bool {
	return botID == "" || m.BotID == botID
}

// errAttr logs a Web API error without the URL it went to (a response_url
// is a credential of sorts). A final failure names Slack's last answer:
// its HTTP status and, for a 429, its Retry-After.
func errAttr(err error) slog.Attr {
	var ue *url.Error
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		return slog.String("err", fmt.Sprintf("HTTP 429 Too Many Requests (Retry-After %v)", rl.RetryAfter))
	}
	if errors.As(err, &ue) {
		return slog.String("err", ue.Op+": "+ue.Err.Error())
	}
	return slog.Any("err", err)
}

// sleepCtx waits d, or less when ctx ends first; it reports whether it
// waited the whole time.
func sleepCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
