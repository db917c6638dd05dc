package bot

import (
	"slices"
	"strings"
	"time"

	"github.com/dealbot/dealbot/corpus"
)

// Coverage is one new document, or several editions of one article (same
// title and publisher), with the sentence that carries its news.
type Coverage struct {
	Title     string
	Publisher string
	Published time.Time // zero when the document gives no date
	DocIDs    []string  // the editions' document ids, in library order
	Editions  []string  // their edition names, where the documents give one
	Lead      Excerpt   // the sentence that carries the news
}

// leadReach is how many paragraphs into a document the digest looks for
// a sentence that states the event better than the lead does.
const leadReach = 4

// newCoverage lists new documents in the order given, folding editions of
// one article.
func newCoverage(docs []corpus.Document, changes []Change) []Coverage {
	var out []Coverage
	for _, doc := range docs {
		i := slices.IndexFunc(out, func(c Coverage) bool {
			return c.Title == doc.Title && c.Publisher == doc.Publisher && doc.Title != ""
		})
		if i < 0 {
			out = append(out, Coverage{Title: doc.Title, Publisher: doc.Publisher, Published: doc.Published, Lead: newsSentence(doc, changes)})
			i = len(out) - 1
		}
		out[i].DocIDs = append(out[i].DocIDs, doc.ID)
		if doc.Edition != "" {
			out[i].Editions = append(out[i].Editions, doc.Edition)
		}
	}
	return out
}

// newsSentence is the sentence that carries a document's news: its lead
// (the first sentence of eight words or more: a dateline or a one-line
// kicker is not a lead), unless the lead states no figure and no date and
// a sentence of the first paragraphs states a change the digest found.
func newsSentence(doc corpus.Document, changes []Change) Excerpt {
	ps := doc.Passages()
	if len(ps) == 0 {
		return Excerpt{Citation: corpus.Citation{DocID: doc.ID, Title: doc.Title, Publisher: doc.Publisher, Edition: doc.Edition, URL: doc.URL}}
	}
	lead := ps[0]
	for _, p := range ps {
		if len(strings.Fields(p.Text)) >= 8 {
			lead = p
			break
		}
	}
	if len(findFiguresIn(lead.Text)) > 0 {
		return Excerpt{Text: lead.Text, Citation: lead.Citation}
	}
	for _, p := range ps {
		if p.Paragraph > leadReach {
			break
		}
		if slices.ContainsFunc(changes, func(c Change) bool { return c.To.DocID == p.DocID && c.To.Text == p.Text }) {
			return Excerpt{Text: p.Text, Citation: p.Citation}
		}
	}
	return Excerpt{Text: lead.Text, Citation: lead.Citation}
}
