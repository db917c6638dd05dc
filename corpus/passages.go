package corpus

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Passages cuts a document into sentence-level passages, each carrying its
// citation and its paragraph as context.
func (d Document) Passages() []Passage {
	var out []Passage
	for _, p := range d.Paragraphs {
		for i, s := range SplitSentences(p.Text) {
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
