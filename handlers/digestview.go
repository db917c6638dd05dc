package handlers

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/dealbot/dealbot/bot"
	"github.com/dealbot/dealbot/corpus"
)

// DigestTitle opens every digest.
const DigestTitle = "Japan–US trade deal digest"

// digestFooter says how to ask for more; it is the same in every digest.
const digestFooter = "Ask me anything about the deal: /deal <question>, /deal tariffs (or fund, politics, …), or mention me in a channel. Every answer quotes the coverage and cites it."

// digestDateLayout is how a digest names its day; itemDateLayout how it
// dates a document.
const (
	digestDateLayout = "Monday 2 January 2006"
	itemDateLayout   = "2 Jan 2006"
)

// maxQuote bounds a quoted sentence in the sections that quote several
// sentences a line (sources differ), so the section stays readable.
const maxQuote = 220

// digestSources numbers the documents a digest cites, in the order they
// are first cited, so that each line cites "[1 ¶2]" and a list at the end
// says what [1] is.
type digestSources struct {
	order []corpus.Citation // one a document
	num   map[string]int    // doc id → number
}

func newDigestSources(d bot.Digest) *digestSources {
	s := &digestSources{num: map[string]int{}}
	add := func(e bot.Excerpt) {
		for _, c := range append([]corpus.Citation{e.Citation}, e.AlsoIn...) {
			if _, ok := s.num[c.DocID]; !ok && c.DocID != "" {
				s.order = append(s.order, c)
				s.num[c.DocID] = len(s.order)
			}
		}
	}
	for _, c := range d.New {
		add(c.Lead)
	}
	for _, c := range d.Changes {
		add(c.From.Excerpt)
		add(c.To.Excerpt)
	}
	for _, df := range d.Differences {
		for _, v := range df.Versions {
			add(v.Excerpt)
		}
	}
	for _, f := range d.Figures {
		add(f.Excerpt)
	}
	for _, t := range d.Topics {
		add(t.Excerpt)
	}
	for _, q := range d.Questions {
		add(q.Excerpt)
	}
	return s
}

// cite is one citation: "1 ¶2".
func (s *digestSources) cite(c corpus.Citation) string {
	return fmt.Sprintf("%d ¶%d", s.num[c.DocID], c.Paragraph)
}

// ref is the citation of one excerpt: "[1 ¶2; 2 ¶1]".
func (s *digestSources) ref(e bot.Excerpt) string {
	parts := []string{s.cite(e.Citation)}
	for _, c := range e.AlsoIn {
		parts = append(parts, s.cite(c))
	}
	return "[" + strings.Join(parts, "; ") + "]"
}

// source describes one numbered document: title, publisher, edition.
func source(c corpus.Citation) string {
	parts := []string{corpus.Clip(c.Title, 200)}
	if c.Publisher != "" {
		parts = append(parts, c.Publisher)
	}
	if c.Edition != "" {
		parts = append(parts, c.Edition+" edition")
	}
	return strings.Join(parts, ", ")
}

// editions says which editions a new article came in.
func editions(c bot.Coverage) string {
	switch len(c.Editions) {
	case 0:
		return ""
	case 1:
		return c.Editions[0] + " edition"
	}
	return strings.Join(c.Editions[:len(c.Editions)-1], ", ") + " and " + c.Editions[len(c.Editions)-1] + " editions"
}

// itemDate dates a document in a digest line.
func itemDate(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.Format(itemDateLayout)
}

// outletsOf names the outlets of an excerpt and the documents also citing
// it, each once.
func outletsOf(e bot.Excerpt) string {
	var out []string
	for _, c := range append([]corpus.Citation{e.Citation}, e.AlsoIn...) {
		p := c.Publisher
		if p == "" {
			p = c.Title
		}
		if p != "" && !contains(out, p) {
			out = append(out, p)
		}
	}
	return strings.Join(out, "; ")
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// digestLine is one bullet of a digest section, as plain text; mrkdwn
// renders the same parts with escaping and emphasis.
type digestLine struct {
	lead  string // bold in Slack: a date, a figure, a topic
	label string // after the lead: what the figure is, who published
	quote string // a verbatim excerpt
	note  string // said instead of, or after, a quote
	ref   string // its citation
}

// digestSection is a titled list of lines.
type digestSection struct {
	title string
	lines []digestLine
}

// digestSections lays out a digest once for both renderers. A section
// with nothing in it is left out.
func digestSections(d bot.Digest, src *digestSources) []digestSection {
	var out []digestSection
	add := func(s digestSection) {
		if len(s.lines) > 0 {
			out = append(out, s)
		}
	}

	news := digestSection{title: "New coverage"}
	for _, c := range d.New {
		label := corpus.Clip(c.Title, 200)
		by := c.Publisher
		if e := editions(c); e != "" {
			by = strings.TrimPrefix(by+", "+e, ", ")
		}
		if by != "" {
			label += " (" + by + ")"
		}
		news.lines = append(news.lines, digestLine{lead: itemDate(c.Published), label: label, quote: c.Lead.Text, ref: src.ref(c.Lead)})
	}
	if d.MoreNew > 0 {
		news.lines = append(news.lines, digestLine{note: fmt.Sprintf("…and %d more new documents (/deal sources lists them).", d.MoreNew)})
	}
	add(news)

	changes := digestSection{title: "What changed"}
	for _, c := range d.Changes {
		from, to := c.From.Value, c.To.Value
		if !c.From.Date.Equal(c.To.Date) {
			from += " (" + itemDate(c.From.Date) + ")"
			to += " (" + itemDate(c.To.Date) + ")"
		}
		note := from + " → " + to
		if c.When != "" {
			note += ", effective " + c.When
		}
		changes.lines = append(changes.lines, digestLine{lead: capitalize(c.Label), note: note,
			ref: "[" + src.cite(c.From.Citation) + " → " + src.cite(c.To.Citation) + "]"})
	}
	add(changes)

	differ := digestSection{title: "Sources differ"}
	for _, df := range d.Differences {
		for _, v := range df.Versions {
			l := digestLine{lead: capitalize(df.Label), label: outletsOf(v.Excerpt), quote: corpus.Clip(v.Text, maxQuote), ref: src.ref(v.Excerpt)}
			differ.lines = append(differ.lines, l)
		}
	}
	add(differ)

	figures := digestSection{title: "Key figures"}
	for _, f := range d.Figures {
		l := digestLine{lead: f.Value, label: f.Label, ref: src.ref(f.Excerpt)}
		if f.New {
			l.label += " (new)"
		}
		figures.lines = append(figures.lines, l)
	}
	add(figures)

	topics := digestSection{title: "By topic"}
	for _, t := range d.Topics {
		topics.lines = append(topics.lines, digestLine{lead: t.Label, label: itemDate(publishedOf(d, t.Excerpt)), quote: t.Excerpt.Text, ref: src.ref(t.Excerpt)})
	}
	add(topics)

	questions := digestSection{title: "Open questions"}
	for _, q := range d.Questions {
		questions.lines = append(questions.lines, digestLine{lead: capitalize(q.What), quote: q.Text, ref: src.ref(q.Excerpt)})
	}
	add(questions)
	return out
}

// publishedOf is the publication date of an excerpt's document, where the
// digest knows it.
func publishedOf(d bot.Digest, e bot.Excerpt) time.Time {
	for _, c := range d.New {
		if contains(c.DocIDs, e.DocID) {
			return c.Published
		}
	}
	return time.Time{}
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// digestHeader is the digest's title line with its day.
func digestHeader(d bot.Digest) string {
	return DigestTitle + " — " + d.Date.Format(digestDateLayout)
}

// WriteDigest prints a digest as plain text, for the terminal.
func WriteDigest(w io.Writer, d bot.Digest) {
	src := newDigestSources(d)
	fmt.Fprintf(w, "%s\n", digestHeader(d))
	sections := digestSections(d, src)
	if len(sections) == 0 {
		fmt.Fprintf(w, "\nNo coverage yet.\n")
	}
	for _, s := range sections {
		fmt.Fprintf(w, "\n%s\n", strings.ToUpper(s.title))
		for _, l := range s.lines {
			fmt.Fprintln(w, plainFormat.line(l))
		}
	}
	if len(src.order) > 0 {
		fmt.Fprintf(w, "\nSOURCES\n")
		for i, c := range src.order {
			fmt.Fprintf(w, "[%d] %s", i+1, source(c))
			if c.URL != "" {
				fmt.Fprintf(w, " <%s>", c.URL)
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintf(w, "\n%s\n", digestFooter)
}

// lineFormat is how a renderer marks up a digest line.
type lineFormat struct {
	text   func(string) string // corpus text
	strong func(string) string // the lead
	quiet  func(string) string // a note
}

func asIs(s string) string { return s }

var (
	plainFormat  = lineFormat{text: asIs, strong: asIs, quiet: asIs}
	mrkdwnFormat = lineFormat{
		text:   Escape,
		strong: func(s string) string { return "*" + Escape(s) + "*" },
		quiet:  Escape,
	}
)

// line renders "• lead — label: “quote” note [ref]".
func (f lineFormat) line(l digestLine) string {
	var parts []string
	var head []string
	if l.lead != "" {
		head = append(head, f.strong(l.lead))
	}
	if l.label != "" {
		head = append(head, f.text(l.label))
	}
	if len(head) > 0 {
		h := strings.Join(head, " — ")
		if l.quote != "" || l.note != "" {
			h += ":"
		}
		parts = append(parts, h)
	}
	if l.quote != "" {
		parts = append(parts, "“"+f.text(l.quote)+"”")
	}
	if l.note != "" {
		parts = append(parts, f.quiet(l.note))
	}
	if l.ref != "" {
		parts = append(parts, l.ref)
	}
	return "• " + strings.Join(parts, " ")
}

// DigestBlocks renders a digest as Block Kit: a header with the day, a
// section per part, the numbered sources and a footer on how to ask. It
// has the sections the text has, stays within Slack's limits on blocks
// and text lengths, and all coverage text in it is escaped, so no
// document can mention or link anything.
func DigestBlocks(d bot.Digest) []slack.Block {
	src := newDigestSources(d)
	blocks := []slack.Block{slack.NewHeaderBlock(plainObj(clipRunes(digestHeader(d), maxHeaderText)))}
	for _, s := range digestSections(d, src) {
		lines := []string{"*" + s.title + "*"}
		for _, l := range s.lines {
			lines = append(lines, mrkdwnFormat.line(l))
		}
		blocks = append(blocks, slack.NewDividerBlock())
		blocks = append(blocks, packLines(lines, maxDigestSections, "more line")...)
	}
	if len(src.order) > 0 {
		lines := []string{"*Sources*"}
		for i, c := range src.order {
			lines = append(lines, fmt.Sprintf("[%d] %s", i+1, strings.Join(describe(c.Title, c.URL, c.Publisher, c.Edition), ", ")))
		}
		blocks = append(blocks, slack.NewDividerBlock())
		blocks = append(blocks, packLines(lines, maxDigestSections, "more source")...)
	}
	if len(blocks) >= maxBlocks {
		blocks = blocks[:maxBlocks-1]
	}
	return append(blocks, contextLine(Escape(digestFooter)))
}

// maxDigestSections bounds the sections of one part of the digest, so the
// whole stays within Slack's 50 blocks: 7 parts of at most 3 sections and
// a divider each, the sources, a header and a footer.
const maxDigestSections = 3

// DigestSummary is the notification text of a digest post.
func DigestSummary(d bot.Digest) string {
	return fmt.Sprintf("%s for %s: %s, %s, %s, %s.", DigestTitle, d.Date.Format(digestDateLayout),
		plural(len(d.New)+d.MoreNew, "new article"), plural(len(d.Changes), "change"),
		plural(len(d.Figures), "key figure"), plural(len(d.Questions), "open question"))
}
