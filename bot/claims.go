package bot

import (
	"regexp"
	"slices"
	"strings"
)

// Difference is one thing the coverage gives different versions of: two
// or more figures, or claims, each with the sentence and the outlet that
// state it.
type Difference struct {
	Label    string  // what they differ on: "share of the seats"
	Versions []Value // one a version, in the order the coverage gives them
}

// contrastCues are the constructions English news uses when a source
// contradicts another: "said instead", "by contrast", "disputed",
// "denied", "contrary to". They are grammar, not an article's wording.
var contrastCues = regexp.MustCompile(`(?i)\b(?:instead|by contrast|in contrast|contrary to|on the contrary|disputed?s?|denied|denies|contradict(?:s|ed)?|countered|rejected (?:the|that|this) (?:claim|figure|account|estimate|idea)|at odds with)\b`)

// claimDifferences finds claims that a later sentence contradicts: a
// sentence with a contrast cue, and the nearest earlier sentence of its
// document that shares a noun with it, or else the sentence of another
// document that shares the most. Every other document that makes
// the first claim (the same figure in a sentence on the same subject) is
// cited with it.
func claimDifferences(ps []passageInfo) []Difference {
	var out []Difference
	for i, p := range ps {
		if !contrastCues.MatchString(p.Text) && !(weakContrast.MatchString(p.Text) && reported.MatchString(p.Text)) {
			continue
		}
		nouns := p.nouns
		// The claim contradicted: the closest sentence before it, in the
		// same document, that shares a noun and states something of its
		// own (a figure, or a report of what someone said).
		best, bestShared := -1, 0
		for j := i - 1; j >= 0 && ps[j].DocID == p.DocID; j-- {
			n := shared(nouns, ps[j].nouns)
			if n > bestShared && (len(ps[j].figures) > 0 || reported.MatchString(ps[j].Text)) {
				best, bestShared = j, n
			}
		}
		if best < 0 {
			// Another outlet's claim: a sentence of another document that
			// shares more of this one's words.
			for j, q := range ps {
				n := shared(nouns, q.nouns)
				if q.DocID != p.DocID && n >= 2 && n > bestShared && (len(q.figures) > 0 || reported.MatchString(q.Text)) {
					best, bestShared = j, n
				}
			}
		}
		if best < 0 {
			continue
		}
		a := ps[best]
		label := sharedNoun(a, p)
		if label == "" {
			continue
		}
		first := Value{Date: a.date, Excerpt: Excerpt{Text: a.Text, Citation: a.Citation}}
		for _, f := range a.figures {
			if first.Value == "" {
				first.Value = f.figure.value
			}
			// The same figure for the same thing in other documents.
			for _, q := range ps {
				if q.DocID == a.DocID || citesDoc(first.Excerpt, q.DocID) {
					continue
				}
				if slices.ContainsFunc(q.figures, func(g figMention) bool { return g.id == f.id && g.head == f.head }) {
					first.AlsoIn = append(first.AlsoIn, q.Citation)
				}
			}
		}
		second := Value{Date: p.date, Excerpt: Excerpt{Text: p.Text, Citation: p.Citation}}
		out = append(out, Difference{Label: label, Versions: []Value{first, second}})
	}
	return out
}

// reported matches a sentence that reports what someone said.
var reported = regexp.MustCompile(`(?i)\b(?:said|says|told|stated|announced|argued|argues|claimed|claims|insisted|according to)\b`)

// weakContrast marks a contradiction only in a sentence that reports
// what someone said ("However, officials said …", "But the ministry
// says …"): on their own these words join any two sentences.
var weakContrast = regexp.MustCompile(`(?i)(?:^|[,;]\s)(?:however|but|yet|meanwhile)\b|\bhowever\b`)

// sharedNoun names what two claims are about: the first content word of
// the contradicting sentence's reported clause (after "that") that the
// first claim has too, else any shared content word that is not a name.
func sharedNoun(a, b passageInfo) string {
	text := b.Text
	if i := strings.Index(strings.ToLower(text), " that "); i >= 0 {
		text = text[i+6:]
	}
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, `,.;:"'“”‘’()`)
		lw := strings.ToLower(w)
		if len(lw) < 3 || stopwords[lw] || labelDeterminers[lw] || lw != w {
			continue
		}
		c := stem(singular(lw))
		if a.nouns[c] {
			return lw
		}
	}
	return ""
}
