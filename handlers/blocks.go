package handlers

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
)

// Slack's Block Kit limits, in characters.
const (
	maxBlocks      = 50
	maxSectionText = 3000
	maxHeaderText  = 150
	maxButtonValue = 2000
	maxButtonText  = 75
)

// The action ids of dealbot's buttons.
const (
	actionShare        = "dealbot_share"
	actionMore         = "dealbot_more"
	actionFeedbackUp   = "dealbot_feedback_up"
	actionFeedbackDown = "dealbot_feedback_down"
)

// Messages that say the same thing wherever they are shown.
const (
	apologyText     = "Sorry, I couldn't search the coverage just now. Please try again in a minute."
	notCoveredHint  = "Try other words, a topic (`/deal fund`), or `/deal sources` to see what the coverage includes."
	thanksText      = "Thanks — your feedback was recorded."
	noMoreText      = "There are no further excerpts for this question."
	shareFailedText = "Sorry, I couldn't share this answer in the channel just now; it is still here for you. Please try again in a minute."
)

// message is a Slack message as dealbot sends it: in an HTTP response, a
// Socket Mode acknowledgement, a response_url post or chat.postMessage.
type message struct {
	ResponseType    string        `json:"response_type,omitempty"`
	ReplaceOriginal bool          `json:"replace_original,omitempty"`
	DeleteOriginal  bool          `json:"delete_original,omitempty"`
	Text            string        `json:"text"` // the plain fallback for notifications and old clients
	Blocks          []slack.Block `json:"blocks,omitempty"`
}

// askRef is what a button needs to ask a question again or to name an
// answer; it travels, JSON-encoded, in the button's value.
type askRef struct {
	Topic    string   `json:"t,omitempty"`
	Question string   `json:"q,omitempty"`
	Offset   int      `json:"o,omitempty"` // the first excerpt of Answer.More to show
	Answer   string   `json:"a,omitempty"` // answer id, for feedback
	Excerpts []string `json:"e,omitempty"` // excerpt ids, for feedback
}

// encodeRef returns ref as a button value of at most maxButtonValue bytes,
// shortening the question if it must.
func encodeRef(ref askRef) string {
	for {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(ref) // a struct of strings and ints always encodes
		v := strings.TrimSuffix(buf.String(), "\n")
		if len(v) <= maxButtonValue || ref.Question == "" {
			return v
		}
		r := []rune(ref.Question)
		ref.Question = string(r[:len(r)*3/4])
	}
}

// decodeRef reads a button value; a topic dealbot does not know is dropped.
func decodeRef(v string) (askRef, error) {
	var ref askRef
	if err := json.Unmarshal([]byte(v), &ref); err != nil {
		return askRef{}, fmt.Errorf("decode button value: %w", err)
	}
	if !bot.IsTopic(ref.Topic) {
		ref.Topic = ""
	}
	if ref.Offset < 0 {
		ref.Offset = 0
	}
	return ref, nil
}

// answerID names an answer in logs without its text.
func answerID(topic, question string) string {
	sum := sha256.Sum256([]byte(topic + "\x00" + question))
	return hex.EncodeToString(sum[:6])
}

// excerptID names an excerpt by its place in the coverage.
func excerptID(e bot.Excerpt) string {
	return fmt.Sprintf("%s#p%d", e.DocID, e.Paragraph)
}

func plainObj(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.PlainTextType, s, true, false)
}

// mrkdwnObj is a mrkdwn text object; verbatim, so that Slack links and
// mentions nothing on its own.
func mrkdwnObj(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, s, false, true)
}

func section(text string) *slack.SectionBlock {
	return slack.NewSectionBlock(mrkdwnObj(text), nil, nil)
}

func contextLine(text string) *slack.ContextBlock {
	return slack.NewContextBlock("", mrkdwnObj(text))
}

func button(actionID, label string, ref askRef) *slack.ButtonBlockElement {
	return slack.NewButtonBlockElement(actionID, encodeRef(ref), plainObj(label))
}

// answerMessage renders an answer. A slash-command reply is ephemeral and
// offers to share it in the channel; every answer offers more excerpts
// (when there are more) and 👍/👎 feedback.
func answerMessage(ans bot.Answer, slash bool) message {
	var blocks []slack.Block
	title := strings.Join(strings.Fields(ans.Question), " ") // a header is one line
	if title == "" && ans.Topic != "" {
		title = "Best passages on " + ans.Topic
	}
	if title != "" {
		blocks = append(blocks, slack.NewHeaderBlock(plainObj(fit(title, maxHeaderText))))
	}
	if ans.Topic != "" {
		blocks = append(blocks, contextLine("Topic: *"+Escape(ans.Topic)+"*"))
	}
	if !ans.Covered {
		blocks = append(blocks, section(fit(ans.Text, maxSectionText)), contextLine(notCoveredHint))
	} else {
		blocks = append(blocks, section(fit(ans.Text, maxSectionText)), slack.NewDividerBlock())
		blocks = append(blocks, excerptBlocks(ans.Excerpts, 1)...)
	}

	ref := askRef{Topic: ans.Topic, Question: ans.Question}
	var buttons []slack.BlockElement
	if slash {
		share := button(actionShare, "Share in channel", ref)
		share.Style = slack.StylePrimary
		buttons = append(buttons, share)
	}
	if len(ans.More) > 0 {
		buttons = append(buttons, button(actionMore, "More excerpts", ref))
	}
	fb := askRef{Answer: answerID(ans.Topic, ans.Question)}
	for _, e := range ans.Excerpts {
		fb.Excerpts = append(fb.Excerpts, excerptID(e))
	}
	buttons = append(buttons, button(actionFeedbackUp, "👍", fb), button(actionFeedbackDown, "👎", fb))
	blocks = append(blocks, slack.NewActionBlock("dealbot_actions", buttons...))

	m := message{Text: answerText(ans), Blocks: blocks}
	if slash {
		m.ResponseType = slack.ResponseTypeEphemeral
	}
	return m
}

// answersMessage renders the answers to the questions of one message:
// each as answerMessage renders it, one after the other, each with its own
// buttons.
func answersMessage(answers []bot.Answer, slash bool) message {
	if len(answers) == 1 {
		return answerMessage(answers[0], slash)
	}
	var m message
	var texts []string
	for i, ans := range answers {
		one := answerMessage(ans, slash)
		for _, b := range one.Blocks {
			if ab, ok := b.(*slack.ActionBlock); ok {
				ab.BlockID = fmt.Sprintf("dealbot_actions_%d", i+1) // block IDs are unique within a message
			}
		}
		if i > 0 {
			m.Blocks = append(m.Blocks, slack.NewDividerBlock())
		}
		m.Blocks = append(m.Blocks, one.Blocks...)
		texts = append(texts, one.Text)
		m.ResponseType = one.ResponseType
	}
	m.Text = strings.Join(texts, "\n\n")
	return m
}

// moreMessage renders the excerpts of ans.More from ref.Offset on, with a
// button for the next ones. It is shown only to the person who asked.
func moreMessage(ans bot.Answer, ref askRef) message {
	m := message{ResponseType: slack.ResponseTypeEphemeral}
	if ref.Offset >= len(ans.More) {
		m.Text = noMoreText
		m.Blocks = []slack.Block{section(noMoreText)}
		return m
	}
	end := min(ref.Offset+bot.MaxExcerpts, len(ans.More))
	more := ans.More[ref.Offset:end]
	intro := "*More excerpts*"
	if ans.Question != "" {
		intro += " for “" + fit(ans.Question, maxHeaderText) + "”"
	}
	m.Blocks = append([]slack.Block{section(intro)}, excerptBlocks(more, bot.MaxExcerpts+ref.Offset+1)...)
	if end < len(ans.More) {
		next := ref
		next.Offset = end
		m.Blocks = append(m.Blocks, slack.NewActionBlock("dealbot_actions", button(actionMore, "More excerpts", next)))
	}
	var text strings.Builder
	for i, e := range more {
		fmt.Fprintf(&text, "[%d] “%s” — %s\n", bot.MaxExcerpts+ref.Offset+i+1, e.Text, CiteText(e))
	}
	m.Text = Escape(text.String())
	return m
}

// excerptBlocks renders numbered excerpts, starting at first: each a quote
// followed by a context line with its citation.
func excerptBlocks(es []bot.Excerpt, first int) []slack.Block {
	var blocks []slack.Block
	for i, e := range es {
		label := fmt.Sprintf(">*[%d]* ", first+i)
		quote := label + "“" + fit(e.Text, maxSectionText-len(label)-2) + "”"
		blocks = append(blocks, section(quote), contextLine(citeMrkdwn(e)))
	}
	return blocks
}

// citeMrkdwn is the citation of an excerpt for a context block: title
// (linked when the document has a web address), publisher, edition, date,
// section, paragraph, and where the same words appear too.
func citeMrkdwn(e bot.Excerpt) string {
	parts := describe(e.Title, e.URL, e.Publisher, e.Edition)
	if e.Published != "" {
		parts = append(parts, fit(e.Published, 20)) // which source is newer matters when sources differ
	}
	if e.Section != "" {
		parts = append(parts, "“"+fit(e.Section, 300)+"”")
	}
	parts = append(parts, fmt.Sprintf("¶%d", e.Paragraph))
	s := strings.Join(parts, " · ")
	if len(e.AlsoIn) > 0 {
		var also []string
		for _, c := range e.AlsoIn {
			also = append(also, fmt.Sprintf("%s ¶%d", fit(editionOrID(c.Edition, c.DocID), 200), c.Paragraph))
		}
		s += " · also in " + strings.Join(also, "; ")
	}
	return clipRunes(s, maxSectionText)
}

// describe names a document in mrkdwn: its bold title (linked when it has
// a web address), publisher and edition.
func describe(title, rawURL, publisher, edition string) []string {
	title = fit(title, 500)
	if u := safeURL(rawURL); u != "" {
		title = "<" + u + "|" + title + ">"
	}
	parts := []string{"*" + title + "*"}
	if publisher != "" {
		parts = append(parts, fit(publisher, 200))
	}
	if edition != "" {
		parts = append(parts, fit(edition, 100)+" edition")
	}
	return parts
}

// safeURL returns u escaped for a Slack link when it is an http(s) address,
// and "" otherwise, so that a document's url can never become a mention.
func safeURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return strings.NewReplacer("&", "&amp;", "<", "%3C", ">", "%3E", "|", "%7C", " ", "%20").Replace(p.String())
}

// clipRunes cuts already-formatted text to max characters, on a space.
func clipRunes(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)[:max-1]
	if i := strings.LastIndexByte(string(r), ' '); i > 0 {
		return string(r)[:i] + "…"
	}
	return string(r) + "…"
}

// answerText is the plain fallback of an answer, escaped: what the
// console prints, led by the answer sentence for notifications.
func answerText(ans bot.Answer) string {
	var b strings.Builder
	writeAnswer(&b, ans, true)
	return Escape(strings.TrimSpace(b.String()))
}

// helpMessage explains the commands. Slash replies are ephemeral.
func helpMessage(slash bool) message {
	topics := "`" + strings.Join(bot.Topics, "`, `") + "`"
	text := "*Ask me about the Japan–US trade agreement.* I answer from the news coverage I index, " +
		"quoting it verbatim and citing every excerpt.\n" +
		"• `/deal who decides which projects the fund invests in?` — ask a question\n" +
		"• `/deal fund` or `/deal fund who reviews the projects?` — the best passages within a topic: " + topics + "\n" +
		"• `/tariffs`, `/fund`, `/politics` — shortcuts for those topics\n" +
		"• `/deal sources` — the coverage I answer from\n" +
		"• `/deal digest` — a private preview of today's digest\n" +
		"• `/deal help` — this text\n" +
		"Mention me in a channel or send me a direct message to ask the same way; I reply in the thread."
	m := message{Text: HelpText, Blocks: []slack.Block{section(text)}}
	if slash {
		m.ResponseType = slack.ResponseTypeEphemeral
	}
	return m
}

// textMessage is a one-section message, such as an apology.
func textMessage(text string, slash bool) message {
	m := message{Text: text, Blocks: []slack.Block{section(text)}}
	if slash {
		m.ResponseType = slack.ResponseTypeEphemeral
	}
	return m
}

// sourcesMessage lists the coverage: title, publisher, date, edition and
// passage count of each document, then the files that were skipped and
// why. Lines are packed into sections within Slack's limits.
func sourcesMessage(docs []corpus.Document, skipped []corpus.Skipped, slash bool) message {
	var lines []string
	for _, d := range docs {
		parts := describe(d.Title, d.URL, d.Publisher, d.Edition)
		if d.Published.IsZero() {
			parts = append(parts, "undated")
		} else {
			parts = append(parts, d.Published.Format("2 Jan 2006"))
		}
		parts = append(parts, plural(len(d.Passages()), "passage"))
		lines = append(lines, "• "+strings.Join(parts, " · "))
	}
	if len(lines) == 0 {
		lines = append(lines, "No documents are loaded.")
	}
	var skippedLines []string
	for _, s := range skipped {
		skippedLines = append(skippedLines, "• `"+fit(s.Path, 300)+"`: "+fit(s.Reason, 500))
	}

	head := fmt.Sprintf("I answer from %s.", plural(len(docs), "document"))
	blocks := []slack.Block{slack.NewHeaderBlock(plainObj("Sources")), section(head)}
	// Two blocks are kept for the skipped files' heading and list.
	blocks = append(blocks, packLines(lines, maxBlocks-len(blocks)-2, "document")...)
	if len(skippedLines) > 0 {
		blocks = append(blocks, contextLine(fmt.Sprintf("Skipped %s that could not be read:", plural(len(skipped), "file"))))
		blocks = append(blocks, packLines(skippedLines, 1, "file")...)
	}

	var text strings.Builder
	fmt.Fprintf(&text, "I answer from %s:\n", plural(len(docs), "document"))
	for _, d := range docs {
		fmt.Fprintf(&text, "- %s (%s)\n", d.Title, d.Publisher)
	}
	for _, s := range skipped {
		fmt.Fprintf(&text, "skipped %s: %s\n", s.Path, s.Reason)
	}
	m := message{Text: clipRunes(Escape(text.String()), maxSectionText), Blocks: blocks}
	if slash {
		m.ResponseType = slack.ResponseTypeEphemeral
	}
	return m
}

// packLines joins lines into at most maxSections sections of at most
// maxSectionText characters; lines that do not fit are counted in a final
// "…and N more" line.
func packLines(lines []string, maxSections int, noun string) []slack.Block {
	var blocks []slack.Block
	var cur strings.Builder
	const reserve = 40 // room for the "…and N more" line
	for i, line := range lines {
		line = clipRunes(line, maxSectionText-reserve)
		if cur.Len() > 0 && utf8.RuneCountInString(cur.String())+1+utf8.RuneCountInString(line) > maxSectionText-reserve {
			if len(blocks)+1 == maxSections {
				fmt.Fprintf(&cur, "\n…and %s more", plural(len(lines)-i, noun))
				break
			}
			blocks = append(blocks, section(cur.String()))
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte('\n')
		}
		cur.WriteString(line)
	}
	if cur.Len() > 0 {
		blocks = append(blocks, section(cur.String()))
	}
	return blocks
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if stem, ok := strings.CutSuffix(noun, "y"); ok && stem != "" && !strings.ContainsAny(stem[len(stem)-1:], "aeiou") {
		return fmt.Sprintf("%d %sies", n, stem) // a reply, 2 replies; a day, 2 days
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
