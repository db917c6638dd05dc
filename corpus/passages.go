package corpus

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// Passages cuts a document into sentence-level passages, each carrying its
// citation and its paragraph as context, and, for a paragraph of one
// sentence that opens by referring back ("She was tipped to succeed
// him."), the sentence it refers back to: outlets that give each sentence
// a paragraph of its own (wire copy) put it in the paragraph before. A
// longer paragraph is left as it is: joining its first sentence to the
// one before lowered a never-tuned set (docs/answers.md, round eight).
func (d Document) Passages() []Passage {
	var out []Passage
	split := make([][]string, len(d.Paragraphs)) // each paragraph's sentences, split once
	for j, p := range d.Paragraphs {
		split[j] = SplitSentences(p.Text)
	}
	for j, p := range d.Paragraphs {
		sents := split[j]
		before := ""
		if j > 0 && len(sents) == 1 && d.Paragraphs[j-1].Section == p.Section && RefersBack(sents[0]) {
			if prev := split[j-1]; len(prev) > 0 {
				before = prev[len(prev)-1]
			}
		}
		after := ""
		if j+1 < len(d.Paragraphs) && d.Paragraphs[j+1].Section == p.Section && len(split[j+1]) > 0 {
			after = Clip(split[j+1][0], MaxExcerpt)
		}
		for i, s := range sents {
			out = append(out, Passage{
				ID: fmt.Sprintf("%s#p%ds%d", d.ID, p.Number, i+1),
				Citation: Citation{
					DocID:     d.ID,
					Title:     d.Title,
					Publisher: d.Publisher,
					Edition:   d.Edition,
					Section:   p.Section,
					Paragraph: p.Number,
					URL:       d.URL,
					Published: published(d),
				},
				Sentence: i + 1,
				Text:     Clip(s, MaxExcerpt),
				Context:  p.Text,
				Before:   before,
				After:    after,
			})
		}
	}
	return out
}

// Clip shortens s to at most max bytes, cutting at a word boundary and
// marking the cut with "…"; shorter text is returned unchanged.
func Clip(s string, max int) string {
	if len(s) <= max {
		return s
	}
	const ellipsis = "…"
	cut := max - len(ellipsis)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if i := strings.LastIndexByte(s[:cut], ' '); i > max/2 {
		cut = i
	}
	return strings.TrimRight(s[:cut], " ,;:") + ellipsis
}

// published is a document's date as a citation gives it, "2006-01-02", or
// "" when the source gives none.
func published(d Document) string {
	if d.Published.IsZero() {
		return ""
	}
	return d.Published.Format(time.DateOnly)
}

// refersBack matches a sentence that opens by referring back ("These U.S.
// tariffs…", "It is…", "But they…", "She was…") or to the time the
// sentence before it gives ("Until then…", "By then…"): alone it would not
// say what it is about.
var refersBack = regexp.MustCompile(`^["“]?((But|And|Yet|So|Still),? )?((?i:these|this|those|that|it|its|they|their|such|he|she|his|her)\b|(Until|By|Since|Before|After|Even) (then|that)\b)`)

// RefersBack reports whether a sentence opens by referring back to the
// one before it.
func RefersBack(sentence string) bool { return refersBack.MatchString(sentence) }
