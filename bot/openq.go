package bot

import (
	"regexp"
	"slices"
	"strings"

	"github.com/dealbot/dealbot/corpus"
)

// OpenQuestion is something the coverage says is still open, with the
// sentence that says so.
type OpenQuestion struct {
	What string // the open matter in the sentence's words: "whether the plant will reopen"; may be ""
	Excerpt
}

// openHedges are the constructions English news uses to say that something is
// not yet known or decided. They are grammar, not any article's wording:
// "remains unclear", "it is not clear", "has yet to", "no details", "no
// decision had been made", "declined to say", "asked whether", "will
// decide whether", "nothing has been put in writing". A sentence that
// merely contains "whether" ("the judge considered whether … and found
// that it had") is a statement, not an open question.
var openHedges = regexp.MustCompile(`(?i)\b(?:` +
	`remain(?:s|ed)?\s(?:(?:largely|still|very)\s)?(?:unclear|uncertain|unknown|undecided|unresolved|unanswered|open|murky|vague|in doubt|to be (?:seen|decided|determined|worked out|settled))` +
	`|(?:is|are|was|were|it's)\s(?:still\s|also\s)?(?:unclear|uncertain|unknown|undecided|unresolved|in doubt)` +
	`|(?:not|n't)\s(?:yet\s|immediately\s|entirely\s)?(?:clear|known|decided|settled|finali[sz]ed|determined|specified|disclosed)` +
	`|(?:has|have|had)\s(?:still\s)?yet\sto` +
	`|(?:has|have|had)\snot\s(?:yet\s)?(?:said|announced|published|decided|disclosed|specified|explained|released|confirmed|given|agreed|settled|finali[sz]ed|signed)` +
	`|questions?\s(?:remain|remains|linger|lingers|persist)` +
	`|\bno\s(?:(?:firm|final|formal|written|legally binding)\s)?(?:details?|decision|timeline|timetable|date|deadline|agreement|document|plan)s?\s(?:(?:had|has|have|was|were)\s)?(?:yet\s)?(?:been\s)?(?:given|made|set|reached|announced|published|agreed|exists?|released|taken)` +
	`|(?:don't|do not|does not|doesn't|did not|didn't)\shave\s(?:any\s|the\s)?details` +
	`|\b(?:without|no|few)\s(?:further\s)?details` +
	`|(?:declined|refused|would not|will not|did not|wouldn't|won't|didn't)\sto?\s?(?:say|comment|disclose|specify|confirm)` +
	`|(?:ask(?:ed|s)?|question(?:ed|s)?|wonder(?:ed|s)?)\s(?:whether|how|when|what|who|why|if)` +
	`|(?:will|would|is to|are to|must|has to|have to|yet to)\sdecide\b[^.;]{0,40}?\s(?:whether|how|when|what|if)` +
	`|nothing\s(?:had|has|have)\s(?:yet\s)?been\s(?:put in writing|decided|agreed|signed|finali[sz]ed|settled)` +
	`|open\squestions?` +
	`)`)

// openMatter finds what a hedge leaves open: the clause from a question
// word after it ("whether the plant will reopen"), or the
// subject before "remains unclear" ("the cost of the second phase").
var (
	openClause  = regexp.MustCompile(`(?i)\b(?:whether|how|when|what|who|why|which|if)\b[^,;.]*`)
	openSubject = regexp.MustCompile(`(?i)^(?:but\s|however,?\s|yet\s|still,?\s)?((?:the|a|an|its|their)\s[^,;]{3,80}?)\s(?:remains?|is|are|was|were|has|have)\b`)
)

// objectHedge marks a hedge whose object is the open matter ("has not
// published …", "declined to say …").
var objectHedge = regexp.MustCompile(`\b(?:not|yet to|declined|refused)\b`)

const maxOpenWhat = 90

func openMatter(s string, hedge []int) string {
	if m := openClause.FindStringIndex(s[hedge[0]:]); m != nil && m[0] <= hedge[1]-hedge[0]+40 {
		return clipWords(strings.TrimSpace(s[hedge[0]+m[0]:hedge[0]+m[1]]), maxOpenWhat)
	}
	h := strings.ToLower(s[hedge[0]:hedge[1]])
	if strings.HasPrefix(h, "remain") || strings.HasPrefix(h, "is") || strings.HasPrefix(h, "are") || strings.HasPrefix(h, "was") || strings.HasPrefix(h, "were") {
		if m := openSubject.FindStringSubmatch(s[:hedge[1]]); m != nil {
			return clipWords(m[1], maxOpenWhat)
		}
		return ""
	}
	// "has not published the traffic model…", "has yet to say…": what
	// follows the hedge is what is open.
	if !objectHedge.MatchString(h) {
		return ""
	}
	rest := s[hedge[1]:]
	if i := strings.IndexAny(rest, ",;."); i >= 0 {
		rest = rest[:i]
	}
	if ws := strings.Fields(rest); len(ws) >= 2 && len(ws) <= 16 {
		return clipWords(strings.Join(ws, " "), maxOpenWhat)
	}
	return ""
}

// clipWords cuts s at a word boundary to at most n bytes, marking the cut.
func clipWords(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndex(s[:n], " ")
	if cut <= 0 {
		cut = n
	}
	return s[:cut] + "…"
}

// openQuestions finds sentences that say something is still open, newest
// documents first, once each: the same question in another edition is
// added to AlsoIn.
func openQuestions(ps []corpus.Passage) []OpenQuestion {
	var out []OpenQuestion
	var toks []map[string]bool
	for _, p := range ps {
		h := openHedges.FindStringIndex(p.Text)
		if h == nil {
			continue
		}
		t := tokenSet(p.Text)
		if i := slices.IndexFunc(toks, func(o map[string]bool) bool { return NearDuplicate(o, t) }); i >= 0 {
			if out[i].DocID != p.DocID && !citesDoc(out[i].Excerpt, p.DocID) {
				out[i].AlsoIn = append(out[i].AlsoIn, p.Citation)
			}
			continue
		}
		out = append(out, OpenQuestion{What: openMatter(p.Text, h), Excerpt: Excerpt{Text: p.Text, Citation: p.Citation}})
		toks = append(toks, t)
	}
	return out
}

func citesDoc(e Excerpt, docID string) bool {
	return slices.ContainsFunc(e.AlsoIn, func(c corpus.Citation) bool { return c.DocID == docID })
}
