package handlers

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// mrkdwnEscaper turns Slack's three control characters into the entities
// Slack decodes for display. Without '<' nothing can open a link, a user
// mention (<@U…>) or a special mention (<!channel>, <!here>, <!everyone>).
var mrkdwnEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// wordJoiner is an invisible character that keeps a bare "@here" from being
// read as a mention where Slack auto-parses text (non-verbatim mrkdwn,
// notification fallbacks) without changing what people see.
const wordJoiner = "\u2060"

// bareMention finds the words Slack may turn into a broadcast on its own.
var bareMention = regexp.MustCompile(`(?i)@(channel|here|everyone)`)

// Escape makes user or corpus text safe to put inside any Slack text
// object: '&', '<' and '>' become entities and a bare @channel, @here or
// @everyone is broken with an invisible word joiner. Invalid UTF-8 is
// replaced. The result shows the same characters as the input and can never
// form a link or a mention.
func Escape(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = mrkdwnEscaper.Replace(s)
	return bareMention.ReplaceAllString(s, "@"+wordJoiner+"$1")
}

// fit clips raw text so that its escaped form has at most max characters,
// marking a cut with "…", and returns the escaped form. Clipping the raw
// text, not the escaped one, never leaves half an entity behind.
func fit(s string, max int) string {
	out := Escape(s)
	for utf8.RuneCountInString(out) > max {
		// Cut the raw text by the excess, at least one rune, and retry: the
		// escaped text shrinks by at least as much.
		excess := utf8.RuneCountInString(out) - max + 1
		r := []rune(strings.TrimSuffix(s, "…"))
		if excess > len(r) {
			excess = len(r)
		}
		s = strings.TrimRight(string(r[:len(r)-excess]), " ") + "…"
		out = Escape(s)
	}
	return out
}

// slackMarkup matches Slack's angle-bracket markup in incoming text:
// <@U123>, <#C123|general>, <!here>, <https://…|label>.
var slackMarkup = regexp.MustCompile(`<([^<>]*)>`)

// plainText turns the text of an incoming message or command, as Slack
// sends it, into what the person typed: markup becomes its label, and the
// entities Slack escapes are decoded. The bot searches this text; it is
// escaped again whenever it is shown.
func plainText(s string) string {
	s = slackMarkup.ReplaceAllStringFunc(s, func(m string) string {
		target, label, hasLabel := strings.Cut(m[1:len(m)-1], "|")
		switch {
		case strings.HasPrefix(target, "@"), strings.HasPrefix(target, "#"):
			if hasLabel {
				return target[:1] + label
			}
			return target
		case strings.HasPrefix(target, "!"):
			if hasLabel {
				return label
			}
			name, _, _ := strings.Cut(target[1:], "^")
			return "@" + name
		case hasLabel:
			return label
		default:
			return target
		}
	})
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
}
