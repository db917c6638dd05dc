package bot

// Stage 6 (sources): which source says what. Outlets disagree and update
// each other; when the best evidence comes from several of them, or one
// reports two sides, the first excerpts show each version, and the answer
// says when they differ.

import (
	"regexp"
	"slices"
	"strings"
	"sync"
)

// contender is the share of the best candidate's score another answering
// candidate needs to be shown as another source's version.
const contender = 0.7

// recency finds a question that asks for the latest or current state
// ("has it filed a case *yet*": round twenty, never-tuned top1 +2, no set
// lower).
var recency = regexp.MustCompile(`(?i)\b(now|latest|current|currently|today|newest|most recent|recently|still|anymore|any more|so far|to date|as of|status|update|updates|yet)\b`)

// versions reorders cands so that the first ones are the distinct answers
// to q: the best answering candidate of each source, and of each figure a
// source gives, best first (the newest first when q asks for the current
// state). It reports whether they differ: come from different sources
// that do not give the same figures.
// Candidates that do not answer q fully keep their places after them.
func versions(q *question, cands []candidate) (differ bool) {
	window := cands[:min(len(cands), groundWindow)]
	if len(window) == 0 {
		return false
	}
	top := window[0].score
	var picked []int
	var firstCounts []string // what the first version counts (see countsAlike)
	recent := recency.MatchString(q.text)
	// First the best of each source, then other figures a source gives;
	// in each, first those that count what the first version counts
	// ("about 10 tonnes of scallops" after "about 6 tonnes"), then the
	// rest: a source's best-ranked sentence that names the thing but
	// counts something else ("87.1 billion yen worth") is not its
	// version while one that counts it is there. Only for a question a
	// figure answers (for why, "two officials said" counts alike), and
	// not for one of the latest: the newest statement may not be a
	// count ("a fifth tender was added"), and its source's best-ranked
	// sentence stays (round twenty-four: never-tuned multi +2, no set
	// lower; for questions of the latest too, one set lower).
	for _, newSource := range []bool{true, false} {
		for _, alikeOnly := range []bool{!recent && q.kinds&figureAnswers != 0, false} {
			for i := range window {
				c := &window[i]
				if len(picked) == MaxExcerpts || slices.Contains(picked, i) || !c.version() || (len(picked) > 0 && !c.saysFocus(q) && !c.countsAlike(firstCounts)) || c.score < contender*top {
					continue
				}
				if len(picked) > 0 && alikeOnly && (!newSource || !c.countsAlike(firstCounts)) {
					continue
				}
				if len(picked) == 0 {
					firstCounts = countedUnits(c.excerptAnalysis)
				}
				if len(picked) == 0 || c.newVersion(cands, picked, newSource) {
					picked = append(picked, i)
				}
			}
		}
	}
	slices.Sort(picked)
	if len(picked) < 2 {
		return false
	}
	if recency.MatchString(q.text) {
		slices.SortStableFunc(picked, func(a, b int) int { return newerFirst(&cands[a], &cands[b]) })
	}
	front := make([]candidate, 0, len(cands))
	for _, i := range picked {
		front = append(front, cands[i])
	}
	for i := range cands {
		if !slices.Contains(picked, i) {
			front = append(front, cands[i])
		}
	}
	copy(cands, front)
	if q.kinds&figureAnswers == 0 {
		return false
	}
	for k := 1; k < len(picked); k++ {
		if cands[0].differsFrom(&cands[k]) {
			differ = true
		}
	}
	return differ
}

// newerFirst orders two candidates by their documents' dates, the newest
// first.
func newerFirst(a, b *candidate) int {
	return strings.Compare(b.hit.Published, a.hit.Published)
}

// newVersion reports whether c is another version of the answer than the
// candidates picked: not the same saying as any of them (see saysSame),
// and from another source or, unless newSource, giving none of the
// figures they give.
func (c *candidate) newVersion(cands []candidate, picked []int, newSource bool) bool {
	for _, i := range picked {
		p := &cands[i]
		if saysSame(c, p) {
			return false
		}
		if newSource && sameSource(c, p) || !newSource && sharesFigure(c.figures, p.figures) {
			return false
		}
	}
	return true
}

// figureAnswers are the kinds of question a figure answers: only for them
// do two sources' different figures say that the sources differ. Two
// sources' answers to why, who or what may say one thing in two ways, or
// two things that agree; each is cited, and the answer does not claim
// they differ.
const figureAnswers = kindAmount | kindCount | kindPercent | kindDuration | kindFrequency | kindTime | kindAge

// differsFrom reports whether two answering candidates are different
// sources' versions: two sources that both give figures, none of them in
// common ("$400 billion" and "$550 billion"; not "$550 billion" and
// "$550 billion with 90% of the profits", which agree on the size).
// Within one source, other figures are often about other things ("$100
// billion" and "$26 billion" for two companies' investments), so they are
// shown, but not said to differ.
func (c *candidate) differsFrom(o *candidate) bool {
	return !sameSource(c, o) && len(c.figures) > 0 && len(o.figures) > 0 && !sharesFigure(c.figures, o.figures) && !figuresApart(c, o)
}

// figuresApart reports whether two candidates' figures, as parsed (see
// findFiguresIn), are of different things: none of one's is comparable
// to any of the other's ("74 member companies" and "130 whisky
// distilleries"; two dates are alike). Their sources then give two
// facts, not two versions of one. Where some of either's figures are not
// parsed ("will employ 1,900 people"), it cannot say.
func figuresApart(a, b *candidate) bool {
	fa, fb := a.parsedFigures(), b.parsedFigures()
	if len(fa) == 0 || len(fb) == 0 || len(fa) < len(a.figures) || len(fb) < len(b.figures) {
		return false
	}
	for _, f := range fa {
		if slices.ContainsFunc(fb, func(g figure) bool { return f.comparable(g) || f.kind == figDate && g.kind == figDate }) {
			return false
		}
	}
	return true
}

// sameSource reports whether two candidates come from one story: one
// document, or two editions of it (the same title from the same
// publisher).
func sameSource(a, b *candidate) bool {
	if a.hit.DocID == b.hit.DocID {
		return true
	}
	return a.hit.Publisher == b.hit.Publisher && a.hit.Title == b.hit.Title
}

// figureToken finds the figures of a text as written: "$550", "90%",
// "27.5".
var figureToken = regexp.MustCompile(currencySignRE + `?\d[\d,.]*%?`)

// figuresOf returns the distinct figures of a text, sorted.
func figuresOf(s string) []string {
	fs := figureToken.FindAllString(s, -1)
	for i, f := range fs {
		fs[i] = strings.TrimRight(f, ",.")
	}
	slices.Sort(fs)
	return slices.Compact(fs)
}

// sharesNoFigure reports whether two excerpts both state figures and none
// of them in common: two reports of one thing with other numbers ("300
// jobs", "350 jobs") are two versions, not one passage told twice.
func sharesNoFigure(a, b *candidate) bool {
	return len(a.figures) > 0 && len(b.figures) > 0 && !sharesFigure(a.figures, b.figures)
}

// figuresDiffer reports whether each of two candidates gives a figure the
// other gives none like: a figure of the same kind and unit as one of the
// other's (see figure.comparable) whose value the other does not give
// ("$150 billion in cash" and "$200 billion in cash"). "15%" and "15
// percent", "$350bn" and "350 billion dollars" are one value; a date, or
// a figure the other has nothing comparable to ("shares rose 3%"), is no
// difference.
func figuresDiffer(a, b *candidate) bool {
	if len(a.figures) == 0 || len(b.figures) == 0 || slices.Equal(a.figures, b.figures) {
		return false
	}
	return len(otherValues(a, b)) > 0 && len(otherValues(b, a)) > 0
}

// otherValues returns, as written, the figures of candidate a comparable
// to one of b's whose value none of b's has (see figuresDiffer).
func otherValues(a, b *candidate) []string {
	if len(a.figures) == 0 || len(b.figures) == 0 {
		return nil
	}
	gs := b.parsedFigures()
	keys := make(map[string]bool, len(gs))
	for _, g := range gs {
		keys[g.key()] = true
	}
	var out []string
	for _, f := range a.parsedFigures() {
		if !keys[f.key()] && slices.ContainsFunc(gs, f.comparable) && !slices.Contains(out, f.value) {
			out = append(out, f.value)
		}
	}
	return out
}

// sharesFigure reports whether two sorted figure lists have one in common.
func sharesFigure(a, b []string) bool {
	for _, f := range a {
		if _, ok := slices.BinarySearch(b, f); ok {
			return true
		}
	}
	return false
}

// saysFocus reports whether a candidate can be another source's version
// of the answer: it names the thing the question asks about ("how many
// *jobs*": "about 9,500 jobs"; "which *port*": "the port at Lenby"), not
// only another figure or sentence of its source ("on Thursday, October
// 8"). A figure answers a question of quantity ("what is the *cost*")
// without the word.
func (c *candidate) saysFocus(q *question) bool {
	if q.focus < 0 || quantityWords[q.terms[q.focus].form] {
		return true
	}
	return q.terms[q.focus].match(&c.analysed) > 0
}

// countsAlike reports whether a candidate counts something the first
// version counts (firstCounts, see countedUnits): it is another source's
// version whether or not it names the thing the question asks about as
// the question does. "How many staff were hit?" is answered by "About
// 3,400 workers" in one source and "about 2,900 workers" in another.
func (c *candidate) countsAlike(firstCounts []string) bool {
	if len(firstCounts) == 0 {
		return false
	}
	return slices.ContainsFunc(countedUnits(c.excerptAnalysis), func(u string) bool { return slices.Contains(firstCounts, u) })
}

// lazyFigures keeps an excerpt's figures parsed (see findFiguresIn), the
// first time sources compare them: parsing is a dozen regular
// expressions, and the same passages come back question after question.
type lazyFigures struct {
	once sync.Once
	figs []figure
}

// parsedFigures returns the excerpt's figures parsed, in order of
// position. The result is shared: callers must not modify it.
func (e *excerptAnalysis) parsedFigures() []figure {
	e.parsed.once.Do(func() { e.parsed.figs = findFiguresIn(e.text) })
	return e.parsed.figs
}

// countedUnits returns what the counts of an excerpt count, singular:
// "about 2,900 workers" counts "worker".
func countedUnits(e *excerptAnalysis) []string {
	var out []string
	for _, f := range e.parsedFigures() {
		if f.kind == figCount {
			out = append(out, f.unit)
		}
	}
	return out
}

// version reports whether a candidate may stand as a source's version of
// the answer: it says the question's key content and the type of answer
// it needs, and enough of it to be the closest that source comes.
func (c *candidate) version() bool {
	return c.together && c.fits && c.support >= minPartial
}
