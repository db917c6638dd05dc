package bot

// Stage 5 (score features): whether a sentence names something the
// question does not, for a question that asks for a name.

import (
	"strings"

	"github.com/dealbot/dealbot/bot/wordnet"
)

// namesNew reports whether a sentence holds a name the question does not
// already give: a run of capitalised words side by side, not all said by
// the question, whose last word is no word of the question but the thing
// asked to name, x ("the Norland *Investment Bank*" for "which bank",
// not "the Strategic Minerals *Fund*" for "which bank will manage the
// minerals fund"), or an acronym the question does not say and that does
// not stand in brackets after a name (where it is that name again). A
// sentence opening with one capitalised word names nothing by it when
// WordNet knows the word ("Alongside", "Tokyo"; not "Veltra"). English
// news names what a question of which asks this way in any story.
func namesNew(q *question, x int, e *excerptAnalysis) bool {
	read := undot(e.text)
	for j, k := range nameRuns(e.toks, read) {
		if (j > 0 || k-j > 1 || !wordnet.Known(e.toks[j].word)) && q.unsaidName(x, e.toks[j:k]) {
			return true
		}
	}
	for i, tk := range e.toks {
		if tk.upper && !nameWord(e.toks, i) && !q.asksWord(tk) && !inBrackets(read, tk) {
			return true // "the USTR", not "(SMF)"
		}
	}
	return false
}

// unsaidName reports whether a run of capitalised words names something
// the question does not: one of its words unsaid by the question, and its
// last either unsaid or x, the thing the question asks to name.
func (q *question) unsaidName(x int, run []token) bool {
	last := run[len(run)-1]
	for i := range q.terms {
		if i != x && q.terms[i].stem == last.stem {
			return false
		}
	}
	for _, tk := range run {
		if !q.asksWord(tk) {
			return true
		}
	}
	return false
}

// inBrackets reports whether a word stands in brackets of its own, as an
// acronym does after the name it shortens.
func inBrackets(read string, tk token) bool {
	return tk.at > 0 && tk.end < len(read) && strings.HasSuffix(read[:tk.at], "(") && strings.HasPrefix(read[tk.end:], ")")
}
