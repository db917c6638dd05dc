// Package handlers is dealbot's transport: the local console and Slack.
// It renders bot answers and knows nothing of the index behind them.
package handlers

import (
	"strings"

	"github.com/dealbot/dealbot/bot"
)

// CommandKind says what a command asks for.
type CommandKind int

// The kinds of command "/deal" understands.
const (
	CommandHelp CommandKind = iota
	CommandAsk
	CommandSources
	CommandDigest
)

// Command is the parsed text of "/deal …" (or a mention, or a DM).
type Command struct {
	Kind     CommandKind
	Topic    string // "" unless the text starts with a topic name
	Question string
}

// ParseCommand reads the text after "/deal". Empty text and "help" ask
// for help; "sources" and "digest" name those views; a leading topic name
// scopes the question ("tariffs what rate does Japan pay?"); anything else
// is a question.
func ParseCommand(text string) Command {
	text = strings.TrimSpace(text)
	first, rest, _ := strings.Cut(text, " ")
	rest = strings.TrimSpace(rest)
	switch strings.ToLower(strings.TrimRight(first, ":?!.")) {
	case "", "help", "?":
		if rest == "" {
			return Command{Kind: CommandHelp}
		}
	case "sources":
		if rest == "" {
			return Command{Kind: CommandSources}
		}
	case "digest":
		if rest == "" {
			return Command{Kind: CommandDigest}
		}
	}
	if t := strings.ToLower(strings.TrimRight(first, ":")); bot.IsTopic(t) {
		return Command{Kind: CommandAsk, Topic: t, Question: rest}
	}
	return Command{Kind: CommandAsk, Question: text}
}

// ParseSlash reads a slash command: "/deal" and its text as ParseCommand
// does, and the topic shortcuts "/tariffs", "/fund" and "/politics" as a
// question within that topic (empty text asks for the topic's best
// passages). Slack markup in the text (<@U…>, links, entities) is turned
// back into what the person typed.
func ParseSlash(command, text string) Command {
	text = plainText(text)
	if topic, ok := shortcutTopics[strings.ToLower(command)]; ok {
		return Command{Kind: CommandAsk, Topic: topic, Question: strings.TrimSpace(text)}
	}
	return ParseCommand(text)
}

// shortcutTopics are the slash commands that name a topic.
var shortcutTopics = map[string]string{
	"/tariffs":  "tariffs",
	"/fund":     "fund",
	"/politics": "politics",
}
