package handlers

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/bot"
)

// Follow-ups: people go on in the thread the bot answered in ("@dealbot
// who replaced him?") or in its direct messages ("and for Korea?"). Such a
// question is read after the questions asked before it in the same
// conversation (bot.FollowUp), which Slack holds: nothing is stored, so
// every replica reads a thread alike, and after a restart too.
const (
	// maxEarlier is how many earlier questions of a conversation a
	// follow-up is read with.
	maxEarlier = 4
	// followUpWindow is how far back a direct message's earlier
	// questions are looked for: a question of yesterday starts afresh.
	followUpWindow = 30 * time.Minute
	// followUpLookup bounds the reading of a conversation, retries and
	// a rate limit's wait included: past it, the question is answered as
	// typed rather than late.
	followUpLookup = 3 * time.Second
	// maxThreadPages bounds the pages of a long thread read.
	maxThreadPages = 10
)

// askingSubTypes are the kinds of message that may ask the bot: a plain
// one, a thread reply also sent to the channel, one with a file.
var askingSubTypes = map[string]bool{"": true, "thread_broadcast": true, "file_share": true}

// withEarlier returns cmd with its question read after the questions asked
// before it in its conversation (see bot.FollowUp), when it leans on them:
// in a thread, the messages before it that ask the bot (that mention it,
// or any of a direct message's); in a direct message outside a thread,
// the person's messages of the last followUpWindow. A mention that opens
// a thread has nothing before it. When the conversation cannot be read,
// the question is answered as it was typed.
func (a *SlackApp) withEarlier(ctx context.Context, log *slog.Logger, to replyTo, user string, cmd Command, dm bool) Command {
	if cmd.Kind != CommandAsk || cmd.Topic != "" || !bot.LeansOnEarlier(cmd.Question) || !dm && to.thread == to.after {
		return cmd
	}
	ctx, cancel := context.WithTimeout(ctx, a.lookup)
	defer cancel()
	earlier, err := a.earlierQuestions(ctx, to, user, dm)
	if err != nil {
		log.Warn("could not read the conversation for a follow-up; answering the question as typed", errAttr(err))
		return cmd
	}
	if q, ok := bot.FollowUp(earlier, cmd.Question); ok {
		log.Info("read as a follow-up", slog.Int("earlier_questions", len(earlier)))
		cmd.Question = q
	}
	return cmd
}

// earlierQuestions returns the questions asked of the bot before to.after
// in its conversation, oldest first, at most maxEarlier (see withEarlier).
func (a *SlackApp) earlierQuestions(ctx context.Context, to replyTo, user string, dm bool) ([]string, error) {
	var msgs []slack.Message
	if to.thread != "" {
		// A thread comes oldest first, a page at a time: the questions
		// just before the follow-up are on its last page.
		cursor := ""
		for range maxThreadPages {
			m, more, next, err := a.api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{
				ChannelID: to.channel, Timestamp: to.thread, Latest: to.after, Limit: 200, Cursor: cursor,
			})
			if err != nil {
				return nil, err
			}
			msgs = append(msgs, m...)
			if !more || next == "" {
				break
			}
			cursor = next
		}
	} else {
		sec, micro, ok := timestamp(to.after)
		if !ok {
			return nil, fmt.Errorf("message timestamp %q", to.after)
		}
		oldest := fmt.Sprintf("%d.%06d", sec-int64(followUpWindow.Seconds()), micro)
		res, err := a.api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{
			ChannelID: to.channel, Latest: to.after, Oldest: oldest, Limit: 20,
		})
		if err != nil {
			return nil, err
		}
		msgs = slices.Clone(res.Messages)
		slices.Reverse(msgs) // history is newest first
	}
	var asked []string
	for _, m := range msgs {
		if !before(m.Timestamp, to.after) || m.BotID != "" || m.User == "" || m.User == a.userID || !askingSubTypes[m.SubType] {
			continue
		}
		if dm && m.User != user || !dm && !a.mention.MatchString(m.Text) {
			continue // another person's, or not asked of the bot
		}
		if cmd := parseMessage(strings.TrimSpace(a.mention.ReplaceAllString(m.Text, " "))); cmd.Kind == CommandAsk && cmd.Topic == "" {
			asked = append(asked, cmd.Question)
		}
	}
	return asked[max(0, len(asked)-maxEarlier):], nil
}

// before reports whether Slack timestamp ts ("1700000600.000100") is
// earlier than after; false when either is no timestamp. The parts are
// compared as integers: a float64 holds only about sixteen digits.
func before(ts, after string) bool {
	s1, f1, ok1 := timestamp(ts)
	s2, f2, ok2 := timestamp(after)
	return ok1 && ok2 && (s1 < s2 || s1 == s2 && f1 < f2)
}

// timestamp splits a Slack timestamp into its seconds and microseconds.
func timestamp(ts string) (sec, micro int64, ok bool) {
	s, f, _ := strings.Cut(ts, ".")
	sec, err := strconv.ParseInt(s, 10, 64)
	if err != nil || len(f) > 6 {
		return 0, 0, false
	}
	if f != "" {
		if micro, err = strconv.ParseInt(f+strings.Repeat("0", 6-len(f)), 10, 64); err != nil {
			return 0, 0, false
		}
	}
	return sec, micro, true
}
