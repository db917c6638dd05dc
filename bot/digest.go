package bot

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dealbot/dealbot/corpus"
)

// library is where the digest finds the coverage: every loaded document
// (and the files that could not be loaded, which the digest ignores). It
// is the same method "/deal sources" lists the coverage with.
type library interface {
	Documents() ([]corpus.Document, []corpus.Skipped)
}

// topicAsker finds the best passages of a topic; *Bot is one.
type topicAsker interface {
	AskTopic(ctx context.Context, topic, question string) (Answer, error)
}

// Digest is one day's summary of the coverage for one channel. Every line
// of it quotes the coverage and carries its citation.
type Digest struct {
	Date      time.Time   // when it was built, in the digest's zone: its calendar day is the digest's day
	New       []Coverage  // documents the channel's last digest did not cover, at most MaxNewCoverage
	MoreNew   int         // how many further new documents were left out
	Figures   []Figure    // money amounts and percentages, at most MaxFigures
	Topics    []TopicLine // one line a topic
	Questions []Excerpt   // what the coverage says is still unclear, at most MaxQuestions
	Documents []string    // ids of every document this digest covered: the next digest's seen set
}

// Coverage is one new document, or several editions of one article (same
// title and publisher), with the sentence that leads it.
type Coverage struct {
	Title     string
	Publisher string
	DocIDs    []string // the editions' document ids, in library order
	Editions  []string // their edition names, where the documents give one
	Lead      Excerpt  // the first full sentence of the first edition
}

// Figure is a money amount, range or percentage found in the coverage.
type Figure struct {
	Value string // as written: "$550 billion", "from $14 billion to $17 billion", "15%"
	Label string // a few words of the sentence saying what the figure is; may be ""
	New   bool   // first found in a document the channel's last digest did not cover
	Excerpt
}

// TopicLine is the digest's line for one topic.
type TopicLine struct {
	Topic   string  // one of Topics
	Label   string  // how the digest names it: "Tariff rates"
	Covered bool    // false when the coverage has nothing on the topic
	Excerpt Excerpt // the topic's best passage when Covered
}

// Limits on the length of a digest, so it stays readable and within
// Slack's message limits.
const (
	MaxNewCoverage = 10
	MaxFigures     = 8
	MaxQuestions   = 5
)

// coreTopics always have a line in a digest, covered or not; the other
// Topics appear when the coverage has something on them.
var coreTopics = []string{"tariffs", "fund", "politics"}

// topicLabels name topics in a digest where the topic's name alone would
// not say enough.
var topicLabels = map[string]string{
	"tariffs":  "Tariff rates",
	"fund":     "Fund governance",
	"politics": "Political context",
}

// Digester builds digests from a library of documents and a bot.
type Digester struct {
	lib library
	bot topicAsker
}

// NewDigester returns a Digester that reads the coverage from lib and
// finds each topic's best passage with b.
func NewDigester(lib library, b topicAsker) *Digester {
	return &Digester{lib: lib, bot: b}
}

// Digest builds the digest for now's day. seen holds the ids of the
// documents the channel's last digest covered (nil for a first digest):
// a document whose id is not in it is new coverage. Comparing id sets
// rather than dates keeps this right for documents without a publication
// date, for clocks that move, and for documents added late with an old date.
func (d *Digester) Digest(ctx context.Context, now time.Time, seen []string) (Digest, error) {
	docs, _ := d.lib.Documents()
	dg := Digest{Date: now}
	old := make(map[string]bool, len(seen))
	for _, id := range seen {
		old[id] = true
	}
	var fresh []corpus.Document
	for _, doc := range docs {
		dg.Documents = append(dg.Documents, doc.ID)
		if !old[doc.ID] {
			fresh = append(fresh, doc)
		}
	}
	dg.New = newCoverage(fresh)
	if len(dg.New) > MaxNewCoverage {
		dg.MoreNew = len(dg.New) - MaxNewCoverage
		dg.New = dg.New[:MaxNewCoverage]
	}
	var passages []corpus.Passage
	for _, doc := range docs {
		passages = append(passages, doc.Passages()...)
	}
	dg.Figures = keyFigures(passages, old)
	dg.Questions = openQuestions(passages)
	topics, err := d.topicLines(ctx, dg.Questions)
	if err != nil {
		return Digest{}, err
	}
	dg.Topics = topics
	return dg, nil
}

// newCoverage lists new documents, folding editions of one article.
func newCoverage(docs []corpus.Document) []Coverage {
	var out []Coverage
	for _, doc := range docs {
		i := slices.IndexFunc(out, func(c Coverage) bool {
			return c.Title == doc.Title && c.Publisher == doc.Publisher && doc.Title != ""
		})
		if i < 0 {
			out = append(out, Coverage{Title: doc.Title, Publisher: doc.Publisher, Lead: lead(doc)})
			i = len(out) - 1
		}
		out[i].DocIDs = append(out[i].DocIDs, doc.ID)
		if doc.Edition != "" {
			out[i].Editions = append(out[i].Editions, doc.Edition)
		}
	}
	return out
}

// lead is a document's first sentence of eight words or more (a
// dateline or a one-line kicker is not a lead), else its first sentence.
func lead(doc corpus.Document) Excerpt {
	ps := doc.Passages()
	for _, p := range ps {
		if len(strings.Fields(p.Text)) >= 8 {
			return Excerpt{Text: p.Text, Citation: p.Citation}
		}
	}
	if len(ps) > 0 {
		return Excerpt{Text: ps[0].Text, Citation: ps[0].Citation}
	}
	return Excerpt{Citation: corpus.Citation{DocID: doc.ID, Title: doc.Title, Publisher: doc.Publisher, Edition: doc.Edition, URL: doc.URL}}
}

// topicLines asks for each topic's best passage. A core topic that finds
// nothing on its own (an engine that does not yet rank a topic's passages
// without a question) is asked again with its name as the question; a
// line that repeats an earlier one, or one of the open questions, takes
// the topic's next passage.
func (d *Digester) topicLines(ctx context.Context, questions []Excerpt) ([]TopicLine, error) {
	order := append(slices.Clone(coreTopics), slices.DeleteFunc(slices.Clone(Topics), func(t string) bool {
		return slices.Contains(coreTopics, t)
	})...)
	var lines []TopicLine
	var shown []map[string]bool
	for _, q := range questions {
		shown = append(shown, gist(q.Text))
	}
	for _, topic := range order {
		core := slices.Contains(coreTopics, topic)
		line := TopicLine{Topic: topic, Label: topicLabel(topic)}
		ans, err := d.bot.AskTopic(ctx, topic, "")
		if err == nil && !ans.Covered && core {
			ans, err = d.bot.AskTopic(ctx, topic, topic)
		}
		if err != nil {
			return nil, fmt.Errorf("digest topic %s: %w", topic, err)
		}
		for _, e := range append(ans.Excerpts, ans.More...) {
			toks := gist(e.Text)
			if slices.ContainsFunc(shown, func(s map[string]bool) bool { return NearDuplicate(s, toks) }) {
				continue
			}
			line.Covered, line.Excerpt = true, e
			shown = append(shown, toks)
			break
		}
		if line.Covered || core {
			lines = append(lines, line)
		}
	}
	return lines, nil
}

func topicLabel(topic string) string {
	if l, ok := topicLabels[topic]; ok {
		return l
	}
	return capitalize(topic)
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// The figures the digest looks for: money in dollars or yen with an
// optional scale, and percentages; a range is two of them joined by
// "from … to …" or "between … and …".
const figurePattern = `(?:US|U\.S\.)?\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:trillion|billion|million|tn|bn|mn)\b)?` +
	`|¥\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:trillion|billion|million)\b)?` +
	`|\b\d[\d,]*(?:\.\d+)?\s(?:trillion|billion|million)\s(?:yen|dollars)\b` +
	`|\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)`

var (
	figureRe = regexp.MustCompile(figurePattern)
	rangeRe  = regexp.MustCompile(`\b(?:from|between)\s(` + figurePattern + `)\s(?:to|and)\s(` + figurePattern + `)`)
)

// keyFigures finds every figure in the passages, once each: a figure is
// identified by its normalised value, and kept with the first sentence it
// appears in. Another document stating the same fact (a near-identical
// sentence, or a matching label: another edition) is added to AlsoIn.
func keyFigures(ps []corpus.Passage, seen map[string]bool) []Figure {
	var out []Figure
	var keys []string
	var toks []map[string]bool
	for _, p := range ps {
		for _, f := range findFigures(p.Text) {
			key := figureKey(f.value)
			t := tokenSet(p.Text)
			if i := slices.Index(keys, key); i >= 0 {
				sameFact := NearDuplicate(toks[i], t) || labelsMatch(f.label, out[i].Label)
				if out[i].DocID != p.DocID && sameFact && !citesDoc(out[i].Excerpt, p.DocID) {
					out[i].AlsoIn = append(out[i].AlsoIn, p.Citation)
				}
				continue
			}
			out = append(out, Figure{
				Value:   f.value,
				Label:   f.label,
				New:     len(seen) > 0 && !seen[p.DocID],
				Excerpt: Excerpt{Text: p.Text, Citation: p.Citation},
			})
			keys = append(keys, key)
			toks = append(toks, t)
		}
	}
	// New coverage's figures first, in the order they were found.
	slices.SortStableFunc(out, func(a, b Figure) int {
		switch {
		case a.New == b.New:
			return 0
		case a.New:
			return -1
		}
		return 1
	})
	if len(out) > MaxFigures {
		out = out[:MaxFigures]
	}
	return out
}

// labelsMatch reports whether two labels name the same thing: the words
// of one are all in the other ("Investment framework", "Bilateral
// investment framework").
func labelsMatch(a, b string) bool {
	ta, tb := gist(a), gist(b)
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	if len(ta) == 0 {
		return false
	}
	for w := range ta {
		if !tb[w] {
			return false
		}
	}
	return true
}

func citesDoc(e Excerpt, docID string) bool {
	return slices.ContainsFunc(e.AlsoIn, func(c corpus.Citation) bool { return c.DocID == docID })
}

type foundFigure struct {
	value string
	label string
}

// findFigures returns the figures of one sentence with their labels:
// ranges first, then single figures outside them.
func findFigures(s string) []foundFigure {
	var out []foundFigure
	var taken [][]int
	for _, m := range rangeRe.FindAllStringIndex(s, -1) {
		out = append(out, foundFigure{value: s[m[0]:m[1]], label: capitalize(labelBefore(spaceDashes(s[:m[0]])))})
		taken = append(taken, m)
	}
	for _, m := range figureRe.FindAllStringIndex(s, -1) {
		if slices.ContainsFunc(taken, func(r []int) bool { return m[0] >= r[0] && m[1] <= r[1] }) {
			continue
		}
		before, after := spaceDashes(s[:m[0]]), spaceDashes(s[m[1]:])
		var label string
		if ws := strings.Fields(before); len(ws) == 0 || !linksFigure(strings.ToLower(ws[len(ws)-1])) {
			label = labelAfter(after)
			if owner := possessor(before); owner != "" && label != "" {
				label = owner + " " + label
			}
		}
		if label == "" {
			label = labelBefore(before)
		}
		out = append(out, foundFigure{value: s[m[0]:m[1]], label: capitalize(label)})
	}
	slices.SortStableFunc(out, func(a, b foundFigure) int {
		return strings.Index(s, a.value) - strings.Index(s, b.value)
	})
	return out
}

var figureSpace = regexp.MustCompile(`\s+`)

// figureKey normalises a figure so that "$550 billion", "US$550bn" and
// "$550 Billion" are one figure.
func figureKey(v string) string {
	k := strings.ToLower(v)
	k = strings.NewReplacer("u.s.$", "$", "us$", "$", "per cent", "%", "percent", "%",
		"tn", "trillion", "bn", "billion", "mn", "million").Replace(k)
	return figureSpace.ReplaceAllString(k, "")
}

// labelBreaks end a label: the words that start a new clause or phrase.
var labelBreaks = toSet(`and or but nor as at by from with that which who whose while when where
is are was were be been will would could should may might can has have had aimed according than
into across over under between among about after before since until via per versus`)

// labelPrepositions may join one phrase to a label ("tariff on cars").
var labelPrepositions = toSet(`on for to in of`)

const maxLabelWords = 8

// labelAfter is the noun phrase after a figure: "investment framework",
// "tariff on cars", "commitment to the US tech sector".
func labelAfter(s string) string {
	var out []string
	prep := false
	for _, w := range strings.Fields(s) {
		word, cut := trimWord(w)
		lw := strings.ToLower(word)
		if !hasAlnum(word) || labelBreaks[lw] || figureRe.MatchString(word) {
			break
		}
		if labelPrepositions[lw] {
			if prep || len(out) == 0 {
				break
			}
			prep = true
		}
		out = append(out, word)
		if cut || len(out) == maxLabelWords {
			break
		}
	}
	for len(out) > 0 && (labelPrepositions[strings.ToLower(out[len(out)-1])] || articles[strings.ToLower(out[len(out)-1])]) {
		out = out[:len(out)-1]
	}
	return strings.Join(out, " ")
}

// spaceDashes sets dashes apart as words of their own, so that
// "announcements—SoftBank's" is two words and a break between them.
var spaceDashes = strings.NewReplacer("—", " — ", "–", " – ").Replace

var articles = toSet(`a an the its their his her our this these those such`)

// labelBefore is the phrase just before a figure or range, for figures
// stated after what they measure: "annual defense imports (are
// increasing) from $14 billion to $17 billion", "tariffs of 15%". The
// preposition and verbs between the phrase and the figure are left out.
func labelBefore(s string) string {
	ws := strings.Fields(s)
	i := len(ws) - 1
	for ; i >= 0; i-- {
		word, _ := trimWord(ws[i])
		if !linksFigure(word) {
			break
		}
	}
	var out []string
	for ; i >= 0 && len(out) < maxLabelWords; i-- {
		word, _ := trimWord(ws[i])
		lw := strings.ToLower(word)
		if !hasAlnum(word) || labelBreaks[lw] || figureVerbs[lw] || (len(out) > 0 && strings.ContainsAny(ws[i], ",;:()\"")) {
			break
		}
		out = append([]string{word}, out...)
	}
	for len(out) > 0 && (articles[strings.ToLower(out[0])] || labelPrepositions[strings.ToLower(out[0])]) {
		out = out[1:]
	}
	return strings.Join(out, " ")
}

// figurePrepositions introduce a figure as an object: "tariffs of 15%",
// "rise by 75%", "worth nearly $1 billion".
var figurePrepositions = toSet(`of to at by from about around nearly almost over under than some roughly
approximately up down worth just only`)

// figureVerbs state a figure: they sit between a figure and what it
// measures ("imports may rise by 75%", "Japan will pay tariffs of 15%").
var figureVerbs = toSet(`is are was were be been being will would may might could can should must has have had
rise rises rose risen fall falls fell fallen grow grows grew grown increase increases decrease decreases
climb climbs drop drops reach reaches total totals stand stands stood amount amounts come comes came
pay pays paid cost costs invest invests spend spends spent raise raises cut cuts set sets impose imposes
levy levies also now`)

// linksFigure reports whether a word just before a figure joins it to
// what it measures rather than being part of the label.
func linksFigure(word string) bool {
	lw := strings.ToLower(word)
	return figurePrepositions[lw] || figureVerbs[lw] || isVerbForm(lw)
}

// isVerbForm reports whether a word looks like a participle ("rising",
// "increased"), which a label does not need.
func isVerbForm(w string) bool {
	w = strings.ToLower(w)
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

func hasAlnum(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// possessor is the owner named just before a figure: "SoftBank's" in
// "SoftBank's $100 billion commitment", up to three capitalised words.
func possessor(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return ""
	}
	last := ws[len(ws)-1]
	if !strings.HasSuffix(last, "'s") && !strings.HasSuffix(last, "’s") {
		return ""
	}
	out := []string{last}
	for i := len(ws) - 2; i >= 0 && len(out) < 3; i-- {
		r, _ := utf8.DecodeRuneInString(ws[i])
		if !unicode.IsUpper(r) || strings.ContainsAny(ws[i], ",;:()\"") {
			break
		}
		out = append([]string{ws[i]}, out...)
	}
	return strings.Join(out, " ")
}

// trimWord strips punctuation around a word and reports whether
// punctuation after it ends the phrase.
func trimWord(w string) (string, bool) {
	t := strings.TrimLeft(w, `"'(“‘[`)
	core := strings.TrimRight(t, `"'),.;:!?”’]`)
	return core, len(core) < len(t)
}

// uncertainty finds statements that something is still open.
var uncertainty = regexp.MustCompile(`(?i)\b(?:` +
	`remains?\s(?:unclear|uncertain|murky|unknown|undecided|unresolved|to be (?:seen|decided|determined|worked out))` +
	`|(?:still|is|are|was|were)\s(?:not\s)?(?:yet\s)?(?:unclear|uncertain|undecided|unresolved|unknown)` +
	`|(?:is|are|was|were)\s(?:not|n't)\s(?:yet\s)?(?:clear|known|decided|settled)` +
	`|yet\sto\s(?:be\s)?(?:clarif|decide|determine|settle|finali[sz]|agree|announce|specif|spell)` +
	`|(?:do|does|did)(?:\snot|n't)\shave\s(?:any\s|the\s)?details` +
	`|no\sdetails` +
	`|unclear\s(?:whether|how|what|when|who|if)` +
	`|(?:ask|asked|asking|wonder|wondered|questions?|questioned|debate|know|sure|uncertain|decide)\s(?:about\s)?whether` +
	`|open\squestions?)`)

// cueWords are the words of uncertainty itself, left out when comparing
// two open questions, so that "remains murky" and "remains unclear"
// about the same thing are one question.
var cueWords = toSet(`remain remains unclear uncertain murky unknown undecided unresolved still yet clarify
clarified whether however but details detail have don t not`)

// gist is what a sentence is about: its tokens less stop words and the
// words of uncertainty.
func gist(s string) map[string]bool {
	t := tokenSet(s)
	for w := range t {
		if cueWords[w] || stopwords[w] {
			delete(t, w)
		}
	}
	return t
}

// openQuestions finds statements of uncertainty, once each: the same
// question in another edition is added to AlsoIn.
func openQuestions(ps []corpus.Passage) []Excerpt {
	var out []Excerpt
	var toks []map[string]bool
	for _, p := range ps {
		if !uncertainty.MatchString(p.Text) {
			continue
		}
		t := gist(p.Text)
		if i := slices.IndexFunc(toks, func(o map[string]bool) bool { return NearDuplicate(o, t) }); i >= 0 {
			if out[i].DocID != p.DocID && !citesDoc(out[i], p.DocID) {
				out[i].AlsoIn = append(out[i].AlsoIn, p.Citation)
			}
			continue
		}
		out = append(out, Excerpt{Text: p.Text, Citation: p.Citation})
		toks = append(toks, t)
	}
	if len(out) > MaxQuestions {
		out = out[:MaxQuestions]
	}
	return out
}
