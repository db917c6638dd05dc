package handlers

import "github.com/slack-go/slack"

// attachmentsText tells someone who sent the bot a file that it reads
// only the text of messages: silence would look like a broken bot.
const attachmentsText = "I don't read attached files; I answer from the coverage listed by `/deal sources`. Type your question as text."

// withNote adds note as a last, quiet line of m, when Slack's block limit
// leaves room for it.
func withNote(m message, note string) message {
	if len(m.Blocks) < maxBlocks {
		m.Blocks = append(append([]slack.Block(nil), m.Blocks...), contextLine(note))
	}
	return m
}
