package bot

// Stage 0, continued: links in a message. People paste the story they are
// asking about ("Why did Ishiba quit (see https://…)?"); Slack sends the
// address as text. Read as words, its host and path were things the
// coverage must name, and the answer came back in part.

import (
	"regexp"
	"strings"
)

// link finds a web address in a message, with what introduces it in
// brackets: "https://…", "www.…", "(see https://…)", "(via https://…)".
var link = regexp.MustCompile(`(?i)(\(\s*(see|via|source:?|from)?\s*)?\b(https?://|www\.)[^\s<>()]*[^\s<>().,;:!?'"”’)]\)?`)

// withoutLinks returns a message with its web addresses taken out.
func withoutLinks(msg string) string {
	if !strings.Contains(msg, "://") && !strings.Contains(strings.ToLower(msg), "www.") {
		return msg
	}
	msg = strings.Join(strings.Fields(link.ReplaceAllString(msg, " ")), " ")
	return spaceBeforeStop.ReplaceAllString(msg, "$1")
}

// spaceBeforeStop finds a space left before a mark that ends a clause
// where a link was taken out: "quit (see https://…)?" → "quit ?".
var spaceBeforeStop = regexp.MustCompile(` ([?!.,;:])`)
