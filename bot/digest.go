package bot

import (
	"context"
	"slices"
	"time"

	"github.com/dealbot/dealbot/corpus"
)

// library is where the digest finds the coverage: every loaded document
// (and the files that could not be loaded, which the digest ignores). It
// is the same method "/deal sources" lists the coverage with.
type library interface {
	Documents() ([]corpus.Document, []corpus.Skipped)
}

// Digest is one day's summary of the coverage for one channel. Every line
// of it quotes the coverage and carries its citation.
type Digest struct {
	Date        time.Time      // when it was built, in the digest's zone: its calendar day is the digest's day
	New         []Coverage     // documents the channel's last digest did not cover, newest first, at most MaxNewCoverage
	MoreNew     int            // how many further new documents were left out
	Changes     []Change       // figures that moved, newest first, at most MaxChanges
	Differences []Difference   // figures or claims the sources give differently, at most MaxDifferences
	Figures     []Figure       // key figures, at most MaxFigures
	Topics      []TopicLine    // what is newest on each topic the coverage itself is about, at most MaxTopics
	Questions   []OpenQuestion // what the coverage says is still open, at most MaxQuestions
	Documents   []string       // ids of every document this digest covered: the next digest's seen set
}

// Limits on the length of a digest, so it stays readable and within
// Slack's message limits.
const (
	MaxNewCoverage = 10
	MaxChanges     = 6
	MaxDifferences = 4
	MaxFigures     = 8
	MaxTopics      = 5
	MaxQuestions   = 5
)

// Digester builds digests from a library of documents.
type Digester struct {
	lib library
}

// NewDigester returns a Digester that reads the coverage from lib.
func NewDigester(lib library) *Digester {
	return &Digester{lib: lib}
}

// passageInfo is a passage with what the digest learns from it once: its
// document's date, its figures and its nouns.
type passageInfo struct {
	corpus.Passage
	date    time.Time
	figures []figMention
	nouns   map[string]bool // stems of its content words
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
	if err := ctx.Err(); err != nil {
		return Digest{}, err
	}

	// Newest documents first: each section lists what is newest first,
	// and a figure is cited where it was first stated in that order's
	// reverse.
	docs = newestFirst(docs)
	var ps []passageInfo
	var ms []figMention
	sentences := map[string][]int{} // passage id → indexes of its mentions in ms
	for _, doc := range docs {
		if err := ctx.Err(); err != nil {
			return Digest{}, err
		}
		for _, p := range doc.Passages() {
			info := passageInfo{Passage: p, date: doc.Published, nouns: nounSet(p.Text)}
			for _, m := range sentenceMentions(p, doc.Published) {
				m.order = len(ms)
				sentences[p.ID] = append(sentences[p.ID], len(ms))
				ms = append(ms, m)
				info.figures = append(info.figures, m)
			}
			ps = append(ps, info)
		}
	}

	dg.Changes = findChanges(ms, sentences)
	dg.Differences = append(claimDifferences(ps), figureDifferences(ms, dg.Changes)...)
	dg.New = newCoverage(newestFirst(fresh), dg.Changes)
	dg.Figures = keyFigures(ms, old, dg.Changes)
	dg.Questions = openQuestions(passagesOf(ps))
	dg.Topics = coverageTopics(ps, shownTexts(dg))

	dg.New, dg.MoreNew = capList(dg.New, MaxNewCoverage)
	dg.Changes, _ = capList(dg.Changes, MaxChanges)
	dg.Differences, _ = capList(dg.Differences, MaxDifferences)
	dg.Figures, _ = capList(dg.Figures, MaxFigures)
	dg.Questions, _ = capList(dg.Questions, MaxQuestions)
	return dg, nil
}

// capList keeps the first n of a list and says how many it left out.
func capList[T any](xs []T, n int) ([]T, int) {
	if len(xs) <= n {
		return xs, 0
	}
	return xs[:n], len(xs) - n
}

// newestFirst orders documents by publication date, newest first; those
// without a date come last, in library order.
func newestFirst(docs []corpus.Document) []corpus.Document {
	out := slices.Clone(docs)
	slices.SortStableFunc(out, func(a, b corpus.Document) int {
		switch {
		case a.Published.IsZero() && b.Published.IsZero():
			return 0
		case a.Published.IsZero():
			return 1
		case b.Published.IsZero():
			return -1
		}
		return b.Published.Compare(a.Published)
	})
	return out
}

func passagesOf(ps []passageInfo) []corpus.Passage {
	out := make([]corpus.Passage, len(ps))
	for i, p := range ps {
		out[i] = p.Passage
	}
	return out
}

// shownTexts are the sentences the digest already quotes before its topic
// lines, so that a topic line says something else.
func shownTexts(d Digest) []string {
	var out []string
	for _, c := range d.New {
		out = append(out, c.Lead.Text)
	}
	for _, c := range d.Changes {
		out = append(out, c.From.Text, c.To.Text)
	}
	for _, df := range d.Differences {
		for _, v := range df.Versions {
			out = append(out, v.Text)
		}
	}
	for _, q := range d.Questions {
		out = append(out, q.Text)
	}
	return out
}
